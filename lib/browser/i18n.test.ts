import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

/** The module afresh: it keeps the locale it worked out once. */
const i18n = () => import('./i18n');

describe('the language shown', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  const messagesIn = (code: string) =>
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key) => (key === 'localeCode' ? code : key));

  it('is the code the messages in use give themselves, in canonical form', async () => {
    messagesIn('pt-br');
    expect((await i18n()).shownLocale()).toBe('pt-BR');
  });

  it('is English when the code is mistyped or missing', async () => {
    messagesIn('not a code');
    expect((await i18n()).shownLocale()).toBe('en');
  });

  it('marks the page with its language and direction', async () => {
    messagesIn('ar');
    const root = { lang: 'en', dir: '' };
    vi.stubGlobal('document', { documentElement: root });
    (await i18n()).markPageLanguage();
    vi.unstubAllGlobals();
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('writes times as that language does, whatever the browser’s own language', async () => {
    messagesIn('en');
    const time = new Date(2026, 10, 26, 16, 15).getTime();
    expect((await i18n()).clockTime(time)).toBe('4:15 PM');
  });
});
