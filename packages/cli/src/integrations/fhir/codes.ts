import type { HealthMeasurement } from '@sporthub/sdk';

/*
 * SPEC §6.5: each measurement type → LOINC code, UCUM unit and observation category, exactly the spec's
 * list: weight 29463-7 kg, height 8302-2 cm, BMI 39156-5 kg/m2, heart rate 8867-4 /min, blood pressure
 * panel 85354-9 (8480-6, 8462-4) mm[Hg] — category vital-signs; steps 41950-7 /d, minutes per week
 * 82290-8 min/wk (and the Exercise Vital Sign panel 89574-8 with 89555-7 d/wk, 68516-4 min/d) —
 * category activity. Checked against loinc.org and the HL7 Physical Activity IG (its EVS value set lists
 * 89555-7, 68516-4, 82290-8). Resting heart rate adds 40443-4 "Heart rate --resting" (a member of the R4
 * heart-rate value set) beside the 8867-4 the R4 heart-rate profile requires.
 *
 * Grip strength has no mapping, so `sync clinic` skips it with a counted warning: the spec names no code
 * for it, and the only LOINC dynamometer terms found are per hand — 83173-5 left, 83174-3 right, members
 * of the NIH Toolbox panel 83145-3 (loinc.org/83145-3), in [lbf_av] — while the platform does not record
 * the hand. Sending "right hand" for an unknown hand would be a wrong observation.
 */

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** FHIR R4 core vital-sign profiles (hl7.org/fhir/R4/observation-vitalsigns.html). */
const VITALS = 'http://hl7.org/fhir/StructureDefinition';

export type MeasurementType = HealthMeasurement['type'];
export type ObservationCategory = 'vital-signs' | 'activity';

export interface LoincConcept {
  code: string;
  display: string;
}

export interface UcumUnit {
  /** The UCUM code (`Quantity.code`). */
  code: string;
  /** What people read (`Quantity.unit`). */
  unit: string;
}

export interface MeasurementCoding {
  /** `Observation.code.coding`, most specific first. */
  codes: readonly LoincConcept[];
  category: ObservationCategory;
  unit: UcumUnit;
  /** The FHIR core vital-signs profile the Observation conforms to, when there is one. */
  profile?: string;
  /** Blood pressure: the panel's components (the value is `{systolic, diastolic}`). */
  components?: { systolic: LoincConcept; diastolic: LoincConcept };
}

const unit = (code: string): UcumUnit => ({ code, unit: code });

export const BP_SYSTOLIC: LoincConcept = { code: '8480-6', display: 'Systolic blood pressure' };
export const BP_DIASTOLIC: LoincConcept = { code: '8462-4', display: 'Diastolic blood pressure' };

/** Exercise Vital Sign (PA IG): the panel and its parts, used when days and minutes are both known. */
export const EVS = {
  panel: { code: '89574-8', display: 'Exercise Vital Sign panel' },
  daysPerWeek: {
    code: '89555-7',
    display:
      'How many days per week did you engage in moderate to strenuous physical activity in the last 30 days',
  },
  minutesPerDay: {
    code: '68516-4',
    display:
      'On those days that you engage in moderate to strenuous exercise, how many minutes, on average, do you exercise',
  },
  minutesPerWeek: { code: '82290-8', display: 'Frequency of moderate to vigorous aerobic physical activity' },
} as const;

/** The types a clinic share can carry; the others are skipped (see above). */
export type MappedMeasurementType = Exclude<MeasurementType, 'grip_strength'>;

export const MEASUREMENT_CODINGS: Readonly<Record<MappedMeasurementType, MeasurementCoding>> = {
  weight: {
    codes: [{ code: '29463-7', display: 'Body weight' }],
    category: 'vital-signs',
    unit: unit('kg'),
    profile: `${VITALS}/bodyweight`,
  },
  height: {
    codes: [{ code: '8302-2', display: 'Body height' }],
    category: 'vital-signs',
    unit: unit('cm'),
    profile: `${VITALS}/bodyheight`,
  },
  bmi: {
    codes: [{ code: '39156-5', display: 'Body mass index (BMI) [Ratio]' }],
    category: 'vital-signs',
    unit: unit('kg/m2'),
    profile: `${VITALS}/bmi`,
  },
  heart_rate: {
    codes: [{ code: '8867-4', display: 'Heart rate' }],
    category: 'vital-signs',
    unit: unit('/min'),
    profile: `${VITALS}/heartrate`,
  },
  // 40443-4 says "at rest"; 8867-4 is kept beside it because the R4 heart-rate profile requires that
  // coding (extra, more specific codings are allowed), so receivers that only know 8867-4 still read it.
  resting_heart_rate: {
    codes: [
      { code: '40443-4', display: 'Heart rate --resting' },
      { code: '8867-4', display: 'Heart rate' },
    ],
    category: 'vital-signs',
    unit: unit('/min'),
    profile: `${VITALS}/heartrate`,
  },
  blood_pressure: {
    codes: [{ code: '85354-9', display: 'Blood pressure panel with all children optional' }],
    category: 'vital-signs',
    unit: unit('mm[Hg]'),
    profile: `${VITALS}/bp`,
    components: { systolic: BP_SYSTOLIC, diastolic: BP_DIASTOLIC },
  },
  steps: {
    codes: [{ code: '41950-7', display: 'Number of steps in 24 hour Measured' }],
    category: 'activity',
    unit: unit('/d'),
  },
  mvpa_minutes_per_week: {
    codes: [EVS.minutesPerWeek],
    category: 'activity',
    unit: unit('min/wk'),
  },
};

export const CATEGORY_DISPLAY: Readonly<Record<ObservationCategory, string>> = {
  'vital-signs': 'Vital Signs',
  activity: 'Activity',
};

/** Whether a measurement type has a verified LOINC mapping (and so may go into a clinic share). */
export function isMappedType(type: MeasurementType): type is MappedMeasurementType {
  return Object.hasOwn(MEASUREMENT_CODINGS, type);
}
