import { NOTE_LIMIT } from './vocabulary';

/*
 * What a person types is kept and shown as text, never as markup, so text is
 * checked for what text can get wrong: its length and control characters.
 * "stress<bearable today" is a fine note.
 */

/** Control characters other than tab and line feed: a note never holds them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's whole job.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** True for text of at most `limit` UTF-16 units with no control character but tab and line feed. */
export function isCleanText(value: unknown, limit: number): value is string {
  return typeof value === 'string' && value.length <= limit && !CONTROL.test(value);
}

/**
 * A note as the person typed it, made storable: line breaks as \n, control
 * characters removed, lone surrogate halves replaced, spaces trimmed, and cut
 * to NOTE_LIMIT without splitting a character in two. What this returns,
 * isCleanText accepts, so every note the app keeps can be exported and
 * imported back.
 */
export function cleanNote(typed: string): string {
  const text = typed.replace(/\r\n?/g, '\n').replace(CONTROLS, '').toWellFormed().trim();
  if (text.length <= NOTE_LIMIT) return text;
  const cut = text.slice(0, NOTE_LIMIT);
  // A surrogate pair split at the limit leaves its first half: drop it too.
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd();
}
