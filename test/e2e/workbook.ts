import type { EmuSpreadsheet } from '../../src/local/emulator';

/** Every sheet's name and values, to show that an action changed nothing it should not. */
export function workbookContents(ss: EmuSpreadsheet): { name: string; values: unknown[][] }[] {
  return ss.getSheets().map((sheet) => ({ name: sheet.getName(), values: sheet.getDataRange().getValues() }));
}

export function sheetNames(ss: EmuSpreadsheet): string[] {
  return ss.getSheets().map((sheet) => sheet.getName());
}
