import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { parseUiMessage, sendToBackground } from './messages';

describe('parseUiMessage', () => {
  it('accepts takeBreakNow and drops any extra fields', () => {
    expect(parseUiMessage({ type: 'takeBreakNow', extra: 1 })).toEqual({ type: 'takeBreakNow' });
  });

  it.each(['taken', 'snoozed', 'skipped'] as const)('accepts finishBreak with outcome %s', (outcome) => {
    expect(parseUiMessage({ type: 'finishBreak', outcome })).toEqual({ type: 'finishBreak', outcome });
  });

  it('keeps a note as typed, markup-like text and line breaks too: the schedule cleans it as it records it', () => {
    const note = 'stress<bearable today\r\nline two';
    expect(parseUiMessage({ type: 'finishBreak', outcome: 'taken', note })).toEqual({
      type: 'finishBreak',
      outcome: 'taken',
      note,
    });
    expect(parseUiMessage({ type: 'finishBreak', outcome: 'taken', note: 'x'.repeat(5000) })).toEqual({
      type: 'finishBreak',
      outcome: 'taken',
    });
  });

  it('accepts beginExercise, and showContent with two library ids', () => {
    expect(parseUiMessage({ type: 'beginExercise' })).toEqual({ type: 'beginExercise' });
    const content = { type: 'showContent', insightId: 'trust-pace', exerciseId: 'box-breathing' };
    expect(parseUiMessage({ ...content, extra: true })).toEqual(content);
  });

  it.each([
    ['an unknown type', { type: 'deleteHistory' }],
    ['a type from the prototype', { type: 'toString' }],
    ['a missing type', { outcome: 'taken' }],
    ['a finishBreak with a bad outcome', { type: 'finishBreak', outcome: 'ignored' }],
    ['a finishBreak without an outcome', { type: 'finishBreak' }],
    ['showContent with markup for an id', { type: 'showContent', insightId: '<b>', exerciseId: 'box-breathing' }],
    ['showContent without an exercise', { type: 'showContent', insightId: 'trust-pace' }],
    ['a pause of 45 minutes', { type: 'pause', length: 45 }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'takeBreakNow'],
    ['a number', 1],
  ])('rejects %s', (_label, raw) => {
    expect(parseUiMessage(raw)).toBeNull();
  });
});

describe('sendToBackground', () => {
  it('asks once more when the background stopped while answering', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      )
      .mockResolvedValueOnce(undefined);
    await sendToBackground({ type: 'resume' });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('passes any other failure on, once', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(sendToBackground({ type: 'resume' })).rejects.toThrow('QUOTA');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
