import { decide } from '@/lib/schedule/decide';
import type { Effect, ScheduleEvent } from '@/lib/schedule/types';
import { scheduleItem, settingsItem } from '@/lib/storage/items';

/** What the runner needs from the outside world; tests pass their own. */
export interface RunnerDeps {
  now: () => number;
  apply: (effect: Effect) => Promise<void>;
}

/**
 * Runs schedule events one at a time: read settings and state, decide, store
 * the new state, apply the effects. One at a time matters: an alarm and a
 * click arriving together must not read the same state and overwrite each
 * other. The queue is only an ordering; all state lives in storage.
 */
export function createScheduleRunner(deps: RunnerDeps): (event: ScheduleEvent) => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  return (event) => {
    const task = queue.then(async () => {
      const [settings, state] = await Promise.all([settingsItem.get(), scheduleItem.get()]);
      const decision = decide(settings, state, event, deps.now());
      await scheduleItem.set(decision.state);
      for (const effect of decision.effects) {
        // One failed effect (say, no window to open) must not stop the others.
        await deps.apply(effect).catch((error: unknown) => console.error('Breathing Room:', effect.type, error));
      }
    });
    queue = task.catch(() => undefined);
    return task;
  };
}
