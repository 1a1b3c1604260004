import type { EventDecisionOutcome, Transaction } from '@communa/db';
import { eventPlaces, eventTypes, tenants } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import { localize } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import { associationOf } from '../event-requests/event-request-store.ts';
import { addressLine } from '../households/address-line.ts';
import { brusselsToday } from '../households/child-rules.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { DecisionLetter } from './decision-letter-pdf.ts';

const texts = z.record(z.string(), z.string());
const settingsSchema = z.object({
  signatoryName: z.string(),
  signatoryTitle: texts,
  closing: texts.optional(),
});

/** The commune's decision letter settings from its applied tenant.yaml; undefined without any. */
async function letterSettingsOf(tx: Transaction, tenantId: string) {
  const [row] = await tx
    .select({ settings: sql<unknown>`${tenants.config} -> 'eventDecisionLetter'` })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  const parsed = settingsSchema.safeParse(row?.settings);
  return parsed.success ? parsed.data : undefined;
}

/** The letter of a decision on `row`, in `language`, from the commune's template and the request. */
export async function decisionLetterOf(
  tx: Transaction,
  input: {
    tenant: ResolvedTenant;
    row: EventRequestRow;
    requesterName: string;
    language: Language;
    decision: {
      outcome: EventDecisionOutcome;
      conditions: string | null;
      motivation: string;
      decidedAt: Date;
    };
  },
): Promise<DecisionLetter> {
  const { tenant, row, language } = input;
  const config = tenant.publicConfig;
  const fallback = config.languages.default;
  const [settings, type, place, association] = await Promise.all([
    letterSettingsOf(tx, tenant.id),
    tx
      .select({ name: eventTypes.name })
      .from(eventTypes)
      .where(and(eq(eventTypes.tenantId, tenant.id), eq(eventTypes.key, row.typeKey))),
    row.placeKey === null
      ? Promise.resolve([])
      : tx
          .select({ name: eventPlaces.name, address: eventPlaces.address })
          .from(eventPlaces)
          .where(and(eq(eventPlaces.tenantId, tenant.id), eq(eventPlaces.key, row.placeKey))),
    associationOf(tx, row),
  ]);
  const [placeRow] = place;
  const where = placeRow
    ? `${placeRow.name}, ${addressLine(placeRow.address)}`
    : row.address
      ? addressLine(row.address)
      : '';
  const contact = config.contact;
  return {
    language,
    commune: {
      name: localize(config.name, language, fallback),
      address: addressLine(contact.address),
      contact: `${contact.phone} · ${contact.email} · ${contact.website}`,
      city: contact.address.city,
    },
    addressee: { name: input.requesterName, association: association?.name ?? null },
    reference: row.reference,
    event: {
      title: row.title,
      type: type[0] ? localize(type[0].name, language, fallback) : row.typeKey,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      where,
      expectedAttendance: row.expectedAttendance,
    },
    outcome: input.decision.outcome,
    conditions: input.decision.conditions,
    motivation: input.decision.motivation,
    decidedOn: brusselsToday(input.decision.decidedAt),
    closing: settings?.closing ? localize(settings.closing, language, fallback) : null,
    signatory: settings
      ? { name: settings.signatoryName, title: localize(settings.signatoryTitle, language, fallback) }
      : null,
  };
}
