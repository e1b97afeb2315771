import { todayLine, useTakenToday } from '@/components/shared/today';

/** The ring's circumference: r = 15 in a 36-unit box. */
const RING = 2 * Math.PI * 15;

/** Today's goal at a glance: a small ring in the product's colours, and "3 of 6 today" under it. */
export function TodayProgress({ goal }: { goal: number }) {
  const taken = useTakenToday();
  if (taken === undefined) return null;
  const share = goal > 0 ? Math.min(1, taken / goal) : 1;
  return (
    <p class="goal">
      <svg class="goal-ring" viewBox="0 0 36 36" aria-hidden="true">
        <circle cx="18" cy="18" r="15" />
        {share > 0 && (
          <circle class="done" cx="18" cy="18" r="15" stroke-dasharray={RING} stroke-dashoffset={RING * (1 - share)} />
        )}
      </svg>
      <span class="small muted">{todayLine(taken, goal)}</span>
    </p>
  );
}
