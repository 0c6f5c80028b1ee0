import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentNames, loadEveryEntry, portalAndWebhookRoundTrip } from './check-scripts';
import { formatSizes, packWorkspace, REPO_ROOT, type PackedPackage } from './pack-workspace';
import { run } from './run';
import { createTestApp, workspaceVersion, type TestApp } from './test-app';

/*
 * The packages as users get them: packed by pnpm (which builds them in `prepack`), installed from the
 * tarballs with npm into an app outside the workspace, and loaded by plain `node`.
 */
const SETUP_TIMEOUT = 20 * 60_000;
const TEST_TIMEOUT = 5 * 60_000;
const REPOSITORY = 'git+https://github.com/portalkit/portalkit.git';

let scratch: string;
let packed: PackedPackage[];
let app: TestApp;

const installed = (each: PackedPackage) => join(app.dir, 'node_modules', each.workspaceManifest.name);
const manifestOf = (each: PackedPackage) => JSON.parse(readFileSync(join(installed(each), 'package.json'), 'utf8'));
const entriesOf = (each: PackedPackage) =>
  Object.keys(each.workspaceManifest.exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => each.workspaceManifest.name + subpath.slice(1));
const the = (dir: string) => packed.find((each) => each.dir === dir)!;
const userApp = (name: string) => createTestApp(join(scratch, name));
// The package and the @portalkit packages it depends on, directly or not: npm cannot fetch those from the registry.
const withInternalDependencies = (root: PackedPackage): PackedPackage[] => {
  const found = new Set([root]);
  for (const each of found) {
    for (const name of Object.keys(each.workspaceManifest.dependencies ?? {})) {
      const internal = packed.find((one) => one.workspaceManifest.name === name);
      if (internal) found.add(internal);
    }
  }
  return [...found];
};
const thirdParty = () => ['react', 'react-dom', '@tanstack/react-query'].map((name) => `${name}@${workspaceVersion(name)}`);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'portalkit-tarballs-'));
  packed = await packWorkspace(join(scratch, 'workspace'), join(scratch, 'tarballs'));
  console.log(`Tarball sizes:\n${formatSizes(packed)}`);
  app = userApp('app');
  await app.install([...packed.map((each) => each.tarball), `stripe@${workspaceVersion('stripe')}`, ...thirdParty()]);
}, SETUP_TIMEOUT);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the published tarballs', { timeout: TEST_TIMEOUT }, () => {
  it('carry the metadata npm shows, LICENSE, README and CHANGELOG, and no workspace: ranges', () => {
    const license = readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8');
    expect(license).toContain('Copyright (c) 2026 The portalkit authors');
    for (const each of packed) {
      const manifest = manifestOf(each);
      expect(manifest).toMatchObject({
        name: each.workspaceManifest.name,
        version: each.workspaceManifest.version,
        license: 'MIT',
        repository: { type: 'git', url: REPOSITORY, directory: `packages/${each.dir}` },
        homepage: `https://github.com/portalkit/portalkit/tree/main/packages/${each.dir}#readme`,
        bugs: { url: 'https://github.com/portalkit/portalkit/issues' },
        engines: { node: '>=20.19' },
      });
      expect(manifest.files).toEqual(each.workspaceManifest.files);
      expect(manifest.keywords.length).toBeGreaterThan(3);
      expect(readFileSync(join(installed(each), 'package.json'), 'utf8')).not.toContain('workspace:');
      // The published map is the workspace's without the condition that points at `src/`.
      const withoutSource = JSON.parse(
        JSON.stringify(each.workspaceManifest.exports, (key, value) => (key === 'portalkit-source' ? undefined : value)),
      );
      expect(manifest.exports).toEqual(withoutSource);
      for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md']) expect([...each.files.keys()]).toContain(file);
      expect(readFileSync(join(installed(each), 'LICENSE'), 'utf8')).toBe(license);
      // Source maps point into the package (`../src/...` with the text inlined), never at the build machine.
      for (const [file] of each.files) {
        if (file.endsWith('.map')) expect(readFileSync(join(installed(each), file), 'utf8')).not.toContain(scratch);
      }
    }
  });

  it("ship declaration maps that lead each entry's types to the package's own src/, with no tests in it", () => {
    for (const each of packed) {
      const shipped = [...each.files.keys()];
      const typeEntries = new Set(
        Object.values(manifestOf(each).exports as Record<string, { import?: { types: string }; require?: { types: string } }>)
          .flatMap((target) => [target.import?.types, target.require?.types])
          .filter((file): file is string => typeof file === 'string')
          .map((file) => file.replace(/^\.\//, '')),
      );
      expect(typeEntries.size, each.dir).toBeGreaterThan(0);
      for (const file of shipped.filter((name) => /\.d\.c?ts$/.test(name))) {
        const types = readFileSync(join(installed(each), file), 'utf8');
        const linked = types.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
        // A file of re-exports only has nothing to map; one that declares anything must carry its map.
        if (!linked) {
          expect(types, file).not.toMatch(/\b(declare|interface|type \w+ =)\b/);
          continue;
        }
        const map = JSON.parse(readFileSync(join(installed(each), file, '..', linked), 'utf8')) as { sources: string[] };
        expect(map.sources.length, file).toBeGreaterThan(0);
        for (const source of map.sources) {
          const target = join(file, '..', source);
          expect(target, `${file} -> ${source}`).toMatch(/^src\//);
          expect(shipped, `${file} -> ${source}`).toContain(target);
        }
        typeEntries.delete(file);
      }
      // Every entry's own types have a map, so "go to definition" on an import lands in source. React's
      // `errors` entry only re-exports from a shared chunk, whose own map does the leading.
      expect([...typeEntries], each.dir).toEqual(each.dir === 'react' ? ['dist/errors.d.ts', 'dist/errors.d.cts'] : []);
      expect(
        shipped.filter((name) => /\.test(-d)?\.tsx?$|\.stories\.|^src\/(testing|test)\//.test(name)),
        each.dir,
      ).toEqual([]);
    }
  });

  it('load every entry with import and with require(), each in an app with only that package and its required peers', async () => {
    for (const each of packed) {
      // What the package's README has users install: itself, and the peers it cannot do without.
      // Alone, so a dependency that only another package brings along (the emulator's
      // @hono/node-server, say) cannot hide a missing one.
      const manifest = manifestOf(each);
      const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
        (name) => !manifest.peerDependenciesMeta?.[name]?.optional,
      );
      const alone = userApp(`alone-${each.dir}`);
      await alone.install([
        ...withInternalDependencies(each).map((one) => one.tarball),
        ...peers.map((name) => `${name}@${workspaceVersion(name)}`),
      ]);
      const specifiers = entriesOf(each);
      const imported = JSON.parse(await alone.node(loadEveryEntry(specifiers, 'module'), 'module'));
      const required = JSON.parse(await alone.node(loadEveryEntry(specifiers, 'commonjs'), 'commonjs'));
      for (const specifier of specifiers) {
        expect(imported[specifier], `import('${specifier}')`).toEqual(expect.arrayContaining([expect.any(String)]));
        expect(required[specifier], `require('${specifier}')`).toEqual(imported[specifier]);
      }
    }
  });

  it("keep 'use client' first in the React component entries and out of the server-safe entry", () => {
    const react = the('react');
    const directive = /^["']use client["'];/;
    const files = (subpath: string) => {
      const target = manifestOf(react).exports[subpath];
      return [target.import.default, target.require.default].map((file: string) => join(installed(react), file));
    };
    for (const file of [...files('.'), ...files('./form')]) expect(readFileSync(file, 'utf8'), file).toMatch(directive);
    // `@portalkit/react/errors` and every chunk it loads: one directive on the way makes them client references.
    const pending = files('./errors');
    const seen = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(directive);
      for (const [, relative] of code.matchAll(/(?:from\s*|import\s*|require\()["'](\.\/[^"']+)["']/g))
        pending.push(join(file, '..', relative!));
    }
    expect(seen.size).toBeGreaterThan(2);
  });

  it('name the React components for DevTools, whatever the bundler renames', async () => {
    const names = JSON.parse(await app.node(componentNames, 'commonjs'));
    expect(names).toEqual({
      require: ['ManageBillingButton', 'ManageBillingForm'],
      import: ['ManageBillingButton', 'ManageBillingForm'],
    });
  });

  it('install the emulator CLI as an executable bin that runs', async () => {
    const emulator = the('stripe-emulator');
    const bin = manifestOf(emulator).bin['stripe-emulator'].replace(/^\.\//, '');
    expect(emulator.files.get(bin)).toMatch(/^-rwx/);
    expect(readFileSync(join(installed(emulator), bin), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(join(app.dir, 'node_modules', '.bin', 'stripe-emulator')).isFile()).toBe(true);
    const { stdout } = await run(join(app.dir, 'node_modules', '.bin', 'stripe-emulator'), ['--help'], { cwd: app.dir });
    expect(stdout).toContain('Usage: stripe-emulator [options]');
  });

  it('pass publint with nothing to report', async () => {
    for (const each of packed) {
      const { stdout } = await run('pnpm', ['exec', 'publint', 'run', each.tarball, '--strict'], { cwd: REPO_ROOT });
      console.log(stdout.trim());
      expect(stdout).toContain('All good!');
    }
  });

  it('pass are-the-types-wrong for node16 from CommonJS and from ESM, bundlers, and node10', async () => {
    for (const each of packed) {
      // attw's default profile checks all four resolutions (node10 through `typesVersions`) and exits
      // non-zero on any problem, which `run` turns into a failure.
      const { stdout } = await run('pnpm', ['exec', 'attw', each.tarball, '--format', 'ascii'], { cwd: REPO_ROOT });
      console.log(stdout.trim());
      expect(stdout).toContain('No problems found');
      const verdicts = stdout.split('\n').filter((line) => /^(node16 \(from (CJS|ESM)\)|bundler|node10):/.test(line));
      // One line per resolution for every entry, and `./package.json`.
      expect(verdicts).toHaveLength(4 * Object.keys(each.workspaceManifest.exports).length);
      for (const line of verdicts) expect(line).toContain('🟢');
    }
  });
});

describe('the stripe peer range', { timeout: TEST_TIMEOUT }, () => {
  async function versionsInRange(): Promise<string[]> {
    const range = the('server').workspaceManifest.peerDependencies.stripe;
    expect(manifestOf(the('stripe-emulator')).peerDependencies.stripe).toBe(range);
    const { stdout } = await run('npm', ['view', `stripe@${range}`, 'version', '--json', '--prefer-offline'], { cwd: scratch });
    const compare = (a: string, b: string) => {
      const [x, y] = [a, b].map((version) => version.split('.').map(Number));
      return x![0]! - y![0]! || x![1]! - y![1]! || x![2]! - y![2]!;
    };
    return ([] as string[]).concat(JSON.parse(stdout)).sort(compare);
  }

  async function roundTripWith(version: string) {
    const stripeApp = userApp(`app-stripe-${version}`);
    await stripeApp.install([
      the('protocol').tarball,
      the('server').tarball,
      the('stripe-emulator').tarball,
      `stripe@${version}`,
    ]);
    return JSON.parse(await stripeApp.node(portalAndWebhookRoundTrip, 'module'));
  }

  it('holds at its lowest version: a portal session and a verified webhook through the real SDK', async () => {
    const [lowest] = await versionsInRange();
    expect(await roundTripWith(lowest!)).toEqual({
      stripe: lowest,
      portal: { status: 200, url: true },
      webhook: { status: 200, seen: ['evt_tarball'] },
    });
  });

  it('holds at its highest version: a portal session and a verified webhook through the real SDK', async () => {
    const highest = (await versionsInRange()).at(-1)!;
    expect(await roundTripWith(highest)).toEqual({
      stripe: highest,
      portal: { status: 200, url: true },
      webhook: { status: 200, seen: ['evt_tarball'] },
    });
  });
});
