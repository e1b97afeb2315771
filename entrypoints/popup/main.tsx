import { render } from 'preact';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { markPlace } from '@/components/popup/place';
import { sendToBackground } from '@/lib/browser/messages';

markPlace();
render(<PopupApp />, document.getElementById('app') as HTMLElement);
// Opening the popup makes sure the alarm that brings the next break is there: a browser may
// lose alarms (Firefox on restart), and a lost one would stop the breaks without a word.
void sendToBackground({ type: 'checkSchedule' });
