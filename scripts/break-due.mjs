// The one way the tests, `npm start` and `npm run bench` bring a break
// forward, in Chromium and in Firefox alike. Shared by chromium.mjs and the
// Firefox suite; it runs inside the extension (page or worker) through each
// driver's evaluate, so it must use nothing outside its own body.

/**
 * Brings the next break forward to `ms` from now, the way the schedule itself
 * sets one: the stored next-break time and the alarm agree (an alarm that
 * rings before the stored time is one the schedule has moved on from, and
 * rings for nothing). A break still open from before is set aside, and the
 * person counts as here: a headless browser may report the machine idle, and
 * a break never comes to someone away.
 * @param {number} ms
 */
export async function bringBreakIn(ms) {
  const api = globalThis.browser ?? globalThis.chrome;
  const when = Date.now() + ms;
  const { schedule } = await api.storage.local.get('schedule');
  const data = {
    ...(schedule?.data ?? {}),
    nextBreakAt: when,
    cycleStartedAt: Date.now() - 1000,
    activeBreak: null,
    idleSince: null,
  };
  await api.storage.local.set({ schedule: { v: 1, data } });
  await api.alarms.create('break-due', { when });
}
