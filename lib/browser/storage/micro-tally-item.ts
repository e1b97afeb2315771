import { type MicroTally, parseMicroTally } from '@/lib/core/history/micro-tally';
import { defineItem } from './typed-item';

/**
 * Micro-breaks by day (lib/core/history/micro-tally.ts), on this machine,
 * apart from history. In a module of its own: the popup and the options
 * page's start share ./items.ts, and neither needs it. Written by the
 * background as each one ends, and by options' history import and clear.
 */
export const microTallyItem = /* @__PURE__ */ defineItem<MicroTally>({
  area: 'local',
  key: 'microBreaks',
  version: 1,
  parse: parseMicroTally,
});
