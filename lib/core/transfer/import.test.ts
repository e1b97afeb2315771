import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from '@/content/types';
import { decodeHistory, encodeHistory } from '@/lib/core/history/codec';
import { localDay } from '@/lib/core/history/dates';
import type { HistoryEntry } from '@/lib/core/history/types';
import { EMPTY_HISTORY, type HistoryStore } from '@/lib/core/history/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { settingsArb, storeArb } from '@/tests/support/transfer';
import { exportHistoryJson, exportSettingsJson } from './export';
import {
  MAX_IMPORT_BYTES,
  mergeHistory,
  parseHistoryImport,
  parseSettingsImport,
  summarizeImport,
  validateEntry,
} from './import';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const HOUR = 60 * 60 * 1000;
const bytes = (text: string) => new TextEncoder().encode(text).length;
const importText = (text: string) => parseHistoryImport(text, bytes(text));
const importSettings = (text: string) => parseSettingsImport(text, bytes(text));

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

/** A history file with these entries and days, as JSON text (not necessarily valid ones). */
const historyFile = (entries: unknown[], days: unknown = {}, head: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'breathing-room', kind: 'history', version: 1, exportedAt: 'x', entries, days, ...head });

describe('parseHistoryImport', () => {
  it('reads back exactly what was exported (property)', () => {
    fc.assert(
      fc.property(storeArb, (store) => {
        const result = importText(exportHistoryJson(store, NOW));
        expect(result).toEqual({ ok: true, store });
      }),
    );
  });

  it('accepts only what storage keeps exactly as it is (property)', () => {
    fc.assert(
      fc.property(storeArb, (store) => {
        const result = importText(exportHistoryJson(store, NOW));
        if (!result.ok) throw new Error(result.error);
        expect(decodeHistory(encodeHistory(result.store))).toEqual(result.store);
      }),
    );
  });

  it('keeps an id that appears twice once, the first', () => {
    const result = importText(historyFile([good, { ...good, note: 'later copy' }, entry(T0 + HOUR)]));
    expect(result).toEqual({ ok: true, store: { entries: [good, entry(T0 + HOUR)], days: {} } });
  });

  it('drops fields a history entry does not have, and an empty note', () => {
    const result = importText(historyFile([{ ...good, colour: 'blue', note: '' }]));
    const { note: _note, ...withoutNote } = good;
    expect(result).toEqual({ ok: true, store: { entries: [withoutNote], days: {} } });
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
      fc.property(storeArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (store, fraction) => {
        const json = exportHistoryJson(store, NOW).trimEnd();
        const cut = json.slice(0, Math.floor(fraction * json.length));
        expect(importText(cut)).toEqual({ ok: false, error: 'importNotJson' });
      }),
    );
  });

  it.each([
    ['another app', historyFile([], {}, { app: 'other' })],
    ['a settings file', exportSettingsJson(DEFAULT_SETTINGS, NOW)],
    ['no kind', JSON.stringify({ app: 'breathing-room', version: 1, entries: [], days: {} })],
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['entries not a list', historyFile({} as unknown as unknown[])],
    ['no days', JSON.stringify({ app: 'breathing-room', kind: 'history', version: 1, entries: [] })],
  ])('refuses %s as the wrong kind of file', (_label, text) => {
    expect(importText(text)).toEqual({ ok: false, error: 'importWrongKind' });
  });

  it.each([
    [2, '2'],
    ['1', '"1"'],
    [0, '0'],
    [null, 'null'],
    [undefined, '—'],
  ])('refuses version %j and names it', (version, shown) => {
    expect(importText(historyFile([], {}, { version }))).toEqual({
      ok: false,
      error: 'importWrongVersion',
      substitutions: [shown],
    });
  });

  it.each([
    [
      '__proto__ in an entry',
      `{"app":"breathing-room","kind":"history","version":1,"entries":[{"__proto__":{"x":1}}],"days":{}}`,
    ],
    ['__proto__ at the top', `{"__proto__" : {"polluted":true},"app":"breathing-room"}`],
    [
      '__proto__ written with an escape',
      `{"app":"breathing-room","kind":"history","version":1,"entries":[],"days":{"\\u005f_proto__":{}}}`,
    ],
    ['constructor in an entry', historyFile([{ ...good, constructor: { prototype: {} } }])],
    ['prototype in days', historyFile([], { prototype: {} })],
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
    const text = historyFile([good]).replace('"days":{}', `"days":{},"junk":[${'0,'.repeat(2_000_000)}0]`);
    expect(parseHistoryImport(text, 0)).toMatchObject({ ok: true });
  });

  it('refuses deeply nested junk without overflowing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = historyFile([good]).replace('"days":{}', `"days":{},"junk":${deep}`);
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
    ['a fractional time', { ...good, endedAt: good.endedAt + 0.5 }],
    ['an end before the start', { ...good, endedAt: good.startedAt - 1 }],
    ['a break over 24 hours', { ...good, endedAt: good.startedAt + 24 * HOUR + 1 }],
    ['a taken break without an exercise', { ...good, exerciseId: undefined }],
    ['a natural break with an insight', { ...entry(T0, { outcome: 'natural' }), exerciseId: undefined }],
    ['an unknown need', { ...good, need: 'angry' }],
    ['a mood of 0', { ...good, moodBefore: 0 }],
    ['a mood of 6', { ...good, moodAfter: 6 }],
    ['a mood of 2.5', { ...good, moodAfter: 2.5 }],
    ['a mood as text', { ...good, moodBefore: '3' }],
    ['a null mood', { ...good, moodBefore: null }],
    ['a note of 281 characters', { ...good, note: 'x'.repeat(281) }],
    ['a note that is a number', { ...good, note: 42 }],
    ['a script in a note', { ...good, note: 'hi <script>alert(1)</script>' }],
    ['an image tag in a note', { ...good, note: '<img src=x onerror=alert(1)>' }],
    ['a comment in a note', { ...good, note: '<!-- x -->' }],
    ['a closing tag in a note', { ...good, note: 'a </b>' }],
    ['markup in an exercise id', { ...good, exerciseId: '<b>box</b>' }],
    ['markup in an id', { ...good, id: '<svg onload=x>' }],
  ];

  it.each(bad)('refuses an entry with %s and names its number', (_label, raw) => {
    expect(validateEntry(raw)).toBeNull();
    const text = historyFile([good, entry(T0 + HOUR), raw, entry(T0 + 2 * HOUR)]);
    expect(importText(text)).toEqual({ ok: false, error: 'importBadEntry', substitutions: ['3'] });
  });

  it.each([
    ['a note of exactly 280 characters', { ...good, note: 'x'.repeat(280) }],
    ['a break of exactly 24 hours', { ...good, endedAt: good.startedAt + 24 * HOUR }],
    ['comparisons in a note', { ...good, note: 'calm < 3 and > 1, <3' }],
    ['a natural break', entry(T0, { outcome: 'natural', insightId: undefined, exerciseId: undefined })],
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
  ])('refuses day totals with %s', (_label, day, value) => {
    expect(importText(historyFile([good], { '2026-01-01': totals, [day]: value }))).toEqual({
      ok: false,
      error: 'importBadDay',
      substitutions: [day],
    });
  });

  it('refuses any one broken entry among valid ones (property)', () => {
    fc.assert(
      fc.property(storeArb, fc.nat(), fc.constantFrom(...bad.map(([, raw]) => raw)), (store, at, raw) => {
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

describe('summarizeImport and mergeHistory', () => {
  const a = entry(T0);
  const b = entry(T0 + HOUR);
  const c = entry(T0 + 2 * HOUR);
  const totals = (taken: number) => ({ taken, skipped: 0, snoozed: 0, natural: 0, mindfulSeconds: taken * 180 });

  it('adds what is new, oldest first, and counts what is already here', () => {
    const current: HistoryStore = { entries: [a, c], days: { '2020-01-01': totals(1) } };
    const incoming: HistoryStore = { entries: [c, b], days: { '2020-01-01': totals(9), '2020-01-02': totals(2) } };
    expect(summarizeImport(current, incoming)).toEqual({ adding: 1, alreadyPresent: 1, days: 1 });
    expect(mergeHistory(current, incoming)).toEqual({
      entries: [a, b, c],
      days: { '2020-01-01': totals(1), '2020-01-02': totals(2) },
    });
  });

  it('keeps the current copy of an entry both have', () => {
    const current: HistoryStore = { entries: [{ ...a, note: 'mine' }], days: {} };
    expect(mergeHistory(current, { entries: [{ ...a, note: 'theirs' }], days: {} }).entries).toEqual([
      { ...a, note: 'mine' },
    ]);
  });

  it('does not add an entry of a day already folded into totals here', () => {
    const current: HistoryStore = { entries: [], days: { [localDay(a.endedAt)]: totals(1) } };
    const incoming: HistoryStore = { entries: [a], days: {} };
    expect(summarizeImport(current, incoming)).toEqual({ adding: 0, alreadyPresent: 1, days: 0 });
    expect(mergeHistory(current, incoming)).toEqual(current);
  });

  it('does not add day totals for a day that still has entries here', () => {
    const current: HistoryStore = { entries: [a], days: {} };
    const incoming: HistoryStore = { entries: [], days: { [localDay(a.endedAt)]: totals(4) } };
    expect(summarizeImport(current, incoming)).toEqual({ adding: 0, alreadyPresent: 0, days: 0 });
    expect(mergeHistory(current, incoming)).toEqual(current);
  });

  it('fills an empty history with the whole file', () => {
    fc.assert(
      fc.property(storeArb, (incoming) => {
        const merged = mergeHistory(EMPTY_HISTORY, incoming);
        expect(merged.days).toEqual(incoming.days);
        const folded = new Set(Object.keys(incoming.days));
        expect(merged.entries).toEqual(incoming.entries.filter((e) => !folded.has(localDay(e.endedAt))));
      }),
    );
  });

  it('never duplicates an id, keeps every current entry and is idempotent (property)', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (current, incoming) => {
        const merged = mergeHistory(current, incoming);
        const ids = merged.entries.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of current.entries) expect(merged.entries).toContainEqual(e);
        for (const [day, dayTotals] of Object.entries(current.days)) expect(merged.days[day]).toEqual(dayTotals);
        expect(mergeHistory(merged, incoming)).toEqual(merged);
        expect(mergeHistory(merged, merged)).toEqual(merged);
        const summary = summarizeImport(current, incoming);
        expect(merged.entries.length).toBe(current.entries.length + summary.adding);
        expect(Object.keys(merged.days).length).toBe(Object.keys(current.days).length + summary.days);
        expect(summary.adding + summary.alreadyPresent).toBe(incoming.entries.length);
        expect(summarizeImport(merged, incoming)).toEqual({
          adding: 0,
          alreadyPresent: incoming.entries.length,
          days: 0,
        });
        const ends = merged.entries.map((e) => e.endedAt);
        expect(ends).toEqual([...ends].sort((x, y) => x - y));
      }),
    );
  });

  it('never counts a break twice: no merged entry falls on a merged day total (property)', () => {
    // Holds whenever both sides hold it, as every stored history does.
    const consistent = storeArb.map((store) => ({
      ...store,
      entries: store.entries.filter((e) => !Object.hasOwn(store.days, localDay(e.endedAt))),
    }));
    fc.assert(
      fc.property(consistent, consistent, (current, incoming) => {
        const merged = mergeHistory(current, incoming);
        for (const e of merged.entries) expect(Object.hasOwn(merged.days, localDay(e.endedAt))).toBe(false);
      }),
    );
  });

  it('changes neither store it is given', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (current, incoming) => {
        const before = structuredClone([current, incoming]);
        mergeHistory(current, incoming);
        summarizeImport(current, incoming);
        expect([current, incoming]).toEqual(before);
      }),
    );
  });
});

describe('parseSettingsImport', () => {
  it('reads back exactly what was exported (property)', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(importSettings(exportSettingsJson(settings, NOW))).toEqual({ ok: true, settings });
      }),
    );
  });

  it('ignores unknown keys and gives missing settings their default', () => {
    const text = JSON.stringify({
      app: 'breathing-room',
      kind: 'settings',
      version: 1,
      settings: { intervalMinutes: 30, futureSetting: 'x', snoozeMinutes: [15, 5] },
    });
    expect(importSettings(text)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, intervalMinutes: 30, snoozeMinutes: [5, 15] },
    });
  });

  const settingsFile = (settings: unknown) =>
    JSON.stringify({ app: 'breathing-room', kind: 'settings', version: 1, settings });

  it.each([
    ['intervalMinutes', 'soon'],
    ['intervalMinutes', 2],
    ['intervalMinutes', 45.5],
    ['breakMinutes', null],
    ['dailyGoal', 0],
    ['volume', 101],
    ['sound', 'yes'],
    ['theme', 'pink'],
    ['reminderStyle', 'shout'],
    ['snoozeMinutes', []],
    ['snoozeMinutes', [5, 5]],
    ['snoozeMinutes', [5, 10, 15, 20, 25]],
    ['snoozeMinutes', [0]],
    ['disabledKinds', [...EXERCISE_KINDS]],
    ['disabledKinds', ['juggling']],
    ['disabledThemes', 'all'],
    ['workingHours', { enabled: true, days: [[], [], [], [], [], [], []] }],
    ['workingHours', { ...DEFAULT_SETTINGS.workingHours, days: [[{ start: 600, end: 500 }], [], [], [], [], [], []] }],
    ['workingHours', { enabled: false, days: [] }],
    ['favouriteInsights', ['<b>x</b>']],
    ['favouriteExercises', 'box-breathing'],
  ])('refuses an invalid %s (%j) and names it', (key, value) => {
    expect(importSettings(settingsFile({ ...DEFAULT_SETTINGS, [key]: value }))).toEqual({
      ok: false,
      error: 'importBadSettings',
      substitutions: [key],
    });
  });

  it('refuses the checks every file gets', () => {
    expect(parseSettingsImport('{', MAX_IMPORT_BYTES + 1)).toMatchObject({ error: 'importTooLarge' });
    expect(importSettings('{"app":')).toEqual({ ok: false, error: 'importNotJson' });
    expect(importSettings(exportHistoryJson(EMPTY_HISTORY, NOW))).toEqual({ ok: false, error: 'importWrongKind' });
    expect(importSettings(settingsFile('none'))).toEqual({ ok: false, error: 'importWrongKind' });
    expect(importSettings(exportSettingsJson(DEFAULT_SETTINGS, NOW).replace('"version": 1', '"version": 3'))).toEqual({
      ok: false,
      error: 'importWrongVersion',
      substitutions: ['3'],
    });
    expect(importSettings(settingsFile({ ...DEFAULT_SETTINGS, constructor: {} }))).toEqual({
      ok: false,
      error: 'importHostile',
    });
    expect(importSettings(`{"settings":{"__proto__":{"intervalMinutes":5}}}`)).toEqual({
      ok: false,
      error: 'importHostile',
    });
  });
});
