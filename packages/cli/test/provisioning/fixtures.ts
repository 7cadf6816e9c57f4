import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RemoteState } from '../../src/provisioning/remote.js';

/** Writes manifest files into a fresh temp directory; returns their paths in order. */
export function manifestFiles(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sporthub-manifest-'));
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

const stamp = { createdAt: '2026-09-01T00:00:00Z', updatedAt: '2026-09-01T00:00:00Z' };

/** A server with one outlet (two zones), one program, one staff member and one partner. */
export function remoteState(): RemoteState {
  return {
    partner: [
      {
        id: 'par_1',
        code: 'clinic-pudong-01',
        kind: 'clinic',
        name: '浦东社区卫生服务中心',
        outletIds: [],
        contacts: [],
        ...stamp,
        revision: 1,
      },
    ],
    program: [
      {
        id: 'prg_1',
        code: 'P-TAICHI',
        title: '太极拳晨练',
        kind: 'class',
        category: 'tai_chi',
        ageGroups: ['adult', 'senior'],
        intensity: 'light',
        theme: null,
        description: null,
        defaultDurationMinutes: null,
        ...stamp,
        revision: 3,
      },
    ],
    outlet: [
      {
        id: 'out_1',
        code: 'SH-PD-0001',
        name: '浦东世纪大道体育服务点',
        status: 'active',
        timezone: 'Asia/Shanghai',
        address: { province: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道211号' },
        geo: null,
        services: ['consultation', 'health_check'],
        openingHours: { mon: ['09:00-21:00'] },
        zones: [
          {
            id: 'zon_1',
            outletId: 'out_1',
            code: 'EXP',
            name: '体验区',
            kind: 'experience',
            capacity: 20,
            ...stamp,
            revision: 1,
          },
          {
            id: 'zon_2',
            outletId: 'out_1',
            code: 'TRN',
            name: '训练区',
            kind: 'training',
            capacity: 30,
            ...stamp,
            revision: 1,
          },
        ],
        partnerIds: ['par_1'],
        ...stamp,
        revision: 5,
      },
    ],
    staff: [
      {
        id: 'stf_1',
        externalId: 'C-0042',
        name: '王教练',
        role: 'coach',
        certifications: ['国家二级社会体育指导员'],
        outletIds: ['out_1'],
        phone: '13800000000',
        ...stamp,
        revision: 2,
      },
    ],
  };
}

/** The manifest that matches `remoteState()` exactly. */
export const MATCHING_MANIFEST = `apiVersion: sporthub/v1
programs:
  - {code: P-TAICHI, title: 太极拳晨练, kind: class, category: tai_chi, ageGroups: [senior, adult], intensity: light}
staff:
  - {externalId: C-0042, name: 王教练, role: coach, outlets: [SH-PD-0001], certifications: [国家二级社会体育指导员]}
outlets:
  - code: SH-PD-0001
    name: 浦东世纪大道体育服务点
    address: {province: 上海市, city: 上海市, district: 浦东新区, street: 世纪大道211号}
    services: [health_check, consultation]
    zones:
      - {code: EXP, name: 体验区, kind: experience, capacity: 20}
      - {code: TRN, name: 训练区, kind: training, capacity: 30}
    partners: [clinic-pudong-01]
`;
