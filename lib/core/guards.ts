import { isCleanText } from './text';
import { ID_LIMIT, TIME_BOUNDS } from './vocabulary';

/*
 * Checks for values that may be anything: stored data, an imported file, a
 * message from a page. Written once, used by every parser.
 */

/** A plain object's fields, not yet checked. */
export type Loose = Record<string, unknown>;

/** True for an object that is not an array or null. */
export const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The member of `list` that `raw` is, or undefined: reads a vocabulary word from anything. */
export const memberOf = <T>(list: readonly T[], raw: unknown): T | undefined => list.find((item) => item === raw);

/** True for a whole number from `min` to `max`. */
export const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A time stored data may hold: whole ms within TIME_BOUNDS, as Date.now() gives them. */
export const isTime = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= TIME_BOUNDS.min && (value as number) <= TIME_BOUNDS.max;

/** An id (a break's, or a library item's): 1 to ID_LIMIT characters of clean text. */
export const isId = (value: unknown): value is string => isCleanText(value, ID_LIMIT) && (value as string).length > 0;
