import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSIGHTS } from '@/content/insights';
import en from '@/content/text/en';
import { EXERCISE_KINDS, NEEDS, THEMES } from '@/content/types';
import { ownContentArb } from '@/tests/support/arbitraries';
import {
  checkOwnContent,
  checkOwnExercise,
  deleteOwn,
  NO_OWN_CONTENT,
  newOwnId,
  OWN_LIMITS,
  type OwnContent,
  ownLibrary,
  parseOwnContent,
  putOwn,
  withOwnTitles,
} from './own';
import { pickExercise, pickInsight } from './select';

const insight = { id: 'own-a1', theme: 'daily', text: 'I can put the phone in the drawer.' } as const;
const exercise = {
  id: 'own-b2',
  title: 'Window minute',
  kind: 'eyes',
  steps: [
    { text: 'Find the furthest thing outside.', seconds: 30 },
    { text: 'Let your eyes rest on it.', seconds: 30 },
  ],
  needs: ['tired'],
  caution: 'Skip it if your eyes hurt.',
} as const;
const own: OwnContent = {
  insights: [insight],
  exercises: [{ ...exercise, steps: [...exercise.steps], needs: ['tired'] }],
  gone: {},
};

describe("a person's own insights and exercises", () => {
  it('read back whatever the editor can save, and checked whole as import checks them (property)', () => {
    fc.assert(
      fc.property(ownContentArb, (content) => {
        const stored = JSON.parse(JSON.stringify(content));
        expect(parseOwnContent(stored)).toEqual(content);
        expect(checkOwnContent(stored)).toEqual(content);
      }),
    );
  });

  it('refuse what is too long, empty, of no known kind, or not an own id', () => {
    const bad = [
      { ...exercise, title: '' },
      { ...exercise, title: 'x'.repeat(OWN_LIMITS.titleChars + 1) },
      { ...exercise, kind: 'juggling' },
      { ...exercise, id: 'box-breathing' },
      { ...exercise, steps: [] },
      { ...exercise, steps: [{ text: 'Hold.', seconds: 4 }] },
      { ...exercise, steps: Array.from({ length: OWN_LIMITS.steps + 1 }, () => ({ text: 'Breathe.', seconds: 10 })) },
      { ...exercise, steps: [{ text: 'a\u0007b', seconds: 30 }] },
      { ...exercise, needs: ['hungry'] },
      { ...exercise, caution: '   ' },
    ];
    for (const item of bad) expect(checkOwnExercise(item), JSON.stringify(item)).toBeNull();
    expect(checkOwnContent({ ...own, insights: [{ ...insight, text: 'x'.repeat(181) }] })).toBeNull();
    expect(checkOwnContent({ ...own, exercises: [{ ...exercise, id: insight.id }] })).toBeNull();
    // Markup is only text: it is kept as typed and shown as text.
    expect(
      checkOwnContent({ ...own, insights: [{ ...insight, text: '<img src=x onerror=alert(1)>' }] }),
    ).not.toBeNull();
  });

  it('from damaged storage, keeps every valid item and leaves out the rest', () => {
    const stored = { insights: [insight, { id: 'own-x', text: 7 }], exercises: 'many', gone: { 'own-c': 'Old walk' } };
    expect(parseOwnContent(stored)).toEqual({ insights: [insight], exercises: [], gone: { 'own-c': 'Old walk' } });
    expect(parseOwnContent(null)).toEqual(NO_OWN_CONTENT);
  });

  it('join the rotation as the library’s types; with "only my own" they are the rotation', () => {
    const lib = ownLibrary(own);
    const base = { breakSeconds: 180, disabledKinds: [], disabledThemes: [], shownInsightIds: [], random: 0.99 };
    const only = { ...base, own: { ...lib, only: true } };
    expect(pickInsight(only).id).toBe('own-a1');
    expect(pickExercise(pickInsight(only), only).id).toBe('own-b2');
    // Beside the library, every one of them can come up.
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) seen.add(pickInsight({ ...base, random: i / 400, own: { ...lib, only: false } }).id);
    expect(seen.has('own-a1')).toBe(true);
    expect(seen.size).toBeGreaterThan(50);
    expect(lib.text.exercises['own-b2']).toEqual({
      title: 'Window minute',
      purpose: '',
      steps: ['Find the furthest thing outside.', 'Let your eyes rest on it.'],
      caution: 'Skip it if your eyes hurt.',
    });
  });

  it('are edited in place, and a deleted exercise keeps its title for history', () => {
    const edited = putOwn(own, 'insights', { ...insight, text: 'The drawer works.' });
    expect(edited.insights).toEqual([{ ...insight, text: 'The drawer works.' }]);
    const gone = deleteOwn(edited, 'own-b2');
    expect(gone.exercises).toEqual([]);
    expect(withOwnTitles(en, gone).exercises['own-b2']?.title).toBe('Window minute');
    expect(newOwnId(gone, 36)).toBe('own-10');
    // An id of a deleted one is never given again: history would name the wrong exercise.
    expect(newOwnId({ ...gone, gone: { 'own-10': 'x' } }, 36)).toBe('own-11');
  });

  it('use only the library’s words for themes, kinds and needs', () => {
    const lib = ownLibrary(own);
    expect(THEMES).toContain(lib.insights[0]?.theme);
    expect(EXERCISE_KINDS).toContain(lib.exercises[0]?.kind);
    expect(lib.exercises[0]?.needs.every((need) => NEEDS.includes(need))).toBe(true);
    expect(INSIGHTS.some((item) => item.id.startsWith('own-'))).toBe(false);
  });
});
