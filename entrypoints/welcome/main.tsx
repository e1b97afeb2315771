import { render } from 'preact';
import '@/components/welcome/welcome.css';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { markPageLanguage, t } from '@/lib/browser/i18n';

markPageLanguage();
document.title = t('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
