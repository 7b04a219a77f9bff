/** The server's refusals and a call that went wrong, in the words the status line shows. No DOM. */
import type { FieldMessage, Refusal } from '../src/core/api';

export function problemsText(messages: readonly FieldMessage[]): string {
  return messages.map((m) => m.message).join(' ');
}

export function refusalText(refusal: Refusal): string {
  return refusal.reason === 'invalid' ? problemsText(refusal.messages) : refusal.message;
}

/**
 * A call that did not come back: the change may or may not be on the sheet. The server's functions
 * never throw, so this is Google or the connection; the raw message says nothing a user can act on.
 */
export function noAnswerText(): string {
  return 'The spreadsheet did not answer: Google may be busy, or the connection was lost. The change may not have been saved; press Refresh to see the sheet as it is.';
}

/** A field message as the list of an import's problems shows it: "field: message". */
export function fieldMessageText(m: FieldMessage): string {
  return m.field === '' ? m.message : `${m.field}: ${m.message}`;
}
