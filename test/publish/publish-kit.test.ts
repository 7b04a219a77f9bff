/**
 * What publishing needs is in the repository and fits the Marketplace: the documents, the listing
 * texts and images (sizes read from each PNG's header), the licence and change log, the npm
 * scripts, a deploy that refuses to start unconfigured, and README links that lead somewhere.
 * Nothing here needs the network or a browser, and nothing is written outside a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  scripts: Record<string, string>;
};

/** Width and height from a PNG's IHDR chunk, which always comes first after the 8-byte signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(ROOT, path));
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the files publishing needs', () => {
  test.each([
    'docs/help.md',
    'docs/privacy.md',
    'docs/terms.md',
    'LICENSE',
    'CHANGELOG.md',
    'listing/README.md',
    'listing/icon.svg',
    'scripts/deploy.mjs',
    'scripts/watch.mjs',
    'scripts/listing-images.ts',
    'scripts/screenshots.ts',
  ])('%s exists and says something', (path) => {
    expect(read(path).trim().length).toBeGreaterThan(100);
  });

  test('the privacy policy names both scopes of the manifest and promises no sending, no storing elsewhere, no analytics', () => {
    const privacy = read('docs/privacy.md');
    const { oauthScopes } = JSON.parse(read('appsscript.json')) as { oauthScopes: string[] };
    for (const scope of oauthScopes) expect(privacy).toContain(scope);
    expect(privacy).toContain('sends nothing anywhere');
    expect(privacy).toContain('stores nothing outside the spreadsheet');
    expect(privacy).toContain('no analytics');
  });
});

describe('the Marketplace listing', () => {
  /** The Store Listing page's limits, from Google's "Create a store listing" guide. */
  test.each([
    ['listing/name.txt', 50],
    ['listing/short-description.txt', 200],
    ['listing/long-description.txt', 16_000],
    ['listing/category.txt', 50],
    ['listing/post-install-tip.txt', 500],
  ])('%s holds a text of at most %i characters', (path, limit) => {
    const text = read(path).trim();
    expect(text.length).toBeGreaterThan(0);
    expect([...text].length).toBeLessThanOrEqual(limit);
  });

  test.each([
    ['listing/icon-32.png', 32, 32],
    ['listing/icon-128.png', 128, 128],
    ['listing/banner-220x140.png', 220, 140],
  ])('%s is %i×%i', (path, width, height) => {
    expect(pngSize(path)).toEqual({ width, height });
  });

  test('at least three screenshots, each 1280×800', () => {
    const shots = readdirSync(join(ROOT, 'listing/screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots) expect(pngSize(`listing/screenshots/${shot}`)).toEqual({ width: 1280, height: 800 });
  });
});

describe('licence, change log and version', () => {
  test('LICENSE is the MIT licence package.json names, with the canvas texts and HyperFormula notices', () => {
    const licence = read('LICENSE');
    expect(packageJson.license).toBe('MIT');
    expect(licence.startsWith('MIT License')).toBe(true);
    expect(licence).toContain('Strategyzer AG');
    expect(licence).toContain('Creative Commons Attribution-ShareAlike 3.0');
    expect(licence).toContain('HyperFormula');
    expect(licence).toContain('GPL-3.0');
  });

  test('the change log starts with the version package.json and its lock file carry, and keeps 0.1.0', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      version: string;
      packages: Record<string, { version?: string }>;
    };
    expect(packageJson.version).toBe('0.2.0');
    expect(lock.version).toBe(packageJson.version);
    expect(lock.packages[''].version).toBe(packageJson.version);
    const versions = [...read('CHANGELOG.md').matchAll(/^## (\d+\.\d+\.\d+)/gm)].map((m) => m[1]);
    expect(versions[0]).toBe(packageJson.version);
    expect(versions).toContain('0.1.0');
  });
});

describe('npm scripts', () => {
  test('push builds, then pushes with --force; open, watch and deploy are there', () => {
    const { scripts } = packageJson;
    expect(scripts.push).toBe('npm run build && clasp push --force');
    expect(scripts.open).toBe('clasp open-script');
    expect(scripts.watch).toBe('node scripts/watch.mjs');
    expect(scripts.deploy).toBe('node scripts/deploy.mjs');
    expect(scripts.screenshots).toContain('scripts/screenshots.ts');
  });

  describe('deploy', () => {
    // Stand-ins for npm, npx and clasp: each notes its call; create-version answers as clasp
    // --json does, and a push fails when FAIL_PUSH is set.
    const folder = mkdtempSync(join(tmpdir(), 'bmc-deploy-'));
    const calls = join(folder, 'calls.log');
    const bin = join(folder, 'bin');
    const project = join(folder, 'project.json');
    const STAND_IN = (command: string) => `#!/bin/sh
echo "${command} $*" >> "${calls}"
case "$*" in
  *create-version*) echo '{"versionNumber": 7}' ;;
  *push*) [ -n "$FAIL_PUSH" ] && exit 3 ;;
esac
exit 0
`;

    beforeAll(() => {
      mkdirSync(bin);
      for (const command of ['npm', 'npx', 'clasp']) {
        writeFileSync(join(bin, command), STAND_IN(command));
        chmodSync(join(bin, command), 0o755);
      }
      writeFileSync(project, JSON.stringify({ scriptId: '1scriptIdOfTheTest', rootDir: 'dist' }));
    });
    beforeEach(() => rmSync(calls, { force: true }));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    /** scripts/deploy.mjs with only the stand-ins on PATH and no setting but `env`. */
    const deploy = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/deploy.mjs'), 'a note'], {
        cwd: ROOT,
        env: {
          PATH: bin,
          HOME: folder,
          BMC_DEPLOY_CONFIG: join(folder, 'missing.json'),
          clasp_config_project: project,
          ...env,
        },
        encoding: 'utf8',
      });
    const called = (): string[] => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);

    test('with no deployment id it refuses, says how to configure one, and runs nothing', () => {
      const result = deploy({});
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Nothing was deployed. No deployment id is configured.');
      expect(result.stderr).toContain('BMC_DEPLOYMENT_ID');
      expect(result.stderr).toContain('"deploymentId"');
      expect(called()).toEqual([]);
    });

    test('an empty id, in the environment or the config file, counts as none', () => {
      const config = join(folder, 'deploy.json');
      writeFileSync(config, JSON.stringify({ deploymentId: '  ' }));
      const result = deploy({ BMC_DEPLOYMENT_ID: '', BMC_DEPLOY_CONFIG: config });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('No deployment id is configured.');
      expect(called()).toEqual([]);
    });

    test('a config file that is not JSON is named, and nothing runs', () => {
      const config = join(folder, 'broken.json');
      writeFileSync(config, '{"deploymentId": ');
      const result = deploy({ BMC_DEPLOY_CONFIG: config });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${config} is not readable JSON`);
      expect(called()).toEqual([]);
    });

    test('a project file still holding the placeholder script id is refused, and nothing runs', () => {
      const placeholder = join(folder, 'placeholder.json');
      writeFileSync(placeholder, JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }));
      const result = deploy({ BMC_DEPLOYMENT_ID: 'AKfyTest', clasp_config_project: placeholder });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('names no script project yet');
      expect(called()).toEqual([]);
    });

    test('configured, it builds, pushes, makes a version and moves the deployment to it', () => {
      const config = join(folder, 'deploy-ok.json');
      writeFileSync(config, JSON.stringify({ deploymentId: 'AKfyFromFile' }));
      const result = deploy({ BMC_DEPLOY_CONFIG: config });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const description = `bmc-sheets ${packageJson.version}: a note`;
      expect(called()).toEqual([
        'npm run build',
        'npx clasp push --force',
        `npx clasp --json create-version ${description}`,
        `npx clasp update-deployment AKfyFromFile --versionNumber 7 --description ${description}`,
      ]);
      expect(result.stdout).toContain('Deployment AKfyFromFile now runs version 7');
    });

    test('the environment wins over the config file, and a failed step stops the deploy with its exit code', () => {
      const result = deploy({ BMC_DEPLOYMENT_ID: 'AKfyFromEnv', FAIL_PUSH: '1' });
      expect(result.status).toBe(3);
      expect(result.stderr).toContain('Deploy stopped: `npx clasp push --force` failed (exit code 3).');
      expect(called()).toEqual(['npm run build', 'npx clasp push --force']);
    });

    test('the clasp commands and options it uses are those of the pinned clasp', () => {
      const claspHelp = (...args: string[]) =>
        spawnSync(process.execPath, [join(ROOT, 'node_modules/@google/clasp/build/src/index.js'), ...args, '--help'], {
          cwd: folder,
          env: { PATH: bin, HOME: folder },
          encoding: 'utf8',
        }).stdout;
      expect(claspHelp()).toContain('--json');
      expect(claspHelp('push')).toContain('--force');
      expect(claspHelp('create-version')).toContain('Usage: clasp create-version');
      expect(claspHelp('update-deployment')).toMatch(/--versionNumber[\s\S]*--description/);
      expect(claspHelp('open-script')).toContain('Usage: clasp open-script');
    });
  });
});

describe('links', () => {
  /** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
  const slug = (heading: string): string =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s/g, '-');

  test.each([
    ['README.md', 10],
    ['docs/help.md', 3],
    ['docs/terms.md', 1],
    ['docs/privacy.md', 0],
    ['listing/README.md', 0],
  ])(
    'every relative link of %s (at least %i) leads to a file of the repository, or a heading of the page',
    (page, atLeast) => {
      const text = read(page).replace(/```[\s\S]*?```/g, '');
      const headings = new Set([...text.matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1])));
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
      expect(targets.length).toBeGreaterThanOrEqual(atLeast);
      const broken = targets.filter((target) => {
        const [path, anchor] = target.split('#');
        if (path === '') return !headings.has(anchor);
        return !existsSync(join(ROOT, dirname(page), path));
      });
      expect(broken).toEqual([]);
    },
  );
});
