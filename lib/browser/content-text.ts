import type { ContentText } from '@/content/types';
import { shownLocale } from '@/lib/browser/i18n';
import { libraryFallsBackToEnglish, libraryLanguage } from '@/lib/core/content/language';

/**
 * The library's words by language: every file in content/text/ named by its
 * language code (en.ts, de.ts, pt-BR.ts ...) with a default export of the
 * same shape as en.ts. Adding a translation is adding that file. Each loads
 * only when a page shows a break or history, so the popup's countdown opens
 * without them.
 */
const LOADERS = import.meta.glob<ContentText>(['/content/text/*.ts', '!/content/text/*.test.ts'], {
  import: 'default',
});

/** The languages the library is written in, from the files' names. */
const WRITTEN = Object.keys(LOADERS).map((path) => path.replace(/^.*\/|\.ts$/g, ''));

/** The library's language for this page, worked out once: the page's language does not change while it is open. */
let chosen: string | undefined;
const chosenLanguage = () => (chosen ??= libraryLanguage(shownLocale(), WRITTEN));

/**
 * Loads the words in the language the pages are shown in, by the region
 * fallback of libraryLanguage (pt-BR, then pt, then English). The pages'
 * language, not the browser's, so a page never mixes two languages other
 * than English.
 */
export function loadContentText(): Promise<ContentText> {
  const load = LOADERS[`/content/text/${chosenLanguage()}.ts`];
  if (!load) throw new Error('Breathing Room: the English library text is missing');
  return load();
}

/**
 * The library's words as an element shows them: marked with their language,
 * so a screen reader reads English as English on an Arabic page, and laid out
 * in their own direction.
 */
export const libraryTextProps = () => ({ lang: chosenLanguage(), dir: 'auto' as const });

/** Whether the library shows in English while the pages are in another language. */
export const libraryInEnglish = () => libraryFallsBackToEnglish(shownLocale(), WRITTEN);
