/** The JSON buttons: import a canvas from a file as a new sheet, export the canvas shown as a file. */
import { call } from './connection';
import { canvasRef } from './elsewhere';
import { byId, el, fill } from './dom';
import type { OpenPanel } from './open-panel';
import { fieldMessageText } from './refusals';
import type { SidebarState } from './state';
import { say, sayRefusal } from './status';

export interface JsonPanel {
  importFile(input: HTMLInputElement): Promise<void>;
  exportJson(button: HTMLButtonElement): Promise<void>;
}

export function jsonPanel(s: SidebarState, opener: Pick<OpenPanel, 'handleOpen'>): JsonPanel {
  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    const list = byId('import-errors');
    fill(list);
    if (!file) return;
    let jsonText: string;
    try {
      jsonText = await file.text();
    } catch {
      say(`The file "${file.name}" could not be read.`, 'error');
      return;
    } finally {
      input.value = '';
    }
    const result = await call(s, 'sidebarImportJson', { jsonText });
    if (result && !result.ok && result.reason === 'invalid') {
      say(`"${file.name}" is not a canvas this add-on can read:`, 'error');
      fill(list, ...result.messages.map((m) => el('li', { text: fieldMessageText(m) })));
      return;
    }
    if (result?.ok) say(`Imported "${file.name}".`);
    opener.handleOpen(result);
  }

  async function exportJson(button: HTMLButtonElement): Promise<void> {
    if (!s.canvas) return;
    const result = await call(s, 'sidebarExportJson', { canvas: canvasRef(s.canvas) });
    if (result === null) return;
    if (!result.ok) return sayRefusal(result);
    const url = URL.createObjectURL(new Blob([result.json], { type: 'application/json' }));
    const link = el('a', { href: url, download: result.fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`Downloaded ${result.fileName}.`);
    button.focus();
  }

  return { importFile, exportJson };
}
