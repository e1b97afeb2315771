import type { ContentText } from '@/content/types';
import { clockTime, t } from '@/lib/browser/i18n';
import type { HistoryEntry } from '@/lib/core/history/types';

/** One break: its time, how it ended, the exercise, the moods and the person's note (as text). */
export function HistoryRow({ entry, library }: { entry: HistoryEntry; library?: ContentText }) {
  // A natural break (time away) has no exercise to name; while the library's
  // words load, the name waits rather than being called missing.
  const title =
    entry.exerciseId && library ? (library.exercises[entry.exerciseId]?.title ?? t('missingContent')) : null;
  return (
    <li>
      <time dateTime={new Date(entry.endedAt).toISOString()}>{clockTime(entry.endedAt)}</time>
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
