import { addStyle } from '@/components/shared/addStyle';
import screen from './screen.css?inline';

export { addStyle };

// What every screen of the break shares goes first, so each screen's own rules follow it.
addStyle(screen);
