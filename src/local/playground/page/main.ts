/**
 * The playground page: the add-on menu, the sheet grid with its tabs, and the sidebar frame. The
 * sidebar talks to the server on its own (through the shim); after each of its calls it posts a
 * message here, and the page redraws the sheet when the workbook changed.
 */
import {
  CHANGED_MESSAGE,
  type ChangedMessage,
  type EditResponse,
  type MenuEntry,
  type PromptAnswer,
  type UiEvent,
  type WorkbookView,
} from '../protocol';
import { api } from './api';
import { askPrompt, showAlert, showHtmlDialog, showToast } from './dialogs';
import { SheetGrid } from './sheet-grid';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
}

const sheetMessage = element<HTMLParagraphElement>('sheet-message');
const sidebarPanel = element<HTMLElement>('sidebar-panel');
const sidebarFrame = element<HTMLIFrameElement>('sidebar-frame');
let revision = -1;

function showSheetMessage(message: string | null): void {
  sheetMessage.hidden = message === null;
  sheetMessage.textContent = message ?? '';
}

const grid = new SheetGrid(element('grid'), {
  async commit(sheetId, row, column, text) {
    // A refused request (too long a text, say) is told like a rejected entry.
    const result = await api
      .edit({ sheetId, row, column, text })
      .catch((err: Error): EditResponse => ({ ok: false, message: err.message }));
    if (!result.ok) {
      showSheetMessage(result.message);
      return result.message;
    }
    showSheetMessage(null);
    await refresh(result.revision);
    return null;
  },
  selected(a1, content) {
    element('name-box').textContent = a1;
    element('cell-content').textContent = content;
  },
});

function renderTabs(view: WorkbookView): void {
  const tabs = view.tabs.map((tab) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', String(tab.id === view.activeSheetId));
    button.textContent = tab.name;
    if (tab.tabColor && /^#[0-9a-f]{6}$/.test(tab.tabColor)) button.style.boxShadow = `inset 0 -3px 0 ${tab.tabColor}`;
    button.addEventListener('click', () => {
      if (tab.id === view.activeSheetId) return;
      api.activate({ sheetId: tab.id }).then(render, reportFailure);
    });
    return button;
  });
  element('tabs').replaceChildren(...tabs);
}

function render(view: WorkbookView): void {
  revision = view.revision;
  element('workbook-name').textContent = view.name;
  renderTabs(view);
  grid.render(view);
  document.body.dataset.revision = String(view.revision);
}

/** Fetches and draws the workbook unless the page already shows `knownRevision`. */
async function refresh(knownRevision?: number): Promise<void> {
  if (knownRevision !== undefined && knownRevision === revision) return;
  render(await api.workbook());
}

function reportFailure(err: unknown): void {
  showSheetMessage(err instanceof Error ? err.message : String(err));
}

function openSidebar(title: string): void {
  element('sidebar-title').textContent = title;
  sidebarPanel.hidden = false;
  // A fresh load each time, as Sheets builds the sidebar anew whenever it is opened.
  sidebarFrame.src = `/sidebar?opened=${Date.now()}`;
}

function closeSidebar(): void {
  sidebarPanel.hidden = true;
  sidebarFrame.removeAttribute('src');
}

async function showUi(events: UiEvent[]): Promise<void> {
  for (const event of events) {
    if (event.kind === 'toast') showToast(event.title, event.message);
    else if (event.kind === 'sidebar') openSidebar(event.title);
    else if (event.kind === 'dialog') await showHtmlDialog(event);
    else await showAlert(event.title, event.message);
  }
}

/** Runs a menu command, asking each of its prompts in the page and running it again with the answer. */
async function runMenu(functionName: string): Promise<void> {
  const answers: PromptAnswer[] = [];
  for (;;) {
    const result = await api.menu({ functionName, answers });
    if (result.kind === 'prompt') {
      answers.push(await askPrompt(result.title, result.message, result.buttons));
      continue;
    }
    if (result.kind === 'failed') {
      await refresh(result.revision);
      await showAlert('The command failed', result.message);
      return;
    }
    await refresh(result.revision);
    await showUi(result.ui);
    return;
  }
}

function renderMenu(title: string, entries: MenuEntry[]): void {
  element('menu-name').textContent = title;
  const items = entries.map((entry) => {
    if (entry.kind === 'separator') {
      const rule = document.createElement('span');
      rule.className = 'separator';
      rule.setAttribute('role', 'separator');
      return rule;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = entry.caption;
    button.addEventListener('click', () => {
      button.disabled = true;
      runMenu(entry.functionName)
        .catch(reportFailure)
        .finally(() => {
          button.disabled = false;
        });
    });
    return button;
  });
  element('menu-items').replaceChildren(...items);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== location.origin || event.source !== sidebarFrame.contentWindow) return;
  const data = event.data as Partial<ChangedMessage> | null;
  if (data?.type !== CHANGED_MESSAGE) return;
  refresh(data.revision)
    .then(() => showUi(data.ui ?? []))
    .catch(reportFailure);
});

element('sidebar-close').addEventListener('click', closeSidebar);
element('start-notice-close').addEventListener('click', () => {
  element('start-notice').hidden = true;
});

async function start(): Promise<void> {
  const page = await api.page();
  renderMenu(page.menuTitle, page.menu);
  if (page.notice !== null) {
    element('start-notice-text').textContent = page.notice;
    element('start-notice').hidden = false;
  }
  if (page.sidebarTitle === null) closeSidebar();
  else element('sidebar-title').textContent = page.sidebarTitle;
  render(page.workbook);
  document.body.dataset.ready = 'true';
}

start().catch(reportFailure);
