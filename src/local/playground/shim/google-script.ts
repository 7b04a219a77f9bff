/**
 * `google.script` for the sidebar page in the playground: the same client API Apps Script gives an
 * HtmlService page, carried over HTTP to the playground server, which calls the global function of
 * dist/Code.js. Injected ahead of the sidebar's own script, so the sidebar runs unchanged.
 */
import { CHANGED_MESSAGE, type RunRequest, type RunResponse } from '../protocol';

type SuccessHandler = (value: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface RunnerOptions {
  success?: SuccessHandler;
  failure?: FailureHandler;
  userObject?: unknown;
}

async function post(request: RunRequest): Promise<RunResponse> {
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) {
    const refusal = (await response.json().catch(() => null)) as { message?: unknown } | null;
    throw new Error(
      typeof refusal?.message === 'string'
        ? refusal.message
        : `The playground server answered ${response.status} ${response.statusText}.`,
    );
  }
  return (await response.json()) as RunResponse;
}

/** Tells the page around the sidebar that the workbook may have changed, so the sheet redraws. */
function announce(response: RunResponse): void {
  if (window.parent !== window) {
    window.parent.postMessage({ type: CHANGED_MESSAGE, revision: response.revision, ui: response.ui }, location.origin);
  }
}

function call(options: RunnerOptions, name: string, args: unknown[]): void {
  post({ name, args })
    .then((response) => {
      announce(response);
      if (response.ok) options.success?.(response.value, options.userObject);
      else options.failure?.(new Error(response.message), options.userObject);
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      options.failure?.(new Error(`The playground server could not be reached: ${message}`), options.userObject);
    });
}

/**
 * A runner as Apps Script has it: `with...` returns a runner that keeps the handler, and any other
 * property is a server function that returns nothing and answers through the handlers later.
 */
function runner(options: RunnerOptions): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property !== 'string') return undefined;
        if (property === 'withSuccessHandler') return (success: SuccessHandler) => runner({ ...options, success });
        if (property === 'withFailureHandler') return (failure: FailureHandler) => runner({ ...options, failure });
        if (property === 'withUserObject') return (userObject: unknown) => runner({ ...options, userObject });
        return (...args: unknown[]) => call(options, property, args);
      },
    },
  );
}

const doNothing = (): void => undefined;

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({}),
    host: {
      close: doNothing,
      setHeight: doNothing,
      setWidth: doNothing,
      editor: { focus: doNothing },
    },
  },
};
