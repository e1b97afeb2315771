import { EXERCISE_KINDS, type ExerciseKind } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import type { HistoryFilter } from '@/lib/core/history/filter';
import { OUTCOMES, type Outcome } from '@/lib/core/vocabulary';

interface Props {
  value: HistoryFilter;
  onChange: (filter: HistoryFilter) => void;
}

/** Which breaks the list shows: by how they ended, by kind of exercise, and by words in their notes. */
export function HistoryFilters({ value, onChange }: Props) {
  const change = (part: Partial<HistoryFilter>) => onChange({ ...value, ...part });
  return (
    <div class="history-filters">
      <label>
        {t('historyFilterOutcome')}
        <select value={value.outcome} onChange={(e) => change({ outcome: e.currentTarget.value as Outcome | 'all' })}>
          <option value="all">{t('filterAll')}</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`outcome_${outcome}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('historyFilterKind')}
        <select value={value.kind} onChange={(e) => change({ kind: e.currentTarget.value as ExerciseKind | 'all' })}>
          <option value="all">{t('filterAll')}</option>
          {EXERCISE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind_${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="history-search">
        {t('historySearchNotes')}
        <input type="search" value={value.search} onInput={(e) => change({ search: e.currentTarget.value })} />
      </label>
    </div>
  );
}
