import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Plugin, settings } from '@oclif/core';
import { runCommand } from '@oclif/test';

const CLI_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let plugins: Promise<Map<string, Plugin>> | undefined;

/**
 * The CLI as an oclif root plugin whose commands, help class and hooks point at `src/` instead of
 * `dist/`, and which ignores any built manifest, so tests exercise the sources, never a stale build.
 * oclif then imports the .ts files through ts-loader.mjs.
 */
function sourcePlugins(): Promise<Map<string, Plugin>> {
  plugins ??= (async () => {
    register('./ts-loader.mjs', import.meta.url);
    settings.enableAutoTranspile = false;
    const pjson = JSON.parse(readFileSync(join(CLI_ROOT, 'package.json'), 'utf8'));
    pjson.oclif = {
      ...pjson.oclif,
      commands: './src/commands',
      helpClass: './src/help',
      hooks: { command_not_found: './src/hooks/command-not-found' },
      plugins: [],
    };
    const root = new Plugin({ root: CLI_ROOT, isRoot: true, pjson, ignoreManifest: true });
    await root.load();
    return new Map([[root.name, root]]);
  })();
  return plugins;
}

export interface CliRun {
  stdout: string;
  stderr: string;
  /** The process exit code the CLI would have exited with. */
  exitCode: number;
  error: Error | undefined;
}

/** Runs `sporthub <args>` in-process with `@oclif/test`'s `runCommand`, against the sources. */
export async function runCli(args: string[]): Promise<CliRun> {
  const { stdout, stderr, error } = await runCommand(args, {
    root: CLI_ROOT,
    plugins: await sourcePlugins(),
  });
  const exit = (error as { oclif?: { exit?: number } } | undefined)?.oclif?.exit;
  return { stdout, stderr, error, exitCode: error ? (exit ?? 1) : 0 };
}

/** A fresh config directory, set as SPORTHUB_CONFIG_DIR; the SPORTHUB_* variables are cleared. */
export function freshConfigDir(): string {
  for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE']) delete process.env[name];
  const dir = mkdtempSync(join(tmpdir(), 'sporthub-cli-config-'));
  process.env.SPORTHUB_CONFIG_DIR = dir;
  return dir;
}

/** Writes a config file directly (to test what the CLI does with a file it did not write). */
export function writeConfigFile(dir: string, content: unknown, mode: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(content), { mode });
  chmodSync(path, mode);
  return path;
}
