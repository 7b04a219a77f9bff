/**
 * LockService in one process: a lock is held by the Lock object that took it, so a second
 * getDocumentLock() stands for another execution and cannot take it until it is released.
 */

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class LockState {
  holder: EmuLock | null = null;
}

export class EmuLock {
  constructor(private readonly state: LockState) {}

  /** Takes the lock if it is free (or already ours); never waits, since nothing else runs meanwhile. */
  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder && this.state.holder !== this) return false;
    this.state.holder = this;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }

  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
}

export interface EmuLockService {
  getDocumentLock(): EmuLock;
  getScriptLock(): EmuLock;
  getUserLock(): EmuLock;
}

export function createLockService(): EmuLockService {
  const document = new LockState();
  const script = new LockState();
  const user = new LockState();
  return {
    getDocumentLock: () => new EmuLock(document),
    getScriptLock: () => new EmuLock(script),
    getUserLock: () => new EmuLock(user),
  };
}
