#!/usr/bin/env node
// `pnpm release:check`: proves the four packages install and work on a machine that has only Node.js and
// npm, from the tarballs a release would publish — not from the workspace.
//
//  1. `pnpm pack` each package (rewrites workspace:/catalog: ranges to real versions) into a temp folder
//     outside the workspace;
//  2. `npm install` the four tarballs into an empty project there (dependencies from the npm registry);
//  3. from the installed copies: `sporthub --version`, `sporthub-server start` on a fresh SQLite file with
//     a bootstrap token, `sporthub apply -f examples/data/network.yaml`, `sporthub schedules import
//     examples/data/schedules/march-2027.csv`, and the SDK and schemas loaded by `import` and `require`;
//  4. publint on the installed SDK and schemas, are-the-types-wrong on their tarballs;
//  5. `changeset version` on a copy of the workspace manifests: the pending changesets are valid and
//     bump all four packages (nothing in the workspace changes).
// Any failing step stops the check with exit 1 and says which step and why. Needs `pnpm run build`.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGES = ['schemas', 'sdk', 'cli', 'server'];
const exec = promisify(execFile);
const started = performance.now();

class StepFailed extends Error {}

async function step(name, work) {
  const t0 = performance.now();
  process.stderr.write(`› ${name}\n`);
  try {
    const detail = await work();
    process.stderr.write(`  ✓ ${detail ?? 'ok'} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  } catch (error) {
    process.stderr.write(`  ✗ ${name} failed: ${error.message}\n`);
    throw new StepFailed(name);
  }
}

/** Runs a command; on a non-zero exit throws with its output, so the failure says why. */
async function sh(command, args, options = {}) {
  try {
    return await exec(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    throw new Error(`${command} ${args.join(' ')} exited with ${error.code}\n${output}`);
  }
}

function packageJson(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

const work = mkdtempSync(join(tmpdir(), 'sporthub-release-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const bins = join(app, 'node_modules/.bin');
let server;

try {
  await step('build outputs present', async () => {
    const missing = [
      'schemas/dist/index.js',
      'sdk/dist/index.cjs',
      'cli/oclif.manifest.json',
      'server/dist/bin.js',
    ]
      .map((file) => join(root, 'packages', file))
      .filter((file) => !existsSync(file));
    if (missing.length) throw new Error(`not built: ${missing.join(', ')} — run \`pnpm run build\``);
  });

  await step('pnpm pack the four packages', async () => {
    mkdirSync(tarballs, { recursive: true });
    for (const name of PACKAGES) {
      await sh('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', name) });
    }
    const packed = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
    if (packed.length !== PACKAGES.length) throw new Error(`expected 4 tarballs, got ${packed.join(', ')}`);
    for (const file of packed) {
      const { stdout } = await sh('tar', ['-xOzf', join(tarballs, file), 'package/package.json']);
      if (/"(workspace|catalog):/.test(stdout))
        throw new Error(`${file} still has workspace:/catalog: ranges`);
    }
    return packed.join(', ');
  });

  await step('npm install the tarballs into an empty project outside the workspace', async () => {
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      '{ "name": "release-check", "private": true, "type": "module" }\n',
    );
    const files = readdirSync(tarballs).map((f) => join(tarballs, f));
    const reuse = process.env.RELEASE_CHECK_COMPILE !== '1' && workspaceSqliteBinary();
    await sh(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...(reuse ? ['--ignore-scripts'] : []),
        ...files,
      ],
      { cwd: app, env: { ...process.env, npm_config_workspaces: 'false' } },
    );
    if (reuse) {
      // better-sqlite3 has no prebuilt binary reachable here and compiles for 1.5–5 minutes. The
      // workspace compiled the very same version for the same Node ABI from the same registry tarball
      // (`pnpm install`), so reuse that binary; RELEASE_CHECK_COMPILE=1 compiles it as a user would.
      const installed = join(app, 'node_modules/better-sqlite3');
      if (packageJson(installed).version !== reuse.version) {
        await sh('npm', ['rebuild', 'better-sqlite3'], { cwd: app });
      } else {
        mkdirSync(join(installed, 'build/Release'), { recursive: true });
        cpSync(reuse.binary, join(installed, 'build/Release/better_sqlite3.node'));
      }
    }
    for (const b of ['sporthub', 'sporthub-server']) {
      if (!existsSync(join(bins, b))) throw new Error(`node_modules/.bin/${b} is missing`);
    }
    return app;
  });

  const env = {
    ...process.env,
    CI: 'true',
    NO_COLOR: '1',
    SPORTHUB_CONFIG_DIR: join(work, 'config'),
  };
  for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE', 'SPORTHUB_DB'])
    delete env[name];
  const cliVersion = packageJson(join(root, 'packages/cli')).version;

  await step('sporthub --version', async () => {
    const { stdout } = await sh(join(bins, 'sporthub'), ['--version'], { cwd: app, env });
    if (!stdout.includes(`@sporthub/cli/${cliVersion}`)) throw new Error(`unexpected version: ${stdout}`);
    return stdout.trim();
  });

  const token = `shk_${randomBytes(32).toString('base64url')}`;
  let apiUrl;
  await step('sporthub-server start on a fresh SQLite file with a bootstrap token', async () => {
    server = spawn(
      join(bins, 'sporthub-server'),
      ['start', '--db', join(work, 'sporthub.db'), '--port', '0'],
      {
        cwd: app,
        env: { ...env, SPORTHUB_BOOTSTRAP_TOKEN: token },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    apiUrl = await listening(server);
    return apiUrl;
  });

  const cli = async (args) => {
    const { stdout } = await sh(join(bins, 'sporthub'), [...args, '--json'], {
      cwd: app,
      env: { ...env, SPORTHUB_API_URL: apiUrl, SPORTHUB_TOKEN: token },
    });
    const doc = JSON.parse(stdout);
    if (!doc.ok) throw new Error(`${args.join(' ')}: ${JSON.stringify(doc.error)}`);
    return doc.result;
  };

  await step('sporthub apply -f examples/data/network.yaml', async () => {
    const result = await cli(['apply', '-f', join(root, 'examples/data/network.yaml')]);
    const { created } = result.summary ?? result;
    if (!(created > 0)) throw new Error(`nothing created: ${JSON.stringify(result)}`);
    return `created ${created}`;
  });

  await step('sporthub schedules import examples/data/schedules/march-2027.csv', async () => {
    const csv = join(root, 'examples/data/schedules/march-2027.csv');
    const rows = readFileSync(csv, 'utf8').trim().split('\n').length - 1;
    const { summary } = await cli(['schedules', 'import', csv, '--progress', 'none']);
    if (summary.created !== rows || summary.rejected !== 0) {
      throw new Error(`expected ${rows} created, 0 rejected; got ${JSON.stringify(summary)}`);
    }
    return `${summary.created} sessions created`;
  });

  await step('the SDK and schemas load with import and require', async () => {
    const script = `
      const esm = await import('@sporthub/sdk');
      const { createRequire } = await import('node:module');
      const cjs = createRequire(process.cwd() + '/')('@sporthub/sdk');
      const schemas = createRequire(process.cwd() + '/')('@sporthub/schemas');
      const hub = new esm.SportHub({ baseUrl: process.env.URL, token: process.env.TOKEN });
      const outlets = await hub.outlets.list().toArray({ max: 100 });
      if (typeof cjs.SportHub !== 'function') throw new Error('require: no SportHub');
      if (!schemas.ManifestSchema) throw new Error('require: no ManifestSchema');
      console.log(outlets.length + ' outlets via the SDK');`;
    const { stdout } = await sh(process.execPath, ['--input-type=module', '-e', script], {
      cwd: app,
      env: { ...env, URL: apiUrl, TOKEN: token },
    });
    return stdout.trim();
  });

  await step('sporthub-server stops on SIGTERM with exit 0', async () => {
    const code = await new Promise((done) => {
      server.once('exit', (c) => done(c));
      server.kill('SIGTERM');
    });
    server = undefined;
    if (code !== 0) throw new Error(`exit ${code}`);
  });

  await step('publint (installed copies) and are-the-types-wrong (tarballs): SDK and schemas', async () => {
    for (const name of ['sdk', 'schemas']) {
      await sh(join(root, 'node_modules/.bin/publint'), [
        '--strict',
        join(app, 'node_modules/@sporthub', name),
      ]);
      const tarball = readdirSync(tarballs).find((f) => f.startsWith(`sporthub-${name}-`));
      await sh(join(root, 'node_modules/.bin/attw'), [join(tarballs, tarball), '--profile', 'node16']);
    }
  });

  await step(
    'changeset version (dry run on a copy): the changesets are valid and bump all four',
    async () => {
      const copy = join(work, 'changesets');
      for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset']) {
        cpSync(join(root, file), join(copy, file), { recursive: true });
      }
      const workspaces = ['packages', 'examples'].flatMap((dir) =>
        readdirSync(join(root, dir)).map((name) => `${dir}/${name}`),
      );
      for (const dir of [...workspaces, 'tests']) {
        if (existsSync(join(root, dir, 'package.json')))
          cpSync(join(root, dir, 'package.json'), join(copy, dir, 'package.json'));
      }
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
      await sh(join(root, 'node_modules/.bin/changeset'), ['version'], {
        cwd: copy,
        env: { ...env, CI: 'true' },
      });
      const bumped = PACKAGES.map((name) => {
        const before = packageJson(join(root, 'packages', name)).version;
        const after = packageJson(join(copy, 'packages', name)).version;
        if (after === before) throw new Error(`@sporthub/${name} not bumped (${before})`);
        if (!existsSync(join(copy, 'packages', name, 'CHANGELOG.md')))
          throw new Error(`@sporthub/${name}: no CHANGELOG.md`);
        return `${name} ${before} → ${after}`;
      });
      return bumped.join(', ');
    },
  );

  process.stderr.write(`✓ release check passed in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
} catch (error) {
  if (!(error instanceof StepFailed)) process.stderr.write(`✗ ${error.stack ?? error}\n`);
  process.stderr.write(`✗ release check failed (work folder kept: ${work})\n`);
  process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (process.exitCode !== 1) rmSync(work, { recursive: true, force: true });
}

/** The workspace's compiled better-sqlite3 (version and binary), or null when there is none. */
function workspaceSqliteBinary() {
  try {
    const dir = dirname(
      createRequire(join(root, 'packages/server/package.json')).resolve('better-sqlite3/package.json'),
    );
    const binary = join(dir, 'build/Release/better_sqlite3.node');
    return existsSync(binary) ? { version: packageJson(dir).version, binary } : null;
  } catch {
    return null;
  }
}

/** Resolves with the server's URL from its `listening` log line; rejects if it exits first. */
function listening(child) {
  return new Promise((resolveUrl, reject) => {
    const logs = [];
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line within 60 s:\n${logs.join('\n')}`)),
      60_000,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      logs.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'listening' && entry.url) {
          clearTimeout(timer);
          resolveUrl(entry.url);
        }
      } catch {}
    });
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${logs.join('\n')}`));
    });
  });
}
