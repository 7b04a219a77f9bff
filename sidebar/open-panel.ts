/**
 * Opening a canvas: the one the sheet shows (on load, Refresh and focus), one picked from the list
 * of the file's canvases, or a new one made from its name.
 */
import type { OpenRequest, OpenResult } from '../src/core/api';
import { call } from './connection';
import { byId, el, fill } from './dom';
import type { EntryPanel } from './entry-panel';
import { show } from './panels';
import { problemsText } from './refusals';
import type { SidebarState } from './state';
import { say, sayRefusal } from './status';
import { limitScenarioName } from './whatif';

/** What the open panel needs from the others. */
export interface OpenPanelNeeds {
  entries: Pick<EntryPanel, 'setState'>;
  /** Redraws the gallery's chosen template, whose "Add" depends on the canvas shown. */
  canvasClosed(): void;
}

export interface OpenPanel {
  /** Shows what an opening call answered: a canvas, or the list of canvases with why. */
  handleOpen(result: OpenResult | null): void;
  refresh(quiet: boolean): Promise<void>;
  open(request: OpenRequest, quiet?: boolean): Promise<void>;
  createCanvas(event: SubmitEvent): Promise<void>;
}

export function openPanel(s: SidebarState, needs: OpenPanelNeeds): OpenPanel {
  function handleOpen(result: OpenResult | null): void {
    if (result === null) return;
    if (!result.ok) {
      sayRefusal(result);
      return;
    }
    s.guide = result.guide;
    limitScenarioName(s.guide);
    byId<HTMLInputElement>('new-canvas-name').maxLength = s.guide.limits.canvasNameLength;
    byId<HTMLButtonElement>('open-gallery').disabled = false;
    if (result.view === 'canvas') {
      needs.entries.setState(result.state);
      return;
    }
    s.canvas = null;
    s.form.current = null;
    needs.canvasClosed();
    byId('canvas-title').textContent = 'Business Model Canvas';
    byId('sheet-name').textContent = '';
    byId('choose-message').textContent = result.message;
    fill(
      byId('canvas-list'),
      ...result.canvases.map((c) => {
        const button = el('button', { type: 'button', 'data-testid': 'open-canvas', text: c.sheetName });
        button.addEventListener('click', () => void open({ sheetName: c.sheetName, followActive: false }));
        return el('li', {}, button);
      }),
    );
    show(s, 'choose');
  }

  async function open(request: OpenRequest, quiet = false): Promise<void> {
    s.calls.lastLoad = Date.now();
    const result = await call(s, 'sidebarOpen', request, quiet);
    if (!quiet) say('');
    handleOpen(result);
  }

  function refresh(quiet: boolean): Promise<void> {
    return open({ sheetName: s.canvas?.sheetName ?? null, followActive: true }, quiet);
  }

  async function createCanvas(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = byId<HTMLInputElement>('new-canvas-name');
    const error = byId('error-new-canvas-name');
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const result = await call(s, 'sidebarCreateCanvas', { name: input.value });
    if (result && !result.ok && result.reason === 'invalid') {
      error.textContent = problemsText(result.messages);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    handleOpen(result);
    if (result?.ok) {
      input.value = '';
      byId('step-title').focus();
      say('The new canvas is ready.');
    }
  }

  return { handleOpen, refresh, open, createCanvas };
}
