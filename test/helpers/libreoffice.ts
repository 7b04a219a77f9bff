/**
 * Recalculates workbooks in headless LibreOffice. Each run gets its own profile folder whose
 * settings make LibreOffice recalculate every formula on load (it would otherwise keep the cached
 * values an .xlsx carries) and pin the locale to en-US.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

export const SOFFICE = process.env.SOFFICE ?? 'soffice';

/**
 * Opens each of `inputs` in one LibreOffice run, recalculates it and saves it as .xlsx into
 * `outDir`; returns the paths written, in the order of `inputs`.
 */
export function recalculateInLibreOffice(inputs: string[], workDir: string): string[] {
  const profile = join(workDir, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), SETTINGS);
  const outDir = join(workDir, 'recalculated');
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...inputs,
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (run.error)
    throw new Error(
      `LibreOffice (${SOFFICE}) could not run: ${run.error.message}. Install libreoffice-calc-nogui (.ci/run does).`,
    );
  if (run.status !== 0) throw new Error(`LibreOffice failed (exit ${run.status}): ${run.stderr}`);
  return inputs.map((input) => join(outDir, basename(input)));
}
