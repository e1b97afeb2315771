import type { ContentText } from '@/content/types';
import { clockTime, t } from '@/lib/browser/i18n';
import { practiceTitle } from '@/lib/core/content/title';
import type { HistoryEntry } from '@/lib/core/history/types';
import { MoodPair } from './MoodPair';
import { OutcomeIcon } from './OutcomeIcon';

/**
 * One break, laid out as a small grid (history.css): its time, how it ended
 * (a word and its shape), the exercise, the moods as faces, and the person's
 * note on a line of its own, always as text.
 */
export function HistoryRow({ entry, library }: { entry: HistoryEntry; library?: ContentText }) {
  // A natural break (time away) has no exercise to name; while the library's
  // words load, the name waits rather than being called missing.
  const title = entry.exerciseId && library ? (practiceTitle(library, entry.exerciseId) ?? t('missingContent')) : null;
  return (
    <li class="history-row">
      <time class="history-time" dateTime={new Date(entry.endedAt).toISOString()}>
        {clockTime(entry.endedAt)}
      </time>
      <p class="history-what">
        <span class="history-outcome">
          <OutcomeIcon outcome={entry.outcome} />
          {t(`outcome_${entry.outcome}`)}
        </span>{' '}
        {title && <span class="history-title">{title}</span>}
      </p>
      <MoodPair before={entry.moodBefore} after={entry.moodAfter} />
      {entry.note && (
        <p class="history-note">
          {/* In the direction of its own words, whatever the page's language. */}
          <q class="note-text" dir="auto">
            {entry.note}
          </q>
        </p>
      )}
    </li>
  );
}
