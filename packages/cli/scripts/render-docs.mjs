#!/usr/bin/env node
// Renders docs/cli.md — the command reference — from the commands' own metadata (summary,
// description, usage, arguments, flags, examples), as oclif records it in oclif.manifest.json.
// `pnpm --filter @sporthub/cli docs` (after a build) writes it; test/scripts/docs.test.ts renders the
// same from the sources and fails when docs/cli.md differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GLOBAL = 'GLOBAL';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();
const bin = (text, name) => String(text).replaceAll('<%= config.bin %>', name);
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const display = (id) => id.split(':').join(' ');

function flagLabel(flag) {
  const long = `--${flag.name}`;
  const value = flag.type === 'option' ? (flag.options ? `=${flag.options.join('|')}` : '=<value>') : '';
  const repeat = flag.multiple ? '…' : '';
  return flag.char ? `-${flag.char}, ${long}${value}${repeat}` : `${long}${value}${repeat}`;
}

function flagNotes(flag) {
  const notes = [];
  if (flag.required) notes.push('required');
  if (flag.default !== undefined && flag.default !== false)
    notes.push(`default: ${JSON.stringify(flag.default)}`);
  if (flag.exclusive?.length) notes.push(`not with ${flag.exclusive.map((f) => `--${f}`).join(', ')}`);
  return notes.length ? ` (${notes.join('; ')})` : '';
}

function usage(command, name) {
  const args = Object.values(command.args ?? {}).map((a) =>
    a.required ? a.name.toUpperCase() : `[${a.name.toUpperCase()}]`,
  );
  const flags = Object.values(command.flags ?? {})
    .filter((f) => f.helpGroup !== GLOBAL && !f.hidden)
    .map((f) => {
      const text = `${f.char ? `-${f.char}` : `--${f.name}`}${f.type === 'option' ? ' <value>' : ''}${f.multiple ? '…' : ''}`;
      return f.required ? text : `[${text}]`;
    });
  return [name, display(command.id), ...args, ...flags].join(' ');
}

function flagTable(flags) {
  if (flags.length === 0) return [];
  return [
    '| flag | description |',
    '| --- | --- |',
    ...flags.map((f) => `| \`${cell(flagLabel(f))}\` | ${cell(f.description)}${flagNotes(f)} |`),
    '',
  ];
}

function renderCommand(command, name) {
  const lines = [`## \`${name} ${display(command.id)}\``, ''];
  if (command.summary) lines.push(cell(command.summary), '');
  if (command.description) lines.push(bin(command.description, name).trim(), '');
  lines.push('```sh', usage(command, name), '```', '');
  const args = Object.values(command.args ?? {});
  if (args.length > 0) {
    lines.push('| argument | description |', '| --- | --- |');
    for (const a of args)
      lines.push(
        `| \`${a.name.toUpperCase()}\` | ${cell(a.description)}${a.required ? ' (required)' : ''} |`,
      );
    lines.push('');
  }
  const own = Object.values(command.flags ?? {}).filter((f) => f.helpGroup !== GLOBAL && !f.hidden);
  lines.push(...flagTable(own.sort((a, b) => (a.name < b.name ? -1 : 1))));
  const examples = command.examples ?? [];
  if (examples.length > 0) {
    lines.push('Examples:', '');
    for (const example of examples) {
      const { description, command: text } = typeof example === 'string' ? { command: example } : example;
      if (description) lines.push(cell(bin(description, name)), '');
      lines.push('```sh', bin(text, name), '```', '');
    }
  }
  return lines;
}

/**
 * The command reference as Markdown. `commands` are oclif's cached commands (the `commands` of
 * oclif.manifest.json, or a loaded plugin's `commands`); only visible ones are listed.
 */
export function renderCliDocs(commands, { name = 'sporthub' } = {}) {
  const visible = commands.filter((c) => !c.hidden).sort(byId);
  const globals = Object.values(visible[0]?.flags ?? {}).filter((f) => f.helpGroup === GLOBAL);
  const lines = [
    `# \`${name}\` command reference`,
    '',
    '<!-- Generated from the commands by packages/cli/scripts/render-docs.mjs: edit the commands, then run `pnpm --filter @sporthub/cli build && pnpm --filter @sporthub/cli docs`. -->',
    '',
    `Every command, its flags and examples, as \`${name} <command> --help\` prints them. Exit codes, configuration`,
    'and output conventions are in [the CLI README](../packages/cli/README.md). Shell completion:',
    `\`${name} autocomplete\` (bash, zsh, PowerShell).`,
    '',
    '## Global flags',
    '',
    'Every command accepts these.',
    '',
    ...flagTable(globals),
    '## Commands',
    '',
    '| command | summary |',
    '| --- | --- |',
    ...visible.map(
      (c) => `| [\`${display(c.id)}\`](#${anchor(`${name} ${display(c.id)}`)}) | ${cell(c.summary)} |`,
    ),
    '',
  ];
  for (const command of visible) lines.push(...renderCommand(command, name));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** GitHub's heading anchor for `## \`text\``. */
function anchor(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replaceAll(' ', '-');
}

export const DOCS_PATH = fileURLToPath(new URL('../../../docs/cli.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(new URL('../oclif.manifest.json', import.meta.url), 'utf8'));
  writeFileSync(DOCS_PATH, renderCliDocs(Object.values(manifest.commands)));
  process.stderr.write(`wrote ${DOCS_PATH}\n`);
}
