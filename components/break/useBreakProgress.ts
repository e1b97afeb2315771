import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { breakProgressItem } from '@/lib/browser/storage/items';
import { type BreakProgress, reopen } from '@/lib/core/break-flow';
import type { ActiveBreak } from '@/lib/core/schedule/types';

/** How often a running exercise notes how far it got, so a popup closed mid-step loses at most this much. */
const NOTE_EVERY_MS = 5000;

/** The longest a break's record waits for its progress to be noted. */
const SAVE_WAIT_MS = 2000;

/**
 * The break's progress, kept in session storage as it changes: a popup
 * closed mid-break (Chrome closes it at any click outside) opens again on
 * the same screen, step and time, from `saved` (as the page read it).
 */
export function useBreakProgress(
  active: ActiveBreak | null,
  saved: BreakProgress | null,
): [Signal<BreakProgress | undefined>, (next: BreakProgress) => Promise<void>] {
  // A break the schedule has ended keeps its close screen as saved.
  const progress = useSignal<BreakProgress | undefined>(
    active ? reopen(saved, active, Date.now()) : (saved ?? undefined),
  );
  // Shown at once; kept as well as storage allows (a break goes on without it). What
  // waits for the note (the record of a break) waits at most SAVE_WAIT_MS: a slow or
  // stuck write never holds a break back from being recorded.
  const save = (next: BreakProgress) => {
    progress.value = next;
    const stored = breakProgressItem
      .update(() => next)
      .then(
        () => undefined,
        (error: unknown) => console.error('Breathing Room:', error),
      );
    return Promise.race([stored, new Promise<void>((waited) => setTimeout(waited, SAVE_WAIT_MS))]);
  };
  // While the clock runs, note the time now and then, and as the page goes away.
  const running = progress.value?.player.status === 'running';
  useEffect(() => {
    if (!running) return;
    const note = () => progress.value && void save({ ...progress.value, savedAt: Date.now() });
    const timer = setInterval(note, NOTE_EVERY_MS);
    addEventListener('pagehide', note);
    return () => {
      clearInterval(timer);
      removeEventListener('pagehide', note);
    };
  }, [running]);
  return [progress, save];
}
