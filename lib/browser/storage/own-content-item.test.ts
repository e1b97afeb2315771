import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_OWN_CONTENT } from '@/lib/core/content/own';
import { ownContentItem } from './own-content-item';
import { NewerVersionError } from './typed-item';

/* The person's own insights and exercises as stored: version 1 is their first shape. */

const insight = { id: 'own-a1', theme: 'daily', text: 'The drawer works.' };
const exercise = {
  id: 'own-b2',
  title: 'Window minute',
  kind: 'eyes',
  steps: [{ text: 'Look out.', seconds: 30 }],
  needs: [],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('own content in storage', () => {
  it('lives in local under "ownContent", none until written, and reads back from a v1 envelope', async () => {
    expect(ownContentItem.area).toBe('local');
    expect(await ownContentItem.get()).toEqual(NO_OWN_CONTENT);
    const data = { insights: [insight], exercises: [exercise], gone: { 'own-c3': 'Old walk' } };
    await browser.storage.local.set({ ownContent: { v: 1, data } });
    expect(await ownContentItem.get()).toEqual(data);
  });

  it('keeps every valid item of a damaged copy and leaves out the rest', async () => {
    const data = {
      insights: [insight, { id: 'own-x', theme: 'daily', text: '' }],
      exercises: [{ ...exercise, kind: 'x' }],
    };
    await browser.storage.local.set({ ownContent: { v: 1, data } });
    expect(await ownContentItem.get()).toEqual({ insights: [insight], exercises: [], gone: {} });
  });

  it('is never written over when a newer version saved it', async () => {
    const newer = { v: 2, data: { insights: [insight], exercises: [], gone: {}, folders: ['mine'] } };
    await browser.storage.local.set({ ownContent: newer });
    await expect(ownContentItem.update(() => NO_OWN_CONTENT)).rejects.toBeInstanceOf(NewerVersionError);
    expect(await browser.storage.local.get('ownContent')).toEqual({ ownContent: newer });
  });
});
