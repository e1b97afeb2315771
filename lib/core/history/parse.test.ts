import { describe, expect, it } from 'vitest';
import { parseHistory } from './parse';
import type { HistoryEntry } from './types';

const T = Date.UTC(2026, 2, 2, 9, 0);

describe('parseHistory', () => {
  const entry = (n: number, outcome: HistoryEntry['outcome'] = 'taken'): HistoryEntry => ({
    id: String(T + n),
    startedAt: T + n,
    endedAt: T + n + 60_000,
    outcome,
    insightId: 'trust-pace',
    exerciseId: 'box-breathing',
  });

  it('keeps valid entries in their stored order', () => {
    const history = [entry(3, 'skipped'), entry(1), entry(2, 'snoozed')];
    expect(parseHistory(history)).toEqual(history);
  });

  it('drops malformed entries and keeps the rest in order; half a content pair goes, the break stays', () => {
    const { exerciseId: _dropped, ...missingField } = entry(5);
    const { insightId: _insight, ...folded } = missingField;
    const raw = [
      entry(1),
      missingField,
      { ...entry(6), endedAt: T },
      { ...entry(7), outcome: 'ignored' },
      { ...entry(8), id: '' },
      { ...entry(9), startedAt: Number.NaN },
      null,
      'entry',
      entry(2),
    ];
    expect(parseHistory(raw)).toEqual([entry(1), folded, entry(2)]);
  });

  it('keeps times only within the bounds every date can show, as whole ms', () => {
    expect(parseHistory([{ ...entry(1), startedAt: 1e308, endedAt: 1e308 }])).toEqual([]);
    expect(parseHistory([{ ...entry(1), endedAt: T + 0.5 }])).toEqual([]);
    expect(parseHistory([{ ...entry(1), startedAt: -1 }])).toEqual([]);
  });

  it('keeps a note with markup-like text as it is, and cleans control characters out of it', () => {
    expect(parseHistory([{ ...entry(1), note: 'stress<bearable \u0007today' }])).toEqual([
      { ...entry(1), note: 'stress<bearable today' },
    ]);
  });

  it.each([null, undefined, {}, 'history', { 0: entry(1) }])('is empty for a non-array (%s)', (raw) => {
    expect(parseHistory(raw)).toEqual([]);
  });
});
