import { describe, expect, it } from 'vitest';
import { minutesToTime, timeToMinutes } from './time-field';

describe('time fields', () => {
  it('read "HH:MM", with or without seconds, and nothing else', () => {
    expect(timeToMinutes('09:30')).toBe(570);
    expect(timeToMinutes('23:59:30.5')).toBe(1439);
    expect(timeToMinutes('')).toBeNull();
    expect(timeToMinutes('24:00')).toBeNull();
  });

  it('write minutes back, a stored end of 24:00 as 23:59', () => {
    expect(minutesToTime(570)).toBe('09:30');
    expect(minutesToTime(1440)).toBe('23:59');
    for (let minutes = 0; minutes < 1440; minutes += 7) expect(timeToMinutes(minutesToTime(minutes))).toBe(minutes);
  });
});
