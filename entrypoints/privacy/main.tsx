import { render } from 'preact';
import '@/components/privacy/privacy.css';
import { PrivacyPolicy } from '@/components/privacy/PrivacyPolicy';
import { markPageLanguage, t } from '@/lib/browser/i18n';

markPageLanguage();
document.title = `${t('extName')}: ${t('privacyTitle')}`;
render(<PrivacyPolicy />, document.getElementById('app') as HTMLElement);
