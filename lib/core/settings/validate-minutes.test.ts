import { describe, expect, it } from 'vitest';
import { validateMinutes } from './validate-minutes';

describe('validateMinutes', () => {
  it('an empty field asks for a value', () => {
    expect(validateMinutes('intervalMinutes', '')).toEqual({ ok: false, error: 'errorEmpty' });
  });

  it('a field of only whitespace counts as empty', () => {
    expect(validateMinutes('intervalMinutes', '  \t ')).toEqual({ ok: false, error: 'errorEmpty' });
  });

  it.each(['abc', '4.5', '-3', '1e2', '30 min', '0x10'])('"%s" is not a whole number', (text) => {
    expect(validateMinutes('intervalMinutes', text)).toEqual({ ok: false, error: 'errorNotWhole' });
  });

  it('below the minimum gives the range of the interval', () => {
    expect(validateMinutes('intervalMinutes', '4')).toEqual({
      ok: false,
      error: 'errorRange',
      substitutions: ['5', '240'],
    });
  });

  it('above the maximum gives the range of the interval', () => {
    expect(validateMinutes('intervalMinutes', '241')).toEqual({
      ok: false,
      error: 'errorRange',
      substitutions: ['5', '240'],
    });
  });

  it('the break length has its own range', () => {
    expect(validateMinutes('breakMinutes', '31')).toEqual({
      ok: false,
      error: 'errorRange',
      substitutions: ['1', '30'],
    });
    expect(validateMinutes('breakMinutes', '0')).toEqual({
      ok: false,
      error: 'errorRange',
      substitutions: ['1', '30'],
    });
  });

  it('a valid value with surrounding spaces is accepted as a number', () => {
    expect(validateMinutes('intervalMinutes', '  45 ')).toEqual({ ok: true, value: 45 });
  });

  it('the limits themselves are valid', () => {
    expect(validateMinutes('intervalMinutes', '5')).toEqual({ ok: true, value: 5 });
    expect(validateMinutes('intervalMinutes', '240')).toEqual({ ok: true, value: 240 });
    expect(validateMinutes('breakMinutes', '1')).toEqual({ ok: true, value: 1 });
  });
});
