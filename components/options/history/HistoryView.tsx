import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { addStyle } from '@/components/shared/addStyle';
import { useContentText } from '@/components/shared/useContentText';
import { useStored } from '@/components/shared/useStored';
import { t } from '@/lib/browser/i18n';
import { microTallyItem } from '@/lib/browser/storage/micro-tally-item';
import { ownContentItem } from '@/lib/browser/storage/own-content-item';
import { findExercise } from '@/lib/core/content/find';
import { withOwnTitles } from '@/lib/core/content/own';
import { localDay } from '@/lib/core/history/dates';
import { filterHistory, groupByDay, type HistoryFilter, NO_FILTER } from '@/lib/core/history/filter';
import type { HistoryStore } from '@/lib/core/history/types';
import { HistoryDay } from './HistoryDay';
import { HistoryFilters } from './HistoryFilters';
import style from './history.css?inline';

// Loaded with the section, not with the page (see addStyle).
addStyle(style);

/** Rows shown at a time: a year of history opens at once, older pages on request. */
const PAGE = 100;

/**
 * History (the recent months, or all of it), newest first, by day, filtered
 * by outcome, kind and the words of a note, a page at a time.
 */
export function HistoryView({ store, onShowOlder }: { store: HistoryStore; onShowOlder?: () => void }) {
  const filter = useSignal<HistoryFilter>(NO_FILTER);
  const shown = useSignal(PAGE);
  const text = useContentText().value;
  const own = useStored(ownContentItem).value;
  // The person's exercises are named as the library's are, the ones they deleted too.
  const library = useMemo(() => (text && own ? withOwnTitles(text, own) : text), [text, own]);
  const micro = useStored(microTallyItem).value;
  const matching = useMemo(() => {
    // The person's own exercises filter by their kind as the library's do.
    const ownKind = new Map(own?.exercises.map((exercise) => [exercise.id, exercise.kind]));
    return filterHistory(store.entries, filter.value, (id) => findExercise(id)?.kind ?? ownKind.get(id));
  }, [store, filter.value, own]);
  const days = useMemo(() => groupByDay(matching.slice(0, shown.value)), [matching, shown.value]);
  const today = localDay(Date.now());
  const anything = store.entries.length > 0 || onShowOlder !== undefined;

  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      {!anything && <p>{t('historyEmpty')}</p>}
      {anything && (
        <HistoryFilters
          value={filter.value}
          onChange={(next) => {
            filter.value = next;
            // Different breaks: the list starts again from its first page.
            shown.value = PAGE;
          }}
        />
      )}
      {/* Always there, so a screen reader hears when a search finds nothing. */}
      <p role="status" class="history-status">
        {anything && matching.length === 0 ? t('historyNone') : ''}
      </p>
      {days.map((day) => (
        <HistoryDay key={day.day} day={day} today={today} library={library} micro={micro?.[day.day]} />
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
