import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MICRO_OUTCOMES } from '@/lib/core/vocabulary';
import { microTallyArb as tallyArb } from '@/tests/support/arbitraries';
import { MICRO_DAY_MAX, MICRO_TALLY_DAYS, type MicroTally, microBetween, parseMicroTally } from './micro-tally';
import { addMicro, mergeMicroTally } from './micro-tally-add';

describe('the micro-break tally', () => {
  it('counts each micro-break on its day, by how it ended', () => {
    let tally: MicroTally = {};
    tally = addMicro(tally, '2026-03-02', 'shown');
    tally = addMicro(tally, '2026-03-02', 'shown');
    tally = addMicro(tally, '2026-03-02', 'skipped');
    tally = addMicro(tally, '2026-03-03', 'snoozed');
    expect(tally).toEqual({
      '2026-03-02': { shown: 2, skipped: 1, snoozed: 0 },
      '2026-03-03': { shown: 0, skipped: 0, snoozed: 1 },
    });
    expect(microBetween(tally, '2026-03-01', '2026-03-02')).toEqual({ shown: 2, skipped: 1, snoozed: 0 });
  });

  it('keeps the newest days only, and no count past its limit', () => {
    let tally: MicroTally = {};
    for (let day = 0; day < MICRO_TALLY_DAYS + 5; day++) {
      const date = new Date(2025, 0, 1 + day);
      tally = addMicro(
        tally,
        `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
        'shown',
      );
    }
    expect(Object.keys(tally)).toHaveLength(MICRO_TALLY_DAYS);
    expect(Object.keys(tally)[0]).toBe('2025-01-06');
    const full = { '2026-03-02': { shown: MICRO_DAY_MAX, skipped: 0, snoozed: 0 } };
    expect(addMicro(full, '2026-03-02', 'shown')['2026-03-02']?.shown).toBe(MICRO_DAY_MAX);
  });

  it('reads back what it stores, and leaves out damaged days', () => {
    fc.assert(
      fc.property(tallyArb, (tally) => {
        expect(parseMicroTally(JSON.parse(JSON.stringify(tally)))).toEqual(tally);
      }),
    );
    expect(
      parseMicroTally({
        '2026-03-02': { shown: 3, skipped: 0, snoozed: 0 },
        '2026-02-30': { shown: 1 },
        yesterday: { shown: 1 },
        '2026-03-03': { shown: -1 },
        '2026-03-04': { shown: 1.5 },
        '2026-03-05': { shown: MICRO_DAY_MAX + 1 },
        '2026-03-06': 'many',
      }),
    ).toEqual({ '2026-03-02': { shown: 3, skipped: 0, snoozed: 0 } });
    expect(parseMicroTally([1, 2])).toEqual({});
  });

  it('merging is idempotent and loses no day of either side', () => {
    fc.assert(
      fc.property(tallyArb, tallyArb, (a, b) => {
        const merged = mergeMicroTally(a, b);
        expect(mergeMicroTally(merged, b)).toEqual(merged);
        for (const [day, counts] of [...Object.entries(a), ...Object.entries(b)]) {
          for (const outcome of MICRO_OUTCOMES) expect(merged[day]?.[outcome]).toBeGreaterThanOrEqual(counts[outcome]);
        }
      }),
    );
  });
});
