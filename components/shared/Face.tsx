import type { Mood } from '@/lib/core/vocabulary';
import { addStyle } from './addStyle';
import style from './face.css?inline';

addStyle(style);

/** Each mood's mouth, from a deep frown (very low) to a wide smile (very good). */
const MOUTHS: Readonly<Record<Mood, string>> = {
  1: 'M8.5 16.5q3.5-3.5 7 0',
  2: 'M9 16q3-1.8 6 0',
  3: 'M9 15.5h6',
  4: 'M9 15q3 1.8 6 0',
  5: 'M8.5 14.5q3.5 3.5 7 0',
};

/** A face drawn for a mood: nothing depends on a font having emoji. */
export function Face({ mood }: { mood: Mood }) {
  return (
    <svg class="face" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10" />
      <circle class="eye" cx="9" cy="10" r="1.1" />
      <circle class="eye" cx="15" cy="10" r="1.1" />
      <path d={MOUTHS[mood]} />
    </svg>
  );
}
