import type { DataSharingAgreement, Partner, SportHub } from '@sporthub/sdk';
import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';

/** A partner named on the command line: its id (`prt_…`) or its code (`XH-CHC-01`). Exit 5 if unknown. */
export async function resolvePartner(hub: SportHub, ref: string): Promise<Partner> {
  if (/^prt_[0-9A-HJKMNP-TV-Z]{26}$/.test(ref)) return hub.partners.get(ref);
  const [partner] = await hub.partners.list({ code: ref, limit: 1 }).toArray({ max: 1 });
  if (!partner) {
    throw new CliError(`No partner with code "${ref}".`, {
      code: 'not_found',
      exitCode: ExitCode.notFound,
      hint: 'List partners with `sporthub partners list`, or create one with `sporthub partners create`.',
    });
  }
  return partner;
}

type Scope = DataSharingAgreement['scopes'][number];

/**
 * The partner's agreements in force today that grant `scope`; none → exit 65 `agreement_required`, the
 * same answer the server gives a partner export without an agreement (422).
 */
export async function agreementsGranting(
  hub: SportHub,
  partner: Partner,
  scope: Scope,
): Promise<DataSharingAgreement[]> {
  const active = await hub.partners.agreements.list(partner.id, { active: true }).toArray({ max: 1000 });
  const granting = active.filter((a) => a.scopes.includes(scope) && a.revokedAt === null);
  if (granting.length === 0) throw agreementRequired(partner, scope);
  return granting;
}

/** Exit 65 `agreement_required`: what to tell the operator when the partner lacks an agreement. */
export function agreementRequired(partner: Partner, scope: Scope): CliError {
  return new CliError(`Partner ${partner.code} has no agreement in force today that grants ${scope}.`, {
    code: 'agreement_required',
    exitCode: ExitCode.inputInvalid,
    hint: `Add one: sporthub partners agreements add ${partner.code} --scopes ${scope} --valid-from YYYY-MM-DD`,
  });
}

/** The server's 422 for a share the partner has no agreement for (`errors[].code` agreement_required). */
export function isAgreementRequired(error: unknown): boolean {
  const e = error as { status?: number; errors?: { code?: string }[] } | null;
  return e?.status === 422 && (e.errors ?? []).some((x) => x.code === 'agreement_required');
}
