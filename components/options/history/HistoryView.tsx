import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useContentText } from '@/components/shared/useContentText';
import { EXERCISE_KINDS, type ExerciseKind } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import { findExercise } from '@/lib/core/content/select';
import { addDays, localDay } from '@/lib/core/history/dates';
import type { HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import { OUTCOMES, type Outcome } from '@/lib/core/vocabulary';
import { HistoryRow } from './HistoryRow';

/** Rows shown at a time: a year of history opens at once, older pages on request. */
const PAGE = 100;

function dayHeading(day: string, today: string): string {
  if (day === today) return t('dayToday');
  if (day === addDays(today, -1)) return t('dayYesterday');
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'full' });
}

/** Entries grouped by local day, in the order given. */
function byDay(entries: readonly HistoryEntry[]): [string, HistoryEntry[]][] {
  const groups = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const day = localDay(entry.endedAt);
    groups.set(day, [...(groups.get(day) ?? []), entry]);
  }
  return [...groups];
}

/** History (the recent months, or all of it), newest first, by day, filtered by outcome and kind, a page at a time. */
export function HistoryView({ store, onShowOlder }: { store: HistoryStore; onShowOlder?: () => void }) {
  const outcome = useSignal<Outcome | 'all'>('all');
  const kind = useSignal<ExerciseKind | 'all'>('all');
  const shown = useSignal(PAGE);
  const library = useContentText().value;
  const matching = useMemo(() => {
    const wanted = (entry: HistoryEntry) =>
      (outcome.value === 'all' || entry.outcome === outcome.value) &&
      (kind.value === 'all' || findExercise(entry.exerciseId ?? '')?.kind === kind.value);
    return store.entries.filter(wanted).reverse();
  }, [store, outcome.value, kind.value]);
  const today = localDay(Date.now());

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <div class="filters">
        <label>
          {t('historyFilterOutcome')}{' '}
          <select value={outcome} onChange={(e) => (outcome.value = e.currentTarget.value as Outcome | 'all')}>
            <option value="all">{t('filterAll')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome_${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('historyFilterKind')}{' '}
          <select value={kind} onChange={(e) => (kind.value = e.currentTarget.value as ExerciseKind | 'all')}>
            <option value="all">{t('filterAll')}</option>
            {EXERCISE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {store.entries.length === 0 && !onShowOlder && <p>{t('historyEmpty')}</p>}
      {(store.entries.length > 0 || onShowOlder) && matching.length === 0 && <p>{t('historyNone')}</p>}
      {byDay(matching.slice(0, shown.value)).map(([day, entries]) => (
        <section key={day} class="day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{dayHeading(day, today)}</h3>
          <ul aria-labelledby={`day-${day}`}>
            {entries.map((entry) => (
              <HistoryRow key={entry.id} entry={entry} library={library} />
            ))}
          </ul>
        </section>
      ))}
      {matching.length > shown.value && (
        <button type="button" onClick={() => (shown.value += PAGE)}>
          {t('historyMore')}
        </button>
      )}
      {matching.length <= shown.value && onShowOlder && (
        <button type="button" onClick={onShowOlder}>
          {t('historyShowOlder')}
        </button>
      )}
    </section>
  );
}
