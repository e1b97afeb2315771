import { isRecord, type Loose } from '@/lib/core/guards';
import type { MessageKey } from '@/lib/core/message-key';

/*
 * What every Breathing Room file says about itself, and the checks every
 * import makes before it looks inside: size, JSON, hostile keys, then the
 * file's own description (app, kind, version). Import is all or nothing: a
 * file with one bad part is refused whole, with a message saying which part,
 * and nothing is written. These functions are pure; the options page writes
 * only after a person confirms.
 */

export const FILE_APP = 'breathing-room';

/** Files larger than this are refused before they are read as JSON. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportError = { ok: false; error: MessageKey; substitutions?: string[] };

export const fail = (error: MessageKey, substitutions?: string[]): ImportError =>
  substitutions ? { ok: false, error, substitutions } : { ok: false, error };

/** Keys that could reach an object's prototype when the data is later copied or merged. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** "__proto__" as a key in the raw text: JSON.parse makes it an own property, easy to miss later. */
const RAW_PROTO = /"__proto__"\s*:/;

/** True when any object anywhere in `value` has a hostile key. Iterative, so deep nesting cannot overflow. */
function hasHostileKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      // One by one: spreading a list of millions into push() would overflow the call stack.
      for (const item of next) stack.push(item);
      continue;
    }
    for (const key of Object.keys(next)) {
      if (HOSTILE_KEYS.has(key)) return true;
      stack.push((next as Loose)[key]);
    }
  }
  return false;
}

/**
 * The common part of every import. Returns the parsed file and its version
 * (one of `versions`), or why not. A byte-order mark before the JSON, as some
 * editors save it, is allowed.
 */
export function readFile(
  text: string,
  bytes: number,
  kind: 'history' | 'settings',
  versions: readonly number[],
): { ok: true; file: Loose; version: number } | ImportError {
  if (!(bytes <= MAX_IMPORT_BYTES) || text.length > MAX_IMPORT_BYTES) return fail('importTooLarge', ['10']);
  if (RAW_PROTO.test(text)) return fail('importHostile');
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('importNotJson');
  }
  if (hasHostileKey(file)) return fail('importHostile');
  if (!isRecord(file) || file.app !== FILE_APP || file.kind !== kind) return fail('importWrongKind');
  const version = versions.find((known) => known === file.version);
  if (version === undefined) {
    const found = file.version === undefined ? '—' : String(JSON.stringify(file.version)).slice(0, 20);
    return fail('importWrongVersion', [found]);
  }
  return { ok: true, file, version };
}
