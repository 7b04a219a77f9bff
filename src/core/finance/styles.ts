/** How finance cells look: one convention for inputs, shown in the panel's legend. */
import { planMoneyFormat } from '../money';
import { CellFormat } from '../plan';

/** Inputs: a pale fill and blue text, the usual analyst convention. Same fill as the canvas header's inputs. */
export const INPUT_FILL = '#fffde7';
export const INPUT_FONT = '#1155cc';
export const INPUT_STYLE: Partial<CellFormat> = { background: INPUT_FILL, fontColor: INPUT_FONT };
export const TEXT_INPUT_STYLE: Partial<CellFormat> = { ...INPUT_STYLE, numberFormat: '@' };
/**
 * A stream's Segment cell is the segment's swatch: it takes the segment's colour, so its input blue
 * is a darker one that reads 4.5:1 on every segment colour and on the input fill.
 */
export const SWATCH_INPUT_FONT = '#0d3178';

/** Calculations: black text on the block's own colour. */
export const CALCULATED_STYLE: Partial<CellFormat> = { fontColor: '#202124' };

/** Column headers wrap at their spaces: a header never runs over, or is cut off by, its neighbour. */
export const COLUMN_HEADER_STYLE: Partial<CellFormat> = {
  fontSize: 8,
  fontColor: '#5f6368',
  fontWeight: 'bold',
  wrap: true,
};
export const TITLE_STYLE: Partial<CellFormat> = { fontSize: 14, fontWeight: 'bold', fontColor: '#202124', wrap: false };
export const SECTION_STYLE: Partial<CellFormat> = {
  fontSize: 11,
  fontWeight: 'bold',
  fontColor: '#202124',
  wrap: false,
};
export const LABEL_STYLE: Partial<CellFormat> = { fontColor: '#202124', wrap: false };
export const UNIT_STYLE: Partial<CellFormat> = { fontSize: 8, fontColor: '#5f6368', wrap: false };
export const CHECK_STYLE: Partial<CellFormat> = { fontWeight: 'bold', fontColor: '#202124', wrap: false };

export type ValueKind = 'money' | 'ratio' | 'months' | 'count' | 'units' | 'multiple' | 'text';

/**
 * A number format showing amounts in `currency`: its symbol when well known, else the code. Placed
 * as en_US places it; the plan is applied in the spreadsheet's locale (`numberFormatInLocale`).
 */
export function currencyFormat(currency: string): string {
  return planMoneyFormat(currency);
}

/** Number formats of driver inputs: prices and amounts keep up to four decimals (CPMs, shares). */
export const DRIVER_FORMAT = '#,##0.00##';
/** A driver that is a share (a take rate, a share of revenue): a percent, keeping what was typed. */
export const SHARE_DRIVER_FORMAT = '0.0##%';

export function numberFormatOf(kind: ValueKind, currency: string): string | null {
  switch (kind) {
    case 'money':
      return currencyFormat(currency);
    case 'ratio':
      return '0.0%';
    case 'months':
      return '0.0';
    case 'count':
      return '0';
    case 'units':
      return '#,##0.00';
    case 'multiple':
      return '0.00';
    case 'text':
      return null;
  }
}
