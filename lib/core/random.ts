/**
 * A number in [0, 1) from a seed (mulberry32). The schedule seeds it with the
 * event's time, so its picks are repeatable in tests and need no global state.
 */
export function seededRandom(seed: number): number {
  let t = (Math.floor(seed) + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
