import { settingsItem } from '@/lib/browser/storage/items';
import { anotherContent, type OwnItems } from '@/lib/core/content/for-break';
import type { BreakContent } from '@/lib/core/content/select';
import type { ActiveBreak, ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import type { Action } from '../shared/useAction';

type Part = 'insight' | 'exercise';

interface Context {
  settings: Settings;
  state: ScheduleState;
  /** The running break; null once only its close screen remains, when nothing changes. */
  active: ActiveBreak | null;
  content: BreakContent;
  /** The person's own items, which "another" picks among too (none until read). */
  own: OwnItems | undefined;
  /** Tells the schedule what the break shows now. */
  show: (content: BreakContent) => Promise<void>;
  /** Runs the change, its failure said on the screen. */
  action: Action;
}

/** The setting that lists what the person hid, by part. */
const HIDDEN = { insight: 'hiddenInsights', exercise: 'hiddenExercises' } as const;

/**
 * What a break offers to change what it shows: another insight or exercise,
 * or hiding the one on screen from later breaks (a setting), another picked
 * without it taking its place at once.
 */
export function contentChanges({ settings, state, active, content, own, show, action }: Context) {
  const showAnother = (part: Part, from: Settings) =>
    active ? show(anotherContent(from, state, active, part, Date.now(), own)) : Promise.resolve();
  return {
    another: (part: Part) => () => void action.run(() => showAnother(part, settings)),
    hide: (part: Part) =>
      action.run(async () => {
        const key = HIDDEN[part];
        const id = part === 'insight' ? content.insightId : content.exerciseId;
        const saved = await settingsItem.update((current) => ({
          ...current,
          [key]: [...new Set([...current[key], id])],
        }));
        await showAnother(part, saved);
      }),
  };
}
