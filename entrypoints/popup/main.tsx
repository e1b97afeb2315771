import { render } from 'preact';
import '@/components/popup/popup.css';
import { firstPaintReady } from '@/components/popup/firstPaint';
import { PopupApp } from '@/components/popup/PopupApp';
import { markPlace } from '@/components/popup/place';
import { markPageLanguage } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';

markPlace();
markPageLanguage('extName');
void firstPaintReady().then(() => {
  render(<PopupApp />, document.getElementById('app') as HTMLElement);
  // What comes after the first paint fades in (screen.css); what the page opens with shows at once.
  requestAnimationFrame(() => setTimeout(() => document.documentElement.classList.add('settled')));
});
// Opening the popup makes sure the alarm that brings the next break is there (a browser may
// lose alarms, as Firefox on restart, and a lost one would stop the breaks without a word),
// and that a countdown lost to damaged storage is made again.
void sendToBackground({ type: 'checkSchedule' });
