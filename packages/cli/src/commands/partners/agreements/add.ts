import { Args, Flags } from '@oclif/core';
import type { DataSharingAgreement, DataSharingAgreementCreate } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { usageError } from '../../../errors/cli-error.js';
import { AGREEMENT_COLUMNS } from '../../../integrations/columns.js';

const SCOPES = [
  'participation:aggregate',
  'participation:individual',
  'health:observations',
  'roster:import',
  'referrals:import',
] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default class AgreementsAdd extends SporthubCommand<typeof AgreementsAdd> {
  static override summary = 'Add a data-sharing agreement to a partner.';
  static override description =
    `Agreements say what a partner may receive or send (scopes), whether individual data needs the
member's consent (--requires-consent, the default) and whether members are pseudonymised (--pseudonymize,
the default), from --valid-from to --valid-to (inclusive dates; open-ended without --valid-to). Agreements
are never edited: revoke one and add another. Recorded in the audit log.`;
  static override examples = [
    '<%= config.bin %> partners agreements add XH-CHC-01 --scopes health:observations,referrals:import --valid-from 2026-09-01',
    '<%= config.bin %> partners agreements add PD-SCH-0007 --scopes roster:import --scopes participation:individual --valid-from 2026-09-01 --valid-to 2027-08-31',
  ];
  static override args = { partner: Args.string({ description: 'Partner code or id.', required: true }) };
  static override flags = {
    scopes: Flags.string({
      description: `What the partner may do, comma-separated or repeated: ${SCOPES.join(', ')}.`,
      multiple: true,
      required: true,
    }),
    'requires-consent': Flags.boolean({
      description:
        "Share a member's individual data only with their consent (a guardian's under 14). Default: on.",
      allowNo: true,
      default: true,
    }),
    pseudonymize: Flags.boolean({
      description:
        'Replace member ids by per-partner pseudonyms. Default: on (--no-pseudonymize allows identifiers).',
      allowNo: true,
      default: true,
    }),
    'valid-from': Flags.string({ description: 'First day in force, YYYY-MM-DD.', required: true }),
    'valid-to': Flags.string({ description: 'Last day in force, YYYY-MM-DD. Default: open-ended.' }),
  };

  async run(): Promise<DataSharingAgreement> {
    const { flags } = this;
    const scopes = flags.scopes
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
    if (unknown.length)
      throw usageError(`--scopes: unknown ${unknown.join(', ')}; use ${SCOPES.join(', ')}.`);
    for (const name of ['valid-from', 'valid-to'] as const) {
      if (flags[name] && !DATE.test(flags[name] as string)) throw usageError(`--${name} must be YYYY-MM-DD.`);
    }
    if (flags['valid-to'] && flags['valid-to'] < flags['valid-from'])
      throw usageError('--valid-to is before --valid-from.');
    const hub = await this.client();
    const { resolvePartner } = await import('../../../integrations/partner-ref.js');
    const partner = await resolvePartner(hub, this.args.partner);
    const body: DataSharingAgreementCreate = {
      scopes: [...new Set(scopes)] as DataSharingAgreementCreate['scopes'],
      requiresConsent: flags['requires-consent'],
      pseudonymize: flags.pseudonymize,
      validFrom: flags['valid-from'],
      ...(flags['valid-to'] ? { validTo: flags['valid-to'] } : {}),
    };
    const agreement = await hub.partners.agreements.create(partner.id, body);
    await this.printRecord(agreement, AGREEMENT_COLUMNS);
    return agreement;
  }
}
