/** Writes to a rectangle of a sheet: values, fills, or number formats. */
import { GridRange } from '../plan';
import { EditValue } from './cells';

export interface ValueWrite {
  range: GridRange;
  /** Strings are the user's text: the adapter writes them so that they stay text. */
  values: EditValue[][];
}

export interface FillWrite {
  range: GridRange;
  colors: string[][];
}

export interface NumberFormatWrite {
  range: GridRange;
  formats: string[][];
}
