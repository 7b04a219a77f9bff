/**
 * The template gallery and the pattern hints: browse the templates by pattern, make a canvas from
 * one or add its entries to the canvas shown, and see which patterns the canvas resembles.
 */
import type { GalleryEntry, PatternHint, TemplateUndo } from '../src/core/api';
import { call } from './connection';
import { canvasRef } from './elsewhere';
import { byId } from './dom';
import type { EntryPanel } from './entry-panel';
import {
  drawAdded,
  drawHints,
  drawOffer,
  drawPatternChoice,
  drawTemplateDetail,
  drawTemplateGroups,
  showOffer,
  tickedParts,
} from './gallery';
import { addedMessage, offeredParts } from './gallery-model';
import { show } from './panels';
import { refusalText } from './refusals';
import type { SidebarState } from './state';
import { say, sayRefusal, sayWithUndo } from './status';

export interface GalleryPanel {
  /** Works the hints out again if they are open and the canvas changed since. */
  refreshHints(): void;
  /** The chosen template, with "Add" offered for the canvas shown now (redrawn as the canvas changes). */
  drawDetail(): void;
  choosePattern(pattern: string): void;
  open(): Promise<void>;
  close(): void;
  newFromTemplate(): Promise<void>;
  /** Shows what the template would add, to choose from. */
  addTemplate(): Promise<void>;
  confirmAdd(): Promise<void>;
  cancelAdd(): void;
}

export function galleryPanel(s: SidebarState, entries: Pick<EntryPanel, 'setState'>): GalleryPanel {
  const g = s.gallery;
  const chosen = (): GalleryEntry | undefined => g.templates?.find((t) => t.id === g.chosen);

  function showHints(hints: readonly PatternHint[], canvasKey: string): void {
    g.hintsKey = canvasKey;
    drawHints(hints);
  }

  // A quiet read, so it holds nothing back.
  function refreshHints(): void {
    if (!s.canvas || !byId<HTMLDetailsElement>('hints').open) return;
    const key = JSON.stringify(s.canvas.canvas);
    if (key === g.hintsKey) return;
    g.hintsKey = key;
    byId('hints-message').textContent = 'Looking at the canvas…';
    void call(s, 'patternHintsFor', { canvas: canvasRef(s.canvas) }, true).then((result) => {
      if (result === null || !s.canvas || JSON.stringify(s.canvas.canvas) !== key) return;
      if (result.ok) drawHints(result.hints);
      else {
        g.hintsKey = null;
        byId('hints-message').textContent = refusalText(result);
      }
    });
  }

  function drawDetail(): void {
    const t = chosen();
    if (t) drawTemplateDetail(t, s.canvas?.canvas.name ?? null);
    else byId('template-detail').hidden = true;
  }

  function drawGallery(): void {
    if (!g.templates) return;
    drawPatternChoice(byId<HTMLSelectElement>('gallery-pattern'), g.templates, g.pattern);
    drawTemplateGroups(byId('template-groups'), g.templates, g.pattern, g.chosen, pickTemplate);
    drawDetail();
  }

  function choosePattern(pattern: string): void {
    g.pattern = pattern;
    drawGallery();
  }

  /** Shows a template; the focus stays on its button, so the list can be browsed on with the keyboard. */
  function pickTemplate(id: string): void {
    if (g.chosen !== id) {
      drawAdded([]);
      showOffer(false);
    }
    g.chosen = id;
    for (const b of byId('template-groups').querySelectorAll<HTMLButtonElement>('[data-testid="template-choice"]')) {
      b.setAttribute('aria-pressed', String(b.dataset.id === id));
    }
    drawDetail();
  }

  async function open(): Promise<void> {
    g.open = true;
    s.whatIf.open = false;
    say('');
    show(s, s.view);
    byId('gallery-title').focus();
    if (g.templates) return;
    const result = await call(s, 'listTemplates', undefined);
    if (result === null) return;
    if (!result.ok) return sayRefusal(result);
    g.templates = result.templates;
    drawGallery();
  }

  function close(): void {
    g.open = false;
    show(s, s.view);
    byId('open-gallery').focus();
  }

  async function newFromTemplate(): Promise<void> {
    const t = chosen();
    if (!t) return;
    const result = await call(s, 'newCanvasFromTemplate', { id: t.id });
    if (result === null) return;
    if (!result.ok) return sayRefusal(result);
    g.open = false;
    drawAdded([]);
    showHints(result.hints, JSON.stringify(result.state.canvas));
    entries.setState(result.state);
    const { canvas, sheetName } = result.state;
    byId('step-title').focus();
    say(`Made the canvas "${canvas.name}" from the template, on its own new sheet "${sheetName}".`);
  }

  /** Shows what the chosen template would add, part by part, to choose from; writes nothing. */
  async function addTemplate(): Promise<void> {
    const t = chosen();
    if (!t || !s.canvas) return;
    const result = await call(s, 'addTemplateToCanvas', { canvas: canvasRef(s.canvas), id: t.id, mode: 'preview' });
    if (result === null) return;
    if (!result.ok) return sayRefusal(result);
    entries.setState(result.state);
    drawAdded([]);
    const parts = offeredParts(result.offer);
    if (parts.length === 0) {
      showOffer(false);
      return say(addedMessage(0, t.title, result.state.canvas.name));
    }
    drawOffer(parts);
    showOffer(true);
    byId('template-part-list').querySelector<HTMLInputElement>('input')?.focus();
  }

  function cancelAdd(): void {
    showOffer(false);
    byId('template-add').focus();
  }

  /** Adds the parts ticked, and offers one Undo for all of it. */
  async function confirmAdd(): Promise<void> {
    const t = chosen();
    if (!t || !s.canvas) return;
    const parts = tickedParts();
    if (!Object.values(parts).some(Boolean)) return say('Tick at least one part to add, or Cancel.', 'error');
    const request = { canvas: canvasRef(s.canvas), id: t.id, mode: 'add' as const, parts };
    const result = await call(s, 'addTemplateToCanvas', request);
    if (result === null) return;
    if (!result.ok) return sayRefusal(result);
    showHints(result.hints, JSON.stringify(result.state.canvas));
    entries.setState(result.state);
    showOffer(false);
    byId('template-add').focus();
    drawAdded(result.added);
    const message = addedMessage(result.added.length, t.title, result.state.canvas.name);
    const { undo } = result;
    if (undo === null) return say(message);
    sayWithUndo(message, `take back what "${t.title}" added`, () => void takeBack(undo, t.title));
  }

  async function takeBack(undo: TemplateUndo, title: string): Promise<void> {
    if (!s.canvas) return;
    const result = await call(s, 'undoTemplateAddition', { canvas: canvasRef(s.canvas), undo });
    if (result === null) return;
    if (!result.ok) {
      if (result.reason === 'conflict') entries.setState(result.state);
      return sayRefusal(result);
    }
    entries.setState(result.state);
    drawAdded([]);
    byId('template-add').focus();
    say(`Took back everything "${title}" added; the canvas is as it was before.`);
  }

  return {
    refreshHints,
    drawDetail,
    choosePattern,
    open,
    close,
    newFromTemplate,
    addTemplate,
    confirmAdd,
    cancelAdd,
  };
}
