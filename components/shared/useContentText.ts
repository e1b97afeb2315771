import { type Signal, signal } from '@preact/signals';
import type { ContentText } from '@/content/types';
import { loadContentText } from '@/lib/browser/content-text';

/** The library's words, shared by every component of a page; undefined until loaded. */
const text: Signal<ContentText | undefined> = signal(undefined);
let started = false;

/** The library's words as a signal, starting the page's one load on first use. */
export function useContentText(): Signal<ContentText | undefined> {
  if (!started) {
    started = true;
    void loadContentText().then((loaded) => {
      text.value = loaded;
    });
  }
  return text;
}
