import { INSIGHTS } from '@/content/insights';
import { PRACTICES } from '@/content/practices';
import {
  type Exercise,
  type ExerciseKind,
  exerciseSeconds,
  type Insight,
  type Need,
  type Theme,
} from '@/content/types';
import { findExercise } from './find';

/** What a break shows: one insight and one exercise, by id. */
export interface BreakContent {
  insightId: string;
  exerciseId: string;
}

/** What the picker needs to know; everything else it derives from the library. */
export interface PickInput {
  /** Length of the break in seconds: the exercise must fit in it. */
  breakSeconds: number;
  /** Kinds and themes the person turned off in options. */
  disabledKinds: readonly ExerciseKind[];
  disabledThemes: readonly Theme[];
  /** Insights shown in the current round: none comes again until every enabled one has been shown. */
  shownInsightIds: readonly string[];
  /** The exercise shown last, so it does not come twice in a row. */
  lastExerciseId?: string;
  /** How the person said they feel, when they did: it chooses the exercise. */
  need?: Need;
  /** Ids marked with a heart: among equal candidates they count twice, so they come a little more often. */
  favourites?: readonly string[];
  /** Ids the person hid one by one: never picked while another of the enabled kinds or themes can be. */
  hidden?: readonly string[];
  /** A number in [0, 1): the only source of chance, so tests can fix it. */
  random: number;
  /**
   * Items the person wrote, in the library's types (lib/core/content/own.ts):
   * they join the rotation as any other; with `only`, they are the rotation
   * (each part on its own, once there is one of it).
   */
  own?: { insights: readonly Insight[]; exercises: readonly Exercise[]; only: boolean };
}

/** The library's items and the person's own, or only theirs when they chose so and wrote some. */
function withOwn<T>(library: readonly T[], own: readonly T[] = [], only = false): readonly T[] {
  return only && own.length > 0 ? own : [...library, ...own];
}

/** Insights and practices still in rotation: retired ones only name what history holds. */
const LIVE_INSIGHTS = INSIGHTS.filter((insight) => !insight.retiredInto);
const LIVE_PRACTICES = PRACTICES.filter((practice) => !practice.retired);

/**
 * Picks the insight for a break: one of the enabled themes not yet shown this
 * round. When the round is complete a new one begins, never with the insight
 * that ended the last. Pure: the same input gives the same pick.
 */
export function pickInsight(input: PickInput): Insight {
  const all = withOwn(LIVE_INSIGHTS, input.own?.insights, input.own?.only);
  const enabled = all.filter((insight) => !input.disabledThemes.includes(insight.theme));
  const base = enabled.length > 0 ? enabled : all;
  const pool = unhidden(base, input) ?? base;
  const shown = new Set(input.shownInsightIds);
  const fresh = pool.filter((insight) => !shown.has(insight.id));
  const last = input.shownInsightIds.at(-1);
  const nextRound = pool.filter((insight) => insight.id !== last);
  return choose(fresh.length > 0 ? fresh : nextRound.length > 0 ? nextRound : pool, input);
}

/** Every kind a practice guides: a sequence's parts may be of several. */
export function kindsOf(practice: Exercise): ExerciseKind[] {
  const parts = practice.parts?.map((part) => findExercise(part.id)?.kind);
  return parts ? parts.filter((kind) => kind !== undefined) : [practice.kind];
}

/** A practice fills a break when it takes at least this share of it. */
export const FILLS = 0.7;

/**
 * Picks the practice (a single exercise or a sequence): of enabled kinds only,
 * short enough for the break, not the one shown last. Among those, one that
 * answers the person's need if they gave one; then one that fills the break
 * (70% of it or more, else as near as any comes), so a 10-minute break gets
 * ten minutes of guidance. With no need, a kind is chosen first, evenly among
 * the kinds that suit the insight, so no kind crowds out the others. A break
 * too short for anything gets the shortest enabled practice.
 */
export function pickExercise(insight: Insight, input: PickInput): Exercise {
  const all = withOwn(LIVE_PRACTICES, input.own?.exercises, input.own?.only);
  const enabled = all.filter((practice) => kindsOf(practice).every((kind) => !input.disabledKinds.includes(kind)));
  const base = enabled.length > 0 ? enabled : all;
  const pool = unhidden(base, input) ?? base;
  const fitting = pool.filter((practice) => exerciseSeconds(practice) <= input.breakSeconds);
  const fresh = fitting.filter((practice) => practice.id !== input.lastExerciseId);
  const open = fresh.length > 0 ? fresh : fitting;
  if (open.length === 0) return shortest(pool);
  const { need } = input;
  const answering = need ? open.filter((practice) => practice.needs.includes(need)) : [];
  const candidates = filling(answering.length > 0 ? answering : open, input.breakSeconds);
  if (need && answering.length > 0) return choose(candidates, input);
  return chooseByKind(candidates, insight, input);
}

/**
 * `items` without the ones the person hid, or null when none is left: a
 * break always has something to show, so the picker then shows hidden ones
 * of the kinds and themes left on rather than any turned off.
 */
function unhidden<T extends { id: string }>(items: readonly T[], { hidden = [] }: PickInput): T[] | null {
  const left = items.filter((item) => !hidden.includes(item.id));
  return left.length > 0 ? left : null;
}

/** Those that fill the break; when none does, those that come nearest (within 70% of the longest). */
function filling(practices: readonly Exercise[], breakSeconds: number): Exercise[] {
  const longest = Math.max(...practices.map(exerciseSeconds));
  const floor = FILLS * Math.min(breakSeconds, longest);
  return practices.filter((practice) => exerciseSeconds(practice) >= floor);
}

/** A kind evenly among those the insight suits (or all there are), then a practice of it; one random number serves both. */
function chooseByKind(candidates: readonly Exercise[], insight: Insight, input: PickInput): Exercise {
  const present = [...new Set(candidates.map((practice) => practice.kind))];
  const suited = present.filter((kind) => insight.suits.includes(kind));
  const kinds = suited.length > 0 ? suited : present;
  const index = Math.min(kinds.length - 1, Math.floor(input.random * kinds.length));
  const ofKind = candidates.filter((practice) => practice.kind === kinds[index]);
  return choose(ofKind, { ...input, random: input.random * kinds.length - index });
}

function shortest(exercises: readonly Exercise[]): Exercise {
  return exercises.reduce((a, b) => (exerciseSeconds(b) < exerciseSeconds(a) ? b : a));
}

/** One of `items` by the random number, favourites counted twice. */
function choose<T extends { id: string }>(
  items: readonly T[],
  { random, favourites = [] }: Pick<PickInput, 'random' | 'favourites'>,
): T {
  const weighted = items.flatMap((item) => (favourites.includes(item.id) ? [item, item] : [item]));
  const index = Math.min(weighted.length - 1, Math.floor(random * weighted.length));
  return weighted[index] as T;
}

/** Looks up an insight by id, retired ones too; undefined for an id the library never had. */
export function findInsight(id: string): Insight | undefined {
  return INSIGHTS.find((insight) => insight.id === id);
}

/** A practice by id, the library's or the person's own; undefined for an id neither has. */
export function findPractice(id: string, own?: { exercises: readonly Exercise[] }): Exercise | undefined {
  return findExercise(id) ?? own?.exercises.find((exercise) => exercise.id === id);
}

// The lookup of practices lives apart, for the pages that only name what a break showed.
export { findExercise } from './find';
