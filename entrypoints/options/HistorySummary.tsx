import { useContentText } from '@/components/useContentText';
import { useStored } from '@/components/useStored';
import type { ContentText } from '@/content/types';
import { countTakenToday, recentEntries } from '@/lib/history';
import { t } from '@/lib/i18n';
import type { HistoryEntry } from '@/lib/schedule/types';
import { historyItem } from '@/lib/storage/items';

/** How many recent breaks the options page lists. */
const RECENT_LIMIT = 10;

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function HistoryRow({ entry, library }: { entry: HistoryEntry; library?: ContentText }) {
  // A natural break (time away) has no exercise to name.
  const title = entry.exerciseId ? (library?.exercises[entry.exerciseId]?.title ?? t('missingContent')) : null;
  return (
    <li>
      <time dateTime={new Date(entry.endedAt).toISOString()}>{timeFormat.format(entry.endedAt)}</time>
      {' · '}
      <span class="outcome">{t(`outcome_${entry.outcome}`)}</span>
      {title && ` · ${title}`}
      {(entry.moodBefore || entry.moodAfter) && (
        <> · {t('historyMood', [String(entry.moodBefore ?? '–'), String(entry.moodAfter ?? '–')])}</>
      )}
      {entry.note && <q class="note-text"> {entry.note}</q>}
    </li>
  );
}

/** Today's count of breaks taken and the latest entries, following history as it grows. */
export function HistorySummary() {
  const history = useStored(historyItem);
  const entries = history.value ?? [];
  const library = useContentText().value;
  return (
    <>
      <section aria-labelledby="today-heading">
        <h2 id="today-heading">{t('todayHeading')}</h2>
        <p>{t('todayCount', String(countTakenToday(entries, Date.now())))}</p>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('historyHeading')}</h2>
        {entries.length === 0 ? (
          <p>{t('historyEmpty')}</p>
        ) : (
          <ul class="history" aria-labelledby="history-heading">
            {recentEntries(entries, RECENT_LIMIT).map((entry) => (
              <HistoryRow key={entry.id} entry={entry} library={library} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
