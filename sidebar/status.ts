/**
 * The sidebar's messages. Each part of the page has its own status and alert lines beside its
 * buttons (a `data-messages` attribute names them), and a message goes to the lines of the part
 * the focus is in, so it shows where the user is looking and is read out from there.
 */
import type { FieldMessage, Refusal } from '../src/core/api';
import { byId, el, fill } from './dom';
import { problemsText, refusalText } from './refusals';

/** What the status line says while a call is on its way. */
export const WORKING = 'Working…';

/**
 * Puts the empty live regions into every message place. They are there from the start: a region
 * added with its text already in it may not be read out.
 */
export function setUpMessages(): void {
  for (const place of document.querySelectorAll('.messages')) {
    fill(
      place,
      el('p', { class: 'status', role: 'status', 'data-testid': 'status' }),
      el('p', { class: 'alert', role: 'alert', 'data-testid': 'alert' }),
    );
  }
}

function isShown(node: HTMLElement): boolean {
  return node.getClientRects().length > 0;
}

/** The message place of the part the focus is in; without focus there, the first part shown. */
function messagePlace(): HTMLElement {
  const active = document.activeElement;
  const scope =
    active instanceof HTMLElement && active !== document.body && isShown(active)
      ? active.closest<HTMLElement>('[data-messages]')
      : null;
  const shown = [...document.querySelectorAll<HTMLElement>('main [data-messages]')].find(isShown);
  return byId((scope ?? shown)?.dataset.messages ?? 'messages-top');
}

export function say(message: string, kind: 'info' | 'error' = 'info'): void {
  clearUndo();
  const place = messagePlace();
  for (const line of document.querySelectorAll('.messages > p')) {
    if (!place.contains(line)) line.textContent = '';
  }
  place.querySelector('.status')!.textContent = kind === 'info' ? message : '';
  place.querySelector('.alert')!.textContent = kind === 'error' ? message : '';
  if (message !== '') place.scrollIntoView({ block: 'nearest' });
}

/**
 * Says `message` with an Undo button after it, which runs `undo`: the last change can be taken
 * back until anything else is said.
 */
export function sayWithUndo(message: string, what: string, undo: () => void): void {
  say(message);
  const status = [...document.querySelectorAll('.messages > .status')].find((line) => line.textContent === message);
  const button = el('button', {
    type: 'button',
    class: 'link undo',
    'data-testid': 'undo',
    'aria-label': `Undo: ${what}`,
    text: 'Undo',
  });
  button.addEventListener('click', undo);
  status?.after(button);
}

/** Takes the Undo button away: it undoes only the change just made. */
export function clearUndo(): void {
  for (const button of document.querySelectorAll('.messages > .undo')) button.remove();
}

/** Clears the status line if it still says the call is on its way. */
export function sayDone(): void {
  for (const line of document.querySelectorAll('.messages > .status')) {
    if (line.textContent === WORKING) line.textContent = '';
  }
}

export function sayProblems(messages: readonly FieldMessage[]): void {
  say(problemsText(messages), 'error');
}

export function sayRefusal(refusal: Refusal): void {
  say(refusalText(refusal), 'error');
}
