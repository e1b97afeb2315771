import { render } from 'preact';
import '@/components/welcome/welcome.css';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { markPageLanguage } from '@/lib/browser/i18n';

markPageLanguage('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
