import { useEffect } from 'preact/hooks';
import type { ColorTheme } from '@/lib/core/vocabulary';

/** Applies the person's theme to the page: the palette in theme.css follows data-theme. */
export function useTheme(theme: ColorTheme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'system';
  }, [theme]);
}
