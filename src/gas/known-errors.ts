/**
 * The exceptions Apps Script raises that a user can do something about, each with what it means
 * in plain words. Anything else is reported without its raw text, which goes to the execution log.
 */

/**
 * An error whose message is written for the user (it says what happened and what to do), so it
 * is shown as it is.
 */
export class PlainError extends Error {}

/** One known exception: how its message reads, and what to tell the user instead. */
interface KnownError {
  matches: RegExp;
  words: string;
}

const KNOWN_ERRORS: readonly KnownError[] = [
  {
    matches: /protected cell|protected range|protected sheet|You are trying to edit a protected/i,
    words: 'Part of the sheet it needed is protected. Ask the owner for edit access to it, or remove the protection.',
  },
  {
    matches: /do not have permission|don't have permission|not have access|Authorization is required|view[- ]only/i,
    words: 'Your account may not change this spreadsheet: you can only view it, or the add-on is not authorised yet.',
  },
  {
    matches: /timed out|Exceeded maximum execution time|took too long/i,
    words: 'Google Sheets took too long to answer. Please try again in a moment.',
  },
  {
    matches: /too many times|Service invoked too many|quota|rate limit|too many requests/i,
    words:
      'Google limits how much an add-on may do in a short time, and that limit was reached. Please wait a minute and try again.',
  },
  {
    matches: /above the limit of \d[\d,]* cells|maximum number of cells|increase the number of cells/i,
    words:
      'The spreadsheet has reached Google Sheets’ limit of 10 million cells. Delete sheets or rows you no longer need, then try again.',
  },
  {
    matches: /Service (Spreadsheets )?(is )?(temporarily )?unavailable|Service error|internal error|try again later/i,
    words: 'Google Sheets could not be reached just now. Please try again in a moment.',
  },
  {
    matches: /No HTML file named/i,
    words: 'The add-on’s files are incomplete. Please install the add-on again.',
  },
];

/** What to say about an error that is none of the known ones. */
const UNKNOWN =
  'Something unexpected went wrong. Please try again; if it happens again, reload the spreadsheet. The details are in the add-on’s execution log.';

/** What went wrong, in plain sentences, for an exception with this message: never the message itself. */
export function plainReason(message: string): string {
  return KNOWN_ERRORS.find((k) => k.matches.test(message))?.words ?? UNKNOWN;
}
