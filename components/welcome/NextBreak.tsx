import { dayName } from '@/components/shared/dayName';
import { useStored } from '@/components/shared/useStored';
import { clockTime, t } from '@/lib/browser/i18n';
import { scheduleItem } from '@/lib/browser/storage/items';

/**
 * When the first break comes, following the schedule as each choice moves
 * it: a person who just installed wants to know when anything will happen.
 * Read out politely when it changes, so choosing a rhythm is heard to work.
 */
export function NextBreak() {
  const state = useStored(scheduleItem).value;
  const at = state?.nextBreakAt;
  let words = '';
  if (state?.activeBreak) words = t('welcomeBreakOpen');
  else if (at) {
    const day = new Date(at);
    words =
      day.toDateString() === new Date().toDateString()
        ? t('welcomeNextBreak', clockTime(at))
        : t('welcomeNextBreakDay', [dayName(day.getDay()), clockTime(at)]);
  }
  return (
    <p class="next-break" aria-live="polite">
      {words}
    </p>
  );
}
