/**
 * Checks a documented command line against what exists: `sporthub` commands, flags and argument counts
 * against the built CLI's oclif.manifest.json; `sporthub-server` subcommands and options against its
 * own `--help`. Returns the problems, empty when the line is valid.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './markdown.js';

interface ManifestFlag {
  name: string;
  char?: string;
  type: 'boolean' | 'option';
  allowNo?: boolean;
}
interface ManifestCommand {
  id: string;
  strict?: boolean;
  args: Record<string, { name: string }>;
  flags: Record<string, ManifestFlag>;
}

const MANIFEST = path.join(ROOT, 'packages/cli/oclif.manifest.json');
/** Answered by oclif itself or its plugins, not by a command file. */
const BUILT_IN = new Set(['--version', '-v', '--help', '-h', 'help', 'version', 'autocomplete']);

let commands: Map<string, ManifestCommand> | undefined;

export function cliCommands(): Map<string, ManifestCommand> {
  if (!commands) {
    if (!existsSync(MANIFEST))
      throw new Error('packages/cli/oclif.manifest.json is missing: run `pnpm run build`.');
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
      commands: Record<string, ManifestCommand>;
    };
    commands = new Map(Object.entries(manifest.commands));
  }
  return commands;
}

export function validateCli(args: readonly string[]): string[] {
  if (args.length === 0 || BUILT_IN.has(args[0] as string)) return [];
  const words: string[] = [];
  for (const a of args) {
    if (a.startsWith('-')) break;
    words.push(a);
  }
  let command: ManifestCommand | undefined;
  let used = 0;
  for (let n = words.length; n > 0 && !command; n--) {
    command = cliCommands().get(words.slice(0, n).join(':'));
    used = n;
  }
  if (!command) return [`unknown command "sporthub ${words.join(' ')}"`];
  const problems: string[] = [];
  const flags = Object.values(command.flags);
  const positional: string[] = [];
  const rest = args.slice(used);
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] as string;
    if (token === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (token === '--help' || token === '-h') continue;
    if (token.startsWith('--')) {
      const [name, value] = token.slice(2).split(/=(.*)/s);
      const flag =
        flags.find((f) => f.name === name) ??
        flags.find((f) => f.type === 'boolean' && f.allowNo && `no-${f.name}` === name);
      if (!flag) problems.push(`"${command.id.replaceAll(':', ' ')}" has no flag --${name}`);
      else if (flag.type === 'option' && value === undefined) i++;
    } else if (/^-[a-zA-Z]/.test(token)) {
      const flag = flags.find((f) => f.char === token[1]);
      if (!flag) problems.push(`"${command.id.replaceAll(':', ' ')}" has no flag ${token.slice(0, 2)}`);
      else if (flag.type === 'option' && token.length === 2) i++;
    } else positional.push(token);
  }
  const maxArgs = Object.keys(command.args ?? {}).length;
  if (command.strict !== false && positional.length > maxArgs) {
    problems.push(
      `"${command.id.replaceAll(':', ' ')}" takes ${maxArgs} argument(s), got ${positional.length}: ${positional.join(' ')}`,
    );
  }
  return problems;
}

const SERVER_BIN = path.join(ROOT, 'packages/server/bin/sporthub-server.js');
const helpCache = new Map<string, string>();

function serverHelp(words: string[]): string {
  const key = words.join(' ');
  let text = helpCache.get(key);
  if (text === undefined) {
    text = execFileSync(process.execPath, [SERVER_BIN, ...words, '--help'], { encoding: 'utf8' });
    helpCache.set(key, text);
  }
  return text;
}

function subcommands(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
}

export function validateServer(args: readonly string[]): string[] {
  if (args.length === 0 || ['--version', '-V', '--help', '-h', 'help'].includes(args[0] as string)) return [];
  const words: string[] = [];
  let help = serverHelp([]);
  for (const a of args) {
    if (!subcommands(help).includes(a)) break;
    words.push(a);
    help = serverHelp(words);
  }
  if (words.length === 0) return [`unknown command "sporthub-server ${args[0]}"`];
  const problems: string[] = [];
  for (const token of args.slice(words.length)) {
    if (!token.startsWith('--')) continue;
    const name = token.slice(2).split('=')[0] as string;
    if (!new RegExp(`(^|[\\s,])--${name}\\b`, 'm').test(help))
      problems.push(`"sporthub-server ${words.join(' ')}" has no option --${name}`);
  }
  return problems;
}
