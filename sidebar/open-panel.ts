/**
 * Opening a canvas: the active sheet's on load, the one shown again on Refresh and focus (saying
 * so when another sheet has become active, never switching by itself), one picked from the list of
 * the file's canvases, or a new one made from its name.
 */
import type { ActiveElsewhere, OpenRequest, OpenResult } from '../src/core/api';
import { canvasRef, elsewhereCanvas, elsewhereNotice } from './elsewhere';
import { call } from './connection';
import { byId, el, fill } from './dom';
import type { EntryPanel } from './entry-panel';
import { show } from './panels';
import { problemsText } from './refusals';
import type { SidebarState } from './state';
import { say, sayRefusal } from './status';
import { limitScenarioName } from './whatif';
import { drawHeader } from './views';

/** What the open panel needs from the others. */
export interface OpenPanelNeeds {
  entries: Pick<EntryPanel, 'setState'>;
  /** Redraws the gallery's chosen template, whose "Add" depends on the canvas shown. */
  canvasClosed(): void;
}

export interface OpenPanel {
  /** Shows what an opening call answered: a canvas, or the list of canvases with why. */
  handleOpen(result: OpenResult | null): void;
  /** Reads the canvas shown again (the active sheet's on load), and notices when another sheet is active. */
  refresh(quiet: boolean): Promise<void>;
  /** Shows the canvas on the active sheet, which the notice offered. */
  showActive(): Promise<void>;
  /** Keeps showing this canvas while the other sheet is active. */
  stay(): void;
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
      noticeElsewhere(result.elsewhere);
      return;
    }
    noticeElsewhere(null);
    s.canvas = null;
    s.form.current = null;
    needs.canvasClosed();
    drawHeader('Business Model Canvas', null);
    byId('choose-message').textContent = result.message;
    fill(
      byId('canvas-list'),
      ...result.canvases.map((c) => {
        const button = el('button', { type: 'button', 'data-testid': 'open-canvas', text: c.sheetName });
        button.addEventListener('click', () => void open({ canvas: c, activate: true }));
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
    return open({ canvas: s.canvas && canvasRef(s.canvas), activate: false }, quiet);
  }

  /** Shows the notice for the active sheet `active` (null: the canvas shown is the active sheet). */
  function noticeElsewhere(active: ActiveElsewhere | null): void {
    s.elsewhere.active = active;
    // Staying holds for that sheet only: another one made active is noticed again.
    if (active?.sheetId !== s.elsewhere.stayed) s.elsewhere.stayed = null;
    const box = byId('elsewhere');
    if (active === null || s.canvas === null || active.sheetId === s.elsewhere.stayed) {
      box.hidden = true;
      return;
    }
    const notice = elsewhereNotice(active, s.canvas);
    byId('elsewhere-text').textContent = notice.text;
    const showButton = byId<HTMLButtonElement>('elsewhere-show');
    showButton.hidden = notice.show === null;
    showButton.textContent = notice.show ?? '';
    byId('elsewhere-stay').textContent = notice.stay;
    box.hidden = false;
  }

  async function showActive(): Promise<void> {
    const canvas = s.elsewhere.active && elsewhereCanvas(s.elsewhere.active);
    if (canvas !== null) await open({ canvas, activate: false });
  }

  function stay(): void {
    s.elsewhere.stayed = s.elsewhere.active?.sheetId ?? null;
    byId('elsewhere').hidden = true;
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

  return { handleOpen, refresh, showActive, stay, open, createCanvas };
}
