import type messages from '@/public/_locales/en/messages.json';

/**
 * The name of a UI string in public/_locales/en/messages.json. The core names
 * the message it means (an error, say) and the browser edge's t() turns it
 * into words, so the core stays free of the browser.
 */
export type MessageKey = keyof typeof messages;
