import { useMemo } from 'preact/hooks';
import type { ContentText } from '@/content/types';
import { ownContentItem } from '@/lib/browser/storage/own-content-item';
import type { OwnItems } from '@/lib/core/content/for-break';
import { ownLibrary } from '@/lib/core/content/own';
import { loadText, useContentText } from '../shared/useContentText';
import { readAhead, useStored } from '../shared/useStored';

/** For a page that shows a break: the library's words and the person's own, read before its first paint. */
export const loadWords = () => Promise.all([loadText(), readAhead([ownContentItem]).catch(() => undefined)]);

/**
 * What a break picks from and shows, and options names: the library's words
 * with the person's own beside them, and their own items in the library's
 * types. Undefined until read: a break picks only once it knows them all.
 */
export function useLibrary(): { library: ContentText | undefined; own: OwnItems | undefined } {
  const text = useContentText().value;
  const stored = useStored(ownContentItem).value;
  return useMemo(() => {
    const own = stored === undefined ? undefined : ownLibrary(stored);
    if (!text || !own) return { library: undefined, own };
    const library: ContentText = {
      ...text,
      insights: { ...text.insights, ...own.text.insights },
      exercises: { ...text.exercises, ...own.text.exercises },
    };
    return { library, own };
  }, [text, stored]);
}
