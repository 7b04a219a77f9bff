/**
 * The notice shown when the active sheet is not the canvas the sidebar shows: the sidebar never
 * switches canvas under the user, and its changes keep going to the canvas it shows. No DOM.
 */
import type { ActiveElsewhere, CanvasRef, CanvasState } from '../src/core/api';

export interface ElsewhereNotice {
  text: string;
  /** The label of the button that shows the active sheet's canvas; null when it is not a canvas. */
  show: string | null;
  /** The label of the button that keeps the sidebar on its canvas. */
  stay: string;
}

export function elsewhereNotice(elsewhere: ActiveElsewhere, shown: Pick<CanvasState, 'sheetName'>): ElsewhereNotice {
  const what = elsewhere.prefix === null ? ', which is not a canvas' : '';
  return {
    text: `You're now on the sheet "${elsewhere.sheetName}"${what}. This sidebar still shows "${shown.sheetName}", and changes made here go to "${shown.sheetName}".`,
    show: elsewhere.prefix === null ? null : `Show "${elsewhere.sheetName}"`,
    stay: `Stay on "${shown.sheetName}"`,
  };
}

/** The canvas on the active sheet, to open it; null when that sheet is not a canvas. */
export function elsewhereCanvas(elsewhere: ActiveElsewhere): CanvasRef | null {
  const { sheetId, sheetName, prefix } = elsewhere;
  return prefix === null ? null : { sheetId, sheetName, prefix };
}

/** The canvas the sidebar shows, as requests name it. */
export function canvasRef(state: CanvasState): CanvasRef {
  return { sheetId: state.sheetId, prefix: state.prefix, sheetName: state.sheetName };
}
