/**
 * Utilities.formatDate with Java SimpleDateFormat patterns: y, M (M, MM, MMM, MMMM), d, E (EEE,
 * EEEE), H, h, m, s, S, a, Z/X (offset), z (offset as GMT+hh:mm), 'quoted text' and '' for '.
 */
import { MONTH_NAMES, WEEKDAY_NAMES, zonedParts } from './dates';

function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((wall - date.getTime()) / 60_000);
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      const end = close < 0 ? pattern.length : close;
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTH_NAMES[p.month - 1] : n === 3 ? MONTH_NAMES[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'E':
        out += n >= 4 ? WEEKDAY_NAMES[p.weekday] : WEEKDAY_NAMES[p.weekday].slice(0, 3);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'h':
        out += pad(((p.hour + 11) % 12) + 1, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offsetText(offsetMinutes(date, timeZone), false);
        break;
      case 'X':
        out += offsetText(offsetMinutes(date, timeZone), n >= 3);
        break;
      case 'z':
        out += `GMT${offsetText(offsetMinutes(date, timeZone), true)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
