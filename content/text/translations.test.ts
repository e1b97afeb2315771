import { describe, expect, it } from 'vitest';
import { EXERCISES, INSIGHTS } from '../library';
import type { ContentText } from '../types';
import DE from './de';
import EN from './en';
import ES from './es';
import FR from './fr';
import JA from './ja';
import PT_BR from './pt-BR';

/*
 * Every translation of the library checked as English is: every insight,
 * exercise and sequence there, the same number of steps, the same pacing
 * placeholders in each step (filled from the pacing, so words and pacer
 * agree), a caution exactly where English has one, and lengths within the
 * limits the break screen sets.
 */
const TRANSLATIONS: [string, ContentText][] = [
  ['de', DE],
  ['es', ES],
  ['fr', FR],
  ['pt-BR', PT_BR],
  ['ja', JA],
];

/** A caution shows under Begin at 360 px: English keeps 100 characters, a longer language up to 115. */
const CAUTION_LIMIT = 115;
/**
 * An insight at most 140 characters, 10 more than the longest English one:
 * the arrive screen at 380 x 600 holds that with the wordiest exercise under
 * it, as tests/e2e/languages.test.ts shows with each language's longest.
 */
const INSIGHT_LIMIT = 140;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(TRANSLATIONS)('the library in %s', (_, text) => {
  it('has the words of every insight, exercise and sequence English has, and no others', () => {
    expect(Object.keys(text.insights).sort()).toEqual(Object.keys(EN.insights).sort());
    expect(Object.keys(text.exercises).sort()).toEqual(Object.keys(EN.exercises).sort());
    expect(Object.keys(text.sequences).sort()).toEqual(Object.keys(EN.sequences).sort());
    for (const insight of INSIGHTS) expect(text.insights[insight.id]?.trim(), insight.id).toBeTruthy();
  });

  it('gives each exercise its steps, in number and pacing placeholders, and a caution where English does', () => {
    for (const exercise of EXERCISES) {
      const english = EN.exercises[exercise.id];
      const own = text.exercises[exercise.id];
      if (!english) continue;
      expect(own?.steps.length, exercise.id).toBe(exercise.stepSeconds.length);
      english.steps.forEach((step, i) => {
        expect(placeholders(own?.steps[i] ?? ''), `${exercise.id} step ${i + 1}`).toEqual(placeholders(step));
      });
      expect(Boolean(own?.caution), `${exercise.id} caution`).toBe(Boolean(english.caution));
    }
    for (const [id, english] of Object.entries(EN.sequences)) {
      expect(Boolean(text.sequences[id]?.caution), `${id} caution`).toBe(Boolean(english.caution));
    }
  });

  it('keeps within the lengths a break screen holds, with nothing left empty', () => {
    const cautions = [...Object.values(text.exercises), ...Object.values(text.sequences)].flatMap((item) =>
      item.caution ? [item.caution] : [],
    );
    expect(cautions.filter((caution) => caution.length > CAUTION_LIMIT)).toEqual([]);
    expect(Object.entries(text.insights).filter(([, words]) => words.length > INSIGHT_LIMIT)).toEqual([]);
    const all = [
      ...Object.values(text.exercises).flatMap((item) => [item.title, item.purpose, ...item.steps]),
      ...Object.values(text.sequences).flatMap((item) => [item.title, item.purpose]),
    ];
    expect(all.filter((words) => words.trim() === '')).toEqual([]);
  });
});
