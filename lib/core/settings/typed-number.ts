/**
 * What a person types as numbers, read in any script their keyboard gives:
 * Arabic-Indic (٥), Persian (۵), Devanagari (५), Bengali, Thai and full-width
 * (５) digits as 0-9, and the Arabic (،), ideographic (、) and full-width (，)
 * commas as a comma, so "٥، ١٠" is "5, 10".
 */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const COMMAS = /[\u060C\u3001\uFF0C]/g;

export function typedNumbers(text: string): string {
  return text.replace(COMMAS, ',').replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = ZEROS.find((start) => code >= start && code < start + 10);
    return zero === undefined ? digit : String(code - zero);
  });
}
