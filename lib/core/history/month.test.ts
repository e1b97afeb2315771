import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, breakEnding, entryArb, storeOf } from '@/tests/support/arbitraries';
import { fold } from './fold';
import { decodeMonth, monthOf } from './month';
import { encodeMonth } from './month-encode';
import type { HistoryEntry } from './types';

const roundTrip = (entries: readonly HistoryEntry[]) => decodeMonth(JSON.parse(JSON.stringify(encodeMonth(entries))));

describe('encodeMonth and decodeMonth', () => {
  it('read back exactly what was written, oldest first, for any breaks (property)', () => {
    fc.assert(
      fc.property(fc.array(entryArb(), { minLength: 1, maxLength: 40 }), (list) => {
        const { entries } = storeOf(list);
        expect(roundTrip(entries)).toEqual(entries);
      }),
    );
  });

  it('keep folded breaks in the packed form and the rest in rows with a dictionary', () => {
    const full = breakEnding(at(2026, 3, 2, 9), 'taken', { moodBefore: 2, moodAfter: 4, note: 'calm < 3' });
    const natural = breakEnding(at(2026, 3, 2, 11), 'natural');
    const folded = fold(breakEnding(at(2026, 3, 2, 13), 'missed'));
    const stored = encodeMonth([full, natural, folded]);
    expect(stored.ids).toEqual(['trust-pace', 'box-breathing']);
    expect(stored.rows).toEqual([[0, 180_000, 0, 1, 2, '', 2, 4, 'calm < 3']]);
    expect(stored.packed).toMatch(/^\w+\.KPe!\w+\.KPe\?$/);
    expect(roundTrip([full, natural, folded])).toEqual([full, natural, folded]);
  });

  it('store a break whose id is not its start time in a row, id and all', () => {
    const imported = fold({ ...breakEnding(at(2026, 3, 2, 9)), id: 'from another browser' });
    expect(encodeMonth([imported]).rows).toEqual([[0, 180_000, 0, 0, 0, '', 0, 0, '', 'from another browser']]);
    expect(roundTrip([imported])).toEqual([imported]);
  });

  it('keep a month of heavy use small: 20 breaks a day, folded, under 12 bytes a break', () => {
    const breaks = Array.from({ length: 31 * 20 }, (_, i) => fold(breakEnding(at(2026, 3, 1, 8) + i * 1_790_123)));
    const bytes = JSON.stringify(encodeMonth(breaks)).length;
    expect(bytes / breaks.length).toBeLessThan(12);
  });

  it('drop each invalid row or packed break and keep the valid ones beside it', () => {
    const good = breakEnding(at(2026, 3, 2, 9));
    const stored = encodeMonth([good]);
    const damaged = {
      ...stored,
      rows: [...(stored.rows ?? []), 'row', [1], [5, -5, 0], [6, 60, 9], [7, 60, 0, 99, 99, 'angry', 7], [1e308, 1, 0]],
      packed: 'zz.1+!!.x?0.10000000000000000000000+',
    };
    expect(decodeMonth(damaged)).toContainEqual(good);
    expect(decodeMonth(damaged).every((entry) => Number.isSafeInteger(entry.endedAt))).toBe(true);
  });

  it('never throw, whatever is stored (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(Array.isArray(decodeMonth(raw))).toBe(true);
      }),
    );
  });
});

describe('monthOf', () => {
  it('is the local month a time falls in', () => {
    expect(monthOf(at(2026, 1, 31, 23, 59))).toBe('2026-01');
    expect(monthOf(at(2026, 2, 1, 0, 0))).toBe('2026-02');
  });
});
