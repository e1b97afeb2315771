import { labelledDays } from '@/lib/core/history/charts';
import { shortDate } from './format';

interface Props {
  /** The chart's days, 'YYYY-MM-DD', oldest first. */
  days: readonly string[];
  /** The centre of day `i`. */
  x: (i: number) => number;
  /** Where the labels sit, and the chart's right edge. */
  y: number;
  width: number;
}

/** The least room a date needs, in px: "Nov 26" at the chart's text size, and a gap. */
const DATE_ROOM = 80;

/**
 * Dates under a chart of days: today, and every seventh day back from it
 * (every fourteenth where a week is narrower than a date, on a phone).
 * Today's ends at the edge, where a centred one would be cut off.
 */
export function DateAxis({ days, x, y, width }: Props) {
  const last = days.length - 1;
  const week = x(7) - x(0);
  return (
    <>
      {labelledDays(days.length, week >= DATE_ROOM ? 7 : 14).map((i) => (
        <text
          key={i}
          class="axis-label"
          x={i === last ? width : x(i)}
          y={y}
          text-anchor={i === last ? 'end' : 'middle'}
        >
          {shortDate(days[i] ?? '')}
        </text>
      ))}
    </>
  );
}
