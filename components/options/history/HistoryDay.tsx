import type { ContentText } from '@/content/types';
import { formatNumber, shownLocale, t } from '@/lib/browser/i18n';
import { addDays, dayStart } from '@/lib/core/history/dates';
import type { HistoryDay as Day } from '@/lib/core/history/filter';
import type { MicroDay } from '@/lib/core/history/micro-tally';
import { HistoryRow } from './HistoryRow';

/** One formatter for every day heading: making one is slow, and a page of history has dozens of days. */
let fullDate: Intl.DateTimeFormat | undefined;

/** "Today", "Yesterday", or the full local date in the person's language ("Tuesday, 3 March 2026"). */
function dayHeading(day: string, today: string): string {
  if (day === today) return t('dayToday');
  if (day === addDays(today, -1)) return t('dayYesterday');
  fullDate ??= new Intl.DateTimeFormat(shownLocale(), { dateStyle: 'full' });
  return fullDate.format(dayStart(day));
}

interface Props {
  day: Day;
  today: string;
  library?: ContentText;
  /** The day's micro-breaks, counted apart from its breaks. */
  micro?: MicroDay;
}

/**
 * One day's breaks under its heading, and a line for its micro-breaks; the
 * list is named by the heading, so it can be found by the day.
 */
export function HistoryDay({ day, today, library, micro }: Props) {
  const id = `history-day-${day.day}`;
  return (
    <div class="history-day">
      <h3 id={id}>{dayHeading(day.day, today)}</h3>
      {micro && (
        <p class="muted small">
          {t('historyMicroLine', [formatNumber(micro.shown), formatNumber(micro.skipped), formatNumber(micro.snoozed)])}
        </p>
      )}
      <ul class="history-list" aria-labelledby={id}>
        {day.entries.map((entry) => (
          <HistoryRow key={entry.id} entry={entry} library={library} />
        ))}
      </ul>
    </div>
  );
}
