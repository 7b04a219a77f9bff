/**
 * The playground's saved workbook: one JSON file, written atomically after each change and read
 * at start. A file that cannot be used is moved aside, never overwritten, so nothing typed into
 * the playground is lost even when the file is damaged.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const DEFAULT_STATE_PATH = '.playground/state.json';

export type LoadedState<T> = { kind: 'loaded'; state: T; message: string } | { kind: 'fresh'; message: string };

/** "2026-11-26T01:43:07.123Z" as "20261126T014307123Z": sortable and safe in any file name. */
export function fileTimestamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Reads the state file and turns its JSON into a state with `restore` (which throws when the
 * content is not a workbook). A missing file or one that cannot be restored gives a fresh start,
 * with a message that says why; an unusable file is renamed to `<path>.bad-<timestamp>`.
 */
export function loadStateFile<T>(path: string, restore: (json: unknown) => T, now: Date): LoadedState<T> {
  if (!existsSync(path)) {
    return { kind: 'fresh', message: `No saved playground at ${path}: starting with a fresh workbook.` };
  }
  try {
    const state = restore(JSON.parse(readFileSync(path, 'utf8')));
    return { kind: 'loaded', state, message: `Loaded the saved playground from ${path}.` };
  } catch (err) {
    const aside = `${path}.bad-${fileTimestamp(now)}`;
    renameSync(path, aside);
    return {
      kind: 'fresh',
      message:
        `The saved playground at ${path} could not be read (${errorMessage(err)}). ` +
        `It was kept as ${aside}, and the playground starts with a fresh workbook.`,
    };
  }
}

/**
 * Writes the state's JSON text through a temporary file and a rename, so a crash never leaves
 * half a file.
 */
export function saveStateFile(path: string, jsonText: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.writing`;
  writeFileSync(temporary, `${jsonText}\n`);
  renameSync(temporary, path);
}
