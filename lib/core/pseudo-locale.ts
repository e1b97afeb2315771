import type { MessagesFile } from './locale-rules';

/*
 * A pseudo-translation of the English messages, for the tests (e2e/languages):
 * every letter accented, every message about 40% longer and in brackets, the
 * placeholders kept. A page shown in it makes visible at a glance, and to a
 * test, any word written into the code instead of messages.json, and any
 * label that a longer language would clip. Only letters every system font
 * has (Latin-1 and Latin Extended-A), so the screenshots show no boxes.
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'åbçðéfĝĥîĵķļmñöþqŕšţûvŵxýžÅBÇÐÉFĜĤÎĴĶĻMÑÖÞQŔŠŢÛVŴXÝŽ';

/** Marks that open and close every pseudo message. */
export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

/** The code the pseudo messages give themselves: Chrome's own English pseudo-locale. */
export const PSEUDO_LOCALE = 'en-XA';

const FILLER = 'ŵåŕm ŝöfţ çåļm bŕéåţĥ ķîñð éåšý ŝļöŵ ðééþ ĝéñţļé ';

const accent = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[PLAIN.indexOf(letter)] ?? letter);

/** One message in pseudo: "Next break in $DURATION$" gives "[Ñéxţ bŕéåķ îñ $DURATION$ ŵåŕm ŝö]". */
export function pseudoMessage(message: string, lengthen = true): string {
  // Placeholders ($NAME$) and an escaped dollar ($$) stay as they are; the words between them change.
  const parts = message.split(/(\$[A-Za-z0-9_]+\$|\$\$)/);
  const text = parts.map((part, i) => (i % 2 === 1 ? part : accent(part))).join('');
  const extra = !lengthen ? 0 : Math.ceil(message.replace(/\$[A-Za-z0-9_]+\$/g, '').length * 0.4);
  const padding = FILLER.repeat(Math.ceil(extra / FILLER.length) + 1)
    .slice(0, extra)
    .trim();
  return `${PSEUDO_OPEN}${text}${padding ? ` ${padding}` : ''}${PSEUDO_CLOSE}`;
}

/** The whole English file in pseudo, its placeholders' definitions kept; the store description not longer, as stores cap it. */
export function pseudoMessages(english: MessagesFile): MessagesFile {
  return Object.fromEntries(
    Object.entries(english).map(([key, entry]) => [
      key,
      {
        ...entry,
        message: key === 'localeCode' ? PSEUDO_LOCALE : pseudoMessage(entry.message, key !== 'extDescription'),
      },
    ]),
  );
}
