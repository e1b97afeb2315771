import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { describeError } from './errors';
import { parseUiMessage } from './message-readers';
import { NoAnswerError, sendToBackground } from './messages';

describe('parseUiMessage', () => {
  it('accepts takeBreakNow and drops any extra fields', () => {
    expect(parseUiMessage({ type: 'takeBreakNow', extra: 1 })).toEqual({ type: 'takeBreakNow' });
  });

  it('keeps openView only when it is true, as the welcome page asks', () => {
    expect(parseUiMessage({ type: 'takeBreakNow', openView: true })).toEqual({ type: 'takeBreakNow', openView: true });
    expect(parseUiMessage({ type: 'takeBreakNow', openView: 'yes' })).toEqual({ type: 'takeBreakNow' });
  });

  it.each(['shown', 'snoozed', 'skipped'] as const)('accepts finishMicro with outcome %s', (outcome) => {
    expect(parseUiMessage({ type: 'finishMicro', outcome, extra: 1 })).toEqual({ type: 'finishMicro', outcome });
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

  it('accepts amendBreak with a break id, a mood and a note; drops a mood out of range', () => {
    const amend = { type: 'amendBreak', id: '1772442000000', moodAfter: 4, note: 'lighter' };
    expect(parseUiMessage(amend)).toEqual(amend);
    expect(parseUiMessage({ ...amend, moodAfter: 9 })).toEqual({ type: 'amendBreak', id: amend.id, note: 'lighter' });
    // An empty note is kept: it clears the line the person wrote before.
    expect(parseUiMessage({ type: 'amendBreak', id: amend.id, note: '' })).toEqual({
      ...amend,
      moodAfter: undefined,
      note: '',
    });
  });

  it.each([
    ['amendBreak without a break id', { type: 'amendBreak', moodAfter: 3 }],
    ['amendBreak with a number for an id', { type: 'amendBreak', id: 1772442000000, moodAfter: 3 }],
    ['an unknown type', { type: 'deleteHistory' }],
    ['a type from the prototype', { type: 'toString' }],
    ['a missing type', { outcome: 'taken' }],
    ['a finishBreak with a bad outcome', { type: 'finishBreak', outcome: 'ignored' }],
    ['a finishBreak without an outcome', { type: 'finishBreak' }],
    ['a finishMicro with a break’s outcome', { type: 'finishMicro', outcome: 'taken' }],
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
  it('asks again, after a moment, when the background stopped while answering or is starting again', async () => {
    vi.useFakeTimers();
    try {
      const send = vi
        .spyOn(browser.runtime, 'sendMessage')
        .mockRejectedValueOnce(
          new Error(
            'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
          ),
        )
        .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
        .mockResolvedValueOnce(undefined);
      const sent = sendToBackground({ type: 'resume' });
      await vi.advanceTimersByTimeAsync(499);
      expect(send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1000);
      await sent;
      expect(send).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks again when the background gave no answer in time, and says so after the third gets none', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}) as never);
      const sent = sendToBackground({ type: 'resume' });
      const outcome = sent.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(3999);
      expect(send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(send).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(4000);
      expect(send).toHaveBeenCalledTimes(3);
      await vi.advanceTimersByTimeAsync(4000);
      const error = await outcome;
      expect(error).toBeInstanceOf(NoAnswerError);
      // The page then tells the person the background stopped, not "something went wrong".
      vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
      expect(describeError(error)).toBe('errorBackgroundGone');
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes any other failure on, once', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(sendToBackground({ type: 'resume' })).rejects.toThrow('QUOTA');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
