import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { usageError } from '../errors/cli-error.js';

/**
 * Checks, before any request, that `--out FILE` can be created, so a bad path is a usage error (exit 2)
 * naming the directory, not an unexpected failure naming the temp file the atomic write would open
 * (`.x.csv.8f3a1c2b.tmp`). Only what can be told without writing: a missing parent, a parent that is
 * not a directory, a target that is a directory. Permission problems still surface on write.
 *
 * @example
 * await checkOutputTarget('exports/jan.csv'); // throws "--out exports/jan.csv: the directory … does not exist."
 */
export async function checkOutputTarget(out: string, flag = '--out'): Promise<void> {
  const target = resolve(out);
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) throw usageError(`${flag} ${out} is a directory; name a file in it.`);
  const dir = dirname(target);
  const parent = await stat(dir).catch(() => undefined);
  if (!parent) {
    throw usageError(
      `${flag} ${out}: the directory ${dir} does not exist.`,
      'Create the directory first, or choose another path.',
    );
  }
  if (!parent.isDirectory()) throw usageError(`${flag} ${out}: ${dir} is not a directory.`);
}
