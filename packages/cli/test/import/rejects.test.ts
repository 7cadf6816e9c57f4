import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScheduleSource } from '../../src/import/readers/index.js';
import { RejectsWriter } from '../../src/import/rejects.js';

const dir = mkdtempSync(join(tmpdir(), 'sporthub-rejects-'));

async function records(file: string) {
  const all = [];
  for await (const r of openScheduleSource(file)) all.push(r);
  return all;
}

describe('rejects CSV', () => {
  it('round trip: original columns + error_code,error_message, re-read with the same cells', async () => {
    const source = join(dir, 'source.csv');
    writeFileSync(
      source,
      [
        '编号,网点编号,课程编号,日期,开始时间,结束时间,名额,备注',
        'A-1,SH-PD-0001,P-TAICHI,2027-02-30,8:30,9:30,20,"comma, and ""quote"""',
        'A-2,SH-PD-0001,P-TAICHI,2027-03-01,8:30,9:30,20,"two',
        'lines"',
      ].join('\r\n'),
    );
    const read = await records(source);
    const path = join(dir, 'rejects.csv');
    const writer = new RejectsWriter(path, (_f, headers) => headers.some((h) => /[^\x20-\x7e]/.test(h)));
    for (const r of read) {
      const errors =
        r.errors.length > 0
          ? r.errors
          : [
              {
                column: '名额',
                code: 'capacity_below_bookings' as const,
                message: 'capacity 20 is below the 25 bookings already held',
              },
            ];
      writer.add({ file: r.file, line: r.line, raw: r.raw, errors });
    }
    writer.close();
    const text = readFileSync(path, 'utf8');
    expect(
      text.startsWith(
        '\uFEFF编号,网点编号,课程编号,日期,开始时间,结束时间,名额,备注,error_code,error_message\r\n',
      ),
    ).toBe(true);
    const again = await records(path);
    expect(again).toHaveLength(2);
    expect(again[0]?.raw).toMatchObject({ ...read[0]?.raw, error_code: 'invalid_date' });
    expect(again[0]?.raw.error_message).toContain('source.csv:2 日期');
    expect(again[1]?.raw.备注).toBe('two\r\nlines');
    expect(again[1]?.row?.externalId).toBe('A-2');
  });

  it('a re-imported rejects file does not repeat error columns; plain ASCII gets no BOM', async () => {
    const source = join(dir, 'again.csv');
    writeFileSync(
      source,
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity,error_code,error_message\nB-1,O,P,2027-13-01,8:30,9:30,20,old,old\n',
    );
    const [record] = await records(source);
    const path = join(dir, 'rejects-ascii.csv');
    const writer = new RejectsWriter(path, () => false);
    if (record) writer.add({ file: source, line: record.line, raw: record.raw, errors: record.errors });
    writer.close();
    const [head, row] = readFileSync(path, 'utf8').split('\r\n');
    expect(head).toBe(
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity,error_code,error_message',
    );
    expect(row?.startsWith('B-1,O,P,2027-13-01,8:30,9:30,20,invalid_date,')).toBe(true);
  });
});

describe('rejects files of several headers', () => {
  const reject = (file: string, raw: Record<string, string>) => ({
    file,
    line: 2,
    raw,
    errors: [{ column: 'date', code: 'invalid_date' as const, message: 'not a date' }],
  });

  it('a second header goes to the next free sibling, never over a file that is there already', () => {
    const sub = mkdtempSync(join(dir, 'siblings-'));
    writeFileSync(join(sub, 'keep.2.csv'), 'precious\n');
    const writer = new RejectsWriter(join(sub, 'keep.csv'), () => false);
    writer.add(reject('a.csv', { external_id: 'A', date: 'x' }));
    writer.add(reject('b.csv', { 编号: 'B', 日期: 'y' }));
    writer.close();
    expect(writer.paths).toEqual([join(sub, 'keep.csv'), join(sub, 'keep.3.csv')]);
    expect(readFileSync(join(sub, 'keep.2.csv'), 'utf8')).toBe('precious\n');
    expect(readFileSync(join(sub, 'keep.3.csv'), 'utf8')).toMatch(
      /^编号,日期,error_code,error_message\r\nB,y,/,
    );
  });

  it('a resumed job appends to its own sibling, found by its header, and still skips the stranger', () => {
    const sub = mkdtempSync(join(dir, 'resume-'));
    writeFileSync(join(sub, 'keep.2.csv'), 'precious\n');
    const first = new RejectsWriter(join(sub, 'keep.csv'), () => false);
    first.add(reject('a.csv', { external_id: 'A', date: 'x' }));
    first.add(reject('b.csv', { 编号: 'B', 日期: 'y' }));
    first.close();
    const resumed = new RejectsWriter(join(sub, 'keep.csv'), () => false, { append: true });
    resumed.add(reject('a.csv', { external_id: 'A2', date: 'x' }));
    resumed.add(reject('b.csv', { 编号: 'B2', 日期: 'y' }));
    resumed.close();
    expect(resumed.paths).toEqual([join(sub, 'keep.csv'), join(sub, 'keep.3.csv')]);
    expect(readFileSync(join(sub, 'keep.3.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(readFileSync(join(sub, 'keep.2.csv'), 'utf8')).toBe('precious\n');
  });
});
