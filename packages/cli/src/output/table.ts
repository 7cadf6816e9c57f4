import { type Column, cellText } from './formats.js';

/** Terminal cells a string takes: East Asian wide characters (outlet names in Chinese) take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Plain columns separated by two spaces, header in capitals: readable in a pipe, log or `less`. */
export function renderPlainTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = [
    columns.map((c) => c.header.toUpperCase()),
    ...rows.map((r) => columns.map((c) => oneLine(c.value(r)))),
  ];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => displayWidth(line[i] ?? ''))));
  return cells
    .map((line) =>
      line
        .map((cell, i) =>
          i === line.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Bordered table for a terminal (cli-table3, loaded only when a table is drawn). */
export async function renderBoxTable<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  color: boolean,
): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: columns.map((c) => c.header),
    style: color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
  for (const row of rows) table.push(columns.map((c) => oneLine(c.value(row))));
  return `${table.toString()}\n`;
}

function oneLine(value: unknown): string {
  return cellText(value).replace(/\s*[\r\n]+\s*/g, ' ');
}
