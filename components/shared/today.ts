import { formatNumber, t } from '@/lib/browser/i18n';
import { useFollowedHistory } from './useFollowedHistory';

/**
 * Today's breaks that count toward the goal, followed as history changes;
 * undefined while loading. The code that decodes history loads after the
 * popup has painted: the countdown comes first.
 */
export function useTakenToday(): number | undefined {
  return useFollowedHistory(() =>
    import('@/lib/browser/storage/history-today').then(({ takenToday }) => takenToday(Date.now())),
  ).value;
}

/** Today's breaks in words, never "17 of 6": "3 of 6 today", "6 of 6: goal met", then "7 today". */
export function todayLine(taken: number, goal: number): string {
  if (taken < goal) return t('todayOf', [formatNumber(taken), formatNumber(goal)]);
  if (taken === goal) return t('todayGoalMet', formatNumber(goal));
  return t('todayBeyond', formatNumber(taken));
}
