import { Args, Flags } from '@oclif/core';
import type { Consent } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { usageError } from '../../errors/cli-error.js';
import { CONSENT_COLUMNS } from '../../integrations/columns.js';

const PURPOSES = ['health_data_sharing', 'participation_sharing', 'contact'] as const;

export default class MembersConsents extends SporthubCommand<typeof MembersConsents> {
  static override summary = "List a member's consents, or grant or revoke one.";
  static override description =
    `Without --grant or --revoke: lists the member's consents (--active: only those not revoked).
--grant records a consent for --purpose, naming --partner (code or id; omitted = the platform itself),
--granted-by self or guardian (a guardian's is required for members under 14). --revoke ends the active
consent for that partner and purpose: future shares stop. Both are audited (consent_change).`;
  static override examples = [
    '<%= config.bin %> members consents mem_01JD…',
    '<%= config.bin %> members consents mem_01JD… --grant --partner XH-CHC-01 --purpose health_data_sharing --granted-by guardian',
    '<%= config.bin %> members consents mem_01JD… --revoke --partner XH-CHC-01 --purpose health_data_sharing',
  ];
  static override args = { member: Args.string({ description: 'Member id (mem_…).', required: true }) };
  static override flags = {
    grant: Flags.boolean({ description: 'Record a consent.', exclusive: ['revoke'] }),
    revoke: Flags.boolean({
      description: 'Revoke the active consent for --partner and --purpose.',
      exclusive: ['grant'],
    }),
    partner: Flags.string({ description: 'Partner code or id the consent names. Default: the platform.' }),
    purpose: Flags.option({
      options: PURPOSES,
      description: 'What the consent allows (with --grant/--revoke).',
    })(),
    'granted-by': Flags.option({
      options: ['self', 'guardian'] as const,
      default: 'self' as const,
      description: 'Who gave it (with --grant). Default: self.',
    })(),
    active: Flags.boolean({ description: 'List only consents not revoked.' }),
  };

  async run(): Promise<Consent | { data: Consent[]; nextCursor: null }> {
    const { flags } = this;
    const hub = await this.client();
    const memberId = this.args.member;
    if (flags.grant || flags.revoke) {
      if (!flags.purpose)
        throw usageError(`--${flags.grant ? 'grant' : 'revoke'} needs --purpose (${PURPOSES.join('|')}).`);
      let partnerId: string | null = null;
      if (flags.partner) {
        const { resolvePartner } = await import('../../integrations/partner-ref.js');
        partnerId = (await resolvePartner(hub, flags.partner)).id;
      }
      const consent = flags.grant
        ? await hub.members.consents.grant(memberId, {
            partnerId,
            purpose: flags.purpose,
            grantedBy: flags['granted-by'],
          })
        : await hub.members.consents.revoke(memberId, { partnerId, purpose: flags.purpose });
      await this.printRecord(consent, CONSENT_COLUMNS);
      return consent;
    }
    const data = await hub.members.consents
      .list(memberId, flags.active ? { active: true } : {})
      .toArray({ max: 10_000 });
    await this.printList(data, CONSENT_COLUMNS);
    if (data.length === 0) this.note('No consents recorded.');
    return { data, nextCursor: null };
  }
}
