import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MessagesFile } from '@/lib/core/locale-rules';
import type { MessageKey } from '@/lib/core/message-key';
import { pseudoMessages } from '@/lib/core/pseudo-locale';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';

/*
 * Driving Breathing Room in another language, as a person reading it would:
 * controls found by the words that language's messages give them.
 */

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as MessagesFile;

/** A language's messages, as the built extension ships them. */
export const messagesOf = (locale: string) => read(join(EXTENSION_DIR, '_locales', locale, 'messages.json'));

/**
 * A copy of the build whose English is the pseudo-locale (lib/core/pseudo-locale.ts):
 * an English browser shows it, so every word that does not come from messages stands out.
 */
export function pseudoBuild(): { dir: string; messages: MessagesFile } {
  const dir = mkdtempSync(join(tmpdir(), 'breathing-room-pseudo-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const messages = pseudoMessages(messagesOf('en'));
  writeFileSync(join(dir, '_locales', 'en', 'messages.json'), JSON.stringify(messages));
  return { dir, messages };
}

// Any space matches any other: French writes "Commencer\u00a0:", and a name read by role has plain spaces.
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** The words of one message, to find a control by: exact, or with each placeholder standing for any text. */
export function wordsOf(messages: MessagesFile, key: MessageKey): RegExp {
  const message = messages[key]?.message ?? key;
  return new RegExp(
    `^${message
      .split(/\$[A-Za-z0-9_]+\$/)
      .map(escaped)
      .join('.+')}$`,
  );
}

/**
 * Text a person cannot read whole: an element whose text is cut by its own
 * box (overflow hidden, ellipsis) or that reaches past the page's sides.
 */
export const clippedText = (page: Page) =>
  page.evaluate(() => {
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const text = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!text || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Words only a screen reader reads (a 1 px box, clipped on purpose) are whole to it.
      if (box.width <= 1 || box.height <= 1) continue;
      const cut =
        (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) ||
        (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1);
      const outside = box.left < -1 || box.right > document.documentElement.clientWidth + 1;
      if (cut || outside) clipped.push(`${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 40)}`);
    }
    return clipped;
  });

/** The page's lang and dir, as a screen reader and the layout read them. */
export const pageLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/**
 * Every piece of visible text on the page that is not in the pseudo-locale:
 * no accented letter from it and not the library's (still English) words,
 * a number, a time or a duration the browser wrote. Each is a word written
 * into the code, out of reach of a translator.
 */
export const notPseudo = (page: Page, library: readonly string[]) =>
  page.evaluate((library) => {
    // Counts fill the library's placeholders ({in}, {rounds}): compared without them or any number.
    const plain = (text: string) =>
      text
        .replace(/\{[a-zA-Z]+\}/g, '')
        .replace(/[\d\s]+/g, ' ')
        .trim();
    // Names of months and weekdays are the browser's, written by Intl in the page's language.
    const lang = document.documentElement.lang;
    const dateWords = new Set<string>();
    const name = (date: Date, options: Intl.DateTimeFormatOptions) =>
      dateWords.add(new Intl.DateTimeFormat(lang, options).format(date));
    for (let i = 0; i < 12; i++) for (const month of ['short', 'long'] as const) name(new Date(2026, i, 1), { month });
    for (let i = 0; i < 7; i++)
      for (const weekday of ['short', 'long'] as const) name(new Date(2026, 0, 1 + i), { weekday });
    const withoutDates = (text: string) => text.replace(/\p{L}+/gu, (word) => (dateWords.has(word) ? '' : word));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], [aria-hidden="true"], script, style')) continue;
      if (parent.getClientRects().length === 0) continue;
      if (/[åçðéĝĥîĵķļñöþŕšţûŵýžÅÇÐÉĜĤÎĴĶĻÑÖÞŔŠŢÛŴÝŽ]/.test(text)) continue;
      if (!/[A-Za-z]{3}/.test(withoutDates(text).replace(/\b(min|sec|hr|AM|PM)\b/g, ''))) continue;
      if (library.some((words) => plain(words).includes(plain(text)))) continue;
      found.push(text.slice(0, 60));
    }
    return found;
  }, library);
