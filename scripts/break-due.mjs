// The one way the tests, `npm start` and `npm run bench` bring a break
// forward, in Chromium and in Firefox alike. Shared by chromium.mjs and the
// Firefox suite; it runs inside the extension (page or worker) through each
// driver's evaluate, so it must use nothing outside its own body.

/**
 * Brings the next break forward to `ms` from now (a micro-break with
 * `micro`), the way the schedule itself sets one: the stored time and the
 * alarm agree (an alarm that rings before the stored time is one the
 * schedule has moved on from, and rings for nothing). A break still open
 * from before is set aside, and the person counts as here: a headless
 * browser may report the machine idle, and a break never comes to someone
 * away. A micro-break keeps the longer break well after it, clear of the
 * minutes before it when no micro-break comes.
 * @param {number | { ms: number; micro?: boolean }} due
 */
export async function bringBreakIn(due) {
  const api = globalThis.browser ?? globalThis.chrome;
  const { ms, micro = false } = typeof due === 'number' ? { ms: due } : due;
  // Under the schedule's own lock (lib/browser/storage/lock.ts): a decision the background is
  // making now (the popup asks for one as it opens) must not write its state over this one.
  const bring = async () => {
    const when = Date.now() + ms;
    const { schedule } = await api.storage.local.get('schedule');
    const data = {
      ...(schedule?.data ?? {}),
      ...(micro ? { nextMicroAt: when, nextBreakAt: when + 30 * 60_000 } : { nextBreakAt: when }),
      microShownAt: null,
      cycleStartedAt: Date.now() - 1000,
      activeBreak: null,
      idleSince: null,
    };
    await api.storage.local.set({ schedule: { v: 2, data } });
    await api.alarms.create('break-due', { when });
  };
  await globalThis.navigator.locks.request('breathing-room:local:schedule', bring);
}
