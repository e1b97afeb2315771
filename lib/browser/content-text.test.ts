import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { EN } from '@/content/text/en';
import { loadContentText } from './content-text';

describe('loadContentText', () => {
  it('loads English for an English browser', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect(await loadContentText()).toBe(EN);
  });

  it('falls back to English where there is no translation yet', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('xx');
    expect(await loadContentText()).toBe(EN);
  });
});
