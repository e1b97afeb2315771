import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Exercise } from '@/content/types';
import { advance, type BreakProgress } from '@/lib/core/break-flow';
import { type BreakChime, chimeFor, momentOf } from '@/lib/core/break-moment';
import type { Settings } from '@/lib/core/settings/settings';

/** How often the clock looks: often enough for a smooth count, rarely enough to cost nothing. */
const TICK_MS = 250;

interface Clock {
  progress: Signal<BreakProgress | undefined>;
  exercise: Exercise | undefined;
  settings: Settings;
  /** The flow moved on by itself: a new step, or the close screen. */
  onChange: (next: BreakProgress) => void;
  onChime: (chime: BreakChime) => void;
}

/**
 * The break's one clock: while the exercise runs, the flow follows the time
 * (lib/core/break-flow.ts `advance`), and a new step or breath may chime.
 * Returns the time the screen shows, moved on each tick.
 */
export function useBreakClock(clock: Clock): Signal<number> {
  const now = useSignal(Date.now());
  // The interval outlives renders: it reads the latest settings and callbacks from here.
  const latest = useRef(clock);
  latest.current = clock;
  const { progress, exercise } = clock;
  const running = progress.value?.screen === 'do' && progress.value.player.status === 'running';
  useEffect(() => {
    const start = progress.value;
    if (!running || !exercise || !start) return;
    let moment = momentOf(exercise, start.player, Date.now());
    const timer = setInterval(() => {
      const at = Date.now();
      now.value = at;
      const current = progress.value;
      if (current?.screen !== 'do') return;
      const next = advance(current, exercise, at);
      const chime = chimeFor(latest.current.settings, exercise, moment, next, at);
      moment = momentOf(exercise, next.player, at);
      if (chime) latest.current.onChime(chime);
      if (next !== current) latest.current.onChange(next);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running, exercise?.id]);
  return now;
}
