// How often the background wakes in a day of each kind: the alarms the schedule
// sets (lib/core/schedule/wakes.ts), played through a simulated day. Run by
// `npm run bench`, or alone: npx vite-node -c vitest.config.ts scripts/bench-wakes.ts

import { INITIAL_STATE, type ScheduleEvent } from '../lib/core/schedule/types';
import { wakesBetween } from '../lib/core/schedule/wakes';
import { DEFAULT_SETTINGS, type Settings } from '../lib/core/settings/settings';
import { DAY, MINUTE } from '../lib/core/vocabulary';

/** A Wednesday, and the Saturday after it, from midnight local time. */
const WEDNESDAY = new Date(2026, 10, 25).getTime();
const SATURDAY = new Date(2026, 10, 28).getTime();
const WORKING: Settings = {
  ...DEFAULT_SETTINGS,
  workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true },
};

function day(name: string, settings: Settings, from: number, event?: ScheduleEvent) {
  const state = { ...INITIAL_STATE, cycleStartedAt: from, nextBreakAt: from + settings.intervalMinutes * MINUTE };
  const wakes = wakesBetween(settings, state, from, from + DAY, event);
  const total = wakes.break + wakes.headsUp + wakes.badge;
  console.log(
    `  ${name.padEnd(36)} ${String(total).padStart(5)}  (badge ${wakes.badge}, break ${wakes.break}, heads-up ${wakes.headsUp})`,
  );
}

console.log('\nWorker wakes per simulated day (before: a badge tick every minute, 1440 a day, whatever the state):');
day('counting, every break taken', DEFAULT_SETTINGS, WEDNESDAY);
day('paused for 2 hours, then counting', DEFAULT_SETTINGS, WEDNESDAY, { type: 'pause', length: 120 });
day('paused until tomorrow', DEFAULT_SETTINGS, WEDNESDAY + 10 * 60 * MINUTE, { type: 'pause', length: 'tomorrow' });
day('paused until resumed', DEFAULT_SETTINGS, WEDNESDAY, { type: 'pause', length: 'resumed' });
day('working hours 9-18, a weekday', WORKING, WEDNESDAY, { type: 'settingsChanged' });
day('working hours, a day off (Saturday)', WORKING, SATURDAY, { type: 'settingsChanged' });
