import { renderCsv } from '../../output/csv.js';
import type { Column } from '../../output/formats.js';
import type { PatientShare } from './bundle.js';
import { MEASUREMENT_CODINGS } from './codes.js';

/*
 * The same share for clinics without FHIR (SPEC §6.5): one row per observed value, so blood pressure is
 * two rows (systolic 8480-6, diastolic 8462-4) under its panel code 85354-9, and one row per session a
 * referred member attended (type `attendance`, value = minutes, the clinic's referral id). Codes and
 * units are the FHIR export's, so a clinic can move to FHIR later without remapping.
 */

export interface ShareCsvRow {
  patient_ref: string;
  patient_ref_system: string;
  /** The measurement (`msr_…`) or participation record (`par_…`) id. */
  record_id: string;
  type: string;
  loinc_code: string;
  loinc_display: string;
  panel_code: string;
  category: string;
  effective_at: string;
  value: number | string;
  ucum_unit: string;
  referral_id: string;
  program_code: string;
}

const HEADERS = [
  'patient_ref',
  'patient_ref_system',
  'record_id',
  'type',
  'loinc_code',
  'loinc_display',
  'panel_code',
  'category',
  'effective_at',
  'value',
  'ucum_unit',
  'referral_id',
  'program_code',
] as const;

const COLUMNS: readonly Column<ShareCsvRow>[] = HEADERS.map((key) => ({
  header: key,
  value: (row: ShareCsvRow) => row[key],
}));

export function shareCsvRows(patients: readonly PatientShare[]): ShareCsvRow[] {
  const rows: ShareCsvRow[] = [];
  for (const { identifier, measurements, attendance } of patients) {
    const who = { patient_ref: identifier.value, patient_ref_system: identifier.system };
    for (const m of measurements) {
      const coding = MEASUREMENT_CODINGS[m.type];
      const base = {
        ...who,
        record_id: m.id,
        type: m.type,
        category: coding.category,
        effective_at: m.measuredAt,
        ucum_unit: coding.unit.code,
        referral_id: '',
        program_code: '',
      };
      const main = coding.codes[0] ?? { code: '', display: '' };
      const value: unknown = m.value;
      if (coding.components && typeof value === 'object' && value !== null) {
        const bp = value as { systolic: number; diastolic: number };
        for (const [part, v] of [
          [coding.components.systolic, bp.systolic],
          [coding.components.diastolic, bp.diastolic],
        ] as const) {
          rows.push({
            ...base,
            loinc_code: part.code,
            loinc_display: part.display,
            panel_code: main.code,
            value: v,
          });
        }
      } else {
        rows.push({
          ...base,
          loinc_code: main.code,
          loinc_display: main.display,
          panel_code: '',
          value: Number(value),
        });
      }
    }
    for (const a of attendance ?? []) {
      rows.push({
        ...who,
        record_id: a.id,
        type: 'attendance',
        loinc_code: '',
        loinc_display: '',
        panel_code: '',
        category: 'activity',
        effective_at: a.checkedInAt,
        value: a.durationMinutes ?? '',
        ucum_unit: a.durationMinutes === null ? '' : 'min',
        referral_id: a.referralId,
        program_code: a.programCode,
      });
    }
  }
  return rows;
}

/** RFC 4180 CSV with a header row (CRLF), the repo's one CSV writer. */
export function renderShareCsv(patients: readonly PatientShare[]): string {
  return renderCsv(shareCsvRows(patients), COLUMNS);
}
