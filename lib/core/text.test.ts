import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanNote, isCleanText } from './text';
import { NOTE_LIMIT } from './vocabulary';

describe('cleanNote', () => {
  it('keeps text that only looks like markup: it is always shown as text', () => {
    expect(cleanNote('stress<bearable today')).toBe('stress<bearable today');
    expect(cleanNote('I felt <meh>')).toBe('I felt <meh>');
  });

  it('keeps line breaks and tabs, removes other control characters, trims', () => {
    expect(cleanNote('  a\r\nb\rc\td\u0000e\u0007\u0085  ')).toBe('a\nb\nc\tde');
  });

  it('cuts at the limit without splitting a character in two', () => {
    const text = `${'x'.repeat(NOTE_LIMIT - 1)}😀`;
    expect(cleanNote(text)).toBe('x'.repeat(NOTE_LIMIT - 1));
    expect(cleanNote('y'.repeat(NOTE_LIMIT + 50))).toHaveLength(NOTE_LIMIT);
  });

  it('replaces a lone surrogate half', () => {
    expect(cleanNote('a\uD83Db')).toBe('a\uFFFDb');
  });

  it('always returns clean text, and cleaning twice changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'binary', maxLength: 600 })), (typed) => {
        const note = cleanNote(typed);
        expect(isCleanText(note, NOTE_LIMIT)).toBe(true);
        expect(cleanNote(note)).toBe(note);
      }),
    );
  });
});

describe('isCleanText', () => {
  it.each([
    ['text', 'fine', true],
    ['a line break', 'a\nb', true],
    ['a carriage return', 'a\rb', false],
    ['a NUL', 'a\u0000', false],
    ['a C1 control', 'a\u009B', false],
    ['one over the limit', 'x'.repeat(11), false],
    ['a number', 5, false],
  ])('%s: %s', (_label, value, clean) => {
    expect(isCleanText(value, 10)).toBe(clean);
  });
});
