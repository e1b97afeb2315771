/** Every lock of Breathing Room is named after the data it guards: `breathing-room:<area>:<key>`. */
export const lockName = (area: string, key: string) => `breathing-room:${area}:${key}`;

/** Queues for contexts without Web Locks (the unit tests' fake browser): one per lock name. */
const localQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` holding the named lock: Web Locks where the context has them
 * (every extension page and the background share them), else a queue in
 * this context.
 */
export function withLock<R>(name: string, task: () => Promise<R>): Promise<R> {
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(name, task) as Promise<R>;
  const run = (localQueues.get(name) ?? Promise.resolve()).then(task);
  localQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
