import fc from 'fast-check';

/**
 * Mutations of a valid sample file, as fast-check arbitraries: byte flips, truncation, inserted
 * quotes, delimiters and line breaks, spliced random bytes, and the whole text re-encoded (UTF-16
 * with and without BOM, Latin-1). Each yields the mutated bytes.
 */
export type Mutation =
  | { kind: 'flip'; at: number; bits: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'splice'; at: number; bytes: Uint8Array }
  | { kind: 'encode'; as: 'utf16le' | 'utf16le-bom' | 'utf16be-bom' | 'latin1' };

const SPECIAL = ['"', '""', ',', ';', '\t', '\n', '\r', '\r\n', '\u0000', '\ufeff', ':', '\\', '"\n"', ',,,'];

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fraction.map((f) => f),
    bits: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('splice' as const), at: fraction, bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({
    kind: fc.constant('encode' as const),
    as: fc.constantFrom(
      'utf16le' as const,
      'utf16le-bom' as const,
      'utf16be-bom' as const,
      'latin1' as const,
    ),
  }),
) as fc.Arbitrary<Mutation>;

function encode(text: string, as: Extract<Mutation, { kind: 'encode' }>['as']): Buffer {
  if (as === 'latin1') return Buffer.from(text, 'latin1');
  const le = Buffer.from(text, 'utf16le');
  if (as === 'utf16le') return le;
  if (as === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
}

/** Applies the mutations in order to `original`. */
export function mutate(original: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes: Buffer = Buffer.from(original);
  for (const m of mutations) {
    const at = 'at' in m ? Math.floor(m.at * bytes.length) : 0;
    switch (m.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[at] = (bytes[at] ?? 0) ^ m.bits;
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
        break;
      case 'splice':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
        break;
      case 'encode':
        bytes = encode(bytes.toString('utf8'), m.as);
        break;
    }
  }
  return bytes;
}

/** One to four mutations. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** A fixed seed (printed by fast-check with the counterexample); `FC_SEED` replays another. */
export function seed(fallback: number): number {
  return process.env.FC_SEED ? Number(process.env.FC_SEED) : fallback;
}
