/**
 * The one way the sidebar calls the server: google.script.run behind a promise, typed from the
 * server API's contract (types only; no server code reaches the page).
 */
import type { SidebarCalls } from '../src/core/api';

export type ServerName = keyof SidebarCalls;
export type RequestOf<K extends ServerName> = Parameters<SidebarCalls[K]>[0];
export type ResultOf<K extends ServerName> = ReturnType<SidebarCalls[K]>;

/** The part of the client-side google.script.run object the sidebar uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
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
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ResultOf<K>))
      .withFailureHandler((error) => reject(new CallFailed(plainMessage(error))));
    (runner as unknown as Record<K, (request: RequestOf<K>) => void>)[name](request);
  });
}
