import { describe, expect, it } from 'vitest';
import { typedNumbers } from './typed-number';
import { validateMinutes } from './validate-minutes';
import { validateSnoozes } from './validate-snoozes';

describe('numbers as a person types them, in any script', () => {
  it('reads Arabic-Indic, Persian, Devanagari, Thai and full-width digits, and other scripts’ commas', () => {
    expect(typedNumbers('٥، ١٠، ١٥')).toBe('5, 10, 15');
    expect(typedNumbers('۴۵')).toBe('45');
    expect(typedNumbers('४५')).toBe('45');
    expect(typedNumbers('๔๕')).toBe('45');
    expect(typedNumbers('５，１０、１５')).toBe('5,10,15');
    expect(typedNumbers('45 min')).toBe('45 min');
  });

  it('makes snooze choices and minutes typed in Arabic valid', () => {
    expect(validateSnoozes('١٠، ٥')).toEqual({ ok: true, value: [5, 10] });
    expect(validateMinutes('intervalMinutes', '٤٥')).toEqual({ ok: true, value: 45 });
  });
});
