/**
 * Sheets stores a date as a serial number of days since 30 December 1899, read as wall-clock time
 * in the spreadsheet's time zone. These helpers convert both ways.
 */

export interface DateParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function partsOfUtc(ms: number): DateParts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

function utcOfParts(p: Omit<DateParts, 'weekday'>): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
}

/** The wall-clock parts a serial number stands for. */
export function serialToParts(serial: number): DateParts {
  return partsOfUtc(SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY));
}

export function partsToSerial(parts: Omit<DateParts, 'weekday'>): number {
  return (utcOfParts(parts) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock parts of an instant in a time zone ("Europe/Berlin", "UTC", ...). */
export function zonedParts(date: Date, timeZone: string): DateParts {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
    millisecond: date.getTime() - Math.floor(date.getTime() / 1000) * 1000,
  };
  return { ...wall, weekday: new Date(utcOfParts(wall)).getUTCDay() };
}

/** The instant at which a time zone's clock shows the given parts. */
export function zonedInstant(parts: Omit<DateParts, 'weekday'>, timeZone: string): Date {
  const asUtc = utcOfParts(parts);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const offset = utcOfParts(zonedParts(new Date(guess), timeZone)) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

export function dateToSerial(date: Date, timeZone: string): number {
  return partsToSerial(zonedParts(date, timeZone));
}

export function serialToDate(serial: number, timeZone: string): Date {
  return zonedInstant(serialToParts(serial), timeZone);
}
