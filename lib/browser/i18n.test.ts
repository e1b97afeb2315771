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
    const page = { documentElement: { lang: 'en', dir: '' }, title: '' };
    vi.stubGlobal('document', page);
    (await i18n()).markPageLanguage('optionsTitle');
    vi.unstubAllGlobals();
    expect(page).toEqual({ documentElement: { lang: 'ar', dir: 'rtl' }, title: 'optionsTitle' });
  });

  it('writes times as that language does, whatever the browser’s own language', async () => {
    messagesIn('en');
    const time = new Date(2026, 10, 26, 16, 15).getTime();
    expect((await i18n()).clockTime(time)).toBe('4:15 PM');
  });

  it('counts in the plural form the language shown needs, its number written its way', async () => {
    const russian: Record<string, string> = {
      localeCode: 'ru',
      countBreaks_one: '$1 перерыв',
      countBreaks_few: '$1 перерыва',
      countBreaks_many: '$1 перерывов',
    };
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key, subs) =>
      (russian[key] ?? '').replace('$1', String([subs].flat()[0])),
    );
    const { tCount } = await i18n();
    expect([1, 3, 5, 21, 1234].map((n) => tCount('countBreaks', n))).toEqual([
      '1 перерыв',
      '3 перерыва',
      '5 перерывов',
      '21 перерыв',
      '1\u00a0234 перерыва',
    ]);
  });

  it('falls back to the other form where a language leaves a form out', async () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key, subs) =>
      key === 'localeCode' ? 'pl' : key === 'countDays_other' ? `${[subs].flat()[0]} dni` : '',
    );
    expect((await i18n()).tCount('countDays', 2)).toBe('2 dni');
  });

  it('writes durations in the words of the language shown', async () => {
    messagesIn('de');
    const { duration } = await i18n();
    expect([duration(5, 'minute', 'short'), duration(1, 'minute', 'long'), duration(5, 'minute', 'long')]).toEqual([
      '5 Min.',
      '1 Minute',
      '5 Minuten',
    ]);
  });
});
