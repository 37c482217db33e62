import { z } from 'zod';
import { facilitySchema, parseNameList, type Facility, type FacilityFields } from '../../domain/facility';

/** The facility as a form edits it: department and ward lists are one textarea each, one name per line. */
export const facilityFormSchema = z
  .object({
    name: facilitySchema.shape.name,
    address: z.string().trim().max(200, 'validation.tooLong'),
    departmentsText: z.string().max(10_000, 'validation.tooLong'),
    wardsText: z.string().max(10_000, 'validation.tooLong'),
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    confidentialityLabel: z.string().trim().min(1, 'validation.required').max(20, 'validation.tooLong'),
  })
  .superRefine((values, ctx) => {
    for (const field of ['departmentsText', 'wardsText'] as const) {
      if (parseNameList(values[field]).some((name) => name.length > 60)) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.tooLong' });
    }
  });

export type FacilityFormValues = z.input<typeof facilityFormSchema>;

export const emptyFacilityForm: FacilityFormValues = {
  name: '',
  address: '',
  departmentsText: '',
  wardsText: '',
  fiscalYearStartMonth: 4,
  confidentialityLabel: '取扱注意',
};

export function facilityToForm(facility: Facility): FacilityFormValues {
  return {
    name: facility.name,
    address: facility.address,
    departmentsText: facility.departments.join('\n'),
    wardsText: facility.wards.join('\n'),
    fiscalYearStartMonth: facility.fiscalYearStartMonth,
    confidentialityLabel: facility.confidentialityLabel,
  };
}

export function formToFacility(values: z.output<typeof facilityFormSchema>): FacilityFields {
  return facilitySchema.parse({
    name: values.name,
    address: values.address,
    departments: parseNameList(values.departmentsText),
    wards: parseNameList(values.wardsText),
    fiscalYearStartMonth: values.fiscalYearStartMonth,
    confidentialityLabel: values.confidentialityLabel,
  });
}
