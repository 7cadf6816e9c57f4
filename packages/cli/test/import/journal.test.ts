import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, fingerprint, Job } from '../../src/import/journal.js';

const root = mkdtempSync(join(tmpdir(), 'sporthub-jobs-'));

async function newJob() {
  const file = join(root, `f-${Math.random()}.csv`);
  writeFileSync(file, 'external_id\nA\n');
  return Job.create(
    {
      kind: 'schedules import',
      status: 'running',
      pid: process.pid,
      files: [await fingerprint(file)],
      flags: {},
      profile: 'default',
      apiUrl: 'http://127.0.0.1:4010',
      keyPrefix: 'k',
      batchSize: 1000,
      concurrency: 4,
    },
    root,
  );
}

describe('job journal', () => {
  it('knows which batches were acknowledged; a batch sent but unanswered is not', async () => {
    const job = await newJob();
    await job.recordSent(0);
    await job.recordSent(1);
    await job.recordAcked(1, { created: 1000, updated: 0, unchanged: 0, rejected: 0 });
    await job.recordSent(2);
    // A crash mid-write leaves half a line.
    appendFileSync(join(job.dir, 'batches.log'), '{"batch":2,"state":"ack');
    const acked = await job.acknowledged();
    expect([...acked.keys()]).toEqual([1]);
    expect(job.keyOf(0)).toBe('k:0');
    expect(job.keyOf(2)).toBe('k:2');
  });

  it('keeps the rejected ordinals and reloads the job', async () => {
    const job = await newJob();
    await job.saveRejected(new Set([3, 9]));
    const loaded = await Job.load(job.id, root);
    expect(await loaded?.loadRejected()).toEqual(new Set([3, 9]));
    expect(loaded?.record.status).toBe('running');
  });

  it('lock: held by a live pid, taken over from a dead one', async () => {
    const job = await newJob();
    expect(await job.lock()).toBe(true);
    expect(await job.runningPid()).toBe(process.pid);
    writeFileSync(join(job.dir, 'lock'), '999999999\n');
    expect(await job.runningPid()).toBeUndefined();
    expect(await job.lock()).toBe(true);
    await job.unlock();
    expect(await job.runningPid()).toBeUndefined();
  });

  it('lock: a live pid that started at another time is a reused pid, not the job', async () => {
    const job = await newJob();
    expect(await job.lock()).toBe(true);
    const [pid, start] = readFileSync(join(job.dir, 'lock'), 'utf8').trim().split(' ');
    expect(pid).toBe(String(process.pid));
    expect(start).toMatch(/^\d+$/); // Linux: /proc/<pid>/stat
    writeFileSync(join(job.dir, 'lock'), `${process.pid} ${Number(start) + 1}\n`);
    expect(await job.runningPid()).toBeUndefined();
    // A lock of an earlier sporthub (the pid alone) still counts while the pid lives.
    writeFileSync(join(job.dir, 'lock'), `${process.pid}\n`);
    expect(await job.runningPid()).toBe(process.pid);
  });

  it('notices a changed file by its hash', async () => {
    const job = await newJob();
    expect(await changedFiles(job.record.files)).toEqual([]);
    const [file] = job.record.files;
    writeFileSync(file?.path ?? '', 'external_id\nB\n');
    expect(await changedFiles(job.record.files)).toEqual([file?.path]);
  });

  it('lists newest first', async () => {
    const jobs = await Job.list(root);
    expect(jobs.length).toBeGreaterThan(2);
    expect((jobs[0]?.record.createdAt ?? '') >= (jobs.at(-1)?.record.createdAt ?? '')).toBe(true);
  });
});
