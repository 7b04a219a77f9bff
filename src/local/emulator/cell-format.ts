/**
 * What a cell carries besides its content, and the defaults Sheets reports for an unformatted cell.
 */
import type { EmuDataValidation } from './data-validation';

export interface CellStyle {
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  numberFormat?: string;
}

export type StyleKey = keyof CellStyle;

export interface BorderLine {
  color: string;
  /** A BorderStyle name: "SOLID", "SOLID_MEDIUM", "DOTTED", ... */
  style: string;
}

export interface CellBorders {
  top?: BorderLine;
  left?: BorderLine;
  bottom?: BorderLine;
  right?: BorderLine;
}

export interface CellProps {
  style?: CellStyle;
  borders?: CellBorders;
  note?: string;
  validation?: EmuDataValidation;
}

/** What Range getters return for a cell with no format of its own. */
export const DEFAULT_STYLE: Required<CellStyle> = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  numberFormat: 'General',
};

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
};

/** Colours read back as Sheets gives them: lower-case #rrggbb. */
export function normaliseColour(colour: string): string {
  const c = colour.trim().toLowerCase();
  if (NAMED_COLOURS[c]) return NAMED_COLOURS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  throw new Error(`Invalid color: "${colour}"`);
}

/** Formats a new row or column copies from its neighbour: everything but the note. */
export function inheritedProps(neighbour: CellProps): CellProps | undefined {
  const { style, borders, validation } = neighbour;
  if (!style && !borders && !validation) return undefined;
  return {
    ...(style && { style: { ...style } }),
    ...(borders && { borders: { ...borders } }),
    ...(validation && { validation }),
  };
}

/** The props without empty parts; undefined when nothing is left. */
export function compactProps(props: CellProps): CellProps | undefined {
  const out: CellProps = {};
  if (props.style && Object.keys(props.style).length) out.style = props.style;
  if (props.borders && Object.keys(props.borders).length) out.borders = props.borders;
  if (props.note) out.note = props.note;
  if (props.validation) out.validation = props.validation;
  return Object.keys(out).length ? out : undefined;
}

function normaliseStyleValue<K extends StyleKey>(key: K, value: CellStyle[K]): CellStyle[K] {
  if ((key === 'background' || key === 'fontColor') && typeof value === 'string') {
    return normaliseColour(value) as CellStyle[K];
  }
  if (
    (key === 'fontWeight' || key === 'fontStyle' || key === 'horizontalAlignment' || key === 'verticalAlignment') &&
    typeof value === 'string'
  ) {
    return value.toLowerCase() as CellStyle[K];
  }
  return value;
}

/** The style with one key set, or removed when `value` is null. */
export function withStyle<K extends StyleKey>(
  style: CellStyle | undefined,
  key: K,
  value: CellStyle[K] | null,
): CellStyle {
  const next: CellStyle = { ...style };
  if (value === null || value === undefined) delete next[key];
  else next[key] = normaliseStyleValue(key, value);
  return next;
}
