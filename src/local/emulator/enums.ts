/**
 * Apps Script enums. Each value is its own name as a string, which is what a real enum value
 * prints as; the casts let them pass where the add-on's types expect the real enum.
 */

function enumOf<T>() {
  return <const K extends string>(names: readonly K[]): Readonly<Record<K, T>> =>
    Object.freeze(Object.fromEntries(names.map((n) => [n, n as unknown as T])) as Record<K, T>);
}

export const BorderStyle = enumOf<GoogleAppsScript.Spreadsheet.BorderStyle>()([
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);

export const DataValidationCriteria = enumOf<GoogleAppsScript.Spreadsheet.DataValidationCriteria>()([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const ChartType = enumOf<GoogleAppsScript.Charts.ChartType>()([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);

export const Dimension = enumOf<GoogleAppsScript.Spreadsheet.Dimension>()(['COLUMNS', 'ROWS']);

export const WrapStrategy = enumOf<GoogleAppsScript.Spreadsheet.WrapStrategy>()(['WRAP', 'OVERFLOW', 'CLIP']);

export const AuthMode = enumOf<GoogleAppsScript.Script.AuthMode>()(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

export const Button = enumOf<GoogleAppsScript.Base.Button>()(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

export const ButtonSet = enumOf<GoogleAppsScript.Base.ButtonSet>()(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export const SandboxMode = enumOf<GoogleAppsScript.HTML.SandboxMode>()(['EMULATED', 'IFRAME', 'NATIVE']);

export const XFrameOptionsMode = enumOf<GoogleAppsScript.HTML.XFrameOptionsMode>()(['ALLOWALL', 'DEFAULT']);

export const ChartMergeStrategy = enumOf<GoogleAppsScript.Charts.ChartMergeStrategy>()(['MERGE_COLUMNS', 'MERGE_ROWS']);
