import type { ContentText } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import { addDays, dayStart } from '@/lib/core/history/dates';
import type { HistoryDay as Day } from '@/lib/core/history/filter';
import { HistoryRow } from './HistoryRow';

/** One formatter for every day heading: making one is slow, and a page of history has dozens of days. */
let fullDate: Intl.DateTimeFormat | undefined;

/** "Today", "Yesterday", or the full local date in the person's language ("Tuesday, 3 March 2026"). */
function dayHeading(day: string, today: string): string {
  if (day === today) return t('dayToday');
  if (day === addDays(today, -1)) return t('dayYesterday');
  fullDate ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
  return fullDate.format(dayStart(day));
}

/** One day's breaks under its heading; the list is named by the heading, so it can be found by the day. */
export function HistoryDay({ day, today, library }: { day: Day; today: string; library?: ContentText }) {
  const id = `history-day-${day.day}`;
  return (
    <div class="history-day">
      <h3 id={id}>{dayHeading(day.day, today)}</h3>
      <ul class="history-list" aria-labelledby={id}>
        {day.entries.map((entry) => (
          <HistoryRow key={entry.id} entry={entry} library={library} />
        ))}
      </ul>
    </div>
  );
}
