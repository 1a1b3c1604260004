import type { EventRequestStatus } from '@communa/db';
import type postgres from 'postgres';

export type SeededRequest = {
  tenant: string;
  type: string;
  title: string;
  status: EventRequestStatus;
  startsAt: Date;
  endsAt: Date;
  place?: string;
  address?: { street: string; number: string; postalCode: string; city: string };
  public?: boolean;
  equipment?: Record<string, number>;
};

let sequence = 0;

/** Inserts an event request (and what it borrows) as the workflow would have left it; returns its id. */
export async function seedEventRequest(owner: postgres.Sql, request: SeededRequest): Promise<string> {
  sequence += 1;
  return owner.begin(async (sql) => {
    const [row] = await sql<{ id: string; tenantId: string }[]>`
      insert into event_requests
        (tenant_id, reference, type_key, title, status, starts_at, ends_at, place_key, address, public, answers)
      select t.id, ${`EVT-TEST-${sequence}`}, ${request.type}, ${request.title}, ${request.status},
        ${request.startsAt}, ${request.endsAt}, ${request.place ?? null},
        ${request.address ? sql.json(request.address) : null}, ${request.public ?? false}, '{}'::jsonb
      from tenants t where t.slug = ${request.tenant}
      returning id, tenant_id as "tenantId"`;
    if (!row) throw new Error(`no commune ${request.tenant}`);
    for (const [key, quantity] of Object.entries(request.equipment ?? {})) {
      await sql`
        insert into event_request_equipment (tenant_id, request_id, equipment_key, quantity)
        values (${row.tenantId}, ${row.id}, ${key}, ${quantity})`;
    }
    return row.id;
  });
}

/** An instant `days` from now, at `hour`:00 UTC, so tests keep their meaning whatever day they run. */
export function daysFromNow(days: number, hour = 12): Date {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}
