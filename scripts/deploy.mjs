/**
 * `npm run deploy [-- "what changed"]`: build, upload, make a numbered version and point the
 * add-on's deployment at it, so installed copies run the new code.
 *
 * The deployment id comes from BMC_DEPLOYMENT_ID or from `deploymentId` in .deploy.json at the
 * project root (not tracked by git; BMC_DEPLOY_CONFIG names another file). The script project is
 * the one clasp uses: .clasp.json, or the file clasp_config_project names, as for clasp itself.
 * Everything is checked before the first command runs, so a missing setting changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = process.env.BMC_DEPLOY_CONFIG || join(root, '.deploy.json');
const projectSetting = process.env.clasp_config_project || root;
/** clasp takes a project file or the folder holding its .clasp.json. */
const projectPath =
  existsSync(projectSetting) && statSync(projectSetting).isDirectory()
    ? join(projectSetting, '.clasp.json')
    : projectSetting;
const PLACEHOLDER_SCRIPT_ID = 'REPLACE_WITH_YOUR_SCRIPT_ID';

function refuse(message) {
  console.error(`Nothing was deployed. ${message}`);
  process.exit(1);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    refuse(`${path} is not readable JSON: ${err.message}`);
  }
}

function deploymentId() {
  const fromEnv = process.env.BMC_DEPLOYMENT_ID?.trim();
  if (fromEnv) return fromEnv;
  const fromFile = existsSync(configPath) ? readJson(configPath).deploymentId : undefined;
  if (typeof fromFile === 'string' && fromFile.trim() !== '') return fromFile.trim();
  refuse(
    'No deployment id is configured. Create the add-on\'s deployment once (README, "Publish"), then either set ' +
      `BMC_DEPLOYMENT_ID or write {"deploymentId": "AKfy…"} into ${configPath}.`,
  );
}

function assertScriptProject() {
  const { scriptId } = readJson(projectPath);
  if (typeof scriptId !== 'string' || scriptId === '' || scriptId === PLACEHOLDER_SCRIPT_ID) {
    refuse(`${projectPath} names no script project yet: see "Run it in your own Google account" in the README.`);
  }
}

/** Runs a command in the project folder, its output shown as it comes; stops the deploy if it fails. */
function run(command, args, { capture = false } = {}) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (result.error) refuse(`${command} could not be started: ${result.error.message}`);
  if (result.status !== 0) {
    if (capture) process.stdout.write(result.stdout);
    console.error(`Deploy stopped: \`${command} ${args.join(' ')}\` failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

function main() {
  const id = deploymentId();
  assertScriptProject();
  const { version } = readJson(join(root, 'package.json'));
  const note = process.argv.slice(2).join(' ').trim();
  const description = note === '' ? `bmc-sheets ${version}` : `bmc-sheets ${version}: ${note}`;

  run('npm', ['run', 'build']);
  run('npx', ['clasp', 'push', '--force']);
  const created = run('npx', ['clasp', '--json', 'create-version', description], { capture: true });
  const versionNumber = /"versionNumber":\s*(\d+)/.exec(created)?.[1];
  if (!versionNumber) refuse(`clasp did not say which version it created: ${created.trim()}`);
  run('npx', ['clasp', 'update-deployment', id, '--versionNumber', versionNumber, '--description', description]);
  console.log(`Deployment ${id} now runs version ${versionNumber} ("${description}").`);
  // Only Google's console can do the last step of an editor add-on's update.
  console.log(
    `Published copies change once you enter version ${versionNumber} on the Google Workspace Marketplace SDK's App Configuration page.`,
  );
}

main();
