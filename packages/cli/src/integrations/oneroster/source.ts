import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/*
 * A OneRoster export as handed over: a zip or a folder holding manifest.csv and the CSV files. Files are
 * found by name, case-insensitively, at any depth of the zip (some systems wrap them in a folder).
 */

export class RosterSourceError extends Error {}

/** File name (lower case, e.g. `users.csv`) → bytes. */
export type RosterFiles = Map<string, Uint8Array>;

export async function readRosterSource(path: string): Promise<RosterFiles> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new RosterSourceError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const files: RosterFiles = new Map();
  if (info.isDirectory()) {
    for (const name of await readdir(path)) {
      if (name.toLowerCase().endsWith('.csv'))
        files.set(name.toLowerCase(), await readFile(join(path, name)));
    }
    return files;
  }
  const { unzipSync } = await import('fflate');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await readFile(path)), {
      filter: (file) => file.name.toLowerCase().endsWith('.csv') && !file.name.startsWith('__MACOSX/'),
    });
  } catch (error) {
    throw new RosterSourceError(`${path} is not a readable zip: ${(error as Error).message}`);
  }
  for (const [name, bytes] of Object.entries(entries)) files.set(basename(name).toLowerCase(), bytes);
  return files;
}
