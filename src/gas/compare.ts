/**
 * The Compare sheet on a spreadsheet: finds the canvases, reads what it shows of them through one
 * staging pass, and writes the plan (its chart and best/worst highlights included). A rebuild is written
 * to a new sheet first and replaces the old one only once it is complete, so a failure half-way
 * never costs the user's notes.
 *
 * The sheets it makes are known by their developer metadata, never by their names: a sheet of the
 * user's called Compare, or "Compare (refreshed)", is left alone and another name is taken.
 *
 * Spreadsheet calls: about 30 whatever the canvases hold, plus 2 per canvas (1 on refresh).
 */
import {
  CanvasSnapshot,
  CanvasSource,
  COMPARE_MARKER_KEY,
  COMPARE_SHEET_NAME,
  COMPARED_BLOCKS,
  CompareColumn,
  ComparedCanvas,
  CompareMarker,
  CompareMemory,
  EMPTY_MEMORY,
  HEADERS,
  layoutCompare,
  MAX_CANVASES,
  memoryFrom,
  MIN_CANVASES,
  parseCompareMarker,
  Staging,
  stagingOf,
} from '../core/compare';
import { regionName } from '../core/layout/canvas-layout';
import { parseMarker } from '../core/layout/read-canvas';
import { BlockId } from '../core/model';
import { GridRange } from '../core/plan';
import { localeFacts } from '../core/locale';
import { applyEditPlan, applyPlan, insertSheetOfSize, PlanServices, replaceSheet } from './apply-plan';
import { metadataOf } from './canvas-sheet';
import { NamedRangeApi, SheetApi, SpreadsheetApi } from './spreadsheet-api';

export type CompareOutcome =
  | {
      ok: true;
      sheet: SheetApi;
      sheetName: string;
      canvases: { sheetName: string; missing: boolean }[];
      /** Text from rows or columns the user added, now kept at the bottom of the sheet. */
      kept: number;
      /** What could not be kept, in words. */
      notices: string[];
    }
  | { ok: false; message: string };

const WORDS = {
  count: (n: number) =>
    `Pick ${MIN_CANVASES} to ${MAX_CANVASES} canvases to compare; ${n} ${n === 1 ? 'was' : 'were'} picked.`,
  badName: (i: number) => `Canvas ${i + 1} of the list is not a sheet name.`,
  twice: (name: string) => `The canvas "${name}" is picked twice; pick each canvas once.`,
  noSheet: (name: string) =>
    `There is no sheet named "${name}" in this spreadsheet (it may have been renamed or deleted).`,
  notCanvas: (name: string) => `The sheet "${name}" is not a canvas, so it cannot be compared.`,
  noKeys: (name: string) =>
    `The "${HEADERS.key}" column of the sheet "${name}" was deleted, so its notes cannot be matched to their rows. Rename that sheet to keep it, then compare again.`,
  noCompare: `There is no ${COMPARE_SHEET_NAME} sheet to refresh yet: use Compare canvases first.`,
  noName: (name: string) =>
    `No free sheet name like "${name}" was found. Rename or delete some of those sheets, then try again.`,
  refused: (reason: string) =>
    `Sheets refused part of the comparison (${reason}), so its new sheet was removed again; nothing else was changed.`,
} as const;

/** Builds the Compare sheet for the canvases on the named sheets, or rebuilds it, keeping the user's notes. */
export function compareCanvases(
  ss: SpreadsheetApi,
  sheetNames: readonly unknown[],
  services: PlanServices,
): CompareOutcome {
  const checked = checkedNames(sheetNames);
  if (!checked.ok) return checked;
  const old = existingCompare(ss, false);
  if (old.kind === 'unreadable') return { ok: false, message: WORDS.noKeys(old.name) };
  const named = namedRangesByName(ss);
  const canvases: ComparedCanvas[] = [];
  for (const name of checked.names) {
    const sheet = ss.getSheetByName(name);
    if (sheet === null) return { ok: false, message: WORDS.noSheet(name) };
    const marker = parseMarker(() => name, metadataOf(sheet).marker);
    if (typeof marker === 'string') return { ok: false, message: WORDS.notCanvas(name) };
    canvases.push({ sheetName: name, prefix: marker.prefix });
  }
  const sources = canvases.map((c) => sourceOf(c, named));
  return build(ss, sources, old.kind === 'ours' ? old : null, services);
}

/** Rebuilds the Compare sheet for the canvases it compares, following renames; a deleted canvas shows as missing. */
export function refreshCompare(ss: SpreadsheetApi, services: PlanServices): CompareOutcome {
  const old = existingCompare(ss, true);
  if (old.kind === 'none') return { ok: false, message: WORDS.noCompare };
  if (old.kind === 'unreadable') return { ok: false, message: WORDS.noKeys(old.name) };
  const named = namedRangesByName(ss);
  const sources = old.marker.canvases.map((c) => {
    const anchor = named.get(regionName(c.prefix, 'keyPartners').toLowerCase());
    const sheetName = anchor === undefined ? null : sheetNameOf(anchor);
    return sheetName === null ? { canvas: c, source: null } : sourceOf({ sheetName, prefix: c.prefix }, named);
  });
  return build(ss, sources, old, services);
}

interface OldCompare {
  kind: 'ours';
  sheet: SheetApi;
  name: string;
  marker: CompareMarker;
  memory: CompareMemory;
}

type Existing = OldCompare | { kind: 'none' } | { kind: 'unreadable'; name: string };

/** The sheet's Compare marker, or null: one call. */
function compareMarkerOf(sheet: SheetApi): CompareMarker | null {
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === COMPARE_MARKER_KEY);
  return found === undefined ? null : parseCompareMarker(found.getValue());
}

/**
 * The Compare sheet, known by its marker: the sheet named Compare when it carries one, else (when
 * a sheet of the user's has that name, or when `renamed` and none has) the first sheet that does.
 */
function existingCompare(ss: SpreadsheetApi, renamed: boolean): Existing {
  const named = ss.getSheetByName(COMPARE_SHEET_NAME);
  const marker = named === null ? null : compareMarkerOf(named);
  if (named !== null && marker !== null) return readOld(named, COMPARE_SHEET_NAME, marker);
  if (named === null && !renamed) return { kind: 'none' };
  for (const sheet of ss.getSheets()) {
    const found = compareMarkerOf(sheet);
    if (found !== null) return readOld(sheet, sheet.getName(), found);
  }
  return { kind: 'none' };
}

function readOld(sheet: SheetApi, name: string, marker: CompareMarker): Existing {
  try {
    const memory = memoryFrom(marker, sheet.getDataRange().getValues());
    return memory === null ? { kind: 'unreadable', name } : { kind: 'ours', sheet, name, marker, memory };
  } catch {
    return { kind: 'unreadable', name };
  }
}

/**
 * A new sheet under the first free name `nameOf(1)`, `nameOf(2)`, …, carrying the Compare marker
 * from its first call: a sheet of the user's is never taken for ours, nor touched, whatever its name.
 */
function insertMarkedSheet(
  ss: SpreadsheetApi,
  nameOf: (n: number) => string,
  marker: string,
  numRows: number,
  numColumns: number,
): { sheet: SheetApi; name: string } | null {
  for (let n = 1; n <= 20; n++) {
    const name = nameOf(n);
    let sheet: SheetApi;
    try {
      sheet = insertSheetOfSize(ss, name, numRows, numColumns);
    } catch {
      // Apps Script refuses a name in use: the next one is tried.
      continue;
    }
    sheet.addDeveloperMetadata(COMPARE_MARKER_KEY, marker);
    return { sheet, name };
  }
  return null;
}

/** The names picked, each a sheet name given once, or why they cannot be compared. */
function checkedNames(names: readonly unknown[]): { ok: true; names: string[] } | { ok: false; message: string } {
  const refused = (message: string): { ok: false; message: string } => ({ ok: false, message });
  if (!Array.isArray(names) || names.length < MIN_CANVASES || names.length > MAX_CANVASES) {
    return refused(WORDS.count(Array.isArray(names) ? names.length : 0));
  }
  const seen: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name !== 'string' || name.trim() === '') return refused(WORDS.badName(i));
    if (seen.includes(name)) return refused(WORDS.twice(name));
    seen.push(name);
  }
  return { ok: true, names: seen };
}

function namedRangesByName(ss: SpreadsheetApi): Map<string, NamedRangeApi> {
  return new Map(ss.getNamedRanges().map((n) => [n.getName().toLowerCase(), n]));
}

/** The sheet a named range is on, or null when its sheet is gone. */
function sheetNameOf(n: NamedRangeApi): string | null {
  try {
    return n.getRange().getSheet().getName();
  } catch {
    return null;
  }
}

function sourceOf(
  canvas: ComparedCanvas,
  named: Map<string, NamedRangeApi>,
): { canvas: ComparedCanvas; source: CanvasSource } {
  const regions: Partial<Record<BlockId, GridRange>> = {};
  for (const block of COMPARED_BLOCKS) {
    const n = named.get(regionName(canvas.prefix, block).toLowerCase());
    if (n === undefined) continue;
    const r = n.getRange();
    regions[block] = { row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() };
  }
  const revenue = named.get(`${canvas.prefix}_Revenue`.toLowerCase())?.getRange();
  const revenueAt = revenue === undefined ? null : { row: revenue.getRow(), column: revenue.getColumn() };
  return { canvas, source: { ...canvas, regions, revenueAt } };
}

function build(
  ss: SpreadsheetApi,
  found: readonly { canvas: ComparedCanvas; source: CanvasSource | null }[],
  old: OldCompare | null,
  services: PlanServices,
): CompareOutcome {
  const present = found.flatMap((f) => (f.source === null ? [] : [f.source]));
  const staging = stagingOf(present);
  const columnCount = found.length + 6;
  // Sized before anything is written: the layout's own height is known from the canvas count alone.
  const draft = layoutCompare(
    found.map((f) => ({ ...f.canvas, snapshot: null })),
    EMPTY_MEMORY,
  );
  const rowCount = Math.max(staging.numRows, draft.plan.numRows);

  const base = old === null ? COMPARE_SHEET_NAME : `${old.name} (refreshed`;
  const nameOf = (n: number) =>
    old === null ? (n === 1 ? base : `${base} ${n}`) : n === 1 ? `${base})` : `${base} ${n})`;
  const made = insertMarkedSheet(ss, nameOf, JSON.stringify(draft.marker), rowCount, columnCount);
  if (made === null) return { ok: false, message: WORDS.noName(nameOf(1)) };
  const { sheet, name } = made;
  try {
    return filled(ss, sheet, name, found, present, staging, old, rowCount, services);
  } catch (err) {
    ss.deleteSheet(sheet);
    return { ok: false, message: WORDS.refused(err instanceof Error ? err.message : String(err)) };
  }
}

/** Reads the canvases through the staging formulas on the new sheet, then lays the comparison over them. */
function filled(
  ss: SpreadsheetApi,
  sheet: SheetApi,
  name: string,
  found: readonly { canvas: ComparedCanvas; source: CanvasSource | null }[],
  present: readonly CanvasSource[],
  staging: Staging,
  old: OldCompare | null,
  rowCount: number,
  services: PlanServices,
): CompareOutcome {
  const locale = localeFacts(ss.getSpreadsheetLocale());
  let snapshots: CanvasSnapshot[] = [];
  if (present.length > 0 && staging.numRows > 0) {
    applyEditPlan(ss, sheet, staging.plan, locale);
    snapshots = staging.read(sheet.getRange(1, 1, staging.numRows, present.length).getValues());
  }
  const byPrefix = new Map(present.map((s, i) => [s.prefix, snapshots[i]]));
  const columns: CompareColumn[] = found.map((f) => ({
    ...f.canvas,
    snapshot: byPrefix.get(f.canvas.prefix) ?? null,
    revenueAt: f.source?.revenueAt ?? null,
  }));

  const layout = layoutCompare(columns, old?.memory ?? EMPTY_MEMORY, rowCount);
  // The marker went on with the sheet, before anything else.
  applyPlan(ss, sheet, { ...layout.plan, metadata: {} }, services, locale);
  if (old !== null) replaceSheet(ss, old.sheet, sheet, old.name);
  return {
    ok: true,
    sheet,
    sheetName: old?.name ?? name,
    canvases: columns.map((c) => ({ sheetName: c.sheetName, missing: c.snapshot === null })),
    kept: old?.memory.newlyKept ?? 0,
    notices: old?.memory.notices ?? [],
  };
}
