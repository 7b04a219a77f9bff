/**
 * The steps the user has seen, remembered in the browser, so that a step's description shows open
 * on its first visit only and the entry form stays in reach after that. Where the browser keeps
 * nothing (storage refused), the sidebar remembers for as long as it is open.
 */

const KEY = 'bmc-sidebar-seen-steps';

let inMemory: string[] = [];

function stored(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return inMemory;
  }
}

/** Whether the step of block `id` was shown before; marks it as seen from now on. */
export function seenBefore(id: string): boolean {
  const seen = stored();
  if (seen.includes(id)) return true;
  inMemory = [...seen, id];
  try {
    window.localStorage.setItem(KEY, JSON.stringify(inMemory));
  } catch {
    // Storage refused: the in-memory list serves.
  }
  return false;
}
