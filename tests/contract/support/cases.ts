import { agreementBody, programBody, sessionBody, type World } from './world.js';

export interface Req {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** How to call one operation validly, and where its error cases aim. */
export interface Case {
  /** The success status (or the accepted ones). */
  ok: number | number[];
  /** A valid request; may create its own throwaway record first (deletes, revocations, erasure). */
  valid(w: World): Promise<Req> | Req;
  /** An existing record of the main fixture for the 401/403/404/412/422 checks (default: `valid`). */
  target?(w: World): Promise<Req> | Req;
  /** A body the contract rejects (default `{ "unexpected": true }`: every request schema is strict). */
  invalid?: unknown;
  /** A request that conflicts with existing state (409). */
  conflict?(w: World): Promise<Req> | Req;
}

const outlet = (w: World) => `/v1/outlets/${w.need('outlet')}`;
const zone = (w: World) => `${outlet(w)}/zones/${w.need('zone')}`;
const freshMember = (w: World) =>
  w.create('/v1/members', { externalId: `C-MEM-${w.uniq()}`, displayName: '临时会员', birthYear: 1990 });
/** An agreement granting the scopes partner shares need (made once per world). */
const shareAgreement = async (w: World) => {
  w.ids.shareAgreement ??= await w.create(`/v1/partners/${w.need('partner')}/agreements`, {
    scopes: ['health:observations', 'participation:individual'],
    validFrom: '2026-01-01',
  });
};
const freshSession = (w: World) => w.create('/v1/sessions', sessionBody(w, `C-SES-${w.uniq()}`));

export const CASES: Record<string, Case> = {
  getHealth: { ok: 200, valid: () => ({ url: '/healthz' }) },
  getReadiness: { ok: 200, valid: () => ({ url: '/readyz' }) },
  getMe: { ok: 200, valid: () => ({ url: '/v1/me' }) },

  listTokens: { ok: 200, valid: () => ({ url: '/v1/tokens?limit=10' }) },
  createToken: {
    ok: 201,
    valid: (w) => ({ url: '/v1/tokens', body: { name: `ci ${w.uniq()}`, scopes: ['outlets:read'] } }),
  },
  revokeToken: {
    ok: 200,
    valid: async (w) => ({
      url: `/v1/tokens/${await w.create('/v1/tokens', { name: `t ${w.uniq()}`, scopes: ['outlets:read'] })}:revoke`,
    }),
    target: (w) => ({ url: `/v1/tokens/${w.need('token')}:revoke` }),
  },

  listOutlets: { ok: 200, valid: () => ({ url: '/v1/outlets?limit=10&district=浦东新区' }) },
  createOutlet: {
    ok: 201,
    valid: (w) => ({ url: '/v1/outlets', body: { code: `C-OUT-${w.uniq()}`, name: '新服务点' } }),
    conflict: () => ({ url: '/v1/outlets', body: { code: 'C-OUT-1', name: '重复' } }),
  },
  batchUpsertOutlets: {
    ok: 200,
    valid: (w) => ({
      url: '/v1/outlets:batchUpsert',
      body: {
        items: [
          { code: 'C-OUT-1', name: '合约服务点' },
          { code: `C-OUT-${w.uniq()}`, name: '批量' },
        ],
      },
    }),
    invalid: { items: [{ name: 'no code' }] },
  },
  getOutlet: { ok: 200, valid: (w) => ({ url: outlet(w) }) },
  updateOutlet: { ok: 200, valid: (w) => ({ url: outlet(w), body: { name: `合约服务点 ${w.uniq()}` } }) },
  deleteOutlet: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/outlets/${await w.create('/v1/outlets', { code: `C-DEL-${w.uniq()}`, name: '待删除' })}`,
    }),
    target: (w) => ({ url: outlet(w) }),
    conflict: (w) => ({ url: outlet(w) }), // it has future sessions: 409 without ?force=true
  },
  listZones: { ok: 200, valid: (w) => ({ url: `${outlet(w)}/zones` }) },
  createZone: {
    ok: 201,
    valid: (w) => ({
      url: `${outlet(w)}/zones`,
      body: { code: `Z-${w.uniq()}`, name: '展示区', kind: 'experience' },
    }),
    conflict: (w) => ({ url: `${outlet(w)}/zones`, body: { code: 'Z1', name: '重复', kind: 'training' } }),
  },
  getZone: { ok: 200, valid: (w) => ({ url: zone(w) }) },
  updateZone: { ok: 200, valid: (w) => ({ url: zone(w), body: { capacity: 25 } }) },
  deleteZone: {
    ok: 204,
    valid: async (w) => {
      const response = await w.create(`${outlet(w)}/zones`, {
        code: `ZD-${w.uniq()}`,
        name: '待删除',
        kind: 'retail',
      });
      return { url: `${outlet(w)}/zones/${response}` };
    },
    target: (w) => ({ url: zone(w) }),
  },

  listPrograms: { ok: 200, valid: () => ({ url: '/v1/programs?ageGroup=senior' }) },
  createProgram: {
    ok: 201,
    valid: (w) => ({ url: '/v1/programs', body: programBody(`C-PRG-${w.uniq()}`) }),
    conflict: () => ({ url: '/v1/programs', body: programBody('C-PRG-1') }),
  },
  batchUpsertPrograms: {
    ok: 200,
    valid: (w) => ({ url: '/v1/programs:batchUpsert', body: { items: [programBody(`C-PRG-${w.uniq()}`)] } }),
    invalid: { items: [{ code: 'X' }] },
  },
  getProgram: { ok: 200, valid: (w) => ({ url: `/v1/programs/${w.need('program')}` }) },
  updateProgram: {
    ok: 200,
    valid: (w) => ({ url: `/v1/programs/${w.need('program')}`, body: { title: `太极 ${w.uniq()}` } }),
  },
  deleteProgram: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/programs/${await w.create('/v1/programs', programBody(`C-PD-${w.uniq()}`))}`,
    }),
    target: (w) => ({ url: `/v1/programs/${w.need('program')}` }),
    conflict: (w) => ({ url: `/v1/programs/${w.need('program')}` }), // sessions use it
  },

  listStaff: { ok: 200, valid: () => ({ url: '/v1/staff?role=coach' }) },
  createStaff: {
    ok: 201,
    valid: (w) => ({
      url: '/v1/staff',
      body: { externalId: `C-STF-${w.uniq()}`, name: '李教练', role: 'coach' },
    }),
    conflict: () => ({ url: '/v1/staff', body: { externalId: 'C-STF-1', name: '重复', role: 'coach' } }),
  },
  batchUpsertStaff: {
    ok: 200,
    valid: (w) => ({
      url: '/v1/staff:batchUpsert',
      body: { items: [{ externalId: `C-STF-${w.uniq()}`, name: '志愿者', role: 'volunteer' }] },
    }),
    invalid: { items: [{ name: 'x' }] },
  },
  getStaff: { ok: 200, valid: (w) => ({ url: `/v1/staff/${w.need('staff')}` }) },
  updateStaff: {
    ok: 200,
    valid: (w) => ({ url: `/v1/staff/${w.need('staff')}`, body: { certifications: [`cert ${w.uniq()}`] } }),
  },
  deleteStaff: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/staff/${await w.create('/v1/staff', { externalId: `C-SD-${w.uniq()}`, name: '待删除', role: 'volunteer' })}`,
    }),
    target: (w) => ({ url: `/v1/staff/${w.need('staff')}` }),
  },

  listSessions: {
    ok: 200,
    valid: (w) => ({ url: `/v1/sessions?outletId=${w.need('outlet')}&from=2030-01-01T00:00:00Z` }),
  },
  createSession: {
    ok: 201,
    valid: (w) => ({ url: '/v1/sessions', body: sessionBody(w, `C-SES-${w.uniq()}`) }),
    conflict: (w) => ({ url: '/v1/sessions', body: sessionBody(w, 'C-SES-1') }),
  },
  batchUpsertSessions: {
    ok: 200,
    valid: (w) => ({
      url: '/v1/sessions:batchUpsert',
      body: { items: [sessionBody(w, `C-SES-${w.uniq()}`)] },
    }),
    invalid: { items: [{ externalId: 'x' }] },
  },
  getSession: { ok: 200, valid: (w) => ({ url: `/v1/sessions/${w.need('session')}` }) },
  updateSession: {
    ok: 200,
    valid: (w) => ({ url: `/v1/sessions/${w.need('session')}`, body: { capacity: 12 } }),
  },
  deleteSession: {
    ok: 204,
    valid: async (w) => ({ url: `/v1/sessions/${await freshSession(w)}` }),
    target: (w) => ({ url: `/v1/sessions/${w.need('session')}` }),
  },
  cancelSession: {
    ok: 200,
    valid: async (w) => ({
      url: `/v1/sessions/${await freshSession(w)}:cancel`,
      body: { reason: '天气原因 Weather' },
    }),
    target: (w) => ({ url: `/v1/sessions/${w.need('session')}:cancel`, body: {} }),
  },

  listBookings: { ok: 200, valid: (w) => ({ url: `/v1/bookings?sessionId=${w.need('session')}` }) },
  createBooking: {
    ok: 201,
    valid: async (w) => ({
      url: '/v1/bookings',
      body: { sessionId: w.need('session'), memberId: await freshMember(w) },
    }),
    conflict: (w) => ({
      url: '/v1/bookings',
      body: { sessionId: w.need('session'), memberId: w.need('member') },
    }),
  },
  getBooking: { ok: 200, valid: (w) => ({ url: `/v1/bookings/${w.need('booking')}` }) },
  updateBooking: {
    ok: 200,
    valid: async (w) => {
      const id = await w.create('/v1/bookings', {
        sessionId: w.need('session'),
        memberId: await freshMember(w),
      });
      return { url: `/v1/bookings/${id}`, body: { status: 'attended' } };
    },
    target: (w) => ({ url: `/v1/bookings/${w.need('booking')}`, body: { status: 'attended' } }),
  },
  cancelBooking: {
    ok: 200,
    valid: async (w) => ({
      url: `/v1/bookings/${await w.create('/v1/bookings', { sessionId: w.need('session'), memberId: await freshMember(w) })}:cancel`,
    }),
    target: (w) => ({ url: `/v1/bookings/${w.need('booking')}:cancel` }),
  },

  listMembers: { ok: 200, valid: () => ({ url: '/v1/members?ageGroup=senior' }) },
  createMember: {
    ok: 201,
    valid: (w) => ({
      url: '/v1/members',
      body: {
        externalId: `C-MEM-${w.uniq()}`,
        displayName: '张伟',
        birthYear: 2015,
        guardian: { name: '张父', phone: '+86 139-0000-0001' },
      },
    }),
    conflict: () => ({ url: '/v1/members', body: { externalId: 'C-MEM-1', displayName: '重复' } }),
  },
  batchUpsertMembers: {
    ok: 200,
    valid: (w) => ({
      url: '/v1/members:batchUpsert',
      body: { items: [{ externalId: `C-MEM-${w.uniq()}`, displayName: '批量会员' }] },
    }),
    invalid: { items: [{ externalId: 'x' }] },
  },
  getMember: { ok: 200, valid: (w) => ({ url: `/v1/members/${w.need('member')}` }) },
  updateMember: {
    ok: 200,
    valid: (w) => ({ url: `/v1/members/${w.need('member')}`, body: { gender: 'female' } }),
  },
  listMemberConsents: { ok: 200, valid: (w) => ({ url: `/v1/members/${w.need('member')}/consents` }) },
  grantMemberConsent: {
    ok: [200, 201],
    valid: (w) => ({
      url: `/v1/members/${w.need('member')}/consents`,
      body: { partnerId: w.need('partner'), purpose: 'participation_sharing', grantedBy: 'self' },
    }),
  },
  revokeMemberConsent: {
    ok: 200,
    valid: async (w) => {
      // Granted first: revoking a consent the member never gave answers 404.
      await w.create(`/v1/members/${w.need('member')}/consents`, { purpose: 'contact', grantedBy: 'self' });
      return { url: `/v1/members/${w.need('member')}/consents:revoke`, body: { purpose: 'contact' } };
    },
  },
  eraseMember: {
    ok: 200,
    valid: async (w) => ({ url: `/v1/members/${await freshMember(w)}:erase` }),
    target: (w) => ({ url: `/v1/members/${w.need('member2')}:erase` }),
  },
  getMemberPersonalData: { ok: 200, valid: (w) => ({ url: `/v1/members/${w.need('member')}:personalData` }) },

  listGroups: { ok: 200, valid: () => ({ url: '/v1/groups?kind=interest_group' }) },
  createGroup: {
    ok: 201,
    valid: (w) => ({
      url: '/v1/groups',
      body: {
        code: `C-GRP-${w.uniq()}`,
        name: '健步走小组',
        kind: 'interest_group',
        memberIds: [w.need('member')],
      },
    }),
    conflict: () => ({ url: '/v1/groups', body: { code: 'C-GRP-1', name: '重复', kind: 'interest_group' } }),
  },
  getGroup: { ok: 200, valid: (w) => ({ url: `/v1/groups/${w.need('group')}` }) },
  updateGroup: {
    ok: 200,
    valid: (w) => ({ url: `/v1/groups/${w.need('group')}`, body: { memberIds: [w.need('member')] } }),
  },
  deleteGroup: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/groups/${await w.create('/v1/groups', { code: `C-GD-${w.uniq()}`, name: '待删除', kind: 'interest_group' })}`,
    }),
    target: (w) => ({ url: `/v1/groups/${w.need('group')}` }),
  },
  listEnrollments: { ok: 200, valid: (w) => ({ url: `/v1/enrollments?memberId=${w.need('member')}` }) },
  createEnrollment: {
    ok: 201,
    valid: async (w) => ({
      url: '/v1/enrollments',
      body: { memberId: await freshMember(w), programId: w.need('program'), source: 'self' },
    }),
  },
  getEnrollment: { ok: 200, valid: (w) => ({ url: `/v1/enrollments/${w.need('enrollment')}` }) },
  updateEnrollment: {
    ok: 200,
    valid: (w) => ({
      url: `/v1/enrollments/${w.need('enrollment')}`,
      body: { referenceId: `REF-${w.uniq()}` },
    }),
  },

  listParticipation: { ok: 200, valid: (w) => ({ url: `/v1/participation?memberId=${w.need('member')}` }) },
  recordParticipation: {
    ok: 201,
    valid: async (w) => ({
      url: '/v1/participation',
      body: { sessionId: w.need('session'), memberId: await freshMember(w), durationMinutes: 55 },
    }),
    conflict: (w) => ({
      url: '/v1/participation',
      body: { sessionId: w.need('session'), memberId: w.need('member') },
    }),
  },
  batchUpsertParticipation: {
    ok: 200,
    valid: async (w) => ({
      url: '/v1/participation:batchUpsert',
      body: {
        items: [
          { externalId: `C-PAR-${w.uniq()}`, sessionId: w.need('session'), memberId: await freshMember(w) },
        ],
      },
    }),
    invalid: { items: [{ externalId: 'x' }] },
  },
  exportParticipation: { ok: 200, valid: () => ({ url: '/v1/participation:export?format=ndjson' }) },
  getParticipation: { ok: 200, valid: (w) => ({ url: `/v1/participation/${w.need('participation')}` }) },
  listHealthMeasurements: {
    ok: 200,
    valid: (w) => ({ url: `/v1/health-measurements?memberId=${w.need('member')}&type=blood_pressure` }),
  },
  recordHealthMeasurement: {
    ok: 201,
    valid: (w) => ({
      url: '/v1/health-measurements',
      body: {
        memberId: w.need('member'),
        outletId: w.need('outlet'),
        type: 'grip_strength',
        value: 28.5,
        unit: 'kg',
      },
    }),
    invalid: { memberId: 'mem_x', outletId: 'out_x', type: 'weight', value: { systolic: 1, diastolic: 1 } },
  },
  getHealthMeasurement: {
    ok: 200,
    valid: (w) => ({ url: `/v1/health-measurements/${w.need('measurement')}` }),
  },
  deleteHealthMeasurement: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/health-measurements/${await w.create('/v1/health-measurements', { memberId: w.need('member'), outletId: w.need('outlet'), type: 'weight', value: 61 })}`,
    }),
    target: (w) => ({ url: `/v1/health-measurements/${w.need('measurement')}` }),
  },
  listFeedback: { ok: 200, valid: (w) => ({ url: `/v1/feedback?outletId=${w.need('outlet')}` }) },
  createFeedback: {
    ok: 201,
    valid: (w) => ({
      url: '/v1/feedback',
      body: { sessionId: w.need('session'), rating: 4, nps: 8, comment: '很好 Great' },
    }),
    invalid: { rating: 9 },
  },
  getFeedback: { ok: 200, valid: (w) => ({ url: `/v1/feedback/${w.need('feedback')}` }) },
  getHealthIndexReport: {
    ok: 200,
    // The report is per outlet or district: without either the server answers 422.
    valid: (w) => ({ url: `/v1/reports/health-index?period=2026-Q3&outletId=${w.need('outlet')}` }),
  },

  listPartners: { ok: 200, valid: () => ({ url: '/v1/partners?kind=clinic' }) },
  createPartner: {
    ok: 201,
    valid: (w) => ({
      url: '/v1/partners',
      body: { code: `C-PRT-${w.uniq()}`, kind: 'school', name: '示范小学', contacts: [{ name: '体育组' }] },
    }),
    conflict: () => ({ url: '/v1/partners', body: { code: 'C-PRT-1', kind: 'clinic', name: '重复' } }),
  },
  getPartner: { ok: 200, valid: (w) => ({ url: `/v1/partners/${w.need('partner')}` }) },
  updatePartner: {
    ok: 200,
    valid: (w) => ({ url: `/v1/partners/${w.need('partner')}`, body: { name: `社区医院 ${w.uniq()}` } }),
  },
  deletePartner: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/partners/${await w.create('/v1/partners', { code: `C-PD-${w.uniq()}`, kind: 'enterprise', name: '待删除' })}`,
    }),
    target: (w) => ({ url: `/v1/partners/${w.need('partner')}` }),
  },
  listPartnerAgreements: { ok: 200, valid: (w) => ({ url: `/v1/partners/${w.need('partner')}/agreements` }) },
  createPartnerAgreement: {
    ok: 201,
    valid: (w) => ({ url: `/v1/partners/${w.need('partner')}/agreements`, body: agreementBody() }),
  },
  revokePartnerAgreement: {
    ok: 200,
    valid: async (w) => ({
      url: `/v1/partners/${w.need('partner')}/agreements/${await w.create(`/v1/partners/${w.need('partner')}/agreements`, agreementBody())}:revoke`,
    }),
    target: (w) => ({ url: `/v1/partners/${w.need('partner')}/agreements/${w.need('agreement')}:revoke` }),
  },

  shareHealthMeasurements: {
    ok: 200,
    valid: async (w) => {
      await shareAgreement(w);
      return { url: `/v1/partners/${w.need('partner')}/shares/health-measurements?limit=100` };
    },
  },
  shareReferralAttendance: {
    ok: 200,
    valid: async (w) => {
      await shareAgreement(w);
      return { url: `/v1/partners/${w.need('partner')}/shares/referral-attendance?after=0000000000000000` };
    },
  },
  shareStudentParticipation: {
    ok: 200,
    valid: async (w) => {
      await shareAgreement(w);
      return {
        url: `/v1/partners/${w.need('partner')}/shares/student-participation?from=2026-09-01&to=2026-09-30`,
      };
    },
  },
  resolvePartnerPseudonyms: {
    ok: 200,
    valid: (w) => ({
      url: `/v1/partners/${w.need('partner')}/pseudonyms:resolve`,
      body: { pseudonyms: ['psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7'] },
    }),
    invalid: { pseudonyms: [] },
  },

  listWebhookEndpoints: { ok: 200, valid: () => ({ url: '/v1/webhook-endpoints?status=enabled' }) },
  createWebhookEndpoint: {
    ok: 201,
    valid: () => ({
      url: '/v1/webhook-endpoints',
      body: { url: 'http://127.0.0.1:9/other', events: ['outlet.*'], description: 'contract' },
    }),
  },
  getWebhookEndpoint: { ok: 200, valid: (w) => ({ url: `/v1/webhook-endpoints/${w.need('endpoint')}` }) },
  updateWebhookEndpoint: {
    ok: 200,
    valid: (w) => ({
      url: `/v1/webhook-endpoints/${w.need('endpoint')}`,
      body: { description: `d ${w.uniq()}` },
    }),
  },
  deleteWebhookEndpoint: {
    ok: 204,
    valid: async (w) => ({
      url: `/v1/webhook-endpoints/${await w.create('/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/del', events: ['*'] })}`,
    }),
    target: (w) => ({ url: `/v1/webhook-endpoints/${w.need('endpoint')}` }),
  },
  listWebhookDeliveries: {
    ok: 200,
    valid: (w) => ({ url: `/v1/webhook-endpoints/${w.need('endpoint')}/deliveries` }),
  },
  testWebhookEndpoint: {
    ok: 202,
    valid: (w) => ({ url: `/v1/webhook-endpoints/${w.need('endpoint')}:test` }),
  },
  rotateWebhookSecret: {
    ok: 200,
    valid: (w) => ({ url: `/v1/webhook-endpoints/${w.need('endpoint')}:rotateSecret` }),
  },
  redeliverWebhookDelivery: {
    ok: 202,
    valid: (w) => ({ url: `/v1/webhook-deliveries/${w.need('delivery')}:redeliver` }),
  },
  listEvents: { ok: 200, valid: () => ({ url: '/v1/events?limit=50' }) },
  listAudit: { ok: 200, valid: () => ({ url: '/v1/audit?limit=10' }) },
};
