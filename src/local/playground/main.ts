/**
 * `npm start`: serves the playground on http://localhost:PORT/ (PORT, default 8080) with the
 * workbook saved in BMC_STATE (default .playground/state.json). Runs after `npm run build`.
 */
import { dirname, resolve } from 'node:path';
import { type Playground, startPlayground } from './server';
import { DEFAULT_STATE_PATH } from './state-file';

const DEFAULT_PORT = 8080;

function portFrom(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (0 picks a free one); it is "${text}".`);
  }
  return port;
}

async function main(): Promise<void> {
  // scripts/run-ts.mjs sets argv[1] to this file, wherever its bundle runs from.
  const root = resolve(dirname(process.argv[1]), '../../..');
  const port = portFrom(process.env.PORT);
  const statePath = process.env.BMC_STATE || DEFAULT_STATE_PATH;
  let playground: Playground;
  try {
    playground = await startPlayground({ root, port, statePath, now: () => new Date(), log: (m) => console.log(m) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is already in use: start with another, e.g. PORT=${port + 1} npm start`);
    }
    throw err;
  }
  console.log(`Playground ready: ${playground.url}  (Ctrl+C stops it; the workbook is saved in ${statePath})`);
  const stop = () => {
    playground.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`The playground could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
