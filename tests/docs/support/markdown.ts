/**
 * Reads the documentation the way the docs tests check it: fenced code blocks (with the HTML comment
 * marker right before them, e.g. `<!-- run -->`), inline code spans, and tables introduced by a marker
 * comment (`<!-- fields: schedule-columns -->`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface CodeBlock {
  /** Repository-relative file, e.g. `docs/quickstart.md`. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  /** The marker comment just before the fence (`run`, …), if any. */
  marker: string | undefined;
  text: string;
}

/**
 * The hand-written pages: README.md and docs/*.md. The generated references (docs/cli.md,
 * docs/reference/) are produced from the same sources the tests compare against, so they are left out.
 */
export function documentationFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'cli.md')
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs.sort()];
}

export function read(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

const MARKER = /^<!--\s*([\w:-]+(?:\s+[\w:-]+)*)\s*-->$/;

export function codeBlocks(file: string): CodeBlock[] {
  const lines = read(file).split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[2] as string;
    let previous = i - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
    const marker = MARKER.exec((lines[previous] ?? '').trim())?.[1];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(fence); j++) body.push(lines[j] ?? '');
    blocks.push({ file, line: i + 1, lang: open[3] ?? '', marker, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Inline code spans outside fenced blocks, with their line. */
export function inlineCode(file: string): Array<{ file: string; line: number; text: string }> {
  const spans: Array<{ file: string; line: number; text: string }> = [];
  let inFence = false;
  read(file)
    .split('\n')
    .forEach((lineText, index) => {
      if (/^\s*```/.test(lineText)) inFence = !inFence;
      if (inFence) return;
      for (const m of lineText.matchAll(/`([^`]+)`/g))
        spans.push({ file, line: index + 1, text: m[1] as string });
    });
  return spans;
}

/**
 * The rows of the table that follows `<!-- <marker> -->`, as arrays of cell texts (header and separator
 * excluded). Throws when the marker or its table is missing, so a renamed marker fails loudly.
 */
export function markedTable(file: string, marker: string): string[][] {
  const lines = read(file).split('\n');
  const at = lines.findIndex((l) => l.trim() === `<!-- ${marker} -->`);
  if (at === -1) throw new Error(`${file}: no <!-- ${marker} --> marker`);
  let i = at + 1;
  while (i < lines.length && !(lines[i] ?? '').trim().startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++) {
    const cells = (lines[i] as string)
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    rows.push(cells);
  }
  if (rows.length < 3) throw new Error(`${file}: the table after <!-- ${marker} --> has no rows`);
  return rows.slice(2);
}

/** The backticked names in a table cell: "`date` [日期]" → ['date']. */
export function codeNames(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
}
