import { scheduleItem, settingsItem } from '@/lib/browser/storage/items';
import { type Badge, badgeFor } from '@/lib/core/schedule/badge';
import { decide } from '@/lib/core/schedule/decide';
import { type Decision, type Effect, INITIAL_STATE, type ScheduleEvent } from '@/lib/core/schedule/types';

/** What the runner needs from the outside world; tests pass their own. */
export interface RunnerDeps {
  now: () => number;
  apply: (effect: Effect) => Promise<void>;
  showBadge: (badge: Badge) => Promise<void>;
}

/** Runs schedule events one at a time, and refreshes the badge between them. */
export interface ScheduleRunner {
  run(event: ScheduleEvent): Promise<void>;
  /** Shows the badge for the stored state now: the badge alarm's whole job. */
  refreshBadge(): Promise<void>;
}

/**
 * Runs schedule events one at a time: read settings and state, decide, store
 * the new state, apply the effects, show the badge. One at a time matters: an
 * alarm and a click arriving together must not read the same state and
 * overwrite each other. The queue is only an ordering; all state lives in storage.
 */
export function createScheduleRunner(deps: RunnerDeps): ScheduleRunner {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  const safely = (label: string, work: Promise<void>) =>
    // One failed effect (say, no window to open) must not stop the others.
    work.catch((error: unknown) => console.error('Breathing Room:', label, error));

  return {
    run: (event) =>
      enqueue(async () => {
        let decision: Decision = { state: INITIAL_STATE, effects: [] };
        let now = 0;
        await scheduleItem.update(async (state) => {
          const settings = await settingsItem.get();
          now = deps.now();
          decision = decide(settings, state, event, now);
          // History first, then the state that says the break is over: a page that
          // sees the break end finds it recorded, and a worker stopped in between
          // leaves the break open to be answered again (the record is by id, so once).
          const records = decision.effects.filter((effect) => effect.type === 'record');
          for (const effect of records) await deps.apply(effect);
          return decision.state;
        });
        for (const effect of decision.effects) {
          if (effect.type !== 'record') await safely(effect.type, deps.apply(effect));
        }
        await safely('badge', deps.showBadge(badgeFor(decision.state, now)));
      }),
    refreshBadge: () =>
      enqueue(async () => {
        await safely('badge', deps.showBadge(badgeFor(await scheduleItem.get(), deps.now())));
      }),
  };
}
