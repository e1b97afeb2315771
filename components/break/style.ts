import screen from './screen.css?inline';

/**
 * Adds a stylesheet that comes with the break's code (imported `?inline`):
 * the popup's start carries none of it, and the build refuses a lazily
 * loaded CSS import, which the page would never load (see wxt.config.ts).
 */
export function addStyle(css: string): void {
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
}

// What every screen shares goes first, so each screen's own rules follow it.
addStyle(screen);
