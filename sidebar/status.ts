/** The status line and the alert line at the top of the sidebar. */
import type { FieldMessage, Refusal } from '../src/core/api';
import { byId } from './dom';
import { problemsText, refusalText } from './refusals';

export function say(message: string, kind: 'info' | 'error' = 'info'): void {
  byId('status').textContent = kind === 'info' ? message : '';
  byId('alert').textContent = kind === 'error' ? message : '';
}

export function sayProblems(messages: readonly FieldMessage[]): void {
  say(problemsText(messages), 'error');
}

export function sayRefusal(refusal: Refusal): void {
  say(refusalText(refusal), 'error');
}
