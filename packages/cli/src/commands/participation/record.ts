import { Flags } from '@oclif/core';
import type { Participation } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { Column } from '../../output/index.js';

const SOURCES = ['staff', 'qr', 'partner', 'import'] as const;

const FIELDS: Column<Participation>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'externalId', value: (p) => p.externalId },
  { header: 'sessionId', value: (p) => p.sessionId },
  { header: 'memberId', value: (p) => p.memberId },
  { header: 'outletId', value: (p) => p.outletId },
  { header: 'checkedInAt', value: (p) => p.checkedInAt },
  { header: 'durationMinutes', value: (p) => p.durationMinutes },
  { header: 'source', value: (p) => p.source },
];

export default class ParticipationRecord extends SporthubCommand<typeof ParticipationRecord> {
  static override summary = 'Record one check-in: a member took part in a session.';
  static override description =
    `Records that a member took part in a session (a walk-in needs no booking; a booking of the member
becomes attended). Name the session and the member by id or by your own external id. A second check-in
of the same member to the same session is a conflict (exit 6); a cancelled or unknown session is exit 65.`;

  static override examples = [
    {
      description: 'By ids, now:',
      command:
        '<%= config.bin %> participation record --session ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P --member mem_01JD0Z9R4X6YKM8W0A2B3C4D5E',
    },
    {
      description: 'By external ids, with time and duration, from a paper list:',
      command:
        '<%= config.bin %> participation record --session-external-id PD-TAICHI-20260905-0730 --member-external-id M-1042 --checked-in-at 2026-09-05T07:58:00+08:00 --duration 60 --source import',
    },
  ];

  static override flags = {
    session: Flags.string({
      description: 'Session id (ses_…).',
      exactlyOne: ['session', 'session-external-id'],
    }),
    'session-external-id': Flags.string({
      description: "The session's external id (your own key).",
      exactlyOne: ['session', 'session-external-id'],
    }),
    member: Flags.string({ description: 'Member id (mem_…).', exactlyOne: ['member', 'member-external-id'] }),
    'member-external-id': Flags.string({
      description: "The member's external id (your own key).",
      exactlyOne: ['member', 'member-external-id'],
    }),
    'checked-in-at': Flags.string({
      description:
        'When the member checked in, RFC 3339 with offset (2026-09-05T07:58:00+08:00). Default: now.',
      parse: async (value) => {
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
          throw new Error(`"${value}" is not an RFC 3339 time with offset, e.g. 2026-09-05T07:58:00+08:00`);
        }
        return value;
      },
    }),
    duration: Flags.integer({
      min: 0,
      max: 1440,
      description: 'Minutes taken part, 0–1440. Default: not recorded.',
    }),
    source: Flags.option({
      options: SOURCES,
      default: 'staff' as const,
      description: 'How the check-in was taken.',
    })(),
    'external-id': Flags.string({
      description: 'Your own key for this check-in (makes a retry safe to repeat).',
    }),
  };

  async run(): Promise<Participation> {
    const hub = await this.client();
    const f = this.flags;
    const [sessionId, memberId] = await Promise.all([
      f.session ?? this.idOf('session', f['session-external-id'] as string),
      f.member ?? this.idOf('member', f['member-external-id'] as string),
    ]);
    const participation = await hub.participation.record({
      sessionId,
      memberId,
      source: f.source,
      ...(f['checked-in-at'] && { checkedInAt: f['checked-in-at'] }),
      ...(f.duration !== undefined && { durationMinutes: f.duration }),
      ...(f['external-id'] && { externalId: f['external-id'] }),
    });
    await this.printRecord(participation, FIELDS);
    return participation;
  }

  private async idOf(kind: 'session' | 'member', externalId: string): Promise<string> {
    const hub = await this.client();
    const page =
      kind === 'session'
        ? await hub.sessions.list({ externalId, limit: 1 }).page()
        : await hub.members.list({ externalId, limit: 1 }).page();
    const found = page.data.find((item) => item.externalId === externalId);
    if (!found) {
      throw new CliError(`No ${kind} has the external id "${externalId}" (--${kind}-external-id).`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: `Check the id, or pass --${kind} with the ${kind === 'session' ? 'ses_' : 'mem_'}… id.`,
      });
    }
    return found.id;
  }
}
