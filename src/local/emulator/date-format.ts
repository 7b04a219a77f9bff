/**
 * Displays a date serial number under a Sheets date/time format: yyyy yy mmmm mmm mm m dddd ddd
 * dd d hh h mm ss .000 AM/PM a/p; "m" right after an hour or right before seconds means minutes.
 * Quoted text and \x escapes are literal; brackets ([h], colours) are dropped.
 */
import { MONTH_NAMES, WEEKDAY_NAMES, serialToParts } from './dates';
import { splitSections } from './format-sections';

type DateToken = { code: string } | { text: string };

function tokenizeDate(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close < 0 ? pattern.length : close;
      tokens.push({ text: pattern.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      tokens.push({ text: pattern[i + 1] ?? '' });
      i++;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      i = close < 0 ? pattern.length : close;
    } else if (/^(am\/pm|a\/p)/i.test(pattern.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(pattern.slice(i)) as RegExpExecArray;
      tokens.push({ code: m[1].toLowerCase() });
      i += m[1].length - 1;
    } else if ('ymdhs'.includes(lower)) {
      let j = i;
      while (pattern[j + 1]?.toLowerCase() === lower) j++;
      tokens.push({ code: pattern.slice(i, j + 1).toLowerCase() });
      i = j;
    } else if (ch === '.' && pattern[i + 1] === '0') {
      let j = i + 1;
      while (pattern[j + 1] === '0') j++;
      tokens.push({ code: pattern.slice(i, j + 1) });
      i = j;
    } else {
      tokens.push({ text: ch });
    }
  }
  return tokens;
}

function isMinuteContext(tokens: DateToken[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i];
    if ('code' in t) {
      if (t.code.startsWith('h')) return true;
      break;
    }
  }
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if ('code' in t) return t.code.startsWith('s');
  }
  return false;
}

export function formatDateSerial(serial: number, pattern: string): string {
  const p = serialToParts(serial);
  const tokens = tokenizeDate(splitSections(pattern)[0]);
  const twelveHour = tokens.some((t) => 'code' in t && (t.code === 'am/pm' || t.code === 'a/p'));
  const hour = twelveHour ? ((p.hour + 11) % 12) + 1 : p.hour;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return tokens
    .map((t, i) => {
      if ('text' in t) return t.text;
      const c = t.code;
      if (c.startsWith('y')) return c.length <= 2 ? pad(p.year % 100, 2) : String(p.year);
      if (c.startsWith('m') && c.length <= 2 && isMinuteContext(tokens, i)) return pad(p.minute, c.length);
      if (c.startsWith('m')) {
        if (c.length >= 4) return MONTH_NAMES[p.month - 1];
        if (c.length === 3) return MONTH_NAMES[p.month - 1].slice(0, 3);
        return pad(p.month, c.length);
      }
      if (c.startsWith('d')) {
        if (c.length >= 4) return WEEKDAY_NAMES[p.weekday];
        if (c.length === 3) return WEEKDAY_NAMES[p.weekday].slice(0, 3);
        return pad(p.day, c.length);
      }
      if (c.startsWith('h')) return pad(hour, Math.min(c.length, 2));
      if (c.startsWith('s')) return pad(p.second, Math.min(c.length, 2));
      if (c === 'am/pm') return p.hour < 12 ? 'AM' : 'PM';
      if (c === 'a/p') return p.hour < 12 ? 'A' : 'P';
      return c.startsWith('.') ? `.${pad(p.millisecond, 3).slice(0, c.length - 1)}` : c;
    })
    .join('');
}
