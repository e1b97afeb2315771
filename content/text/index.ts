import { browser } from 'wxt/browser';
import type { ContentText } from '../types';

/**
 * The library's words by language, each loaded only when a page shows a break
 * or history: the popup's countdown opens without them. A translation is one
 * more file of the same shape as en.ts, listed here.
 */
const LOADERS: Readonly<Record<string, () => Promise<ContentText>>> = {
  en: () => import('./en').then((module) => module.EN),
};

/** Loads the words for the browser's language, English where there is no translation yet. */
export function loadContentText(): Promise<ContentText> {
  const language = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
  const load = LOADERS[language] ?? LOADERS.en;
  return (load as () => Promise<ContentText>)();
}
