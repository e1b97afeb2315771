import { describe, expect, it } from 'vitest';
import { parseSnoozeMinutes } from './parse';
import { validateSnoozes } from './validate-snoozes';

describe('validateSnoozes', () => {
  it.each(['', '   ', ',', ' , ,'])('"%s" asks for at least one choice', (text) => {
    expect(validateSnoozes(text)).toEqual({ ok: false, error: 'errorSnoozeEmpty' });
  });

  it.each([
    ['abc', 'abc'],
    ['5, abc', 'abc'],
    ['4.5', '4.5'],
    ['-3', '-3'],
    ['1e1', '1e1'],
    ['5 10', '5 10'],
    ['5; 10', '5; 10'],
    ['0x10', '0x10'],
  ])('"%s" names "%s" as not a whole number', (text, part) => {
    expect(validateSnoozes(text)).toEqual({ ok: false, error: 'errorSnoozeNotWhole', substitutions: [part] });
  });

  it.each(['0', '61', '5, 0', '10, 1000', '99999999999999999999'])('"%s" is out of range', (text) => {
    expect(validateSnoozes(text)).toEqual({ ok: false, error: 'errorSnoozeRange', substitutions: ['1', '60'] });
  });

  it.each([
    ['5, 5', '5'],
    ['10,5,10', '10'],
    ['05, 5', '5'],
  ])('"%s" repeats %s', (text, repeated) => {
    expect(validateSnoozes(text)).toEqual({ ok: false, error: 'errorSnoozeDuplicate', substitutions: [repeated] });
  });

  it('more than four choices is too many', () => {
    expect(validateSnoozes('1,2,3,4,5')).toEqual({ ok: false, error: 'errorSnoozeCount', substitutions: ['4'] });
  });

  it.each([
    ['5', [5]],
    ['10, 5', [5, 10]],
    [' 15 ,5,10 ', [5, 10, 15]],
    ['60, 1, 30, 2', [1, 2, 30, 60]],
    ['5, 10,', [5, 10]],
    ['007', [7]],
  ])('"%s" is valid, shortest first', (text, value) => {
    expect(validateSnoozes(text)).toEqual({ ok: true, value });
  });

  it('a valid list survives storage unchanged', () => {
    for (const text of ['5', '10, 5', '60, 1, 30, 2']) {
      const check = validateSnoozes(text);
      if (!check.ok) throw new Error(`expected ${text} to be valid`);
      expect(parseSnoozeMinutes(check.value)).toEqual(check.value);
    }
  });
});
