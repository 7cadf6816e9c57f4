import { Flags } from '@oclif/core';
import type { Partner, PartnerCreate } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { usageError } from '../../errors/cli-error.js';
import { PARTNER_FIELDS } from '../../integrations/columns.js';

const KINDS = [
  'clinic',
  'school',
  'senior_center',
  'government',
  'enterprise',
  'community_committee',
] as const;

export default class PartnersCreate extends SporthubCommand<typeof PartnersCreate> {
  static override summary = 'Create a partner.';
  static override description =
    `Creates a partner (a clinic, school, senior centre…). The code is its natural key: a taken code
exits 6 (conflict). --outlet takes outlet codes (repeat it); --contact takes "name[,role[,phone[,email]]]".`;
  static override examples = [
    '<%= config.bin %> partners create --code XH-CHC-01 --kind clinic --name 徐汇区斜土街道社区卫生服务中心',
    '<%= config.bin %> partners create --code PD-SCH-0007 --kind school --name 明珠小学 --outlet SH-PD-0001 --contact "王丽华,体育组长,021-64381234"',
  ];
  static override flags = {
    code: Flags.string({
      description: 'Natural key, unique in the organization, e.g. XH-CHC-01.',
      required: true,
    }),
    kind: Flags.option({ options: KINDS, description: 'What kind of organization it is.', required: true })(),
    name: Flags.string({ description: 'Display name.', required: true }),
    outlet: Flags.string({
      description: 'Code of an outlet the partner works with (repeatable).',
      multiple: true,
    }),
    contact: Flags.string({
      description: 'Contact as "name[,role[,phone[,email]]]" (repeatable).',
      multiple: true,
    }),
  };

  async run(): Promise<Partner> {
    const hub = await this.client();
    const { code, kind, name, outlet = [], contact = [] } = this.flags;
    const outletIds: string[] = [];
    for (const outletCode of outlet) {
      const [found] = await hub.outlets.list({ code: outletCode, limit: 1 }).toArray({ max: 1 });
      if (!found || found.code !== outletCode)
        throw usageError(`--outlet ${outletCode}: no outlet with this code.`);
      outletIds.push(found.id);
    }
    const contacts = contact.map((text) => {
      const [contactName = '', role, phone, email] = text.split(',').map((s) => s.trim());
      if (!contactName) throw usageError(`--contact "${text}": the name comes first.`);
      return { name: contactName, role: role || null, phone: phone || null, email: email || null };
    });
    const body: PartnerCreate = {
      code,
      kind,
      name,
      ...(outletIds.length && { outletIds }),
      ...(contacts.length && { contacts }),
    };
    const partner = await hub.partners.create(body);
    await this.printRecord(partner, PARTNER_FIELDS);
    this.note(
      `Next: give it an agreement with \`sporthub partners agreements add ${partner.code} --scopes …\`.`,
    );
    return partner;
  }
}
