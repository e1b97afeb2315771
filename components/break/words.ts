import { type ContentText, type Exercise, exerciseSeconds } from '@/content/types';
import { duration, isolated, t } from '@/lib/browser/i18n';
import type { Switch, SwitchReason } from '@/lib/core/content/switches';
import type { MessageKey } from '@/lib/core/message-key';
import type { SwitchChoice } from './BreakMore';

/** An exercise's length as the break says it: "2 min", or "45 sec" under a minute. */
export function exerciseLength(exercise: Exercise): string {
  const seconds = exerciseSeconds(exercise);
  return seconds < 60 ? duration(seconds, 'second', 'short') : duration(Math.round(seconds / 60), 'minute', 'short');
}

/** Each way out's name: in full under More, short beside End while the exercise runs. */
const SWITCH_LABELS: Record<SwitchReason, { full: MessageKey; short: MessageKey }> = {
  noHold: { full: 'switchNoHold', short: 'switchNoHoldShort' },
  seated: { full: 'switchSeated', short: 'switchSeatedShort' },
  ifHeavy: { full: 'switchIfHeavy', short: 'switchIfHeavyShort' },
};

/** The ways out as the break names them: "Without holds: Belly breathing", or "Without holds" where room is short. */
export function switchChoices(
  ways: readonly Switch[],
  library: ContentText,
  onSelect: (exerciseId: string) => void,
): SwitchChoice[] {
  return ways.map(({ reason, exerciseId }) => ({
    label: t(SWITCH_LABELS[reason].full, isolated(library.exercises[exerciseId]?.title ?? '')),
    short: t(SWITCH_LABELS[reason].short),
    onSelect: () => onSelect(exerciseId),
  }));
}
