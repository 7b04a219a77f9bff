/** Writes to a rectangle of a sheet: values, or fills. */
import { GridRange } from '../plan';
import { EditValue } from './cells';

export interface ValueWrite {
  range: GridRange;
  values: EditValue[][];
  /** Per column of the range: formatted as plain text, so strings go in without an apostrophe. */
  plainText: boolean[];
}

export interface FillWrite {
  range: GridRange;
  colors: string[][];
}
