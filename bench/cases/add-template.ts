import { emptyCanvas } from '../../src/core/model';
import { listTemplates } from '../../src/core/patterns';
import { additionsFor, describeAdditions, templateCanvas } from '../../src/core/patterns/sheet';
import { servicesFrom } from '../../src/gas/apply-plan';
import { listCanvasSheets, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { addTemplateToCanvasIn } from '../../src/gas/templates-api';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { BenchCase } from '../bench-case';
import { CANVAS_SIZES, filledCanvas } from '../filled-canvas';

/** The template that adds the most items to an empty canvas. */
function largestTemplate(): string {
  const size = (id: string) => describeAdditions(additionsFor(emptyCanvas('x'), templateCanvas(id)!)).length;
  return listTemplates()
    .map((t) => t.id)
    .reduce((best, id) => (size(id) > size(best) ? id : best));
}

/** "Add to this canvas" with the largest template: one read, one plan, one write. */
export const addTemplateCases: BenchCase[] = CANVAS_SIZES.map((items) => ({
  name: 'add-template',
  items,
  prepare() {
    const globals = createAppsScriptGlobals();
    const services = servicesFrom(globals);
    const sheet = writeNewCanvas(globals.spreadsheet, filledCanvas(items), '2025-01-15', services);
    const ctx = {
      ss: globals.spreadsheet,
      documentLock: () => globals.LockService.getDocumentLock(),
      services,
      today: () => '2025-01-15',
    };
    const canvas = listCanvasSheets(globals.spreadsheet).find((c) => c.sheetName === sheet.getName());
    const request = { canvas, id: largestTemplate() };
    return {
      calls: globals.calls,
      run: () => {
        const result = addTemplateToCanvasIn(ctx, request);
        if (!result.ok || result.added.length === 0)
          throw new Error(`add-template: nothing was added: ${JSON.stringify(result)}`);
      },
    };
  },
}));
