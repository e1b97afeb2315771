import { describe, expect, it } from 'vitest';
import { libraryFallsBackToEnglish, libraryLanguage } from './language';

describe('the library language for the pages’ language', () => {
  const written = ['en', 'pt', 'pt-BR', 'de', 'zh-TW'];

  it('is the language and region when the library is written in it', () => {
    expect(libraryLanguage('pt-BR', written)).toBe('pt-BR');
    expect(libraryLanguage('zh-TW', written)).toBe('zh-TW');
  });

  it('is the language alone when its region has no text of its own', () => {
    expect(libraryLanguage('pt-PT', written)).toBe('pt');
    expect(libraryLanguage('de-AT', written)).toBe('de');
    expect(libraryLanguage('de', written)).toBe('de');
  });

  it('is English when neither is written, and says so only for pages not in English', () => {
    expect(libraryLanguage('ja', written)).toBe('en');
    expect(libraryLanguage('zh-CN', ['en', 'zh-TW'])).toBe('en');
    expect(libraryFallsBackToEnglish('ja', written)).toBe(true);
    expect(libraryFallsBackToEnglish('en', written)).toBe(false);
    expect(libraryFallsBackToEnglish('en-GB', written)).toBe(false);
    expect(libraryFallsBackToEnglish('de', written)).toBe(false);
  });

  it('compares codes without regard to case', () => {
    expect(libraryLanguage('PT-br', written)).toBe('pt-BR');
  });
});
