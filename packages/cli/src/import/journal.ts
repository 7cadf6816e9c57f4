import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { configDir } from '../config/paths.js';
import type { SeriesOccurrences } from './readers/index.js';

/*
 * The local job journal of long imports (SPEC §5 `jobs`): `$SPORTHUB_CONFIG_DIR/jobs/<jobId>/`
 *
 *   job.json      what was asked (files with sha256 and size, flags, profile, API URL), the status, totals
 *   rejected.json the ordinals pass 1 rejected (so a resume sends exactly the rows the first run would)
 *   accepted.ndjson  the rows pass 1 accepted, resolved and ready to send (spool.ts); dropped on completion
 *   series.json   iCalendar series seen in pass 1, for the sync after writing
 *   batches.log   one JSON line per batch event: `sent` with its Idempotency-Key BEFORE the request goes
 *                 out, `acked` with the server's summary after the answer — each line fsynced
 *   lock          the pid of the process working on the job (removed when it stops)
 *
 * A resume sends again every batch that is `sent` but not `acked`, with the same key: the server replays
 * the stored answer of a batch it already wrote (SPEC §4), so every row is written exactly once.
 */

export type JobStatus = 'validating' | 'running' | 'interrupted' | 'failed' | 'completed' | 'rejected';

export interface JobFile {
  path: string;
  sha256: string;
  size: number;
}

export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  cancelled: number;
  warnings: number;
}

export interface JobRecord {
  id: string;
  kind: 'schedules import';
  createdAt: string;
  updatedAt: string;
  status: JobStatus;
  pid: number;
  files: JobFile[];
  /** The import flags as given (format, encoding, sheet, outlet, program, capacity, until, maxErrors…). */
  flags: Record<string, string | number | boolean | undefined>;
  profile: string;
  apiUrl: string;
  /** The organization the job writes to: a resume with another organization's token is refused. */
  organizationId?: string;
  /** The first 16 hex digits of the token's SHA-256, for a job that never learned its organization. */
  tokenDigest?: string | undefined;
  /** Batch `i` is sent with the Idempotency-Key `<keyPrefix>:<i>`. */
  keyPrefix: string;
  batchSize: number;
  concurrency: number;
  /** Rows pass 1 accepted (what pass 2 sends), and the number of batches that makes. */
  accepted?: number;
  batches?: number;
  summary?: ImportSummary;
  /** Sessions of iCalendar series cancelled so far, saved per request: a resumed sync adds to it. */
  cancelled?: number;
  rejectsPath?: string;
  /** Every rejects file, `rejectsPath` first: rows of files with other headers go to siblings. */
  rejectsFiles?: string[];
  error?: { code: string; message: string };
}

export interface BatchEvent {
  batch: number;
  state: 'sent' | 'acked';
  key?: string;
  summary?: { created: number; updated: number; unchanged: number; rejected: number };
  at: string;
}

/** The jobs directory: `$SPORTHUB_CONFIG_DIR/jobs`. */
export function jobsDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'jobs');
}

/** A new job id: sortable by start time, e.g. `20261128-232812-3fa9`. */
export function newJobId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

/** sha256 (hex) and size of a file, streamed. */
export async function fingerprint(path: string): Promise<JobFile> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { path: resolve(path), sha256: hash.digest('hex'), size };
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the process with this pid started (clock ticks since boot, from /proc; undefined where there is
 * no /proc). A pid is reused after its process exits (and across reboots), so a lock names the pid and
 * its start: a live process that started at another time is not the job's.
 */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name (field 2) may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The lock file's text for this process: `pid start`. */
function lockText(): string {
  const start = processStart(process.pid);
  return start ? `${process.pid} ${start}\n` : `${process.pid}\n`;
}

async function writeDurable(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
}

async function appendDurable(path: string, line: string): Promise<void> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.appendFile(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** One job's directory. */
export class Job {
  constructor(
    readonly dir: string,
    public record: JobRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  /** Creates the job directory and writes job.json (before anything is sent). */
  static async create(
    record: Omit<JobRecord, 'createdAt' | 'updatedAt' | 'id'>,
    root = jobsDir(),
  ): Promise<Job> {
    const now = new Date();
    const id = newJobId(now);
    const dir = join(root, id);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const job = new Job(dir, { ...record, id, createdAt: now.toISOString(), updatedAt: now.toISOString() });
    await job.save();
    return job;
  }

  static async load(id: string, root = jobsDir()): Promise<Job | undefined> {
    // A job id is one name in the journal, never a path (`../../x` would read outside it).
    if (!/^[\w.-]+$/.test(id) || id.startsWith('.')) return undefined;
    const dir = join(root, id);
    const file = join(dir, 'job.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return new Job(dir, JSON.parse(text) as JobRecord);
    } catch (cause) {
      throw new Error(`The journal of job ${id} is damaged (${file} is not JSON): delete that directory`, {
        cause,
      });
    }
  }

  /** Every job, newest first. */
  static async list(root = jobsDir()): Promise<Job[]> {
    let names: string[];
    try {
      names = await readdir(root);
    } catch {
      return [];
    }
    const jobs = await Promise.all(names.map((name) => Job.load(name, root).catch(() => undefined)));
    return jobs
      .filter((j): j is Job => j !== undefined)
      .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt) || b.id.localeCompare(a.id));
  }

  async save(patch: Partial<JobRecord> = {}): Promise<void> {
    Object.assign(this.record, patch, { updatedAt: new Date().toISOString() });
    await writeDurable(join(this.dir, 'job.json'), `${JSON.stringify(this.record, null, 2)}\n`);
  }

  /** The Idempotency-Key of batch `index`. */
  keyOf(index: number): string {
    return `${this.record.keyPrefix}:${index}`;
  }

  async recordSent(batch: number): Promise<void> {
    const event: BatchEvent = { batch, state: 'sent', key: this.keyOf(batch), at: new Date().toISOString() };
    await appendDurable(join(this.dir, 'batches.log'), `${JSON.stringify(event)}\n`);
  }

  async recordAcked(batch: number, summary: NonNullable<BatchEvent['summary']>): Promise<void> {
    const event: BatchEvent = { batch, state: 'acked', summary, at: new Date().toISOString() };
    await appendDurable(join(this.dir, 'batches.log'), `${JSON.stringify(event)}\n`);
  }

  /** The batches the server answered, with their summaries (a torn last line is ignored). */
  async acknowledged(): Promise<Map<number, NonNullable<BatchEvent['summary']>>> {
    const acked = new Map<number, NonNullable<BatchEvent['summary']>>();
    let text = '';
    try {
      text = await readFile(join(this.dir, 'batches.log'), 'utf8');
    } catch {
      return acked;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const event = JSON.parse(line) as BatchEvent;
        if (event.state === 'acked' && event.summary) acked.set(event.batch, event.summary);
      } catch {
        // A line cut off by a crash mid-write: that batch counts as not acknowledged.
      }
    }
    return acked;
  }

  /** Where pass 1 spools the accepted rows (see spool.ts). */
  get spoolPath(): string {
    return join(this.dir, 'accepted.ndjson');
  }

  /** Whether the accepted rows were spooled (jobs of earlier versions were not). */
  async hasSpool(): Promise<boolean> {
    return (await stat(this.spoolPath).catch(() => undefined)) !== undefined;
  }

  /** Deletes the spool of a finished job (a million rows spool to ~300 MB). */
  async dropSpool(): Promise<void> {
    await rm(this.spoolPath, { force: true });
  }

  async saveSeries(series: readonly SeriesOccurrences[]): Promise<void> {
    const plain = series.map((s) => ({ ...s, externalIds: [...s.externalIds] }));
    await writeDurable(join(this.dir, 'series.json'), JSON.stringify(plain));
  }

  async loadSeries(): Promise<SeriesOccurrences[]> {
    try {
      const plain = JSON.parse(await readFile(join(this.dir, 'series.json'), 'utf8')) as (Omit<
        SeriesOccurrences,
        'externalIds'
      > & { externalIds: string[] })[];
      return plain.map((s) => ({ ...s, externalIds: new Set(s.externalIds) }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async saveRejected(ordinals: Iterable<number>): Promise<void> {
    await writeDurable(join(this.dir, 'rejected.json'), JSON.stringify([...ordinals]));
  }

  async loadRejected(): Promise<Set<number>> {
    try {
      return new Set(JSON.parse(await readFile(join(this.dir, 'rejected.json'), 'utf8')) as number[]);
    } catch {
      return new Set();
    }
  }

  /** The pid holding the job, when that process is alive. */
  async runningPid(): Promise<number | undefined> {
    try {
      const [pidText, start] = (await readFile(join(this.dir, 'lock'), 'utf8')).trim().split(' ');
      const pid = Number(pidText);
      if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
      // A lock written without a start (no /proc, or an earlier sporthub) trusts the pid alone.
      const now = start ? processStart(pid) : undefined;
      return now === undefined || now === start ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  /** Takes the lock for this process; false when another live process holds it. */
  async lock(): Promise<boolean> {
    const path = join(this.dir, 'lock');
    try {
      await writeFile(path, lockText(), { flag: 'wx', mode: 0o600 });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if ((await this.runningPid()) !== undefined) return false;
      await writeFile(path, lockText(), { mode: 0o600 });
      return true;
    }
  }

  async unlock(): Promise<void> {
    await rm(join(this.dir, 'lock'), { force: true });
  }

  /** Appends to a job-local log file (not fsynced; diagnostics only). */
  async log(line: string): Promise<void> {
    await appendFile(join(this.dir, 'job.log'), `${line}\n`);
  }
}

/** Checks that the files are byte for byte those the job started with. */
export async function changedFiles(files: readonly JobFile[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const size = await stat(file.path).then(
      (s) => s.size,
      () => -1,
    );
    if (size !== file.size || (await fingerprint(file.path)).sha256 !== file.sha256) changed.push(file.path);
  }
  return changed;
}
