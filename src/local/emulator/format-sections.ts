/** Splits a number format on ";" outside quotes, escapes and brackets: its positive;negative;zero sections. */
export function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close < 0 ? pattern.length : close;
      current += pattern.slice(i, end + 1);
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      current += pattern.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      const end = close < 0 ? pattern.length : close;
      current += pattern.slice(i, end + 1);
      i = end;
    } else if (ch === ';') {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}
