/**
 * The sidebar: shows the canvas the sheet holds, walks through its nine blocks, and sends each
 * change as one server call that answers with the canvas read back from the sheet. This file
 * makes the one state object and the panels that share it, and wires them to the page.
 */
import { byId } from './dom';
import { entryPanel } from './entry-panel';
import { formPanel } from './form-panel';
import { galleryPanel } from './gallery-panel';
import { jsonPanel } from './json-panel';
import { openPanel } from './open-panel';
import { show } from './panels';
import { initialState } from './state';
import { setUpMessages } from './status';
import { moveAlongSteps } from './views';
import { showNameField } from './whatif';
import { whatIfPanel } from './whatif-panel';
import { assumptionsPanel } from './assumptions-panel';

/** Focus refreshes closer together than this are skipped: focus comes and goes often. */
const REFRESH_GAP_MS = 1500;

/** Wires the page up and loads the active canvas. */
export function start(): void {
  const s = initialState();
  setUpMessages();
  // The panels call each other only through these lambdas, run after all of them exist.
  const entries = entryPanel(s, {
    drawForm: (keepDraft) => form.draw(keepDraft),
    canvasChanged: () => {
      gallery.refreshHints();
      gallery.drawDetail();
    },
  });
  const form = formPanel(s, entries);
  const gallery = galleryPanel(s, entries);
  const whatIf = whatIfPanel(s, entries);
  const assumptions = assumptionsPanel(s, entries);
  const opener = openPanel(s, { entries, canvasClosed: () => gallery.drawDetail() });
  const json = jsonPanel(s, opener);

  byId('refresh').addEventListener('click', () => void opener.refresh(false));
  byId('elsewhere-show').addEventListener('click', () => void opener.showActive());
  byId('elsewhere-stay').addEventListener('click', opener.stay);
  byId('open-gallery').addEventListener('click', () => void (s.gallery.open ? gallery.close() : gallery.open()));
  byId('close-gallery').addEventListener('click', gallery.close);
  byId('open-whatif').addEventListener('click', () => (s.whatIf.open ? whatIf.close() : whatIf.open()));
  byId('close-whatif').addEventListener('click', whatIf.close);
  byId('open-assumptions').addEventListener('click', () =>
    s.assumptions.open ? assumptions.close() : assumptions.open(),
  );
  byId('close-assumptions').addEventListener('click', assumptions.close);
  byId<HTMLFormElement>('assumptions-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void assumptions.save();
  });
  byId<HTMLFormElement>('whatif-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void whatIf.send(false);
  });
  byId('whatif-keep-as').addEventListener('change', showNameField);
  byId<HTMLFormElement>('whatif-keep-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void whatIf.send(true);
  });
  const patternChoice = byId<HTMLSelectElement>('gallery-pattern');
  patternChoice.addEventListener('change', () => gallery.choosePattern(patternChoice.value));
  byId('template-new').addEventListener('click', () => void gallery.newFromTemplate());
  byId('template-add').addEventListener('click', () => void gallery.addTemplate());
  byId('template-add-confirm').addEventListener('click', () => void gallery.confirmAdd());
  byId('template-add-cancel').addEventListener('click', gallery.cancelAdd);
  byId('hints').addEventListener('toggle', gallery.refreshHints);
  byId('steps').addEventListener('keydown', moveAlongSteps);
  byId('prev-step').addEventListener('click', () => entries.goTo(s.step - 1));
  // After the last block, Next goes on to the Assumptions step.
  byId('next-step').addEventListener('click', () =>
    s.guide && s.step === s.guide.blocks.length - 1 ? assumptions.open() : entries.goTo(s.step + 1),
  );
  byId<HTMLFormElement>('create-form').addEventListener('submit', (e) => void opener.createCanvas(e));
  const file = byId<HTMLInputElement>('import-file');
  file.addEventListener('change', () => void json.importFile(file));
  const exportButton = byId<HTMLButtonElement>('export-json');
  exportButton.addEventListener('click', () => void json.exportJson(exportButton));
  // The sheet is the record: coming back to the sidebar shows what was typed there meanwhile.
  window.addEventListener('focus', () => {
    if (!s.calls.busy && Date.now() - s.calls.lastLoad > REFRESH_GAP_MS) void opener.refresh(true);
  });
  show(s, 'loading');
  void opener.open({ canvas: null, activate: false });
}
