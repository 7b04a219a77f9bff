/** Server calls as the page makes them: one at a time, holding the page back, never applied out of order. */
import { callServer, type RequestOf, type ResultOf, type ServerName } from './server';
import type { SidebarState } from './state';
import { noAnswerText } from './refusals';
import { say, sayDone, WORKING } from './status';

/**
 * Disables every button, list and file field while a change is on its way, so no second one
 * overtakes it; the one with the focus is only marked, since disabling it would drop the focus to
 * the page (a second press of it makes no call: `call` refuses while one is on its way).
 */
function hold(): () => void {
  const active = document.activeElement;
  const held = [
    ...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>(
      'button, select, input[type=file]',
    ),
  ].filter((c) => !c.disabled);
  for (const c of held) {
    if (c === active) c.setAttribute('aria-disabled', 'true');
    else c.disabled = true;
  }
  document.body.setAttribute('aria-busy', 'true');
  return () => {
    for (const c of held) {
      c.disabled = false;
      c.removeAttribute('aria-disabled');
    }
    document.body.removeAttribute('aria-busy');
  };
}

/**
 * One server call; null when it was not made (another is on its way), failed (said in the alert
 * line), or was overtaken. `quiet` calls (the refresh when the sidebar gets focus) hold nothing
 * back, so typing goes on, and fail silently.
 */
export async function call<K extends ServerName>(
  s: SidebarState,
  name: K,
  request: RequestOf<K>,
  quiet = false,
): Promise<ResultOf<K> | null> {
  if (s.calls.busy && !quiet) return null;
  const mine = ++s.calls.sent;
  const release = quiet ? null : hold();
  if (!quiet) {
    s.calls.busy = true;
    say(WORKING);
  }
  try {
    const result = await callServer(name, request);
    if (mine < s.calls.applied) return null;
    s.calls.applied = mine;
    return result;
  } catch {
    if (!quiet) say(noAnswerText(), 'error');
    return null;
  } finally {
    if (!quiet) {
      s.calls.busy = false;
      sayDone();
    }
    release?.();
  }
}
