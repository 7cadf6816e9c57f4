const BRAND = Symbol.for('@sporthub/sdk.SerializedItems');

/**
 * Items already serialized as JSON, for a `:batchUpsert` whose rows come from JSON text (a spool of
 * JSON lines, a queue): the SDK sends them as they are instead of parsing and serializing every row
 * again. Each item is one JSON object, as a string or as its UTF-8 bytes. The server validates them
 * like any other body, so an invalid item is answered as rejected (mode `partial`) or with 422; `of`
 * checks only that each one is delimited like an object.
 *
 * @example
 * ```ts
 * const items = SerializedItems.of(lines); // ['{"externalId":"S-1","outletId":"out_…",…}', …]
 * const { summary } = await hub.sessions.batchUpsert(items, { mode: 'partial' });
 * ```
 */
export class SerializedItems {
  /** A brand checked instead of the prototype, so a batch from the ESM build is one to the CJS build too. */
  readonly [BRAND] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return isSerializedItems(value);
  }

  private constructor(
    /** The request body, `{"items":[…]}`, as UTF-8. */
    readonly body: Buffer,
    /** Items in the batch. */
    readonly length: number,
  ) {}

  /** The batch of `items`, each one JSON object. Throws TypeError for one that is not delimited like an object. */
  static of(items: readonly (string | Uint8Array)[]): SerializedItems {
    const parts: Uint8Array[] = [OPEN];
    for (const [i, item] of items.entries()) {
      const bytes = typeof item === 'string' ? Buffer.from(item, 'utf8') : item;
      if (!isObjectText(bytes)) throw new TypeError(`item ${i} is not a JSON object`);
      if (i > 0) parts.push(COMMA);
      parts.push(bytes);
    }
    parts.push(CLOSE);
    return new SerializedItems(Buffer.concat(parts), items.length);
  }
}

/** Whether `value` is a `SerializedItems` from either build of the SDK. */
export function isSerializedItems(value: unknown): value is SerializedItems {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

const OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** `{ … }`, surrounded by nothing but whitespace. */
function isObjectText(bytes: Uint8Array): boolean {
  let start = 0;
  let end = bytes.length - 1;
  while (start <= end && isSpace(bytes[start])) start++;
  while (end >= start && isSpace(bytes[end])) end--;
  return end > start && bytes[start] === 0x7b && bytes[end] === 0x7d;
}
