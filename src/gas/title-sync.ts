/**
 * One name everywhere: a canvas's title typed into its title cell (A1) renames its sheet tab, so
 * the sidebar, Compare, the toasts and the tab all say the same. Runs on every edit, so a cell that
 * is not a title costs nothing but reading the event's cell address.
 */
import { sheetNameFor, uniqueName } from '../core/layout/names';
import { renameSheet } from './apply-plan';
import { metadataOf } from './canvas-sheet';
import { RangeApi, SpreadsheetApi } from './spreadsheet-api';

/** What Apps Script hands onEdit: the cell edited and, for one cell, what it holds now. */
export interface TitleEdit {
  range: RangeApi;
  value?: unknown;
  source: SpreadsheetApi;
}

/** Renames the tab after the title typed into a canvas's A1; returns the new tab name, or null. */
export function tabFollowsTitle(e: TitleEdit): string | null {
  if (e.range.getA1Notation() !== 'A1' || typeof e.value !== 'string') return null;
  const sheet = e.range.getSheet();
  if (metadataOf(sheet).marker === null) return null;
  const title = e.value.trim();
  if (title === '') return null;
  const current = sheet.getName();
  // A character a tab cannot hold becomes a space, as for a new canvas's tab.
  const wanted = sheetNameFor(title);
  if (wanted === current) return null;
  const name = uniqueName(wanted, (n) => n !== current && e.source.getSheetByName(n) !== null);
  if (name === current) return null;
  renameSheet(sheet, name);
  return name;
}
