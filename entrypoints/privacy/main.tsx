import { render } from 'preact';
import '@/components/privacy/privacy.css';
import { PrivacyPolicy } from '@/components/privacy/PrivacyPolicy';
import { markPageLanguage } from '@/lib/browser/i18n';

markPageLanguage('pageTitlePrivacy');
render(<PrivacyPolicy />, document.getElementById('app') as HTMLElement);
