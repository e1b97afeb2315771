import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryArb, storeArb } from '@/tests/support/history';
import { decodeHistory, encodeHistory } from './codec';
import { parseHistoryEntry } from './parse';

const T = Date.UTC(2026, 2, 2, 9, 0);

describe('encodeHistory', () => {
  it('writes rows with empty fields dropped at the end, and the id only when it is not the start time', () => {
    const encoded = encodeHistory({
      entries: [
        { id: String(T), startedAt: T, endedAt: T + 1_000, outcome: 'natural' },
        { id: String(T + 5), startedAt: T + 5, endedAt: T + 9, outcome: 'snoozed', insightId: 'a', exerciseId: 'b' },
        {
          id: String(T + 9),
          startedAt: T + 9,
          endedAt: T + 9,
          outcome: 'taken',
          insightId: 'a',
          exerciseId: 'b',
          moodAfter: 3,
        },
        { id: 'old', startedAt: T + 10, endedAt: T + 20, outcome: 'skipped', insightId: 'a', exerciseId: 'b' },
      ],
      days: { '2025-01-01': { taken: 1, skipped: 2, snoozed: 3, natural: 4, mindfulSeconds: 5 } },
    });
    expect(encoded).toEqual({
      entries: [
        [T, 1_000, 3],
        [T + 5, 4, 2, 'a', 'b'],
        [T + 9, 0, 0, 'a', 'b', '', 0, 3],
        [T + 10, 10, 1, 'a', 'b', '', 0, 0, '', 'old'],
      ],
      days: { '2025-01-01': [1, 2, 3, 4, 5] },
    });
  });
});

describe('decodeHistory', () => {
  it('reads back exactly what was written, for any valid store', () => {
    fc.assert(
      fc.property(storeArb(), (store) => {
        // Through JSON, as storage keeps it.
        expect(decodeHistory(JSON.parse(JSON.stringify(encodeHistory(store))))).toEqual(store);
      }),
    );
  });

  it('generates only entries that storage itself would accept unchanged', () => {
    fc.assert(
      fc.property(entryArb(), (entry) => {
        expect(parseHistoryEntry(entry)).toEqual(entry);
      }),
    );
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an array', []],
    ['a v1 list of entries', [{ id: '1', startedAt: 1, endedAt: 2, outcome: 'natural' }]],
    ['a number', 7],
  ])('reads %s as empty history', (_label, raw) => {
    expect(decodeHistory(raw)).toEqual({ entries: [], days: {} });
  });

  it('drops each invalid row and keeps the valid ones beside it', () => {
    const valid = [T, 60_000, 0, 'trust-pace', 'box-breathing'];
    const decoded = decodeHistory({
      entries: [
        valid,
        null,
        { startedAt: T },
        [T, 60_000, 0], // taken, with no content
        [T, 60_000, 4], // no such outcome
        [T, 60_000, 0.5, 'a', 'b'],
        [T, -1, 3], // ends before it starts
        ['x', 1, 3],
        [T, 60_000, 3, '', '', 'grumpy', 9, 2.5], // need and moods out of range: dropped, the break kept
        [T, 60_000, 3, '', '', '', 0, 0, 'x'.repeat(300)],
      ],
      days: 'none',
    });
    expect(decoded.entries).toEqual([
      {
        id: String(T),
        startedAt: T,
        endedAt: T + 60_000,
        outcome: 'taken',
        insightId: 'trust-pace',
        exerciseId: 'box-breathing',
      },
      { id: String(T), startedAt: T, endedAt: T + 60_000, outcome: 'natural' },
      { id: String(T), startedAt: T, endedAt: T + 60_000, outcome: 'natural', note: 'x'.repeat(280) },
    ]);
    expect(decoded.days).toEqual({});
  });

  it('drops each invalid day and keeps the valid ones', () => {
    const decoded = decodeHistory({
      entries: 'none',
      days: {
        '2025-01-01': [1, 0, 0, 0, 60],
        '2025-02-29': [1, 0, 0, 0, 60],
        '2025-1-2': [1, 0, 0, 0, 60],
        '2025-01-03': [1, 0, 0, 0],
        '2025-01-04': [1, 0, -1, 0, 60],
        '2025-01-05': [1, 0, 0.5, 0, 60],
        '2025-01-06': { taken: 1 },
      },
    });
    expect(decoded).toEqual({
      entries: [],
      days: { '2025-01-01': { taken: 1, skipped: 0, snoozed: 0, natural: 0, mindfulSeconds: 60 } },
    });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.array(fc.anything()), (a, b, rows) => {
        expect(() => decodeHistory(a)).not.toThrow();
        expect(() => decodeHistory({ entries: rows, days: b })).not.toThrow();
        expect(() => decodeHistory({ entries: rows.map((row) => [T, 1, 3, row, row, row, row]) })).not.toThrow();
      }),
    );
  });
});
