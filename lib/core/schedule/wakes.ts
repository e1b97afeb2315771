import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import { badgeRefreshAt } from './badge';
import { decide } from './decide';
import type { ScheduleEvent, ScheduleState } from './types';

/*
 * How often the background wakes, as a pure function of the schedule: every
 * alarm it would set (the break, the heads-up, the badge's next change) played
 * forward through `decide`, with a person who takes each break when it opens.
 * Ran by `npm run bench` for a day of each kind, and held to account by its test.
 */

/** The alarms the worker is woken by in a stretch of time, by name. */
export interface Wakes {
  break: number;
  headsUp: number;
  badge: number;
}

type AlarmName = keyof Wakes;

/** Wakes from `from` to `to` for a schedule in `state` (a page's `event` first, such as a pause). */
export function wakesBetween(
  settings: Settings,
  state: ScheduleState,
  from: number,
  to: number,
  event: ScheduleEvent = { type: 'checkSchedule' },
): Wakes {
  const wakes: Wakes = { break: 0, headsUp: 0, badge: 0 };
  const alarms = new Map<AlarmName, number>();
  let takeBreakAt: number | null = null;
  const follow = (next: ScheduleEvent, now: number) => {
    const decision = decide(settings, state, next, now);
    state = decision.state;
    for (const effect of decision.effects) {
      if (effect.type === 'setAlarm') alarms.set(effect.name, effect.at);
      if (effect.type === 'clearAlarm') alarms.delete(effect.name);
    }
    const refresh = badgeRefreshAt(settings, state, now);
    if (refresh === null) alarms.delete('badge');
    else alarms.set('badge', refresh);
    // The person takes a break as it opens: its exercise lasts the break's length.
    if (state.activeBreak && takeBreakAt === null) takeBreakAt = now + settings.breakMinutes * MINUTE;
  };
  follow(event, from);
  for (let guard = 0; guard < 100_000; guard++) {
    const [name, at] = [...alarms].reduce<[AlarmName | 'person', number]>(
      (soonest, alarm) => (alarm[1] < soonest[1] ? alarm : soonest),
      ['person', takeBreakAt ?? Number.POSITIVE_INFINITY],
    );
    if (at > to) break;
    if (name === 'person') {
      takeBreakAt = null;
      follow({ type: 'finishBreak', outcome: 'taken' }, at);
      continue;
    }
    wakes[name] += 1;
    alarms.delete(name);
    if (name === 'break') follow({ type: 'alarm', scheduledTime: at, busy: false, stored: true }, at);
    else follow(name === 'headsUp' ? { type: 'headsUpAlarm' } : { type: 'checkSchedule' }, at);
  }
  return wakes;
}
