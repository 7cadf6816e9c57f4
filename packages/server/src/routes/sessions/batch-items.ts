import { type BatchItemResult, type SessionCreate, SessionCreateSchema } from '@sporthub/schemas';
import { z } from 'zod';
import type { ValidItem } from '../../http/batch.js';
import { fieldErrorsOf, parseBody } from '../../http/validate.js';

/** A batch item: a session create body whose `externalId` is required (the natural key). */
export type SessionItem = SessionCreate & { externalId: string };

const ItemSchema = SessionCreateSchema.safeExtend({ externalId: z.string().min(1).max(255) });
const EnvelopeSchema = z.strictObject({ items: z.array(z.unknown()).min(1).max(5000) });

const KEYS = new Set(Object.keys(ItemSchema.shape));
const idPattern = (prefix: string) => new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`);
const OUTLET = idPattern('out');
const ZONE = idPattern('zon');
const PROGRAM = idPattern('prg');
const STAFF = idPattern('stf');
const INSTANT = z.iso.datetime({ offset: true });
const STATUSES = new Set(['scheduled', 'cancelled', 'completed']);

const isText = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isId = (v: unknown, pattern: RegExp) => typeof v === 'string' && pattern.test(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000;
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isInstant = (v: unknown) => typeof v === 'string' && INSTANT.safeParse(v).success;

/**
 * The import hot path validates up to 5,000 items per request; zod costs several microseconds per item,
 * so items are first checked by hand against the same rules (never more lenient than `ItemSchema`).
 * Only an item this check refuses goes through zod, which then names the precise errors.
 */
function quickAccept(raw: unknown): SessionItem | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const v = raw as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!KEYS.has(key)) return undefined;
  const ok =
    isText(v.externalId, 1, 255) &&
    isId(v.outletId, OUTLET) &&
    isId(v.programId, PROGRAM) &&
    optional(v.zoneId, (x) => isId(x, ZONE)) &&
    optional(v.coachId, (x) => isId(x, STAFF)) &&
    optional(v.title, (x) => isText(x, 1, 200)) &&
    isInstant(v.startsAt) &&
    isInstant(v.endsAt) &&
    isCount(v.capacity) &&
    optional(v.waitlistCapacity, isCount) &&
    optional(v.status, (x) => typeof x === 'string' && STATUSES.has(x)) &&
    optional(v.seriesKey, (x) => isText(x, 1, 255)) &&
    Date.parse(v.endsAt as string) > Date.parse(v.startsAt as string);
  return ok ? (v as SessionItem) : undefined;
}

/**
 * Validates each item of `{items: [...]}` on its own (like `validateBatchItems`), so a bad item rejects
 * only itself; a repeated `externalId` is rejected as `duplicate_key`.
 */
export function validateSessionItems(body: unknown): {
  valid: ValidItem<SessionItem>[];
  rejected: BatchItemResult[];
} {
  const { items } = parseBody(EnvelopeSchema, body);
  const valid: ValidItem<SessionItem>[] = [];
  const rejected: BatchItemResult[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    let item = quickAccept(raw);
    if (!item) {
      const parsed = ItemSchema.safeParse(raw);
      if (!parsed.success) {
        const errors = fieldErrorsOf(parsed.error.issues, ['items', index]);
        rejected.push({ index, status: 'rejected', errors });
        return;
      }
      item = parsed.data;
    }
    if (seen.has(item.externalId)) {
      const message = `externalId ${item.externalId} appears earlier in this batch`;
      const errors = [{ path: `/items/${index}/externalId`, code: 'duplicate_key', message }];
      rejected.push({ index, status: 'rejected', errors });
      return;
    }
    seen.add(item.externalId);
    valid.push({ index, item });
  });
  return { valid, rejected };
}
