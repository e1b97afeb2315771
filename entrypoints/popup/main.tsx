import { render } from 'preact';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { markPlace } from '@/components/popup/place';
import { sendToBackground } from '@/lib/browser/messages';

markPlace();
render(<PopupApp />, document.getElementById('app') as HTMLElement);
// Opening the popup makes sure the alarm that brings the next break is there (a browser may
// lose alarms, as Firefox on restart, and a lost one would stop the breaks without a word),
// and that a countdown lost to damaged storage is made again.
void sendToBackground({ type: 'checkSchedule' });
