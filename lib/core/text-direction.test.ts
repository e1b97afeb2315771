import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('knows the languages written right to left, with or without a region', () => {
    for (const locale of ['ar', 'he', 'he-IL', 'fa', 'ur-PK', 'AR']) expect(textDirection(locale)).toBe('rtl');
  });

  it('writes every other language left to right', () => {
    for (const locale of ['en', 'de', 'pt-BR', 'zh-TW', 'ja', 'hi', '']) expect(textDirection(locale)).toBe('ltr');
  });
});
