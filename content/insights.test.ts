import { describe, expect, it } from 'vitest';
import { similarity } from '../tests/support/similarity';
import { INSIGHTS } from './insights';
import { EN } from './text/en';
import { EXERCISE_KINDS, THEMES } from './types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const live = INSIGHTS.filter((insight) => !insight.retiredInto);
const text = (id: string) => EN.insights[id] ?? '';

/** Two insights say the same when their texts share half their concepts (tests/support/similarity.ts). */
const SAME = 0.5;

/** The near-duplicates an editor found in the 0.1 library (their words then), each a case the measure must catch. */
const NAMED_PAIRS: readonly [string, string, string, string][] = [
  [
    'past-kindness',
    'Looking back helps most when done kindly: you made sense of things with what you knew then.',
    'past-then-now',
    'You look back knowing more than you did at the time. Judge your earlier self by what they could see then, not by what you see now.',
  ],
  [
    'goals-values',
    'A goal that fits your values pulls you forward. One that only fits other people tends to push.',
    'goals-your-own',
    'Ask whether a goal is truly yours. If you would still want it with nobody watching, it probably fits your values.',
  ],
  [
    'goals-values',
    'A goal that fits your values pulls you forward. One that only fits other people tends to push.',
    'goals-compass',
    'Values are like a compass and goals like stops along the way. If you miss a stop, the direction is still there.',
  ],
];

/** Near-duplicates in other words: no word measure sees them, so the library records them as one idea. */
const SAME_IDEA: readonly string[][] = [
  ['coping-rest-eyes', 'listening-to-eyes', 'daily-look-far'],
  ['coping-move', 'daily-stand-up', 'daily-walk-between'],
];

describe('insights', () => {
  it('has at least 100 in rotation, at least 10 a theme', () => {
    expect(live.length).toBeGreaterThanOrEqual(100);
    for (const theme of THEMES)
      expect(live.filter((insight) => insight.theme === theme).length, theme).toBeGreaterThanOrEqual(10);
  });

  it('has unique kebab-case ids, each with English text of 20 to 180 characters', () => {
    expect(new Set(INSIGHTS.map((insight) => insight.id)).size).toBe(INSIGHTS.length);
    expect(Object.keys(EN.insights).sort()).toEqual(INSIGHTS.map((insight) => insight.id).sort());
    for (const { id, idea } of INSIGHTS) {
      expect(id).toMatch(KEBAB);
      expect(idea, id).toMatch(KEBAB);
      expect(text(id).length, id).toBeGreaterThan(20);
      expect(text(id).length, id).toBeLessThanOrEqual(180);
    }
  });

  it('says each idea once: ideas unique in rotation, and no two texts share half their concepts', () => {
    const ideas = live.map((insight) => insight.idea);
    expect(ideas.filter((idea, i) => ideas.indexOf(idea) !== i)).toEqual([]);
    const close: string[] = [];
    for (const [i, a] of live.entries())
      for (const b of live.slice(i + 1))
        if (similarity(text(a.id), text(b.id)) >= SAME) close.push(`${a.id} ~ ${b.id}`);
    expect(close).toEqual([]);
  });

  it('catches every near-duplicate the editor named: by words, or as one idea', () => {
    for (const [a, aText, b, bText] of NAMED_PAIRS)
      expect(similarity(aText, bText), `${a} ~ ${b}`).toBeGreaterThanOrEqual(SAME);
    for (const group of SAME_IDEA) {
      const ideas = group.map((id) => INSIGHTS.find((insight) => insight.id === id)?.idea);
      expect(new Set(ideas).size, group.join(' ~ ')).toBe(1);
      expect(group.filter((id) => live.some((insight) => insight.id === id)).length, group.join()).toBe(1);
    }
  });

  it('keeps a retired insight pointing at a live one with the same idea', () => {
    for (const insight of INSIGHTS.filter((item) => item.retiredInto)) {
      const into = live.find((item) => item.id === insight.retiredInto);
      expect(into?.idea, insight.id).toBe(insight.idea);
    }
  });

  it('never claims to know how the person is or that the moment is safe', () => {
    const CLAIMS =
      /\b(you are (okay|ok|fine|safe|calm|relaxed|not alone)|this moment is (calm|safe)|you feel (better|calm|fine)|everything is (fine|okay)|you will feel)\b/i;
    for (const { id } of live) expect(text(id), id).not.toMatch(CLAIMS);
  });

  it('speaks of therapy as the article does: a relationship, fine to seek, fine to change', () => {
    const ideas = new Set(live.map((insight) => insight.idea));
    for (const idea of ['therapy-is-a-relationship', 'asking-for-help-is-fine', 'changing-therapists-is-fine'])
      expect(ideas.has(idea), idea).toBe(true);
  });

  it('pairs with every kind, none with more than 45% of the insights', () => {
    for (const insight of live) for (const kind of insight.suits) expect(EXERCISE_KINDS).toContain(kind);
    for (const kind of EXERCISE_KINDS) {
      const share = live.filter((insight) => insight.suits.includes(kind)).length / live.length;
      expect(share, kind).toBeGreaterThanOrEqual(0.15);
      expect(share, kind).toBeLessThanOrEqual(0.45);
    }
  });
});
