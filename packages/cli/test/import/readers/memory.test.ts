import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { openScheduleSource } from '../../../src/import/readers/index.js';
import { tempDir } from './helpers.js';

const write = tempDir();
const ROWS = 300_000;

/** V8's collector, without starting the test runner with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('编号,网点编号,课程编号,名称,日期,开始时间,结束时间,名额,教练\n');
  for (let i = 0; i < ROWS; i++) {
    const line = `PD-${i},SH-PD-0001,P-TAICHI,"太极拳晨练, 第${i}节",2027/1/${(i % 28) + 1},8:30,9:30,${i % 50},王教练\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const mb = (bytes: number) => bytes / 1024 / 1024;

// A bound, not a timing: the reader streams, so the heap stays flat however long the file (SPEC §7
// keeps the whole CLI under 150 MB for a million rows). Collecting every 10k rows keeps the
// measurement about what the reader holds, not about when V8 chooses to collect.
test('a 300k-row CSV streams with bounded heap growth', async () => {
  const file = write('big.csv', '');
  await generate(file);
  const gc = collector();
  // Load the reader's modules first: their code is not what this test is about.
  for await (const _ of openScheduleSource(
    write('warm-up.csv', 'external_id,outlet_code,program_code,date,start_time,end_time,capacity\n'),
  )) {
    // nothing to read
  }
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let retained = 0;
  let count = 0;
  let valid = 0;
  for await (const record of openScheduleSource(file)) {
    count++;
    if (record.row) valid++;
    if (count % 1_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (count % 10_000 === 0) {
      gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed - baseline);
    }
  }
  expect(count).toBe(ROWS);
  expect(valid).toBe(ROWS);
  expect(mb(peak - baseline)).toBeLessThan(100);
  // What survives a collection mid-file is one chunk and one record, not the rows read so far.
  expect(mb(retained)).toBeLessThan(20);
}, 120_000);
