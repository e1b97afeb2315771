/**
 * The rules every translation in public/_locales keeps, checked in npm test
 * (locale-rules.test.ts): every English message is there, with the same
 * placeholders, in every plural form the language needs, and none is empty
 * or left in English.
 */

/** A messages.json as Chrome and Firefox read it. */
export type MessagesFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Messages that read the same in every language: the product's name. */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = ['extName'];

/** Whether a message has words of its own, beside its placeholders ("$TITLE$, $LENGTH$" has none to translate). */
const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\$[a-z0-9_]+\$/gi, ''));

/**
 * Messages a language writes exactly as English does, each checked by a
 * reader of it: French says "Pause", "Options" and "30 minutes" too, German
 * "Okay" and "Check-ins", Dutch "Begin", Swedish "Version", Indonesian
 * "Grounding".
 */
export const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  fr: ['pause_30', 'playerPause', 'optionsLink', 'aboutVersion'],
  id: ['kind_grounding'],
  de: ['mood_3', 'aboutVersion', 'chartCheckIns'],
  nl: ['beginExercise', 'chartCheckIns', 'countCheckIns_other'],
  sv: ['aboutVersion'],
};

const sameWords = (locale: string, key: string) =>
  locale === 'en' || SAME_IN_EVERY_LANGUAGE.includes(key) || (SAME_AS_ENGLISH[locale] ?? []).includes(key);

const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * The plural forms a language needs: those its rules give some whole number
 * up to 10,000, and `other`, which t() falls back on (Russian: one, few, many,
 * other; Japanese: other).
 */
export function pluralForms(locale: string): string[] {
  const rules = new Intl.PluralRules(locale.replace('_', '-'));
  const forms = new Set(['other']);
  for (let n = 0; n <= 10_000; n++) forms.add(rules.select(n));
  return [...forms].sort();
}

/** The placeholders a message uses, by name, sorted: "$MINUTES$ of $MAX$" gives ["MAX", "MINUTES"]. */
export const placeholdersIn = (message: string) =>
  [...message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((match) => (match[1] ?? '').toUpperCase()).sort();

/** Every key a translation into `locale` must have, with the English key it stands for (`_other` for a plural form). */
export function expectedKeys(english: MessagesFile, locale: string): Map<string, string> {
  const expected = new Map<string, string>();
  for (const key of Object.keys(english)) {
    const plural = key.match(PLURAL_FORM);
    if (!plural) expected.set(key, key);
    else if (plural[2] === 'other') for (const form of pluralForms(locale)) expected.set(`${plural[1]}_${form}`, key);
  }
  return expected;
}

/** The description limit both stores and Chrome's manifest set. */
const DESCRIPTION_LIMIT = 132;

/** What is wrong with a translation, one line each; none when it keeps every rule. */
export function localeProblems(english: MessagesFile, locale: string, translated: MessagesFile): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(english, locale);
  const code = translated.localeCode?.message ?? '';
  if (code.replace('-', '_').toLowerCase() !== locale.toLowerCase())
    problems.push(`${locale}: localeCode says "${code}", not this folder's language`);
  if ((translated.extDescription?.message.length ?? 0) > DESCRIPTION_LIMIT)
    problems.push(`${locale}: extDescription is over ${DESCRIPTION_LIMIT} characters`);
  for (const [key, englishKey] of expected) {
    const englishEntry = english[englishKey];
    const englishMessage = englishEntry?.message ?? '';
    const entry = translated[key];
    if (!entry) {
      problems.push(`${locale}: ${key} is missing`);
      continue;
    }
    const { message } = entry;
    if (message.trim() === '') problems.push(`${locale}: ${key} is empty`);
    else if (message === englishMessage && hasWords(message) && !sameWords(locale, key))
      problems.push(`${locale}: ${key} is left in English`);
    const names = (text: string) => placeholdersIn(text).join(', ') || 'none';
    if (names(message) !== names(englishMessage))
      problems.push(`${locale}: ${key} has placeholders ${names(message)} where English has ${names(englishMessage)}`);
    for (const name of new Set(placeholdersIn(message))) {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      if (content !== englishEntry?.placeholders?.[name.toLowerCase()]?.content)
        problems.push(`${locale}: ${key} gives $${name}$ another content than English`);
    }
  }
  for (const key of Object.keys(translated)) {
    if (!expected.has(key)) problems.push(`${locale}: ${key} is not an English message or a plural form of one`);
  }
  return problems;
}
