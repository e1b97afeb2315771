import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { duration, t } from '@/lib/browser/i18n';
import { MINUTE } from '@/lib/core/vocabulary';

/** How often the popup refreshes its countdown; minutes need no finer tick. */
const TICK_MS = 10_000;

/** The time left, in whole minutes rounded up, so "0 min" never shows. */
function countdownText(nextBreakAt: number | null, now: number): string {
  if (nextBreakAt === null) return t('loading');
  const minutes = Math.ceil((nextBreakAt - now) / MINUTE);
  return minutes <= 0 ? t('nextBreakUnderMinute') : duration(minutes, 'minute', 'short');
}

/**
 * The popup's hero: "Next break in" over "23 min", kept fresh while the popup
 * is open; with longer breaks off, the same for the next micro-break, or,
 * with micro-breaks off too, that breaks come when asked for.
 */
export function Countdown({ nextBreakAt, micro = false }: { nextBreakAt: number | null; micro?: boolean }) {
  const now = useSignal(Date.now());
  // A new countdown is measured from this moment, not from the last tick. (No countdown, from
  // damaged storage, is rebuilt by the check every popup asks for as it opens: main.tsx.)
  useEffect(() => {
    now.value = Date.now();
  }, [nextBreakAt]);
  useEffect(() => {
    const timer = setInterval(() => {
      now.value = Date.now();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, []);
  if (micro && nextBreakAt === null) return <p class="hero-words">{t('noTiersShort')}</p>;
  return (
    <p class="hero-words">
      <span class="countdown-label">{t(micro ? 'nextMicroLabel' : 'nextBreakLabel')}</span>{' '}
      <span class="countdown">{countdownText(nextBreakAt, now.value)}</span>
    </p>
  );
}
