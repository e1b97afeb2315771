import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from '@/content/types';
import { EMPTY_HISTORY } from '@/lib/core/history/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { ownContentArb, settingsArb } from '@/tests/support/arbitraries';
import { exportHistoryJson, exportSettingsJson } from './export';
import { MAX_IMPORT_BYTES } from './file';
import { parseSettingsImport } from './import-settings';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const bytes = (text: string) => new TextEncoder().encode(text).length;
const importSettings = (text: string) => parseSettingsImport(text, bytes(text));

describe('parseSettingsImport', () => {
  it('reads back exactly what was exported (property)', () => {
    fc.assert(
      fc.property(settingsArb, ownContentArb, (settings, own) => {
        const written = own.insights.length + own.exercises.length + Object.keys(own.gone).length > 0;
        expect(importSettings(exportSettingsJson(settings, NOW, own))).toEqual({
          ok: true,
          settings,
          own: written ? own : null,
        });
      }),
    );
  });

  it("refuses the whole file for one bad item of the person's own, and changes nothing", () => {
    const own = {
      insights: [{ id: 'own-a', theme: 'daily', text: 'Short and mine.' }],
      exercises: [{ id: 'own-b', title: 'Mine', kind: 'eyes', steps: [{ text: 'Look out.', seconds: 30 }], needs: [] }],
      gone: {},
    };
    const file = (content: unknown) =>
      JSON.stringify({ app: 'breathing-room', kind: 'settings', version: 1, settings: {}, own: content });
    expect(importSettings(file(own))).toMatchObject({ ok: true, own });
    for (const bad of [
      { ...own, insights: [{ ...own.insights[0], text: 'x'.repeat(181) }] },
      { ...own, exercises: [{ ...own.exercises[0], steps: [{ text: 'Hold', seconds: 9999 }] }] },
      { ...own, exercises: [{ ...own.exercises[0], id: 'box-breathing' }] },
      { ...own, insights: Array.from({ length: 51 }, (_, i) => ({ ...own.insights[0], id: `own-${i}` })) },
      'mine',
    ]) {
      expect(importSettings(file(bad))).toEqual({ ok: false, error: 'importBadOwn' });
    }
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
      own: null,
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
