import { render } from 'preact';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { markPageLanguage } from '@/lib/browser/i18n';

markPageLanguage('optionsTitle');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
