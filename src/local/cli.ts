/**
 * The `bmc` command line. It lays canvases out with the add-on's own code (writeNewCanvas) on the
 * in-memory spreadsheet, then saves that workbook as .xlsx or prints the KPIs it computed.
 *
 *   bmc export IN.json [MORE.json ...] OUT.xlsx   one sheet per canvas, formulas and all
 *   bmc kpis IN.json                               the canvas's KPIs as JSON
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CanvasDocument, parseCanvasJson } from '../core/canvas-json';
import { KPIS } from '../core/finance/kpis';
import { financeLayout, KpiKey } from '../core/finance/layout';
import { Canvas } from '../core/model';
import { servicesFrom } from '../gas/apply-plan';
import { readCanvas, writeNewCanvas } from '../gas/canvas-sheet';
import { SheetApi } from '../gas/spreadsheet-api';
import { createAppsScriptGlobals } from './emulator';
import { writeXlsx } from './xlsx';

export const USAGE = `Usage:
  bmc export IN.json [MORE.json ...] OUT.xlsx   Lay out each canvas as the add-on does and save the workbook.
  bmc kpis IN.json                               Print the canvas's KPIs as JSON.

IN.json is a canvas document (docs/canvas.schema.json).`;

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** A failure the user can act on: printed as is, without a stack trace. */
class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

function readCanvasFile(path: string): CanvasDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
  const parsed = parseCanvasJson(text);
  if (!parsed.ok) throw new CliError(`${path} is not a valid canvas:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`);
  return parsed.canvas;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A fresh in-memory spreadsheet holding one sheet per canvas, laid out by the add-on. */
export function emulatedWorkbook(canvases: Canvas[], createdOn = today()) {
  const globals = createAppsScriptGlobals({ spreadsheetOptions: { blank: true } });
  const services = servicesFrom(globals);
  const sheets = canvases.map((canvas) => writeNewCanvas(globals.spreadsheet, canvas, createdOn, services));
  return { globals, sheets };
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

async function exportCommand(args: string[], io: CliOutput): Promise<void> {
  if (args.length < 2) throw new CliError(`export needs at least one IN.json and the OUT.xlsx to write.\n\n${USAGE}`, 2);
  const out = args[args.length - 1];
  if (!out.toLowerCase().endsWith('.xlsx')) throw new CliError(`the last argument must be the .xlsx file to write, got "${out}".\n\n${USAGE}`, 2);
  const inputs = args.slice(0, -1);
  const canvases = inputs.map(readCanvasFile);
  const { globals, sheets } = emulatedWorkbook(canvases);
  try {
    await writeXlsx(globals.spreadsheet.toJSON(), out);
  } catch (e) {
    throw new CliError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (e as Error).message}`);
  }
  io.out(`Wrote ${out}: ${sheets.map((s) => `"${s.getName()}"`).join(', ')} from ${inputs.map((i) => basename(i)).join(', ')}.`);
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
