import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/core/history/types';
import { EMPTY_HISTORY, type HistoryStore } from '@/lib/core/history/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { storeArb } from '@/tests/support/arbitraries';
import {
  CSV_COLUMNS,
  csvCell,
  exportFileName,
  exportHistoryCsv,
  exportHistoryJson,
  exportSettingsJson,
} from './export';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const HEADER = 'id,startedAt,endedAt,outcome,insightId,exerciseId,need,moodBefore,moodAfter,note';

const taken: HistoryEntry = {
  id: '1764063000000',
  startedAt: 1764063000000,
  endedAt: 1764063180000,
  outcome: 'taken',
  insightId: 'trust-pace',
  exerciseId: 'box-breathing',
  need: 'tense',
  moodBefore: 2,
  moodAfter: 4,
  note: 'Shoulders, again',
};
const natural: HistoryEntry = {
  id: '1764070000000',
  startedAt: 1764070000000,
  endedAt: 1764070900000,
  outcome: 'natural',
};
const folded: HistoryEntry = {
  id: '1735812000000',
  startedAt: 1735812000000,
  endedAt: 1735812180000,
  outcome: 'missed',
};
const store: HistoryStore = { entries: [folded, taken, natural] };

/** A small RFC 4180 reader for the tests: rows of cells, quotes and doubled quotes undone. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('exportHistoryJson', () => {
  it('describes itself and holds every break, folded ones too', () => {
    const file = JSON.parse(exportHistoryJson(store, NOW));
    expect(file).toEqual({
      app: 'breathing-room',
      kind: 'history',
      version: 2,
      exportedAt: '2026-11-25T09:30:00.000Z',
      entries: [folded, taken, natural],
    });
  });

  it('is pretty-printed, with fields in a readable order', () => {
    const json = exportHistoryJson({ entries: [{ ...taken, note: undefined, id: taken.id }] }, NOW);
    expect(json).toContain('\n  "entries": [\n    {\n      "id": "1764063000000",\n      "startedAt"');
    expect(json).not.toContain('"note"');
  });

  it('writes an empty history', () => {
    expect(JSON.parse(exportHistoryJson(EMPTY_HISTORY, NOW))).toMatchObject({ entries: [] });
  });
});

describe('exportSettingsJson', () => {
  it('describes itself and holds the settings', () => {
    expect(JSON.parse(exportSettingsJson(DEFAULT_SETTINGS, NOW))).toEqual({
      app: 'breathing-room',
      kind: 'settings',
      version: 1,
      exportedAt: '2026-11-25T09:30:00.000Z',
      settings: DEFAULT_SETTINGS,
    });
  });
});

describe('exportHistoryCsv', () => {
  it('has a header row, then one row per entry with ISO times and empty cells for absent fields', () => {
    const csv = exportHistoryCsv(store);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '1735812000000,2025-01-02T10:00:00.000Z,2025-01-02T10:03:00.000Z,missed,,,,,,',
      '1764063000000,2025-11-25T09:30:00.000Z,2025-11-25T09:33:00.000Z,taken,trust-pace,box-breathing,tense,2,4,"Shoulders, again"',
      '1764070000000,2025-11-25T11:26:40.000Z,2025-11-25T11:41:40.000Z,natural,,,,,,',
      '',
    ]);
  });

  it('is only the header for an empty history', () => {
    expect(exportHistoryCsv(EMPTY_HISTORY)).toBe(`${HEADER}\r\n`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('')).toBe('');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
    ['a=b', 'a=b'],
  ])('makes a cell starting %j safe for spreadsheets', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('prefixes a note that starts a formula', () => {
    const csv = exportHistoryCsv({ entries: [{ ...taken, note: '=1+1' }] });
    expect(readCsv(csv)[1]?.[9]).toBe("'=1+1");
  });

  it('reads back, cell by cell, as every entry (property)', () => {
    fc.assert(
      fc.property(storeArb(), (generated) => {
        const rows = readCsv(exportHistoryCsv(generated));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(generated.entries.length + 1);
        for (const [i, entry] of generated.entries.entries()) {
          const expected = CSV_COLUMNS.map((column) => {
            const value = entry[column];
            if (value === undefined) return '';
            if (column === 'startedAt' || column === 'endedAt') return new Date(value as number).toISOString();
            const textValue = String(value);
            return /^[=+\-@\t\r]/.test(textValue) ? `'${textValue}` : textValue;
          });
          expect(rows[i + 1]).toEqual(expected);
        }
      }),
    );
  });

  it('never leaves a cell a spreadsheet would run as a formula (property)', () => {
    fc.assert(
      fc.property(storeArb(), (generated) => {
        for (const row of readCsv(exportHistoryCsv(generated))) {
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});

describe('exportFileName', () => {
  it('names the file with the local date', () => {
    const now = new Date(2026, 10, 25, 23, 59).getTime();
    expect(exportFileName('history', 'json', now)).toBe('breathing-room-history-2026-11-25.json');
    expect(exportFileName('history', 'csv', now)).toBe('breathing-room-history-2026-11-25.csv');
    expect(exportFileName('settings', 'json', now)).toBe('breathing-room-settings-2026-11-25.json');
  });
});
