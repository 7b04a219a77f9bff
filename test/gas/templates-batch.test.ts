/**
 * Adding a template is one batch of edits. The sheet it leaves is the sheet the same edits leave
 * when the sidebar makes them one at a time: the same values, formulas, colours and named ranges.
 */
import { filledCanvas } from '../../bench/filled-canvas';
import { CanvasEdit } from '../../src/core/api';
import { listTemplates } from '../../src/core/patterns';
import { additionsFor, templateCanvas } from '../../src/core/patterns/sheet';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { editCanvas } from '../../src/gas/sidebar-server';
import { addTemplateToCanvasIn } from '../../src/gas/templates-api';
import { EmuSheet, EmuSpreadsheet } from '../../src/local/emulator';
import { fresh, refTo, Workbook, workbookWith } from './sidebar-fixture';

function sheetOf(wb: Workbook) {
  const sheet = wb.ss.getSheetByName('Mine') as EmuSheet;
  const all = sheet.getDataRange();
  return {
    values: all.getValues(),
    formulas: all.getFormulas(),
    backgrounds: all.getBackgrounds(),
    names: (wb.ss as EmuSpreadsheet)
      .getNamedRanges()
      .map((n) => [n.getName(), n.getRange().getA1Notation()])
      .sort(),
  };
}

const CASES = listTemplates().flatMap((t) => [0, 9].map((perBlock) => [t.id, perBlock] as const));

test.each(CASES)(
  'adding %s to a canvas with %i entries per block leaves the sheet one-by-one edits leave',
  (id, perBlock) => {
    const batch = workbookWith(filledCanvas(perBlock, 'Mine'));
    const added = addTemplateToCanvasIn(batch.ctx, { canvas: refTo(batch.ctx.ss, 'Mine'), id });
    if (!added.ok) throw new Error(JSON.stringify(added));

    const oneByOne = workbookWith(filledCanvas(perBlock, 'Mine'));
    const read = readCanvas(oneByOne.sheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const a = additionsFor(read.canvas, templateCanvas(id)!);
    const edits: CanvasEdit[] = [
      ...a.notes.map((n): CanvasEdit => ({ kind: 'add', block: n.block, value: n.item })),
      ...a.streams.map((s): CanvasEdit => ({ kind: 'add', block: 'revenueStreams', value: s })),
      ...a.costs.map((c): CanvasEdit => ({ kind: 'add', block: 'costStructure', value: c })),
    ];
    for (const edit of edits) {
      const result = editCanvas(oneByOne.ctx, fresh(oneByOne.ctx.ss, { sheetName: 'Mine', edit }));
      if (!result.ok) throw new Error(JSON.stringify(result));
    }
    expect(sheetOf(batch)).toEqual(sheetOf(oneByOne));
  },
);
