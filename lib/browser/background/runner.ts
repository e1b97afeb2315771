import { makeRoomInHistory } from '@/lib/browser/storage/history';
import { scheduleItem, settingsItem } from '@/lib/browser/storage/items';
import { type Badge, badgeFor, badgeRefreshAt } from '@/lib/core/schedule/badge';
import { decide } from '@/lib/core/schedule/decide';
import type { Decision, Effect, ScheduleEvent, ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';

/** Thrown inside the schedule's update to leave it unwritten when a person's answer could not be recorded. */
class AnswerNotRecorded extends Error {
  constructor(readonly cause: unknown) {
    super('the answer could not be recorded');
  }
}

/** What the runner needs from the outside world; tests pass their own. */
export interface RunnerDeps {
  now: () => number;
  apply: (effect: Effect) => Promise<void>;
  /** Shows the badge, and wakes the worker again at `refreshAt` (null: no wake for the badge). */
  showBadge: (badge: Badge, refreshAt: number | null) => Promise<void>;
}

/** An event as the background hears it: the runner itself says whether the stored schedule can be trusted. */
export type RunnerEvent =
  | Exclude<ScheduleEvent, { type: 'alarm' }>
  | { type: 'alarm'; scheduledTime: number; busy: boolean };

/** Runs schedule events one at a time, and refreshes the badge between them. */
export interface ScheduleRunner {
  run(event: RunnerEvent): Promise<void>;
  /** Shows the badge for the stored state now: the badge alarm's job, and ending a micro-break on time. */
  refreshBadge(): Promise<void>;
}

/**
 * Runs schedule events one at a time: under the schedule's lock, read settings
 * and state, decide, record finished breaks, store the new state; then apply
 * the effects and show the badge. One at a time matters: an alarm and a click
 * arriving together must not read the same state and overwrite each other.
 *
 * A full or failing storage never stops reminders: while storage.local is
 * full the schedule is kept in memory (see scheduleItem), the alarms are set
 * from the decision even when its state reached no store at all, the write is
 * tried again once history has made room. A break the person answered that
 * could not be recorded stays open, and their page is told by the rejected
 * promise; one the schedule ends by itself ends all the same.
 */
export function createScheduleRunner(deps: RunnerDeps): ScheduleRunner {
  let queue: Promise<unknown> = Promise.resolve();
  // True after a decision's state reached neither storage.local nor memory: the
  // alarms follow a time no store holds, so no alarm is checked against it.
  let unsaved = false;
  const enqueue = (task: () => Promise<void>) => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  const safely = (label: string, work: Promise<unknown>) =>
    // One failed effect (say, no window to open) must not stop the others.
    work.catch((error: unknown) => console.error('Breathing Room:', label, error));

  const badge = (settings: Settings, state: ScheduleState, now: number) =>
    deps.showBadge(badgeFor(settings, state, now), badgeRefreshAt(settings, state, now));

  const run = async (event: RunnerEvent) => {
    let decided: { decision: Decision; now: number; settings: Settings } | undefined;
    let recordError: unknown;
    const decideAndRecord = async (state: Parameters<typeof decide>[1]) => {
      const settings = await settingsItem.get();
      const now = deps.now();
      const decision = decide(settings, state, event.type === 'alarm' ? { ...event, stored: !unsaved } : event, now);
      decided = { decision, now, settings };
      // History first, then the state that says the break is over: a page that
      // sees the break end finds it recorded, and a worker stopped in between
      // leaves the break open to be answered again (the record is by id, so once).
      for (const effect of decision.effects) {
        if (effect.type === 'record') await deps.apply(effect).catch((error: unknown) => (recordError ??= error));
      }
      // The person's own answer that could not be recorded leaves the break open, to answer again
      // once there is room; a break the schedule ends by itself (it expired) ends all the same.
      if (recordError && event.type === 'finishBreak') throw new AnswerNotRecorded(recordError);
      return decision.state;
    };
    try {
      await scheduleItem.update(decideAndRecord);
      unsaved = false;
    } catch (error) {
      if (error instanceof AnswerNotRecorded) throw error.cause;
      if (!decided) throw error;
      unsaved = !(await storeAfterMakingRoom(decided.decision, decided.now));
    }
    if (!decided) return;
    for (const effect of decided.decision.effects) {
      if (effect.type !== 'record') await safely(effect.type, deps.apply(effect));
    }
    await safely('badge', badge(decided.settings, decided.decision.state, decided.now));
    if (recordError) throw recordError;
  };

  /** The state could not be written anywhere: fold older history to make room, and try once more. */
  const storeAfterMakingRoom = async (decision: Decision, now: number) => {
    try {
      await makeRoomInHistory(now);
      await scheduleItem.update(() => decision.state);
      return true;
    } catch (error) {
      console.error('Breathing Room: the schedule could not be saved', error);
      return false;
    }
  };

  return {
    run: (event) => enqueue(() => run(event)),
    refreshBadge: () =>
      enqueue(async () => {
        const state = await scheduleItem.get();
        // A micro-break's end is when the badge changes too: the schedule counts it then, and
        // clears its notification, whatever page showed it (or none, with the badge style).
        if (state.microShownAt !== null) return run({ type: 'checkSchedule' });
        await safely('badge', badge(await settingsItem.get(), state, deps.now()));
      }),
  };
}
