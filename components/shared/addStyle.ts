/**
 * Adds a stylesheet that comes with lazily loaded code (imported `?inline`):
 * a page's start carries none of it, and the build refuses a lazily loaded
 * CSS import, which the page would never load (see wxt.config.ts).
 */
export function addStyle(css: string): void {
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
}
