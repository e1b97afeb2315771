import { render } from 'preact';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { markPlace } from '@/components/popup/place';

markPlace();
render(<PopupApp />, document.getElementById('app') as HTMLElement);
