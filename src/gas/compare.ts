/**
 * The Compare sheet on a spreadsheet: finds the canvases, reads what it shows of them through one
 * staging pass, and writes the plan (its chart and best/worst highlights included). A rebuild is written
 * to a new sheet first and replaces the old one only once it is complete, so a failure half-way
 * never costs the user's notes.
 *
 * Spreadsheet calls: about 25 whatever the canvases hold, plus 2 per canvas (1 on refresh).
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
  layoutCompare,
  MAX_CANVASES,
  memoryFrom,
  MIN_CANVASES,
  parseCompareMarker,
  stagingOf,
} from '../core/compare';
import { regionName } from '../core/layout/canvas-layout';
import { parseMarker } from '../core/layout/read-canvas';
import { BlockId } from '../core/model';
import { GridRange } from '../core/plan';
import { applyEditPlan, applyPlan, insertSheetOfSize, PlanServices, replaceSheet } from './apply-plan';
import { metadataOf } from './canvas-sheet';
import { NamedRangeApi, SheetApi, SpreadsheetApi } from './spreadsheet-api';

export type CompareOutcome =
  | { ok: true; sheet: SheetApi; sheetName: string; canvases: { sheetName: string; missing: boolean }[] }
  | { ok: false; message: string };

const WORDS = {
  count: (n: number) =>
    `Pick ${MIN_CANVASES} to ${MAX_CANVASES} canvases to compare; ${n} ${n === 1 ? 'was' : 'were'} picked.`,
  badName: (i: number) => `Canvas ${i + 1} of the list is not a sheet name.`,
  twice: (name: string) => `The canvas "${name}" is picked twice; pick each canvas once.`,
  noSheet: (name: string) =>
    `There is no sheet named "${name}" in this spreadsheet (it may have been renamed or deleted).`,
  notCanvas: (name: string) => `The sheet "${name}" is not a canvas, so it cannot be compared.`,
  foreignCompare: `A sheet named "${COMPARE_SHEET_NAME}" already exists and was not made by Compare canvases. Rename it, so nothing on it is replaced, and compare again.`,
  changedShape: `The ${COMPARE_SHEET_NAME} sheet has lost rows or columns, so its notes cannot be kept safely. Rename that sheet to keep it, then compare again.`,
  noCompare: `There is no ${COMPARE_SHEET_NAME} sheet to refresh yet: use Compare canvases first.`,
  leftover: (name: string) =>
    `A sheet named "${name}" is left from an earlier refresh that did not finish. Delete or rename it, then try again.`,
} as const;

/** Builds the Compare sheet for the canvases on the named sheets, or rebuilds it, keeping the user's notes. */
export function compareCanvases(
  ss: SpreadsheetApi,
  sheetNames: readonly unknown[],
  services: PlanServices,
): CompareOutcome {
  const checked = checkedNames(sheetNames);
  if (!checked.ok) return checked;
  const old = existingCompare(ss);
  if (old.kind === 'foreign' || old.kind === 'unreadable')
    return { ok: false, message: old.kind === 'foreign' ? WORDS.foreignCompare : WORDS.changedShape };
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
  const old = existingCompare(ss);
  if (old.kind === 'none') return { ok: false, message: WORDS.noCompare };
  if (old.kind === 'foreign' || old.kind === 'unreadable')
    return { ok: false, message: old.kind === 'foreign' ? WORDS.foreignCompare : WORDS.changedShape };
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
  marker: CompareMarker;
  memory: CompareMemory;
}

type Existing = OldCompare | { kind: 'none' } | { kind: 'foreign' } | { kind: 'unreadable' };

function existingCompare(ss: SpreadsheetApi): Existing {
  const sheet = ss.getSheetByName(COMPARE_SHEET_NAME);
  if (sheet === null) return { kind: 'none' };
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === COMPARE_MARKER_KEY);
  const marker = parseCompareMarker(found ? found.getValue() : null);
  if (marker === null) return { kind: 'foreign' };
  try {
    const grid = sheet.getRange(1, 1, marker.numRows, marker.numColumns).getValues();
    return { kind: 'ours', sheet, marker, memory: memoryFrom(marker, grid) };
  } catch {
    return { kind: 'unreadable' };
  }
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
  return { canvas, source: { ...canvas, regions } };
}

function build(
  ss: SpreadsheetApi,
  found: readonly { canvas: ComparedCanvas; source: CanvasSource | null }[],
  old: OldCompare | null,
  services: PlanServices,
): CompareOutcome {
  const present = found.flatMap((f) => (f.source === null ? [] : [f.source]));
  const staging = stagingOf(present);
  const columnCount = found.length + 3;
  // Sized before anything is written: the layout's own height is known from the canvas count alone.
  const draft = layoutCompare(
    found.map((f) => ({ ...f.canvas, snapshot: null })),
    EMPTY_MEMORY,
  );
  const rowCount = Math.max(staging.numRows, draft.plan.numRows);

  const name = old === null ? COMPARE_SHEET_NAME : `${COMPARE_SHEET_NAME} (refreshed)`;
  let sheet: SheetApi;
  try {
    sheet = insertSheetOfSize(ss, name, rowCount, columnCount);
  } catch {
    return { ok: false, message: WORDS.leftover(name) };
  }

  let snapshots: CanvasSnapshot[] = [];
  if (present.length > 0 && staging.numRows > 0) {
    applyEditPlan(sheet, staging.plan);
    snapshots = staging.read(sheet.getRange(1, 1, staging.numRows, present.length).getValues());
  }
  const byPrefix = new Map(present.map((s, i) => [s.prefix, snapshots[i]]));
  const columns: CompareColumn[] = found.map((f) => ({ ...f.canvas, snapshot: byPrefix.get(f.canvas.prefix) ?? null }));

  const layout = layoutCompare(columns, old?.memory ?? EMPTY_MEMORY, rowCount);
  applyPlan(ss, sheet, layout.plan, services);
  if (old !== null) replaceSheet(ss, old.sheet, sheet, COMPARE_SHEET_NAME);
  return {
    ok: true,
    sheet,
    sheetName: COMPARE_SHEET_NAME,
    canvases: columns.map((c) => ({ sheetName: c.sheetName, missing: c.snapshot === null })),
  };
}
