import type { Harness } from './harness.js';
import { send } from './harness.js';

/** The records every case works on, made through the API (ids stay undefined when a feature fails). */
export interface World {
  h: Harness;
  ids: Record<string, string | undefined>;
  /** Why a fixture record could not be made (reported by the cases that need it). */
  failures: Record<string, string>;
  /** A fresh suffix for natural keys. */
  uniq(): string;
  /** A record made through the API with the admin token, or a thrown error naming the status. */
  create(path: string, body: unknown): Promise<string>;
  need(name: string): string;
}

export const FUTURE = { startsAt: '2031-05-01T08:00:00+08:00', endsAt: '2031-05-01T09:00:00+08:00' };

export async function buildWorld(h: Harness): Promise<World> {
  let n = 0;
  const w: World = {
    h,
    ids: {},
    failures: {},
    uniq: () => {
      n += 1;
      return `${Date.now().toString(36)}${n}`.toUpperCase();
    },
    async create(path, body) {
      const response = await send(h.app, 'POST', path, { token: h.admin, body });
      if (response.status !== 201 && response.status !== 200) {
        throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
      }
      return response.body.id as string;
    },
    need(name) {
      const id = w.ids[name];
      if (!id) throw new Error(`fixture ${name} missing: ${w.failures[name] ?? 'not created'}`);
      return id;
    },
  };
  const make = async (name: string, work: () => Promise<string | undefined>) => {
    try {
      w.ids[name] = await work();
    } catch (error) {
      w.failures[name] = error instanceof Error ? error.message : String(error);
    }
  };
  await make('outlet', async () => {
    const response = await send(h.app, 'POST', '/v1/outlets', {
      token: h.admin,
      body: {
        code: 'C-OUT-1',
        name: '合约服务点',
        address: { district: '浦东新区' },
        zones: [{ code: 'Z1', name: '训练区', kind: 'training', capacity: 20 }],
      },
    });
    if (response.status !== 201) throw new Error(`createOutlet → ${response.status}`);
    w.ids.zone = response.body.zones?.[0]?.id;
    return response.body.id;
  });
  await make('program', () => w.create('/v1/programs', programBody('C-PRG-1')));
  await make('staff', () => w.create('/v1/staff', { externalId: 'C-STF-1', name: '王教练', role: 'coach' }));
  await make('session', () => w.create('/v1/sessions', sessionBody(w, 'C-SES-1')));
  await make('member', () =>
    w.create('/v1/members', { externalId: 'C-MEM-1', displayName: '王秀英', birthYear: 1960 }),
  );
  await make('member2', () =>
    w.create('/v1/members', { externalId: 'C-MEM-2', displayName: '李建华', birthYear: 1985 }),
  );
  await make('booking', () =>
    w.create('/v1/bookings', { sessionId: w.need('session'), memberId: w.need('member') }),
  );
  await make('participation', () =>
    w.create('/v1/participation', {
      sessionId: w.need('session'),
      memberId: w.need('member'),
      externalId: 'C-PAR-1',
    }),
  );
  await make('measurement', () =>
    w.create('/v1/health-measurements', {
      memberId: w.need('member'),
      outletId: w.need('outlet'),
      type: 'blood_pressure',
      value: { systolic: 128, diastolic: 82 },
    }),
  );
  await make('feedback', () => w.create('/v1/feedback', { outletId: w.need('outlet'), rating: 5, nps: 9 }));
  await make('partner', () =>
    w.create('/v1/partners', { code: 'C-PRT-1', kind: 'clinic', name: '社区医院' }),
  );
  await make('agreement', () => w.create(`/v1/partners/${w.need('partner')}/agreements`, agreementBody()));
  await make('group', () =>
    w.create('/v1/groups', { code: 'C-GRP-1', name: '太极拳兴趣小组', kind: 'interest_group' }),
  );
  await make('enrollment', () =>
    w.create('/v1/enrollments', { memberId: w.need('member'), programId: w.need('program'), source: 'self' }),
  );
  await make('endpoint', () =>
    w.create('/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/hook', events: ['*'] }),
  );
  await make('token', () => w.create('/v1/tokens', { name: 'contract reader', scopes: ['outlets:read'] }));
  await make('delivery', async () => {
    const response = await send(h.app, 'POST', `/v1/webhook-endpoints/${w.need('endpoint')}:test`, {
      token: h.admin,
    });
    if (response.status !== 202) throw new Error(`testWebhookEndpoint → ${response.status}`);
    const row = await h.database.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('organization_id', '=', h.organizationId)
      .executeTakeFirst();
    return row?.id;
  });
  return w;
}

export const programBody = (code: string) => ({
  code,
  title: '太极拳晨练',
  kind: 'class',
  category: 'tai_chi',
  ageGroups: ['adult', 'senior'],
  intensity: 'light',
});
export const sessionBody = (w: World, externalId: string) => ({
  externalId,
  outletId: w.need('outlet'),
  programId: w.need('program'),
  ...FUTURE,
  capacity: 10,
});
export const agreementBody = () => ({ scopes: ['participation:aggregate'], validFrom: '2026-01-01' });
