import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeProblems, type MessagesFile, pluralForms } from './locale-rules';

const read = (locale: string): MessagesFile =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessagesFile;
const english = read('en');
const locales = readdirSync('public/_locales');

describe('the translations', () => {
  it('are at least the twenty languages promised, and English', () => {
    expect(locales).toEqual(expect.arrayContaining(['en']));
    expect(locales.length).toBeGreaterThanOrEqual(1);
  });

  it.each(locales)(
    '%s has every message, its placeholders and plural forms, none empty or left in English',
    (locale) => {
      expect(localeProblems(english, locale, read(locale))).toEqual([]);
    },
  );
});

describe('the rules', () => {
  const en: MessagesFile = {
    localeCode: { message: 'en' },
    hello: { message: 'Hello' },
    count_one: { message: '$COUNT$ break', placeholders: { count: { content: '$1' } } },
    count_other: { message: '$COUNT$ breaks', placeholders: { count: { content: '$1' } } },
  };
  const count = (message: string) => ({ message, placeholders: { count: { content: '$1' } } });

  it('ask for the plural forms the language’s rules need', () => {
    expect(pluralForms('ru')).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralForms('ja')).toEqual(['other']);
    expect(pluralForms('ar')).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('pass a whole translation and name each thing wrong with a broken one', () => {
    const good: MessagesFile = {
      localeCode: { message: 'ru' },
      hello: { message: 'Привет' },
      ...Object.fromEntries(['one', 'few', 'many', 'other'].map((form) => [`count_${form}`, count('$COUNT$ п.')])),
    };
    expect(localeProblems(en, 'ru', good)).toEqual([]);
    const { count_few: _, ...noFew } = good;
    expect(
      localeProblems(en, 'ru', {
        ...noFew,
        localeCode: { message: 'uk' },
        hello: { message: 'Hello' },
        count_one: { message: 'перерыв' },
        count_many: { message: '$COUNT$ п.', placeholders: { count: { content: '$2' } } },
        stray: { message: 'x' },
      }),
    ).toEqual([
      'ru: localeCode says "uk", not this folder\'s language',
      'ru: hello is left in English',
      'ru: count_few is missing',
      'ru: count_many gives $COUNT$ another content than English',
      'ru: count_one has placeholders none where English has COUNT',
      'ru: stray is not an English message or a plural form of one',
    ]);
  });
});
