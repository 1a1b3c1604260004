import { DEFAULT_FORM_WORKFLOW, formWorkflowSchema } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { citizenStatus } from './citizen-status.ts';

const workflow = formWorkflowSchema.parse({
  statuses: [
    { key: 'received', label: { fr: 'Reçu' }, color: '#1d4ed8' },
    { key: 'triage', label: { fr: 'Tri' }, color: '#6b7280', visibleToCitizen: false },
    { key: 'dispatched', label: { fr: 'Transmis' }, color: '#b45309' },
    { key: 'review', label: { fr: 'Revue' }, color: '#6b7280', visibleToCitizen: false },
    { key: 'fixed', label: { fr: 'Résolu' }, color: '#15803d', final: true },
  ],
  transitions: [{ from: 'received', to: 'fixed', roles: ['form-agent'] }],
});

describe('citizenStatus', () => {
  it('shows a visible status as it is', () => {
    expect(citizenStatus(workflow, ['received', 'triage', 'dispatched']).key).toBe('dispatched');
    expect(citizenStatus(DEFAULT_FORM_WORKFLOW, ['submitted']).label.nl).toBe('Verzonden');
  });

  it('shows an internal status as the last visible one the submission went through', () => {
    expect(citizenStatus(workflow, ['received', 'triage']).key).toBe('received');
    expect(citizenStatus(workflow, ['received', 'triage', 'dispatched', 'review']).key).toBe('dispatched');
  });

  it('falls back to the first status without history', () => {
    expect(citizenStatus(workflow, []).key).toBe('received');
    expect(citizenStatus(workflow, ['gone-from-the-workflow']).key).toBe('received');
  });
});
