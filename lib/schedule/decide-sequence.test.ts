import { describe, expect, it } from 'vitest';
import { INSIGHTS } from '@/content/insights';
import { decide } from './decide';
import { INITIAL_STATE, type ScheduleState, type Settings } from './types';

/* Sequences of events: rules that only show over several breaks or across a clock change. */

const MIN = 60_000;
const S: Settings = { intervalMinutes: 45, breakMinutes: 3 };

describe('decide: absolute time across a DST change', () => {
  // Europe moves its clocks at 2026-03-29T01:00Z; the schedule works in absolute ms, so nothing shifts.
  const start = Date.UTC(2026, 2, 29, 0, 30);

  it('a 45-minute interval stays exactly 45 * 60000 ms from 00:30Z to 02:30Z', () => {
    const installed = decide(S, INITIAL_STATE, { type: 'installed' }, start);
    expect(installed.state.nextBreakAt).toBe(Date.UTC(2026, 2, 29, 1, 15));

    const alarmAt = installed.state.nextBreakAt ?? 0;
    const alarm = decide(S, installed.state, { type: 'alarm', scheduledTime: alarmAt }, alarmAt);
    expect(alarm.effects[0]).toEqual({ type: 'setAlarm', at: Date.UTC(2026, 2, 29, 2, 0) });

    const finishedAt = Date.UTC(2026, 2, 29, 1, 45);
    const finished = decide(S, alarm.state, { type: 'finishBreak', outcome: 'taken' }, finishedAt);
    expect(finished.state.nextBreakAt).toBe(Date.UTC(2026, 2, 29, 2, 30));
    expect((finished.state.nextBreakAt ?? 0) - finishedAt).toBe(45 * 60_000);
  });
});

describe('decide: content rotation over many breaks', () => {
  /** Runs `count` scheduled breaks, each answered 'taken' 3 minutes after its alarm. */
  function runBreaks(count: number): { insights: string[]; exercises: string[] } {
    let state: ScheduleState = decide(S, INITIAL_STATE, { type: 'installed' }, Date.UTC(2026, 2, 2, 8, 0)).state;
    const insights: string[] = [];
    const exercises: string[] = [];
    for (let i = 0; i < count; i++) {
      const due = state.nextBreakAt ?? 0;
      state = decide(S, state, { type: 'alarm', scheduledTime: due }, due).state;
      insights.push(state.activeBreak?.insightId ?? 'none');
      exercises.push(state.activeBreak?.exerciseId ?? 'none');
      state = decide(S, state, { type: 'finishBreak', outcome: 'taken' }, due + 3 * MIN).state;
    }
    return { insights, exercises };
  }

  it('15 breaks show every one of the 14 insights before any repeats', () => {
    expect(INSIGHTS).toHaveLength(14);
    const { insights } = runBreaks(15);
    expect(new Set(insights.slice(0, 14)).size).toBe(14);
    expect(insights.slice(0, 14)).toContain(insights[14]);
  });

  it('15 breaks never show the same exercise twice in a row', () => {
    const { exercises } = runBreaks(15);
    expect(exercises).not.toContain('none');
    for (let i = 1; i < exercises.length; i++) expect(exercises[i]).not.toBe(exercises[i - 1]);
  });
});
