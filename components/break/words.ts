import { type Exercise, exerciseSeconds } from '@/content/types';
import { t } from '@/lib/browser/i18n';

/** An exercise's length as the break says it: "2 min", or "45 s" under a minute. */
export function exerciseLength(exercise: Exercise): string {
  const seconds = exerciseSeconds(exercise);
  return seconds < 60 ? t('lengthSeconds', String(seconds)) : t('lengthMinutes', String(Math.round(seconds / 60)));
}
