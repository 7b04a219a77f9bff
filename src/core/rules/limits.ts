/**
 * How long a text may be, in characters. One record for every check: the JSON import, the
 * sidebar's requests and its fields as typed (it is sent with the sidebar guide), and the schema.
 */

/** Google Sheets' own limit on a sheet's name. */
export const SHEET_NAME_LENGTH = 100;

export const LIMITS = Object.freeze({
  /**
   * Longest note, stream name, cost name or segment link. Far below the 50,000 characters a
   * Sheets cell holds, so that a canvas stays readable and its rows keep a sane height.
   */
  textLength: 1000,
  /** Longest category of a note. */
  categoryLength: 100,
  /** Longest scenario name: it heads a column of the what-ifs and is picked from a dropdown. */
  scenarioNameLength: 40,
  /** Longest canvas name: the name becomes the sheet's name. */
  canvasNameLength: SHEET_NAME_LENGTH,
  /** Longest sheet name a request may name. */
  sheetNameLength: SHEET_NAME_LENGTH,
});

export type FieldLimits = { readonly [K in keyof typeof LIMITS]: number };
export type LimitName = keyof FieldLimits;
