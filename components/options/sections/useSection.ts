import { type Signal, useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { LOADERS, type SectionId, type SectionProps, sectionOf } from './sections';

/** A section's code once loaded, with the id it belongs to. */
export interface LoadedSection {
  id: SectionId;
  Section: ComponentType<SectionProps>;
}

/** The section the URL names, following the hash as the person moves between sections (or presses Back). */
export function useCurrentSection(): Signal<SectionId> {
  const current = useSignal(sectionOf(location.hash));
  useEffect(() => {
    const follow = () => {
      current.value = sectionOf(location.hash);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return current;
}

/**
 * The current section's code. The section shown stays until the next has
 * loaded, so moving between sections never flashes an empty page; a failed
 * load (an update replaced the files under an open page) is kept to show.
 */
export function useLoadedSection(id: SectionId): { loaded: Signal<LoadedSection | null>; failed: Signal<boolean> } {
  const loaded = useSignal<LoadedSection | null>(null);
  const failed = useSignal(false);
  useEffect(() => {
    let live = true;
    failed.value = false;
    LOADERS[id]().then(
      (Section) => {
        if (live) loaded.value = { id, Section };
      },
      (error: unknown) => {
        console.error('Breathing Room:', error);
        if (live) failed.value = true;
      },
    );
    return () => {
      live = false;
    };
  }, [id]);
  return { loaded, failed };
}
