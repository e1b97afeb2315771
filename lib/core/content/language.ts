/**
 * The library's language for the interface language shown: the exact
 * language and region if the library is written in it (pt-BR), else the
 * language alone (pt), else English, which every build has. Codes compare
 * without regard to case, as BCP 47 says.
 */
export function libraryLanguage(shown: string, written: readonly string[]): string {
  const byCode = new Map(written.map((code) => [code.toLowerCase(), code]));
  const language = shown.split('-')[0] ?? '';
  return byCode.get(shown.toLowerCase()) ?? byCode.get(language.toLowerCase()) ?? 'en';
}

/** Whether a person reading the pages in `shown` meets the library in English though the pages are not. */
export function libraryFallsBackToEnglish(shown: string, written: readonly string[]): boolean {
  return libraryLanguage(shown, written) === 'en' && shown.split('-')[0]?.toLowerCase() !== 'en';
}
