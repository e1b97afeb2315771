import { describe, expect, it } from 'vitest';
import { parseUiMessage } from './messages';

describe('parseUiMessage', () => {
  it('accepts takeBreakNow and drops any extra fields', () => {
    expect(parseUiMessage({ type: 'takeBreakNow', extra: 1 })).toEqual({ type: 'takeBreakNow' });
  });

  it.each(['taken', 'snoozed', 'skipped'] as const)('accepts finishBreak with outcome %s', (outcome) => {
    expect(parseUiMessage({ type: 'finishBreak', outcome })).toEqual({ type: 'finishBreak', outcome });
  });

  it.each([
    ['an unknown type', { type: 'deleteHistory' }],
    ['a missing type', { outcome: 'taken' }],
    ['a finishBreak with a bad outcome', { type: 'finishBreak', outcome: 'ignored' }],
    ['a finishBreak without an outcome', { type: 'finishBreak' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'takeBreakNow'],
    ['a number', 1],
  ])('rejects %s', (_label, raw) => {
    expect(parseUiMessage(raw)).toBeNull();
  });
});
