import { describe, expect, it } from 'vitest';
import { INSIGHTS as ALL_INSIGHTS } from '@/content/library';
import { contentForBreak } from '@/lib/core/content/for-break';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { decide } from './decide';
import { INITIAL_STATE, type ScheduleState } from './types';

/** The insights in rotation: retired ones only name what history holds. */
const INSIGHTS = ALL_INSIGHTS.filter((insight) => !insight.retiredInto);

/* Sequences of events: rules that only show over several breaks or across a clock change. */

/** Defaults without the heads-up, so each test sees only the break alarm it is about. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0 };

describe('decide: absolute time across a DST change', () => {
  // Europe moves its clocks at 2026-03-29T01:00Z; the schedule works in absolute ms, so nothing shifts.
  const start = Date.UTC(2026, 2, 29, 0, 30);

  it('a 45-minute interval stays exactly 45 * 60000 ms from 00:30Z to 02:30Z', () => {
    const installed = decide(S, INITIAL_STATE, { type: 'installed' }, start);
    expect(installed.state.nextBreakAt).toBe(Date.UTC(2026, 2, 29, 1, 15));

    const alarmAt = installed.state.nextBreakAt ?? 0;
    const alarm = decide(
      S,
      installed.state,
      { type: 'alarm', scheduledTime: alarmAt, busy: false, stored: true },
      alarmAt,
    );
    expect(alarm.effects[0]).toEqual({ type: 'setAlarm', name: 'break', at: Date.UTC(2026, 2, 29, 2, 0) });

    const finishedAt = Date.UTC(2026, 2, 29, 1, 45);
    const finished = decide(S, alarm.state, { type: 'finishBreak', outcome: 'taken' }, finishedAt);
    expect(finished.state.nextBreakAt).toBe(Date.UTC(2026, 2, 29, 2, 30));
    expect((finished.state.nextBreakAt ?? 0) - finishedAt).toBe(45 * 60_000);
  });
});

const T0 = Date.UTC(2026, 2, 2, 8, 0);

/** The page that shows the break picks its content and tells the schedule, as the break view does. */
function shown(settings: Settings, state: ScheduleState, now: number): ScheduleState {
  if (!state.activeBreak) return state;
  const content = contentForBreak(settings, state, state.activeBreak);
  return decide(settings, state, { type: 'showContent', ...content }, now).state;
}

describe('decide: content rotation over many breaks', () => {
  /** Runs `count` scheduled breaks, each shown, begun and answered 3 minutes after its alarm. */
  function runBreaks(count: number): { insights: string[]; exercises: string[] } {
    let state: ScheduleState = decide(S, INITIAL_STATE, { type: 'installed' }, Date.UTC(2026, 2, 2, 8, 0)).state;
    const insights: string[] = [];
    const exercises: string[] = [];
    for (let i = 0; i < count; i++) {
      const due = state.nextBreakAt ?? 0;
      state = decide(S, state, { type: 'alarm', scheduledTime: due, busy: false, stored: true }, due).state;
      state = shown(S, state, due);
      insights.push(state.activeBreak?.insightId ?? 'none');
      exercises.push(state.activeBreak?.exerciseId ?? 'none');
      state = decide(S, state, { type: 'finishBreak', outcome: 'taken' }, due + 3 * MIN).state;
    }
    return { insights, exercises };
  }

  it('shows every insight once before any repeats, then starts a new round', () => {
    const n = INSIGHTS.length;
    const { insights } = runBreaks(n + 1);
    expect(new Set(insights.slice(0, n)).size).toBe(n);
    expect(insights.slice(0, n)).toContain(insights[n]);
    expect(insights[n]).not.toBe(insights[n - 1]);
  });

  it('rotates through only the enabled themes when some are off', () => {
    const settings: Settings = { ...S, disabledThemes: ['trust', 'past', 'goals'] };
    const enabled = INSIGHTS.filter((insight) => !settings.disabledThemes.includes(insight.theme)).length;
    let state = decide(settings, INITIAL_STATE, { type: 'installed' }, T0).state;
    const seen: string[] = [];
    for (let i = 0; i < enabled; i++) {
      state = shown(settings, decide(settings, state, { type: 'takeBreakNow' }, T0 + i * MIN).state, T0 + i * MIN);
      seen.push(state.activeBreak?.insightId ?? 'none');
      state = decide(settings, state, { type: 'finishBreak', outcome: 'taken' }, T0 + i * MIN + 1).state;
    }
    expect(new Set(seen).size).toBe(enabled);
    for (const id of seen) expect(settings.disabledThemes).not.toContain(INSIGHTS.find((i) => i.id === id)?.theme);
  });

  it('15 breaks never show the same exercise twice in a row', () => {
    const { exercises } = runBreaks(15);
    expect(exercises).not.toContain('none');
    for (let i = 1; i < exercises.length; i++) expect(exercises[i]).not.toBe(exercises[i - 1]);
  });
});
