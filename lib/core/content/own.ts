import {
  type ContentText,
  EXERCISE_KINDS,
  type Exercise,
  type ExerciseKind,
  type ExerciseText,
  type Insight,
  NEEDS,
  type Need,
  THEMES,
  type Theme,
} from '@/content/types';
import { isRecord, isWholeIn, memberOf } from '@/lib/core/guards';
import { isCleanText } from '@/lib/core/text';

/*
 * A person's own insights and exercises: plain text, checked for shape and
 * limits (the library's safety grid is for the library's own words; a
 * person's exercise may carry its own caution). They become items of the
 * library's own types (ownLibrary), so the picker and the player treat them
 * as any other and never ask where one came from.
 */

/** How much a person may write: an insight as long as the library's longest, a short exercise. */
export const OWN_LIMITS = {
  insights: 50,
  exercises: 30,
  insightChars: 180,
  titleChars: 60,
  steps: 10,
  stepChars: 200,
  stepSeconds: { min: 5, max: 300 },
  cautionChars: 200,
  /** Titles kept for deleted exercises, so history still names them. */
  gone: 200,
} as const;

/** Own items' ids: "own-" and a base-36 time, in the library's id form. */
const OWN_PREFIX = 'own-';
const isOwnId = (value: unknown): value is string => typeof value === 'string' && /^own-[a-z0-9]{1,20}$/.test(value);

export interface OwnInsight {
  id: string;
  theme: Theme;
  text: string;
}

export interface OwnExercise {
  id: string;
  title: string;
  kind: ExerciseKind;
  steps: { text: string; seconds: number }[];
  needs: Need[];
  caution?: string;
}

/** What a person wrote, and the titles of the exercises they deleted (history keeps naming those). */
export interface OwnContent {
  insights: OwnInsight[];
  exercises: OwnExercise[];
  gone: Record<string, string>;
}

export const NO_OWN_CONTENT: OwnContent = { insights: [], exercises: [], gone: {} };

/** Text a person wrote for one field: not empty, within its limit, no control characters. */
const isText = (value: unknown, limit: number): value is string => isCleanText(value, limit) && value.trim().length > 0;

/** One insight checked strictly; null when any part is wrong. */
export function checkOwnInsight(raw: unknown): OwnInsight | null {
  if (!isRecord(raw) || !isOwnId(raw.id) || !isText(raw.text, OWN_LIMITS.insightChars)) return null;
  const theme = memberOf(THEMES, raw.theme);
  return theme ? { id: raw.id, theme, text: raw.text } : null;
}

/** One exercise checked strictly; null when any part is wrong. */
export function checkOwnExercise(raw: unknown): OwnExercise | null {
  if (!isRecord(raw) || !isOwnId(raw.id) || !isText(raw.title, OWN_LIMITS.titleChars)) return null;
  const kind = memberOf(EXERCISE_KINDS, raw.kind);
  const { steps, needs, caution } = raw;
  if (!kind || !Array.isArray(steps) || steps.length === 0 || steps.length > OWN_LIMITS.steps) return null;
  const { min, max } = OWN_LIMITS.stepSeconds;
  const validStep = (step: unknown) =>
    isRecord(step) && isText(step.text, OWN_LIMITS.stepChars) && isWholeIn(step.seconds, min, max);
  if (!steps.every(validStep)) return null;
  if (!Array.isArray(needs) || !needs.every((need) => memberOf(NEEDS, need)) || new Set(needs).size !== needs.length) {
    return null;
  }
  if (caution !== undefined && !isText(caution, OWN_LIMITS.cautionChars)) return null;
  return {
    id: raw.id,
    title: raw.title,
    kind,
    steps: (steps as { text: string; seconds: number }[]).map(({ text, seconds }) => ({ text, seconds })),
    needs: needs as Need[],
    ...(caution !== undefined && { caution: caution as string }),
  };
}

/** Deleted items' titles, each an own id and a title within limits; null when any is wrong. */
function checkGone(raw: unknown): Record<string, string> | null {
  if (!isRecord(raw)) return null;
  const entries = Object.entries(raw);
  if (entries.length > OWN_LIMITS.gone) return null;
  const valid = entries.every(([id, title]) => isOwnId(id) && isText(title, OWN_LIMITS.titleChars));
  return valid ? (Object.fromEntries(entries) as Record<string, string>) : null;
}

/**
 * Own content checked whole, as import checks a file: any wrong item, an id
 * twice or more items than allowed, and it is refused (null).
 */
export function checkOwnContent(raw: unknown): OwnContent | null {
  if (!isRecord(raw) || !Array.isArray(raw.insights) || !Array.isArray(raw.exercises)) return null;
  if (raw.insights.length > OWN_LIMITS.insights || raw.exercises.length > OWN_LIMITS.exercises) return null;
  const insights = raw.insights.map(checkOwnInsight);
  const exercises = raw.exercises.map(checkOwnExercise);
  const gone = checkGone(raw.gone ?? {});
  if (insights.includes(null) || exercises.includes(null) || !gone) return null;
  const ids = [...insights, ...exercises].map((item) => item?.id);
  if (new Set(ids).size !== ids.length) return null;
  return { insights: insights as OwnInsight[], exercises: exercises as OwnExercise[], gone };
}

/** Own content from storage: each valid item kept, each damaged one left out, never more than the limits. */
export function parseOwnContent(raw: unknown): OwnContent {
  if (!isRecord(raw)) return NO_OWN_CONTENT;
  const list = <T>(items: unknown, check: (item: unknown) => T | null, limit: number) =>
    (Array.isArray(items) ? items.map(check).filter((item): item is T => item !== null) : []).slice(0, limit);
  return {
    insights: list(raw.insights, checkOwnInsight, OWN_LIMITS.insights),
    exercises: list(raw.exercises, checkOwnExercise, OWN_LIMITS.exercises),
    gone: checkGone(raw.gone) ?? {},
  };
}

/** Own content as the library's types: the picker's items, and their words as the library keeps words. */
export function ownLibrary(own: OwnContent): {
  insights: Insight[];
  exercises: Exercise[];
  text: { insights: Record<string, string>; exercises: Record<string, ExerciseText> };
} {
  return {
    // An own insight suits every kind: the person wrote it for their breaks, whatever they do in them.
    insights: own.insights.map(({ id, theme }) => ({ id, theme, suits: EXERCISE_KINDS, idea: id })),
    exercises: own.exercises.map(({ id, kind, steps, needs }) => ({
      id,
      kind,
      stepSeconds: steps.map((step) => step.seconds),
      needs,
      // Movement the person wrote for themselves: they know whether they can do it seated.
      ...(kind === 'movement' && { seated: true as const }),
    })),
    text: {
      insights: Object.fromEntries(own.insights.map(({ id, text }) => [id, text])),
      exercises: Object.fromEntries(
        own.exercises.map(({ id, title, steps, caution }) => [
          id,
          { title, purpose: '', steps: steps.map((step) => step.text), ...(caution && { caution }) },
        ]),
      ),
    },
  };
}

/**
 * The library's words with the titles of the person's exercises beside them,
 * those they deleted too, so history names every break it holds.
 */
export function withOwnTitles(library: ContentText, own: OwnContent): ContentText {
  const titles: [string, string][] = [
    ...Object.entries(own.gone),
    ...own.exercises.map(({ id, title }): [string, string] => [id, title]),
  ];
  const exercises = Object.fromEntries(titles.map(([id, title]) => [id, { title, purpose: '', steps: [] }]));
  return { ...library, exercises: { ...library.exercises, ...exercises } };
}

/** A new own id, from the time it was written (base 36), one more than any taken. */
export function newOwnId(own: OwnContent, now: number): string {
  const taken = new Set([...own.insights, ...own.exercises].map((item) => item.id).concat(Object.keys(own.gone)));
  let n = now;
  while (taken.has(`${OWN_PREFIX}${n.toString(36)}`)) n += 1;
  return `${OWN_PREFIX}${n.toString(36)}`;
}

/** Own content with `item` in place of the one with its id, or added at the end. */
export function putOwn(own: OwnContent, part: 'insights', item: OwnInsight): OwnContent;
export function putOwn(own: OwnContent, part: 'exercises', item: OwnExercise): OwnContent;
export function putOwn(own: OwnContent, part: 'insights' | 'exercises', item: OwnInsight | OwnExercise): OwnContent {
  const list = own[part] as (OwnInsight | OwnExercise)[];
  const at = list.findIndex((other) => other.id === item.id);
  const next = at < 0 ? [...list, item] : list.map((other, i) => (i === at ? item : other));
  return { ...own, [part]: next };
}

/** Own content without the item of this id; an exercise's title stays, for the history that names it. */
export function deleteOwn(own: OwnContent, id: string): OwnContent {
  const exercise = own.exercises.find((item) => item.id === id);
  const gone = exercise ? Object.entries({ ...own.gone, [id]: exercise.title }).slice(-OWN_LIMITS.gone) : null;
  return {
    insights: own.insights.filter((item) => item.id !== id),
    exercises: own.exercises.filter((item) => item.id !== id),
    gone: gone ? Object.fromEntries(gone) : own.gone,
  };
}
