import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SecretKind } from './output-capture.js';

/** One registered secret found in captured output. The value is shown only by its first characters. */
export interface Leak {
  kind: SecretKind;
  /** The first 8 characters, e.g. `shk_AbCd…`: enough to tell which, not enough to use. */
  hint: string;
  file: string;
  line: number;
  /** The captured line's label (`cli:1234 stderr`), without the secret. */
  label: string;
}

interface Secret {
  kind: SecretKind;
  value: string;
}

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name)) : [];
}

function readSecrets(dir: string): Secret[] {
  const secrets = new Map<string, Secret>();
  for (const file of files(path.join(dir, 'secrets'))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const secret = JSON.parse(line) as Secret;
      secrets.set(secret.value, secret);
    }
  }
  return [...secrets.values()];
}

/** The forms a secret may be printed in besides itself (a phone number without its separators). */
function variants(secret: Secret): string[] {
  if (secret.kind !== 'phone') return [secret.value];
  const digits = secret.value.replace(/\D/g, '');
  return [...new Set([secret.value, digits, digits.replace(/^86(?=1\d{10}$)/, '')])];
}

/**
 * Every occurrence of a registered secret (`<dir>/secrets/*.txt`) in the captured output
 * (`<dir>/logs/*`), one `Leak` per line and secret.
 */
export function scanForSecrets(dir: string): { leaks: Leak[]; secrets: number; lines: number } {
  const secrets = readSecrets(dir);
  const leaks: Leak[] = [];
  let lines = 0;
  for (const file of files(path.join(dir, 'logs'))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        lines++;
        for (const secret of secrets) {
          if (!variants(secret).some((v) => text.includes(v))) continue;
          const label = /^\[([^\]]*)\]/.exec(text)?.[1] ?? '';
          leaks.push({ kind: secret.kind, hint: `${secret.value.slice(0, 8)}…`, file, line: i + 1, label });
        }
      });
  }
  return { leaks, secrets: secrets.length, lines };
}

/** A report for the terminal: where each leak is, never the secret. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map((l) => `  ${l.kind} ${l.hint} in ${path.basename(l.file)}:${l.line} (${l.label})`)
    .join('\n');
}
