import { Canvas, emptyCanvas } from '../../src/core/model';

import { servicesFrom } from '../../src/gas/apply-plan';
import { writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createAppsScriptGlobals, EmuSheet } from '../../src/local/emulator';

/** A fresh in-memory spreadsheet with the Compare services bound to it. */
export function compareEnv() {
  const g = createAppsScriptGlobals();
  const services = servicesFrom(g);
  return {
    g,
    ss: g.spreadsheet,
    services,
    write: (canvas: Canvas) => writeNewCanvas(g.spreadsheet, canvas, '2026-11-26', services) as EmuSheet,
  };
}

/**
 * Alpha: one asset-sale stream 10 × 1000 = 10 000; fixed 3 000; 4 per unit → 4 000 variable.
 * CM 6 000 (60 %), profit 3 000 (30 %), break-even revenue 5 000, margin of safety 50 %.
 */
export function alpha(name = 'Alpha'): Canvas {
  const c = emptyCanvas(name);
  c.blocks.customerSegments = [{ text: 'Cafés' }, { text: 'Offices' }];
  c.blocks.keyPartners = [{ text: '=SUM(A1)' }];
  c.revenueStreams = [{ name: 'Beans', type: 'asset-sale', price: 10, volume: 1000 }];
  c.costs = [
    { name: 'Rent', behavior: 'fixed', amount: 3000 },
    { name: 'Roasting', behavior: 'variable', per: 'unit', amount: 4 },
  ];
  return c;
}

/**
 * Beta: one subscription 20 × 500 = 10 000; fixed 8 000; 10 % of revenue variable (1 000).
 * CM 9 000 (90 %), profit 1 000 (10 %), break-even revenue 8 000 / 0.9, churn 5 %, CAC 100.
 */
export function beta(name = 'Beta'): Canvas {
  const c: Canvas = emptyCanvas(name);
  c.blocks.customerSegments = [{ text: 'Students' }];
  c.blocks.valuePropositions = [{ text: 'Cheap coffee' }, { text: 'Fast' }];
  c.revenueStreams = [{ name: 'Coffee club', type: 'subscription', price: 20, volume: 500 }];
  c.costs = [
    { name: 'Staff', behavior: 'fixed', amount: 8000 },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.1 },
  ];
  c.assumptions = { churn: 0.05, acquisitionCost: 100 };
  return c;
}

/** Reads the Compare sheet by its labels (column A) and headers (row 4), as a user would. */
export function compareView(sheet: EmuSheet) {
  const grid = () => sheet.getDataRange().getValues();
  const rowOf = (label: string) => {
    const i = grid().findIndex((r) => r[0] === label);
    if (i < 0) throw new Error(`No row labelled ${label}`);
    return i + 1;
  };
  const columnOf = (header: string) => {
    const i = grid()[3].indexOf(header);
    if (i < 0) throw new Error(`No column headed ${header}`);
    return i + 1;
  };
  return {
    rowOf,
    columnOf,
    value: (label: string, header: string) => sheet.getRange(rowOf(label), columnOf(header), 1, 1).getValue(),
    headers: () => grid()[3].filter((h) => h !== ''),
  };
}

/** The Compare sheet's headers, row 4, for canvases on these sheets. */
export function headersFor(...sheetNames: string[]): string[] {
  return ['Measure', ...sheetNames, 'Best ▲ / worst ▼', 'Better / weight', 'Target', 'Your notes', 'Row key'];
}
