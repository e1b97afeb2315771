import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
