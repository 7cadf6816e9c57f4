import { Flags } from '@oclif/core';
import type { Paginator } from '@sporthub/sdk';

/** `--limit`, `--all`, `--cursor`: the list flags every `list` command shares. */
export function pageFlags(noun: string) {
  return {
    limit: Flags.integer({ min: 1, max: 500, default: 50, description: `Page size in ${noun}, 1–500.` }),
    all: Flags.boolean({
      description: `Follow every page and list all ${noun}. Default: first page only.`,
      exclusive: ['cursor'],
    }),
    cursor: Flags.string({ description: 'Start at this page cursor (the nextCursor of a previous page).' }),
  };
}

/** One page (or every page with `all`) of a paginator, as the `--json` list result `{data, nextCursor}`. */
export async function readPage<T>(
  pages: Paginator<T>,
  options: { all?: boolean | undefined; cursor?: string | undefined },
): Promise<{ data: T[]; nextCursor: string | null }> {
  if (!options.all) return pages.page(options.cursor);
  const data: T[] = [];
  for await (const item of pages) data.push(item);
  return { data, nextCursor: null };
}
