import { browser } from 'wxt/browser';
import type { ContentText } from '@/content/types';

/**
 * The library's words by language: every file in content/text/ named by its
 * language code (en.ts, de.ts ...) with a default export of the same shape as
 * en.ts. Adding a translation is adding that file. Each loads only when a page
 * shows a break or history, so the popup's countdown opens without them.
 */
const LOADERS = import.meta.glob<ContentText>(['/content/text/*.ts', '!/content/text/*.test.ts'], {
  import: 'default',
});

/** Loads the words for the browser's language, English where there is no translation yet. */
export function loadContentText(): Promise<ContentText> {
  const language = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
  const load = LOADERS[`/content/text/${language}.ts`] ?? LOADERS['/content/text/en.ts'];
  if (!load) throw new Error('Breathing Room: the English library text is missing');
  return load();
}
