import { useSignal } from '@preact/signals';

/**
 * Roving focus for a row of like choices (a toolbar): the row is one tab
 * stop, and the arrow keys, Home and End move between its buttons. Spread
 * `item(i)` on the i-th button and `onKeyDown` on the row.
 */
export function useRovingFocus(count: number) {
  const current = useSignal(0);
  const move = (event: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowRight: current.value + 1,
      ArrowDown: current.value + 1,
      ArrowLeft: current.value - 1,
      ArrowUp: current.value - 1,
      Home: 0,
      End: count - 1,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // Right-to-left rows run the other way round for the arrow keys.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = rtl && event.key.startsWith('Arrow') && /Left|Right/.test(event.key) ? 2 * current.value - next : next;
    current.value = (step + count) % count;
    const buttons = (event.currentTarget as Element).querySelectorAll<HTMLElement>('[data-roving]');
    buttons[current.value]?.focus();
  };
  return {
    onKeyDown: move,
    item: (i: number) => ({
      'data-roving': '',
      tabIndex: i === current.value ? 0 : -1,
      onFocus: () => (current.value = i),
    }),
  };
}
