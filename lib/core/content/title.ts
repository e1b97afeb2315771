import type { ContentText } from '@/content/types';

/** A practice's title by id, a sequence's too; undefined for an id the text does not know. Apart, so history loads no library. */
export const practiceTitle = (library: ContentText, id: string): string | undefined =>
  library.exercises[id]?.title ?? library.sequences[id]?.title;
