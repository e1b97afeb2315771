import type messages from '@/public/_locales/en/messages.json';

/**
 * The name of a UI string in public/_locales/en/messages.json. The core names
 * the message it means (an error, say) and the browser edge's t() turns it
 * into words, so the core stays free of the browser.
 */
export type MessageKey = keyof typeof messages;

/**
 * A message with plural forms, named without its ending: `countBreaks` for
 * `countBreaks_one` and `countBreaks_other` in English. Other languages add the
 * forms their plural rules need (`_few`, `_many`, `_two`, `_zero`).
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
