import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The inline size of an element, in CSS pixels, following it as the window
 * or the zoom changes. A chart draws in a viewBox that wide, one unit to a
 * pixel, so its labels keep the page's text size on a phone and on a wide
 * screen alike, where scaling a fixed drawing would shrink or swell them.
 * `fallback` is the width drawn before the first measure (and where the
 * browser cannot measure): the chart then scales to fit.
 */
export function useInlineSize<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const size = useSignal(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: a fraction changing back and forth would redraw for nothing.
      const inline = Math.floor(entry?.contentBoxSize[0]?.inlineSize ?? 0);
      if (inline > 0) size.value = inline;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width: size.value };
}
