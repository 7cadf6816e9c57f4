/**
 * No page describes a command or flag that does not exist: every `sporthub …` and `sporthub-server …`
 * command line in README.md and docs/*.md — in sh/bash code blocks and in inline code — is parsed and
 * checked against the built CLI's oclif manifest and the server's own --help.
 */
import { describe, expect, it } from 'vitest';
import { codeBlocks, documentationFiles, inlineCode } from './support/markdown.js';
import { invocations, tokenize } from './support/shell.js';
import { validateCli, validateServer } from './support/validate.js';

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);

function commandLines() {
  const lines: Array<{ where: string; program: string; args: string[]; source: string }> = [];
  for (const file of documentationFiles()) {
    for (const block of codeBlocks(file).filter((b) => SHELL.has(b.lang))) {
      const text =
        block.lang === 'console'
          ? block.text
              .split('\n')
              .filter((l) => l.startsWith('$ '))
              .map((l) => l.slice(2))
              .join('\n')
          : block.text;
      for (const inv of invocations(text)) lines.push({ where: `${file}:${block.line}`, ...inv });
    }
    for (const span of inlineCode(file)) {
      if (!/^(sporthub|sporthub-server)(\s|$)/.test(span.text)) continue;
      for (const inv of invocations(span.text)) lines.push({ where: `${file}:${span.line}`, ...inv });
    }
  }
  return lines;
}

describe('the shell parser and validators (so the check below can fail)', () => {
  it.each([
    ['FOO=1 sporthub outlets list --json | jq .', [['sporthub', 'outlets', 'list', '--json']]],
    [
      'sporthub login --with-token < token.txt && sporthub whoami',
      [
        ['sporthub', 'login', '--with-token'],
        ['sporthub', 'whoami'],
      ],
    ],
    [
      'echo "$(sporthub plan -f a.yaml --detailed-exitcode)" # comment --nope',
      [['sporthub', 'plan', '-f', 'a.yaml', '--detailed-exitcode']],
    ],
    ['npx sporthub-server start \\\n  --db ./x.db &', [['sporthub-server', 'start', '--db', './x.db']]],
    [
      'node packages/cli/bin/run.js outlets get "SH PD" 2>/dev/null',
      [['sporthub', 'outlets', 'get', 'SH PD']],
    ],
  ])('%s', (snippet, want) => {
    expect(invocations(snippet).map((i) => [i.program, ...i.args])).toEqual(want);
  });

  it('keeps quoted text whole', () => {
    expect(tokenize(`a "b c" 'd|e'`)).toEqual(['a', 'b c', 'd|e']);
  });

  it.each([
    [['outlets', 'list', '--nope'], /has no flag --nope/],
    [['outlets', 'list', 'extra'], /takes 0 argument/],
    [['nosuch', 'command'], /unknown command/],
    [['apply', '-x'], /has no flag -x/],
  ])('sporthub %j is refused', (args, problem) => {
    expect(validateCli(args).join('\n')).toMatch(problem);
  });

  it.each([
    [['outlets', 'list', '--all', '--status', 'active', '-o', 'csv']],
    [
      [
        'partners',
        'agreements',
        'add',
        'X',
        '--scopes',
        'roster:import',
        '--no-pseudonymize',
        '--valid-from=2026-09-01',
      ],
    ],
    [['schedules', 'import', 'a.csv', 'b.xlsx', '--dry-run']],
    [['--version']],
  ])('sporthub %j is accepted', (args) => {
    expect(validateCli(args)).toEqual([]);
  });

  it('checks sporthub-server subcommands and options', () => {
    expect(validateServer(['start', '--db', 'x.db', '--sandbox'])).toEqual([]);
    expect(validateServer(['tokens', 'create', '--org', 'o', '--name', 'n', '--scopes', 'admin'])).toEqual(
      [],
    );
    expect(validateServer(['start', '--turbo']).join()).toMatch(/has no option --turbo/);
    expect(validateServer(['serve']).join()).toMatch(/unknown command/);
  });
});

describe('documented command lines', () => {
  const lines = commandLines();

  it('finds the command lines of the guides', () => {
    expect(lines.length).toBeGreaterThan(50);
  });

  it('name only commands, flags and arguments that exist', () => {
    const problems = lines.flatMap((l) =>
      (l.program === 'sporthub' ? validateCli(l.args) : validateServer(l.args)).map(
        (p) => `${l.where}: ${p}\n    ${l.source}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
