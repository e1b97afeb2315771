import type { JSX } from 'preact';
import { Icon } from '@/components/shared/icons';
import type { Outcome } from '@/lib/core/vocabulary';

/*
 * How a break ended, drawn beside its word (never instead of it), so a long
 * list can be scanned by shape as well as read: a check for taken, a skip for
 * skipped, a clock for snoozed, a leaf for time away, an open dashed circle
 * for a break nobody answered. Functions, not shared elements: each row draws
 * its own.
 */
const SHAPES: Readonly<Record<Outcome, () => JSX.Element>> = {
  taken: () => <path d="M5 12.5l4.5 4.5L19 7.5" />,
  skipped: () => <path d="M6 6l8 6-8 6zM18 6v12" />,
  snoozed: () => (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  natural: () => <path d="M5 19C5 10 10 5 19 5c0 9-5 14-14 14zM5 19l7.5-7.5" />,
  missed: () => <circle cx="12" cy="12" r="7.5" stroke-dasharray="3 3.3" />,
};

/** The drawn shape of an outcome, hidden from screen readers: the word beside it says it. */
export function OutcomeIcon({ outcome }: { outcome: Outcome }) {
  return <Icon class={`outcome-icon outcome-${outcome}`}>{SHAPES[outcome]()}</Icon>;
}
