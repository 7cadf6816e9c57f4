import { chmod, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { configDir } from '../config/paths.js';
import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import { writeFileAtomic } from '../export/atomic-file.js';

/*
 * Cursors of incremental syncs (`sync clinic`, `sync school`, `events tail`, `webhooks listen`), so a
 * scheduled job picks each change up exactly once. They live in one JSON file per profile under the
 * config directory (`state/<profile>.json`), or in the file `--state FILE` names (a CI cache). The file
 * is rewritten atomically (temp file + fsync + rename) and only after the work it records succeeded: a
 * run that dies leaves the previous cursor, so the next run repeats the work rather than skipping it.
 */

/** What one state file holds: a version and one entry per sync key (`clinic:prt_…`, `events`, …). */
export interface SyncStateDocument {
  version: 1;
  entries: Record<string, unknown>;
}

/** Owner read/write only: cursors reveal what was shared with whom and when. */
const FILE_MODE = 0o600;

/** The state file of a profile: `<config dir>/state/<profile>.json`. */
export function profileStatePath(profile: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'state', `${profile.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
}

/** A state file opened for one run: read once, changed in memory, saved atomically at the end. */
export class SyncState {
  private constructor(
    readonly path: string,
    private document: SyncStateDocument,
  ) {}

  /** Opens `file` (from `--state`), else the profile's state file; a missing file is an empty state. */
  static async open(options: { file?: string | undefined; profile: string }): Promise<SyncState> {
    const path = options.file ? resolve(options.file) : profileStatePath(options.profile);
    return new SyncState(path, await readDocument(path));
  }

  /** An in-memory state that is never saved (dry runs, tests). */
  static memory(entries: Record<string, unknown> = {}): SyncState {
    return new SyncState('', { version: 1, entries: { ...entries } });
  }

  get<T>(key: string): T | undefined {
    return this.document.entries[key] as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.document = { ...this.document, entries: { ...this.document.entries, [key]: value } };
  }

  /** Writes the file atomically (no-op for a memory state). */
  async save(): Promise<void> {
    if (!this.path) return;
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.path, `${JSON.stringify(this.document, null, 2)}\n`);
    await chmod(this.path, FILE_MODE);
  }
}

async function readDocument(path: string): Promise<SyncStateDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, entries: {} };
    throw stateError(`Cannot read the sync state ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw stateError(`The sync state ${path} is not JSON.`);
  }
  const doc = parsed as Partial<SyncStateDocument> | null;
  if (doc?.version !== 1 || typeof doc.entries !== 'object' || doc.entries === null) {
    throw stateError(`The sync state ${path} is not a sporthub state file ({"version":1,"entries":{…}}).`);
  }
  return { version: 1, entries: { ...doc.entries } };
}

function stateError(message: string): CliError {
  return new CliError(message, {
    code: 'state_unreadable',
    exitCode: ExitCode.inputInvalid,
    hint: 'Fix or delete the state file (deleting it makes the next sync start over from the beginning).',
  });
}
