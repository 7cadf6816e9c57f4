import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/dialect.js';
import { newId } from '../ids.js';
import { addMs, nowIso } from '../time.js';
import type { Scope } from './scopes.js';

/** `shk_` + 32 random bytes in base64url (43 characters). */
export const TOKEN_PATTERN = /^shk_[A-Za-z0-9_-]{43}$/;

/** Characters of a token kept in clear to recognise it in lists. */
export const TOKEN_PREFIX_LENGTH = 12;

export function generateToken(): string {
  return `shk_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are stored only as this hash. SHA-256 suffices: the token has 256 bits of entropy. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewToken {
  organizationId: string;
  name: string;
  scopes: Scope[];
  expiresInDays?: number | undefined;
  /** An exact expiry (RFC 3339); wins over `expiresInDays`. */
  expiresAt?: string | undefined;
  /** A chosen token value (SPEC §1.1 `SPORTHUB_BOOTSTRAP_TOKEN`); generated when absent. */
  token?: string | undefined;
}

/** Creates a token and returns it: the only time its value is ever available. */
export async function createToken(db: Db, input: NewToken): Promise<{ id: string; token: string }> {
  const token = input.token ?? generateToken();
  if (!TOKEN_PATTERN.test(token))
    throw new Error('A token must look like shk_ followed by 43 base64url characters.');
  const now = nowIso();
  const id = newId('tok');
  await db
    .insertInto('api_tokens')
    .values({
      organization_id: input.organizationId,
      id,
      name: input.name,
      // `shk_` and 8 more characters: the contract's ApiToken.prefix.
      prefix: token.slice(0, TOKEN_PREFIX_LENGTH),
      token_hash: hashToken(token),
      scopes: JSON.stringify(input.scopes),
      created_at: now,
      expires_at:
        input.expiresAt !== undefined
          ? new Date(input.expiresAt).toISOString()
          : input.expiresInDays === undefined
            ? null
            : addMs(now, input.expiresInDays * 86_400_000),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}
