/**
 * Lays a template out as the add-on does: layoutCanvas, with the pattern check beside the panel.
 * Until layoutCanvas calls addPatternCheck itself, the plan it builds is replayed into a fresh
 * builder and the check added there; once it does, writeNewCanvas is used unchanged.
 */
import { CANVAS_MARKER_KEY, CanvasLayout, layoutCanvas } from '../../../../src/core/layout/canvas-layout';
import { sheetNameFor, uniqueName, uniquePrefix } from '../../../../src/core/layout/names';
import { getTemplate, PatternTemplate } from '../../../../src/core/patterns';
import { addPatternCheck, CanvasWithCheck, PATTERN_CHECK_KEY } from '../../../../src/core/patterns/sheet';
import { SheetPlan } from '../../../../src/core/plan';
import { PlanBuilder } from '../../../../src/core/plan-builder';
import { applyPlanToNewSheet, servicesFrom } from '../../../../src/gas/apply-plan';
import { writeNewCanvas } from '../../../../src/gas/canvas-sheet';
import { createAppsScriptGlobals, EmuSheet } from '../../../../src/local/emulator';

export function template(id: string): PatternTemplate {
  const t = getTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

export function canvasWithCheck(t: PatternTemplate): CanvasWithCheck {
  return { ...t.canvas, patternCheck: t.check };
}

function replay(plan: SheetPlan): PlanBuilder {
  const b = new PlanBuilder(plan.sheetName, plan.numColumns);
  plan.values.forEach((row, r) => row.forEach((v, c) => b.set(r + 1, c + 1, v, plan.formats[r][c])));
  plan.notes.forEach((row, r) => row.forEach((n, c) => n !== '' && b.note(r + 1, c + 1, n)));
  plan.merges.forEach((m) => b.merge(m));
  plan.borders.forEach((x) => b.border(x));
  plan.namedRanges.forEach((n) => b.name(n.name, n.range));
  plan.validations.forEach((v) => b.validate(v.range, v.rule));
  plan.charts.forEach((c) => b.chart(c));
  plan.columnWidths.forEach((w, i) => b.columnWidth(i + 1, w));
  plan.rowHeights.forEach((h) => b.rowHeight(h.row, h.height));
  b.freezeRows(plan.frozenRows);
  if (plan.tabColor) b.tab(plan.tabColor);
  Object.entries(plan.metadata).forEach(([k, v]) => b.meta(k, v));
  return b;
}

/** Whether layoutCanvas lays out the pattern check itself. */
export function checkIsLaidOut(): boolean {
  const t = template('free-photo-sharing');
  const { plan } = layoutCanvas(canvasWithCheck(t), { sheetName: 'Probe', prefix: 'P', createdOn: '' });
  return plan.metadata[PATTERN_CHECK_KEY] !== undefined;
}

/** The canvas's layout, pattern check included. */
export function layoutWithCheck(canvas: CanvasWithCheck, sheetName = 'Canvas', prefix = 'T'): CanvasLayout {
  const layout = layoutCanvas(canvas, { sheetName, prefix, createdOn: '2026-11-26' });
  if (canvas.patternCheck === undefined || layout.plan.metadata[PATTERN_CHECK_KEY] !== undefined) return layout;
  const b = replay(layout.plan);
  addPatternCheck(b, canvas, layout.geometry.finance);
  return { plan: b.build(), geometry: layout.geometry };
}

/** A fresh emulated spreadsheet, and a writer that adds a canvas sheet as writeNewCanvas does. */
export function emulatorWithCheck() {
  const g = createAppsScriptGlobals();
  const services = servicesFrom(g);
  const ss = g.spreadsheet;
  const write = (canvas: CanvasWithCheck) => {
    if (checkIsLaidOut()) {
      const sheet = writeNewCanvas(ss, canvas, '2026-11-26', services) as EmuSheet;
      const prefix = JSON.parse(
        sheet
          .getDeveloperMetadata()
          .find((m) => m.getKey() === CANVAS_MARKER_KEY)
          ?.getValue() ?? '{}',
      ).prefix as string;
      return {
        sheet,
        prefix,
        layout: layoutCanvas(canvas, { sheetName: sheet.getName(), prefix, createdOn: '2026-11-26' }),
      };
    }
    const sheetName = uniqueName(sheetNameFor(canvas.name), (n) => ss.getSheetByName(n) !== null);
    const prefix = uniquePrefix(
      canvas.name,
      ss.getNamedRanges().map((n) => n.getName()),
    );
    const layout = layoutWithCheck(canvas, sheetName, prefix);
    const sheet = applyPlanToNewSheet(ss, layout.plan, services) as EmuSheet;
    return { sheet, prefix, layout };
  };
  return { g, ss, write };
}
