/**
 * Every ```ts block of README.md and docs/*.md compiles against the built SDK: each block is written as
 * its own module into tests/.output/docs-ts/ (inside tests/, so `@sporthub/sdk` resolves to the
 * workspace package's dist types) and checked with tsc under the repository's strict settings.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CodeBlock, codeBlocks, documentationFiles, ROOT } from './support/markdown.js';

const OUT = path.join(ROOT, 'tests/.output/docs-ts');
const TSC = path.join(ROOT, 'tests/node_modules/typescript/bin/tsc');

function moduleName(block: CodeBlock): string {
  return `${block.file.replace(/[/.]/g, '_')}_L${block.line}.ts`;
}

/** Runs tsc over the blocks; returns its diagnostics mapped back to `file.md:line`. */
function typecheck(blocks: CodeBlock[]): string[] {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const byModule = new Map<string, CodeBlock>();
  for (const block of blocks) {
    byModule.set(moduleName(block), block);
    // `export {}` makes every block a module, so top-level await and local names are allowed.
    writeFileSync(path.join(OUT, moduleName(block)), `${block.text}\nexport {};\n`);
  }
  writeFileSync(
    path.join(OUT, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { noEmit: true, rootDir: '.', sourceMap: false, declaration: false },
      include: ['*.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [TSC, '-p', path.join(OUT, 'tsconfig.json')], { encoding: 'utf8' });
    return [];
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error);
    return output
      .split('\n')
      .filter((l) => l.includes('error TS'))
      .map((l) => {
        const m = /^([^(]+)\((\d+),\d+\): (.*)$/.exec(l);
        const block = m ? byModule.get(path.basename(m[1] as string)) : undefined;
        return block && m ? `${block.file}:${block.line + Number(m[2])}: ${m[3]}` : l;
      });
  }
}

describe('TypeScript in the docs', () => {
  const blocks = documentationFiles().flatMap((f) =>
    codeBlocks(f).filter((b) => b.lang === 'ts' || b.lang === 'typescript'),
  );

  it('finds the SDK examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('compiles against the built SDK', () => {
    if (!existsSync(path.join(ROOT, 'packages/sdk/dist/index.d.ts')))
      throw new Error('The SDK is not built: run `pnpm --filter @sporthub/sdk build` first.');
    expect(typecheck(blocks)).toEqual([]);
  });

  it('reports an error in a block at its line in the page (so the check above can fail)', () => {
    const bad: CodeBlock = {
      file: 'docs/example.md',
      line: 10,
      lang: 'ts',
      marker: undefined,
      text: "import { SportHub } from '@sporthub/sdk';\nnew SportHub({ baseUrl: 1 });",
    };
    expect(typecheck([bad]).join('\n')).toMatch(/^docs\/example\.md:12: error TS2/m);
  });
});
