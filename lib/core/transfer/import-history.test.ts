import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMonth } from '@/lib/core/history/month';
import { encodeMonth } from '@/lib/core/history/month-encode';

import type { HistoryEntry } from '@/lib/core/history/types';
import { EMPTY_HISTORY } from '@/lib/core/history/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { HOUR, MAX_HISTORY_ENTRIES } from '@/lib/core/vocabulary';
import { microTallyArb, storeArb } from '@/tests/support/arbitraries';
import { exportHistoryJson, exportSettingsJson } from './export';
import { MAX_IMPORT_BYTES } from './file';
import { parseHistoryImport, validateEntry } from './import-history';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const bytes = (text: string) => new TextEncoder().encode(text).length;
const importText = (text: string) => parseHistoryImport(text, bytes(text));

const entry = (start: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: String(start),
  startedAt: start,
  endedAt: start + 3 * 60_000,
  outcome: 'taken',
  insightId: 'trust-pace',
  exerciseId: 'box-breathing',
  ...extra,
});
const T0 = Date.UTC(2026, 10, 20, 10);
const good = entry(T0, { need: 'tense', moodBefore: 2, moodAfter: 4, note: 'Breathing helped.' });

/** A history file of this version with these entries, as JSON text (not necessarily valid ones). */
const historyFile = (entries: unknown[], head: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'breathing-room', kind: 'history', version: 2, exportedAt: 'x', entries, ...head });
/** A file of version 1, which also had day totals. */
const v1File = (entries: unknown[], days: unknown = {}) =>
  JSON.stringify({ app: 'breathing-room', kind: 'history', version: 1, exportedAt: 'x', entries, days });

describe('parseHistoryImport', () => {
  it('reads back exactly what was exported, for any history the app can hold (property)', () => {
    fc.assert(
      fc.property(storeArb(), microTallyArb, (store, micro) => {
        const result = importText(exportHistoryJson(store, NOW, micro));
        expect(result).toEqual({ ok: true, store, micro });
      }),
    );
  });

  it('accepts only what storage keeps exactly as it is (property)', () => {
    fc.assert(
      fc.property(storeArb(), (store) => {
        const result = importText(exportHistoryJson(store, NOW));
        if (!result.ok) throw new Error(result.error);
        if (result.store.entries.length === 0) return;
        expect(decodeMonth(JSON.parse(JSON.stringify(encodeMonth(result.store.entries))))).toEqual(
          result.store.entries,
        );
      }),
    );
  });

  it('keeps an id that appears twice once, the first', () => {
    const result = importText(historyFile([good, { ...good, note: 'later copy' }, entry(T0 + HOUR)]));
    expect(result).toEqual({ ok: true, store: { entries: [good, entry(T0 + HOUR)] }, micro: {} });
  });

  it('drops fields a history entry does not have, and an empty note', () => {
    const result = importText(historyFile([{ ...good, colour: 'blue', note: '' }]));
    const { note: _note, ...withoutNote } = good;
    expect(result).toEqual({ ok: true, store: { entries: [withoutNote] }, micro: {} });
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(parseHistoryImport('{', MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: 'importTooLarge',
      substitutions: ['10'],
    });
    expect(parseHistoryImport(historyFile([]), MAX_IMPORT_BYTES)).toMatchObject({ ok: true });
    expect(parseHistoryImport(historyFile([]), Number.NaN)).toMatchObject({ error: 'importTooLarge' });
  });

  it.each([
    ['empty', ''],
    ['not JSON', 'hello'],
    ['NaN as a number', historyFile([good]).replace(`"startedAt":${T0}`, '"startedAt":NaN')],
    ['a trailing comma', '{"app":"breathing-room",}'],
  ])('refuses text that is not JSON: %s', (_label, text) => {
    expect(importText(text)).toEqual({ ok: false, error: 'importNotJson' });
  });

  it('refuses every truncated export (property)', () => {
    fc.assert(
      fc.property(storeArb(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (store, fraction) => {
        const json = exportHistoryJson(store, NOW).trimEnd();
        const cut = json.slice(0, Math.floor(fraction * json.length));
        expect(importText(cut)).toEqual({ ok: false, error: 'importNotJson' });
      }),
    );
  });

  it.each([
    ['another app', historyFile([], { app: 'other' })],
    ['a settings file', exportSettingsJson(DEFAULT_SETTINGS, NOW)],
    ['no kind', JSON.stringify({ app: 'breathing-room', version: 2, entries: [] })],
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['entries not a list', historyFile({} as unknown as unknown[])],
    ['version 1 with no days', JSON.stringify({ app: 'breathing-room', kind: 'history', version: 1, entries: [] })],
  ])('refuses %s as the wrong kind of file', (_label, text) => {
    expect(importText(text)).toEqual({ ok: false, error: 'importWrongKind' });
  });

  it.each([
    [3, '3'],
    ['1', '"1"'],
    [0, '0'],
    [null, 'null'],
    [undefined, '—'],
  ])('refuses version %j and names it', (version, shown) => {
    expect(importText(historyFile([], { version }))).toEqual({
      ok: false,
      error: 'importWrongVersion',
      substitutions: [shown],
    });
  });

  it.each([
    [
      '__proto__ in an entry',
      `{"app":"breathing-room","kind":"history","version":2,"entries":[{"__proto__":{"x":1}}]}`,
    ],
    ['__proto__ at the top', `{"__proto__" : {"polluted":true},"app":"breathing-room"}`],
    [
      '__proto__ written with an escape',
      `{"app":"breathing-room","kind":"history","version":1,"entries":[],"days":{"\\u005f_proto__":{}}}`,
    ],
    ['constructor in an entry', historyFile([{ ...good, constructor: { prototype: {} } }])],
    ['prototype in days', v1File([], { prototype: {} })],
    ['constructor deep down', historyFile([{ ...good, extra: [[{ a: { constructor: 1 } }]] }])],
  ])('refuses a hostile key: %s', (_label, text) => {
    expect(importText(text)).toEqual({ ok: false, error: 'importHostile' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the text "__proto__" inside a note', () => {
    const note = 'I read about "__proto__": odd';
    expect(importText(historyFile([{ ...good, note }]))).toMatchObject({ ok: true });
  });

  it('scans a very long list without overflowing', () => {
    const text = historyFile([good]).replace('"entries":', `"junk":[${'0,'.repeat(2_000_000)}0],"entries":`);
    expect(parseHistoryImport(text, 0)).toMatchObject({ ok: true });
  });

  it('refuses deeply nested junk without overflowing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = historyFile([good]).replace('"entries":', `"junk":${deep},"entries":`);
    expect(importText(text)).toMatchObject({ ok: true });
  });

  const bad: [string, unknown][] = [
    ['not an object', 'taken'],
    ['null', null],
    ['an unknown outcome', { ...good, outcome: 'exploded' }],
    ['no outcome', { ...good, outcome: undefined }],
    ['a numeric id', { ...good, id: 5 }],
    ['an empty id', { ...good, id: '' }],
    ['an id of 101 characters', { ...good, id: 'x'.repeat(101) }],
    ['a start time as text', { ...good, startedAt: String(good.startedAt) }],
    ['an end time as text', { ...good, endedAt: 'soon' }],
    ['a negative start time', { ...good, startedAt: -1 }],
    ['a null end time', { ...good, endedAt: null }],
    ['no start time', { ...good, startedAt: undefined }],
    ['a time beyond any date', { ...good, startedAt: 9e15, endedAt: 9e15 }],
    ['1e308', { ...good, endedAt: 1e308 }],
    ['a year after 9999', { ...good, endedAt: Date.UTC(10000, 0, 1) }],
    ['NaN written as text', { ...good, startedAt: 'NaN' }],
    ['a fractional time', { ...good, endedAt: good.endedAt + 0.5 }],
    ['an end before the start', { ...good, endedAt: good.startedAt - 1 }],
    ['an insight without its exercise', { ...good, exerciseId: undefined }],
    ['a natural break with an insight', { ...entry(T0, { outcome: 'natural' }), exerciseId: undefined }],
    ['an unknown need', { ...good, need: 'angry' }],
    ['a mood of 0', { ...good, moodBefore: 0 }],
    ['a mood of 6', { ...good, moodAfter: 6 }],
    ['a mood of 2.5', { ...good, moodAfter: 2.5 }],
    ['a mood as text', { ...good, moodBefore: '3' }],
    ['a null mood', { ...good, moodBefore: null }],
    ['a note of 281 characters', { ...good, note: 'x'.repeat(281) }],
    ['a note that is a number', { ...good, note: 42 }],
    ['a huge note', { ...good, note: 'x'.repeat(1_000_000) }],
    ['a control character in a note', { ...good, note: 'ring\u0007' }],
    ['a carriage return in a note', { ...good, note: 'a\r\nb' }],
    ['a control character in an id', { ...good, id: 'a\u0000b' }],
    ['an unknown outcome', { ...good, outcome: 'later' }],
  ];

  it.each(bad)('refuses an entry with %s and names its number', (_label, raw) => {
    expect(validateEntry(raw)).toBeNull();
    const text = historyFile([good, entry(T0 + HOUR), raw, entry(T0 + 2 * HOUR)]);
    expect(importText(text)).toEqual({ ok: false, error: 'importBadEntry', substitutions: ['3'] });
  });

  it.each([
    ['a note of exactly 280 characters', { ...good, note: 'x'.repeat(280) }],
    ['a break answered a weekend later', { ...good, endedAt: good.startedAt + 64 * HOUR }],
    ['comparisons in a note', { ...good, note: 'calm < 3 and > 1, <3' }],
    ['a note that looks like markup, always shown as text', { ...good, note: 'stress<bearable today, I felt <meh>' }],
    ['a script in a note, shown as text', { ...good, note: 'hi <script>alert(1)</script>' }],
    ['markup in an id, shown as text', { ...good, id: '<svg onload=x>' }],
    ['line breaks and tabs in a note', { ...good, note: 'one\ntwo\tthree' }],
    ['a natural break', entry(T0, { outcome: 'natural', insightId: undefined, exerciseId: undefined })],
    ['a folded break', { id: 'x', startedAt: T0, endedAt: T0 + 1, outcome: 'taken' }],
    ['a missed break', entry(T0, { outcome: 'missed' })],
    ['a time in 1970', entry(0)],
  ])('accepts %s', (_label, raw) => {
    expect(importText(historyFile([JSON.parse(JSON.stringify(raw))]))).toMatchObject({ ok: true });
  });

  const totals = { taken: 1, skipped: 2, snoozed: 0, natural: 0, mindfulSeconds: 180 };
  it.each([
    ['a month 13', '2026-13-01', totals],
    ['February 30', '2026-02-30', totals],
    ['a word', 'yesterday', totals],
    ['a time in the key', '2026-11-25T00:00', totals],
    ['a negative count', '2026-11-25', { ...totals, taken: -1 }],
    ['a fraction', '2026-11-25', { ...totals, skipped: 1.5 }],
    ['a count as text', '2026-11-25', { ...totals, snoozed: '3' }],
    ['a missing count', '2026-11-25', { ...totals, mindfulSeconds: undefined }],
    ['not an object', '2026-11-25', 5],
    ['a count too large for one day', '2026-11-25', { ...totals, taken: 2 ** 53 - 1 }],
  ])('refuses version 1 day totals with %s', (_label, day, value) => {
    expect(importText(v1File([good], { '2026-01-01': totals, [day]: value }))).toEqual({
      ok: false,
      error: 'importBadDay',
      substitutions: [day],
    });
  });

  it('refuses any one broken entry among valid ones (property)', () => {
    fc.assert(
      fc.property(storeArb(), fc.nat(), fc.constantFrom(...bad.map(([, raw]) => raw)), (store, at, raw) => {
        const file = JSON.parse(exportHistoryJson(store, NOW));
        const index = at % (file.entries.length + 1);
        file.entries.splice(index, 0, raw);
        expect(importText(JSON.stringify(file))).toEqual({
          ok: false,
          error: 'importBadEntry',
          substitutions: [String(index + 1)],
        });
      }),
    );
  });
});

describe('parseHistoryImport: micro-breaks by day', () => {
  it('refuses the whole file for one bad day of micro-breaks, and names it', () => {
    const ok = { '2026-11-20': { shown: 4, skipped: 1, snoozed: 0 } };
    for (const [bad, named] of [
      [{ ...ok, '2026-02-30': { shown: 1 } }, '2026-02-30'],
      [{ ...ok, '2026-11-21': { shown: -1 } }, '2026-11-21'],
      [{ ...ok, '2026-11-21': { shown: 1e9 } }, '2026-11-21'],
      [{ ...ok, '2026-11-21': 'many' }, '2026-11-21'],
    ] as const) {
      expect(importText(historyFile([good], { microBreaks: bad }))).toEqual({
        ok: false,
        error: 'importBadDay',
        substitutions: [named],
      });
    }
    expect(importText(historyFile([good], { microBreaks: [1, 2] }))).toMatchObject({ ok: false });
    expect(importText(historyFile([good], { microBreaks: ok }))).toMatchObject({ ok: true, micro: ok });
  });
});

describe('parseHistoryImport: version 1 files', () => {
  it('turns day totals into folded breaks of that day, with the same counts and minutes', () => {
    const totals = { taken: 2, skipped: 1, snoozed: 0, natural: 0, mindfulSeconds: 400 };
    const result = importText(v1File([good], { '2024-01-05': totals }));
    if (!result.ok) throw new Error(result.error);
    expect(result.store.entries).toHaveLength(4);
    expect(result.store.entries.filter((e) => e.outcome === 'taken').map((e) => e.endedAt - e.startedAt)).toEqual([
      200_000, 200_000, 180_000,
    ]);
    // The same file again gives the same ids, so importing it twice adds nothing twice.
    expect(importText(v1File([good], { '2024-01-05': totals }))).toEqual(result);
  });

  it('refuses a file that would hold more breaks than are kept', () => {
    // 200 days of 1,440 taken breaks each: 288,000 breaks.
    const full = { taken: 1440, skipped: 0, snoozed: 0, natural: 0, mindfulSeconds: 0 };
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    const days = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [day(i), full]));
    expect(importText(v1File([], days))).toEqual({
      ok: false,
      error: 'importTooMany',
      substitutions: [String(MAX_HISTORY_ENTRIES)],
    });
  });
});

describe('parseHistoryImport: the byte-order mark some editors write', () => {
  it('reads a file that starts with one', () => {
    expect(importText(`\uFEFF${historyFile([good])}`)).toMatchObject({ ok: true });
  });

  it('refuses empty and 0-byte files as not JSON', () => {
    expect(importText('')).toEqual({ ok: false, error: 'importNotJson' });
    expect(parseHistoryImport('', 0)).toEqual({ ok: false, error: 'importNotJson' });
  });

  it('empty history reads back empty', () => {
    expect(importText(exportHistoryJson(EMPTY_HISTORY, NOW))).toEqual({ ok: true, store: EMPTY_HISTORY, micro: {} });
  });
});
