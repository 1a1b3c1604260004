import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { pdfText } from '../stage-staff/testing/pdf-text.ts';
import type { AttestedFamily } from './testing/attestation-fixtures.ts';
import { attestedFamilies, myAttestationPath, staffAttestationPath } from './testing/attestation-fixtures.ts';

describe('childcare attestations (281.86): happy paths', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let paid: AttestedFamily;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    ({ paid } = await attestedFamilies(kit, owner, 'attest'));
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const euros = (cents: number, locale: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

  it('gives staff the attestation of what the household paid, for the days attended; the read is audited', async () => {
    const res = await kit.admin(staffAttestationPath(paid.family, 2027, '?lang=fr'), manager);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="attestation-281-86-2027-lambert-zoe.pdf"',
    );
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    for (const expected of [
      '281.86',
      '2027',
      'Lambert Zo',
      'Ville de Li',
      'Multisports au Sart-Tilman',
      'Total',
    ])
      expect(text).toContain(expected);
    // Three days present (the absent one is not attested), all of the price paid.
    expect(text).toContain('\n3\n');
    // The text is read back as Latin-1, where the euro sign is not: the amount's digits are compared.
    expect(text).toContain(euros(paid.paidCents, 'fr-BE').replace(/[^\d,]/g, ''));
    const [audit] = await owner<{ detail: { year: number; householdId: string } }[]>`
      select detail from audit_events where action = 'stages.childcare_attestation_read'`;
    expect(audit?.detail).toEqual({ householdId: paid.family.householdId, year: 2027 });
  });

  it('gives the parent their own, in the language asked', async () => {
    const res = await kit.platform.app.request(myAttestationPath(paid.family.childId, 2027, '?lang=nl'), {
      headers: kit.withBearer(paid.family.token),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Attest kinderoppas');
    expect(text).toContain('Multisport in Sart-Tilman');
  });
});
