/**
 * The playground's saved workbook: one JSON file, written atomically after each change and read
 * at start. A file that cannot be used is moved aside, never overwritten, so nothing typed into
 * the playground is lost even when the file is damaged. A lock file beside it keeps a second
 * playground off the same file, where each would overwrite the other's work.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

export const DEFAULT_STATE_PATH = '.playground/state.json';

export type LoadedState<T> =
  | { kind: 'loaded'; state: T; message: string }
  /** `setAside`: the file could not be used and was kept under another name. */
  | { kind: 'fresh'; message: string; setAside: boolean };

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
    return {
      kind: 'fresh',
      message: `No saved playground at ${path}: starting with a fresh workbook.`,
      setAside: false,
    };
  }
  try {
    // An editor that saved the file with a byte-order mark has not damaged it.
    const state = restore(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
    return { kind: 'loaded', state, message: `Loaded the saved playground from ${path}.` };
  } catch (err) {
    const aside = `${path}.bad-${fileTimestamp(now)}`;
    renameSync(path, aside);
    return {
      kind: 'fresh',
      message:
        `The saved playground at ${path} could not be read (${errorMessage(err)}). ` +
        `It was kept as ${aside}, and the playground starts with a fresh workbook.`,
      setAside: true,
    };
  }
}

/**
 * Writes the state's JSON text to a temporary file of its own, flushes it to the disk and renames
 * it over the state file, so a crash or a full disk never leaves half a file.
 */
export function saveStateFile(path: string, jsonText: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeFileSync(fd, `${jsonText}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export interface StateLock {
  /** Lets another playground use the state file. */
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id in a lock file, or null when it holds none (or was removed meanwhile). */
function lockHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function lockedMessage(statePath: string, lockPath: string, pid: number): string {
  return (
    `Another playground (process ${pid}) is using ${statePath}, and two would overwrite each other's work. ` +
    `Stop that one first, or give this one a file of its own: BMC_STATE=.playground/other.json npm start. ` +
    `(If no playground is running, delete ${lockPath}.)`
  );
}

/**
 * Takes the state file for this process: `<path>.lock` holds its process id while it runs. A lock
 * left by a process that has ended is taken over; one held by a running process is refused with
 * a message that names the file and the way out.
 */
export function lockStateFile(statePath: string): StateLock {
  const lockPath = `${statePath}.lock`;
  mkdirSync(dirname(statePath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
    }
    const holder = lockHolder(lockPath);
    if (holder !== null && isRunning(holder)) {
      throw new Error(lockedMessage(statePath, lockPath, holder));
    }
    rmSync(lockPath, { force: true });
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      rmSync(lockPath, { force: true });
    },
  };
}
