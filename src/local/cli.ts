/**
 * The `bmc` command line. It lays canvases out with the add-on's own code (writeNewCanvas, and
 * compareCanvases for two or more) on the in-memory spreadsheet, then saves that workbook as .xlsx
 * or prints the KPIs it computed.
 *
 *   bmc export IN.json [MORE.json ...] OUT.xlsx   one sheet per canvas, formulas and all, plus Compare
 *   bmc export --template ID OUT.xlsx              a template from the gallery
 *   bmc export ... --force                         replace OUT.xlsx if it exists
 *   bmc kpis IN.json                               the canvas's KPIs as JSON
 *   bmc templates                                  the templates, one a line: id, then title
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CanvasDocument, parseCanvasJson } from '../core/canvas-json';
import { KPIS } from '../core/finance/kpis';
import { financeLayout, KpiKey } from '../core/finance/layout';
import { Canvas } from '../core/model';
import { templateCanvas, templateLines, unknownTemplateMessage } from '../core/patterns/sheet';
import { readCanvas, writeNewCanvas } from '../gas/canvas-sheet';
import { servicesFrom } from '../gas/apply-plan';
import { compareCanvases } from '../gas/compare';
import { SheetApi } from '../gas/spreadsheet-api';
import { createAppsScriptGlobals } from './emulator';
import { writeXlsx } from './xlsx';

export const USAGE = `Usage:
  bmc export IN.json [MORE.json ...] OUT.xlsx   Lay out each canvas as the add-on does and save the workbook;
                                                 two or more canvases also get a Compare sheet.
  bmc export --template ID OUT.xlsx              The same for a template (mix freely with IN.json files).
                                                 An existing OUT.xlsx is kept unless --force is given.
  bmc kpis IN.json                               Print the canvas's KPIs as JSON.
  bmc templates                                  List the templates: id, then title, one a line.

IN.json is a canvas document (docs/canvas.schema.json).`;

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** A failure the user can act on: printed as is, without a stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function readCanvasFile(path: string): CanvasDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${fileErrorReason(e, 'no such file')}`);
  }
  // Windows editors save UTF-8 with a byte-order mark, which JSON itself does not allow.
  const parsed = parseCanvasJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok)
    throw new CliError(`${path} is not a valid canvas:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`);
  return parsed.canvas;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A fresh in-memory spreadsheet holding one sheet per canvas, laid out by the add-on, and for two
 * or more canvases the Compare sheet that lines them up (null for one).
 */
export function emulatedWorkbook(canvases: Canvas[], createdOn = today()) {
  const globals = createAppsScriptGlobals({ spreadsheetOptions: { blank: true } });
  const services = servicesFrom(globals);
  const sheets = canvases.map((canvas) => writeNewCanvas(globals.spreadsheet, canvas, createdOn, services));
  let compare: SheetApi | null = null;
  if (sheets.length > 1) {
    const outcome = compareCanvases(
      globals.spreadsheet,
      sheets.map((s) => s.getName()),
      services,
    );
    if (!outcome.ok) throw new CliError(`cannot compare the canvases: ${outcome.message}`);
    compare = outcome.sheet;
  }
  return { globals, sheets, compare };
}

export type KpiValue = number | string | boolean | null;

export interface KpiReport {
  canvas: string;
  currency: string;
  /** The master check: "OK" or the first check that fails. */
  check: KpiValue;
  kpis: Record<KpiKey, KpiValue>;
}

/** The KPIs a canvas sheet shows, read from the sheet after it computed them. */
export function kpiReport(sheet: SheetApi): KpiReport {
  const read = readCanvas(sheet);
  if (!read.ok) throw new CliError(`the canvas did not read back: ${read.problems.join('; ')}`);
  const layout = financeLayout(read.finance);
  const values = sheet.getRange(1, 1, layout.lastRow, 15).getValues();
  const at = (p: { row: number; column: number }): KpiValue => values[p.row - 1][p.column - 1] as KpiValue;
  const kpis = {} as Record<KpiKey, KpiValue>;
  for (const key of Object.keys(KPIS) as KpiKey[]) kpis[key] = at(layout.kpis[key].value);
  return { canvas: read.canvas.name, currency: read.canvas.currency, check: at(layout.master.value), kpis };
}

/** A canvas to export, and how the summary line names where it came from. */
interface ExportSource {
  canvas: Canvas;
  from: string;
}

/** The export's sources in the order given: IN.json files and `--template ID` pairs. */
function exportSources(args: string[]): ExportSource[] {
  const sources: ExportSource[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--template') {
      sources.push({ canvas: readCanvasFile(args[i]), from: basename(args[i]) });
      continue;
    }
    const id = args[++i];
    if (id === undefined)
      throw new CliError(`--template needs a template id (bmc templates lists them).\n\n${USAGE}`, 2);
    const canvas = templateCanvas(id);
    if (canvas === undefined) throw new CliError(unknownTemplateMessage(id));
    sources.push({ canvas, from: `template ${id}` });
  }
  return sources;
}

/** What the file system's error codes mean for the user, in words. */
const FILE_ERRORS: Record<string, string> = {
  EEXIST: 'it already exists; add --force to replace it',
  ENOTDIR: 'part of its path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/** Why a file cannot be read or written; `whenMissing` says what a missing path means here. */
function fileErrorReason(err: unknown, whenMissing: string): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return whenMissing;
  return FILE_ERRORS[code] ?? (err as Error).message;
}

/** Fails before any work is done when `out` is a folder, or a file that is kept without --force. */
function checkOutputPath(out: string, force: boolean): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(out).isDirectory();
  } catch {
    return;
  }
  if (isFolder) throw new CliError(`cannot write ${out}: ${FILE_ERRORS.EISDIR}`);
  if (!force) throw new CliError(`cannot write ${out}: ${FILE_ERRORS.EEXIST}`);
}

async function exportCommand(allArgs: string[], io: CliOutput): Promise<void> {
  const force = allArgs.includes('--force');
  const args = allArgs.filter((a) => a !== '--force');
  if (args.length < 2)
    throw new CliError(`export needs at least one IN.json or --template ID, and the OUT.xlsx to write.\n\n${USAGE}`, 2);
  const out = args[args.length - 1];
  if (!out.toLowerCase().endsWith('.xlsx'))
    throw new CliError(`the last argument must be the .xlsx file to write, got "${out}".\n\n${USAGE}`, 2);
  checkOutputPath(out, force);
  const sources = exportSources(args.slice(0, -1));
  const { globals, sheets, compare } = emulatedWorkbook(sources.map((s) => s.canvas));
  try {
    await writeXlsx(globals.spreadsheet.toJSON(), out, { overwrite: force });
  } catch (e) {
    throw new CliError(`cannot write ${out}: ${fileErrorReason(e, 'its folder does not exist')}`);
  }
  const written = [...sheets, ...(compare ? [compare] : [])].map((s) => `"${s.getName()}"`).join(', ');
  io.out(`Wrote ${out}: ${written} from ${sources.map((s) => s.from).join(', ')}.`);
}

function templatesCommand(args: string[], io: CliOutput): void {
  if (args.length !== 0) throw new CliError(`templates takes no arguments.\n\n${USAGE}`, 2);
  io.out(templateLines().join('\n'));
}

function kpisCommand(args: string[], io: CliOutput): void {
  if (args.length !== 1) throw new CliError(`kpis takes one IN.json.\n\n${USAGE}`, 2);
  const { sheets } = emulatedWorkbook([readCanvasFile(args[0])]);
  io.out(JSON.stringify(kpiReport(sheets[0]), null, 2));
}

/** Runs the command line with `args` (without "node bmc"); returns the exit code. */
export async function runCli(args: string[], io: CliOutput): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'export') await exportCommand(rest, io);
    else if (command === 'kpis') kpisCommand(rest, io);
    else if (command === 'templates') templatesCommand(rest, io);
    else if (command === undefined || command === 'help' || command === '--help' || command === '-h') io.out(USAGE);
    else throw new CliError(`unknown command "${command}".\n\n${USAGE}`, 2);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`bmc: ${e.message}`);
      return e.exitCode;
    }
    // A broken invariant, not a user mistake: say so in one line, still without a stack trace.
    io.err(`bmc: internal error: ${(e as Error).message ?? String(e)}`);
    return 70;
  }
}

// bin/bmc.js starts this file through scripts/run-ts.mjs, which sets argv[1] to its path.
if (/[\\/]src[\\/]local[\\/]cli\.ts$/.test(process.argv[1] ?? '')) {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
