/** The add-on's alerts, prompts and toasts, shown in the page as Sheets would show them. */
import type { PromptAnswer, UiEvent } from '../protocol';

const TOAST_SECONDS = 5;

const BUTTON_LABELS: Record<PromptAnswer['button'], string> = {
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
}

/**
 * Opens the dialog and resolves with the button pressed and the text typed. Escape counts as
 * the last button (Cancel, or Close for an alert), as in Sheets.
 */
function openDialog(
  title: string,
  message: string,
  buttons: PromptAnswer['button'][],
  withInput: boolean,
): Promise<PromptAnswer> {
  const dialog = element<HTMLDialogElement>('dialog');
  const input = element<HTMLInputElement>('dialog-input');
  element('dialog-title').textContent = title;
  element('dialog-message').textContent = message;
  input.hidden = !withInput;
  input.value = '';
  const row = element('dialog-buttons');
  row.replaceChildren();
  const escapeAnswer: PromptAnswer['button'] = buttons.length > 1 ? buttons[buttons.length - 1] : 'CLOSE';
  return new Promise((resolve) => {
    let answer: PromptAnswer['button'] = escapeAnswer;
    // Sheets lists the confirming button last.
    for (const button of [...buttons].reverse()) {
      const b = document.createElement('button');
      b.type = 'submit';
      b.value = button;
      b.textContent = BUTTON_LABELS[button];
      if (button === 'OK' || button === 'YES') b.className = 'primary';
      b.addEventListener('click', () => {
        answer = button;
      });
      row.append(b);
    }
    dialog.addEventListener('close', () => resolve({ button: answer, text: withInput ? input.value : '' }), {
      once: true,
    });
    dialog.showModal();
    if (withInput) input.focus();
    else row.querySelector<HTMLButtonElement>('.primary')?.focus();
    // Enter in the text box confirms, as the form's first button would be the wrong one.
    input.onkeydown = (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        answer = buttons[0];
        dialog.close();
      }
    };
  });
}

export async function showAlert(title: string, message: string): Promise<void> {
  await openDialog(title, message, ['OK'], false);
}

export function askPrompt(title: string, message: string, buttons: PromptAnswer['button'][]): Promise<PromptAnswer> {
  return openDialog(title, message, buttons, true);
}

/** Apps Script's size for a dialog whose page sets none. */
const DEFAULT_DIALOG_SIZE = { width: 600, height: 400 };

/** An add-on's HTML dialog (showModalDialog): the page the server holds for it, in a frame, closed with ×. */
export function showHtmlDialog(event: Extract<UiEvent, { kind: 'dialog' }>): Promise<void> {
  const dialog = element<HTMLDialogElement>('html-dialog');
  const frame = element<HTMLIFrameElement>('html-dialog-frame');
  element('html-dialog-title').textContent = event.title;
  frame.style.width = `${event.width ?? DEFAULT_DIALOG_SIZE.width}px`;
  frame.style.height = `${event.height ?? DEFAULT_DIALOG_SIZE.height}px`;
  frame.src = `/dialog?opened=${Date.now()}`;
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        frame.removeAttribute('src');
        resolve();
      },
      { once: true },
    );
    dialog.showModal();
  });
}

export function showToast(title: string, message: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  if (title) {
    const heading = document.createElement('strong');
    heading.textContent = title;
    toast.append(heading);
  }
  toast.append(document.createTextNode(message));
  element('toasts').append(toast);
  setTimeout(() => toast.remove(), TOAST_SECONDS * 1000);
}
