import type { MessageKey } from '@/lib/core/message-key';
import { t } from './i18n';

/*
 * What went wrong, in the person's words. Errors reach a page from storage
 * or from the background (whose errors arrive as text), so they are told
 * apart by what they say.
 */

const KINDS: readonly [RegExp, MessageKey][] = [
  [/quota|storage is full|no room/i, 'errorStorageFull'],
  [/newer version/i, 'errorNewerVersion'],
  [
    /message (channel|port) (is )?closed|receiving end does not exist|could not establish connection|NoAnswerError/i,
    'errorBackgroundGone',
  ],
];

/** One sentence for an error: what happened and what to do. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return t(KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? 'errorGeneric');
}
