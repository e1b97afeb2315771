import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Outcome } from '@/lib/schedule/types';
import { countTakenToday, recentEntries } from './recent';

/** Local wall-clock time, so "today" follows whatever zone the tests run in. */
const local = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).getTime();

const entry = (endedAt: number, outcome: Outcome = 'taken'): HistoryEntry => ({
  id: String(endedAt - 60_000),
  startedAt: endedAt - 60_000,
  endedAt,
  outcome,
  insightId: 'trust-pace',
  exerciseId: 'box-breathing',
});

describe('countTakenToday', () => {
  const now = local(10, 15);

  it('counts only taken breaks', () => {
    const history = [entry(local(10, 9)), entry(local(10, 10), 'snoozed'), entry(local(10, 11), 'skipped')];
    expect(countTakenToday(history, now)).toBe(1);
  });

  it('counts from local midnight, not before it', () => {
    const history = [entry(local(9, 23, 59)), entry(local(10, 0)), entry(local(10, 0, 1)), entry(local(10, 14))];
    expect(countTakenToday(history, now)).toBe(3);
  });

  it('ignores breaks that end after now', () => {
    expect(countTakenToday([entry(local(10, 14)), entry(local(10, 16))], now)).toBe(1);
  });

  it('is zero for an empty history', () => {
    expect(countTakenToday([], now)).toBe(0);
  });
});

describe('recentEntries', () => {
  const a = entry(local(8, 9));
  const b = entry(local(9, 9), 'skipped');
  const c = entry(local(10, 9));

  it('sorts newest first', () => {
    expect(recentEntries([a, c, b], 10)).toEqual([c, b, a]);
  });

  it('returns at most the limit', () => {
    expect(recentEntries([a, b, c], 2)).toEqual([c, b]);
  });

  it('leaves the history it was given in its order', () => {
    const history = [a, b, c];
    recentEntries(history, 3);
    expect(history).toEqual([a, b, c]);
  });
});
