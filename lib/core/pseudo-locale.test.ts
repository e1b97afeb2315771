import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeProblems, type MessagesFile, placeholdersIn } from './locale-rules';
import { PSEUDO_LOCALE, pseudoMessage, pseudoMessages } from './pseudo-locale';

describe('the pseudo-locale', () => {
  it('accents every letter, keeps the placeholders, brackets the message and makes it about 40% longer', () => {
    const pseudo = pseudoMessage('Next break in $DURATION$');
    expect(pseudo).toMatch(/^\[Ñéxţ bŕéåķ îñ \$DURATION\$ \S.*\]$/);
    expect(pseudo.length - 2).toBeGreaterThanOrEqual(Math.round('Next break in '.length * 1.4));
    expect(pseudoMessage('Costs $$5, $COUNT$ left')).toContain('$$5, $COUNT$');
  });

  it('is a whole translation by the rules every language keeps, for a browser to show', () => {
    const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as MessagesFile;
    const pseudo = pseudoMessages(english);
    expect(pseudo.localeCode?.message).toBe(PSEUDO_LOCALE);
    const problems = localeProblems(english, 'en', pseudo).filter((problem) => !problem.includes('localeCode says'));
    expect(problems).toEqual([]);
    for (const [key, entry] of Object.entries(pseudo)) {
      if (key !== 'localeCode')
        expect(placeholdersIn(entry.message)).toEqual(placeholdersIn(english[key]?.message ?? ''));
    }
  });
});
