import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { decide } from './decide';
import { type Effect, INITIAL_STATE, type ScheduleState } from './types';

/* The optional reminder chime: with sound on, a reminder that reaches the person comes with it; the badge never does. */

/** Defaults without the heads-up, so each test sees only the break alarm it is about. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0 };
const SOUND: Settings = { ...S, sound: true, volume: 35 };
/** 2026-03-02T09:00:00Z, a Monday. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);
const DUE = T0 + 45 * MIN;

const running = (start: number): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: start,
  nextBreakAt: start + 45 * MIN,
});
const reminders = (effects: Effect[]) =>
  effects.filter((e) => e.type === 'openBreakView' || e.type === 'notify' || e.type === 'chime');
const ring = (settings: Settings, state: ScheduleState, scheduledTime: number, busy: boolean, now = scheduledTime) =>
  decide(settings, state, { type: 'alarm', scheduledTime, busy, stored: true }, now);

describe('reminder chime', () => {
  it('is off by default: no chime with any style', () => {
    expect(DEFAULT_SETTINGS.sound).toBe(false);
    for (const reminderStyle of ['open', 'notify', 'badge'] as const) {
      const { effects } = ring({ ...S, reminderStyle }, running(T0), DUE, false);
      expect(effects.some((e) => e.type === 'chime')).toBe(false);
    }
  });

  it("with sound on, 'open' opens, notifies and chimes at the chosen volume, last", () => {
    const { effects } = ring(SOUND, running(T0), DUE, false);
    expect(reminders(effects)).toEqual([
      { type: 'openBreakView', large: false },
      { type: 'notify', kind: 'break' },
      { type: 'chime', volume: 35 },
    ]);
  });

  it("with sound on, 'notify' notifies and chimes", () => {
    const { effects } = ring({ ...SOUND, reminderStyle: 'notify' }, running(T0), DUE, false);
    expect(reminders(effects)).toEqual([
      { type: 'notify', kind: 'break' },
      { type: 'chime', volume: 35 },
    ]);
  });

  it("with sound on, the quiet 'badge' style never chimes", () => {
    const { state, effects } = ring({ ...SOUND, reminderStyle: 'badge' }, running(T0), DUE, false);
    expect(state.activeBreak?.startedAt).toBe(DUE);
    expect(reminders(effects)).toEqual([]);
  });

  it('with sound on, the gentle reminder after waiting for fullscreen or sound chimes too', () => {
    const held = ring(SOUND, running(T0), DUE, true);
    expect(held.effects.some((e) => e.type === 'chime')).toBe(false);
    const at = DUE + 15 * MIN;
    const { effects } = ring(SOUND, { ...held.state, nextBreakAt: at }, at, true);
    expect(reminders(effects)).toEqual([
      { type: 'notify', kind: 'break' },
      { type: 'chime', volume: 35 },
    ]);
  });

  it('a break taken from the popup does not chime', () => {
    const { effects } = decide(SOUND, running(T0), { type: 'takeBreakNow' }, T0 + MIN);
    expect(effects.some((e) => e.type === 'chime')).toBe(false);
  });
});
