/**
 * Languages written right to left, by their primary subtag. Intl.Locale's
 * textInfo would say so, but Firefox does not have it.
 */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction a language is written in, for a page's `dir`: "pt-BR" is ltr, "ar" and "he-IL" rtl. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
