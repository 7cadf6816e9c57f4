import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { endQuietlyWhenReaderLeaves } from '../../src/export/closed-pipe.js';

const errno = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe('endQuietlyWhenReaderLeaves', () => {
  it.each([
    ['EPIPE (the reader closed the pipe)', 'EPIPE', [0]],
    ['a write after the pipe closed', 'ERR_STREAM_DESTROYED', [0]],
    ['any other write error is left to the command', 'ENOSPC', []],
  ])('%s', (_name, code, want) => {
    const exits: number[] = [];
    const stream = new PassThrough();
    const release = endQuietlyWhenReaderLeaves(stream, (c) => exits.push(c));
    stream.on('error', () => undefined); // the command's own handling, e.g. pipeline's
    stream.emit('error', errno(code));
    expect(exits).toEqual(want);
    release();
    expect(stream.listenerCount('error')).toBe(1);
  });
});
