import { type Signal, signal } from '@preact/signals';
import type { ContentText } from '@/content/types';
import { loadContentText } from '@/lib/browser/content-text';

/** The library's words, shared by every component of a page; undefined until loaded. */
const text: Signal<ContentText | undefined> = signal(undefined);
/** True when the words could not be loaded (a chunk gone after an update): pages say so. */
export const contentTextFailed = signal(false);
let loading: Promise<unknown> | undefined;

/** Starts the page's one load of the library's words; resolves when they are there (or it failed). */
export function loadText(): Promise<unknown> {
  loading ??= loadContentText().then(
    (loaded) => {
      text.value = loaded;
    },
    (error: unknown) => {
      console.error('Breathing Room: the library text did not load', error);
      contentTextFailed.value = true;
    },
  );
  return loading;
}

/** The library's words as a signal, starting the page's one load on first use. */
export function useContentText(): Signal<ContentText | undefined> {
  void loadText();
  return text;
}
