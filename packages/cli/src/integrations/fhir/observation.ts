import type { HealthMeasurementShare } from '@sporthub/sdk';
import {
  CATEGORY_DISPLAY,
  EVS,
  LOINC,
  type LoincConcept,
  type MappedMeasurementType,
  MEASUREMENT_CODINGS,
  OBSERVATION_CATEGORY,
  type ObservationCategory,
  UCUM,
} from './codes.js';
import type { CodeableConcept, Identifier, Observation, Quantity, Reference } from './types.js';

/** Identifies the platform record an Observation came from: the clinic can spot a re-send. */
export const MEASUREMENT_IDENTIFIER_SYSTEM = 'urn:sporthub:health-measurement';

/** The fields an Observation needs: a shared measurement of a type with a LOINC mapping. */
export type MeasurementInput = Pick<HealthMeasurementShare, 'id' | 'value' | 'measuredAt'> & {
  type: MappedMeasurementType;
};

/** Exercise minutes known as days × minutes (PA IG Exercise Vital Sign), e.g. from a questionnaire. */
interface ExerciseDays {
  daysPerWeek: number;
  minutesPerDay: number;
}

const concept = (codes: readonly LoincConcept[]): CodeableConcept => ({
  coding: codes.map((c) => ({ system: LOINC, code: c.code, display: c.display })),
  text: codes[0]?.display,
});

const quantity = (value: number, code: string): Quantity => ({ value, unit: code, system: UCUM, code });

function category(kind: ObservationCategory): CodeableConcept[] {
  return [{ coding: [{ system: OBSERVATION_CATEGORY, code: kind, display: CATEGORY_DISPLAY[kind] }] }];
}

function isExerciseDays(value: unknown): value is ExerciseDays {
  const v = value as Partial<ExerciseDays> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.daysPerWeek === 'number' &&
    typeof v.minutesPerDay === 'number'
  );
}

function isBloodPressure(value: unknown): value is { systolic: number; diastolic: number } {
  const v = value as { systolic?: unknown; diastolic?: unknown } | null;
  return (
    typeof v === 'object' && v !== null && typeof v.systolic === 'number' && typeof v.diastolic === 'number'
  );
}

/**
 * One measurement as a FHIR R4 Observation (SPEC §6.5): status `final`, `effectiveDateTime` = when it was
 * measured, LOINC code, UCUM value, category `vital-signs` / `activity`. Throws for a value that
 * does not fit its type (the server validates values, so that means a contract change).
 */
export function measurementToObservation(m: MeasurementInput, subject: Reference): Observation {
  const coding = MEASUREMENT_CODINGS[m.type];
  if (!coding) throw new Error(`No FHIR mapping for measurement type "${m.type}" (${m.id})`);
  const identifier: Identifier[] = [{ system: MEASUREMENT_IDENTIFIER_SYSTEM, value: m.id }];
  const base = {
    resourceType: 'Observation' as const,
    ...(coding.profile ? { meta: { profile: [coding.profile] } } : {}),
    identifier,
    status: 'final' as const,
    category: category(coding.category),
  };
  const value: unknown = m.value;
  if (coding.components) {
    if (!isBloodPressure(value))
      throw new Error(`Measurement ${m.id}: blood pressure needs {systolic, diastolic}`);
    return {
      ...base,
      code: concept(coding.codes),
      subject,
      effectiveDateTime: m.measuredAt,
      component: [
        {
          code: concept([coding.components.systolic]),
          valueQuantity: quantity(value.systolic, coding.unit.code),
        },
        {
          code: concept([coding.components.diastolic]),
          valueQuantity: quantity(value.diastolic, coding.unit.code),
        },
      ],
    };
  }
  if (m.type === 'mvpa_minutes_per_week' && isExerciseDays(value)) {
    // PA IG Exercise Vital Sign: the panel carries days/week and minutes/day as asked, and their product
    // as minutes/week, so a receiver that only reads 82290-8 still gets the total.
    return {
      ...base,
      code: concept([EVS.panel]),
      subject,
      effectiveDateTime: m.measuredAt,
      component: [
        { code: concept([EVS.daysPerWeek]), valueQuantity: quantity(value.daysPerWeek, 'd/wk') },
        { code: concept([EVS.minutesPerDay]), valueQuantity: quantity(value.minutesPerDay, 'min/d') },
        {
          code: concept([EVS.minutesPerWeek]),
          valueQuantity: quantity(value.daysPerWeek * value.minutesPerDay, 'min/wk'),
        },
      ],
    };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`Measurement ${m.id}: ${m.type} needs a number, got ${JSON.stringify(value)}`);
  }
  return {
    ...base,
    code: concept(coding.codes),
    subject,
    effectiveDateTime: m.measuredAt,
    valueQuantity: { value, unit: coding.unit.unit, system: UCUM, code: coding.unit.code },
  };
}
