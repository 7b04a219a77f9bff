/**
 * The one way the sidebar calls the server: google.script.run behind a promise, typed from the
 * contract `SidebarServer` (types only; no server code reaches the page).
 */
import type { SidebarServer } from '../src/core/api';

export type ServerName = keyof SidebarServer;
export type RequestOf<K extends ServerName> = Parameters<SidebarServer[K]>[0];
export type ResultOf<K extends ServerName> = ReturnType<SidebarServer[K]>;

/** Each server function as google.script.run offers it: called with the request, answering through the handlers. */
type ServerCalls = { [K in ServerName]: (request: RequestOf<K>) => void };

/**
 * The part of the client-side google.script.run object the sidebar uses. The success handler
 * receives what the server function called after it returns, hence the type parameter.
 */
interface ScriptRunner {
  withSuccessHandler<K extends ServerName>(
    handler: (value: ResultOf<K>) => void,
  ): {
    withFailureHandler(handler: (error: unknown) => void): ServerCalls;
  };
}

declare const google: { script: { run: ScriptRunner } };

/** A call that did not reach the server function or did not come back, in plain words. */
export class CallFailed extends Error {}

function plainMessage(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return message === '' ? 'no reason was given' : message;
}

/** Calls the server function `name` with its request and resolves with its result. */
export function callServer<K extends ServerName>(name: K, request: RequestOf<K>): Promise<ResultOf<K>> {
  return new Promise((resolve, reject) => {
    const calls = google.script.run
      .withSuccessHandler<K>(resolve)
      .withFailureHandler((error) => reject(new CallFailed(plainMessage(error))));
    calls[name](request);
  });
}
