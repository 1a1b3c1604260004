import { describe, expect, it } from 'vitest';
import {
  checkHealthSheet,
  compactDraft,
  draftFromSheet,
  readHealthDraft,
  toHealthSheetInput,
} from './health-sheet-form.ts';

const sheet = {
  allergies: 'Peanuts',
  dietaryNeeds: '',
  treatments: [{ medication: 'Ventolin', dose: '2 puffs', when: 'Before sport' }],
  doctor: { name: 'Dr Lambert', phone: '+32 4 222 33 44' },
  collectors: [{ name: 'Marie Dupont', phone: '0470 12 34 56', relation: 'Grandmother' }],
  photoConsent: false,
  remarks: '',
  updatedAt: '2027-06-01T10:00:00.000Z',
};

describe('the health sheet form', () => {
  it('starts empty with one person to collect the child and no photo choice made', () => {
    const draft = draftFromSheet(null);
    expect(draft.collectors).toHaveLength(1);
    expect(draft.photoConsent).toBe('');
    expect(checkHealthSheet(draft)).toEqual([
      { field: 'collectors.0.name', code: 'required' },
      { field: 'collectors.0.phone', code: 'required' },
      { field: 'collectors.0.relation', code: 'required' },
      { field: 'photoConsent', code: 'required' },
    ]);
  });

  it('gives a saved sheet back as it was sent', () => {
    const draft = draftFromSheet(sheet);
    expect(draft.photoConsent).toBe('no');
    expect(checkHealthSheet(draft)).toEqual([]);
    const { updatedAt: _, ...input } = sheet;
    expect(toHealthSheetInput(draft)).toEqual(input);
  });

  it('reads the form by the API’s paths, drops empty rows and trims', () => {
    const fields: Record<string, string> = {
      allergies: '  none  ',
      'treatments.0.medication': '',
      'treatments.0.dose': ' ',
      'treatments.0.when': '',
      'treatments.1.medication': 'Ritalin',
      'treatments.1.dose': '10 mg',
      'treatments.1.when': 'Morning',
      'doctor.name': '',
      'doctor.phone': '',
      'collectors.0.name': '',
      'collectors.0.phone': '',
      'collectors.0.relation': '',
      'collectors.1.name': 'Tom',
      'collectors.1.phone': '0470',
      'collectors.1.relation': 'Uncle',
      photoConsent: 'yes',
    };
    const draft = compactDraft(readHealthDraft((name) => fields[name], { treatments: 2, collectors: 2 }));
    expect(checkHealthSheet(draft)).toEqual([]);
    expect(toHealthSheetInput(draft)).toEqual({
      allergies: 'none',
      dietaryNeeds: '',
      treatments: [{ medication: 'Ritalin', dose: '10 mg', when: 'Morning' }],
      doctor: null,
      collectors: [{ name: 'Tom', phone: '0470', relation: 'Uncle' }],
      photoConsent: true,
      remarks: '',
    });
  });

  it('wants a doctor whole or not at all, and every part of a treatment', () => {
    const draft = {
      ...draftFromSheet(sheet),
      doctor: { name: 'Dr Lambert', phone: '' },
      treatments: [{ medication: 'Ventolin', dose: '', when: 'noon' }],
    };
    expect(checkHealthSheet(draft)).toEqual([
      { field: 'treatments.0.dose', code: 'required' },
      { field: 'doctor.phone', code: 'required' },
    ]);
  });
});
