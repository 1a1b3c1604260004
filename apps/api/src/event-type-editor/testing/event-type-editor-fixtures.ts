import type postgres from 'postgres';

export const HERSTAL_EVENT_CONFIGURATION = '/v1/admin/tenants/herstal/event-configuration';
export const HERSTAL_EVENT_TYPES = `${HERSTAL_EVENT_CONFIGURATION}/types`;

/**
 * What tells a write of the editor, in every commune (read on the owner connection): each configured
 * row's hash, activity and update time, and the editor's audit events.
 */
export const editorWrites = async (owner: postgres.Sql) => {
  const [row] = await owner<{ rows: string | null; audits: number }[]>`
    select (
      select string_agg(concat_ws(':', e.tenant_id, e.kind, e.key, e.config_hash, e.active, e.updated_at), ','
        order by e.tenant_id, e.kind, e.key)
      from (
        select tenant_id, 'type' as kind, key, config_hash, active, updated_at from event_types
        union all select tenant_id, 'place', key, config_hash, active, updated_at from event_places
        union all select tenant_id, 'equipment', key, config_hash, active, updated_at from event_equipment
        union all select tenant_id, 'service', key, config_hash, active, updated_at from event_services
      ) e
    ) as rows,
    (select count(*)::int from audit_events where action in ('events.type_created', 'events.type_saved',
      'events.type_removed', 'events.places_saved', 'events.equipment_saved')) as audits`;
  return row;
};

/** A valid new event type, as the editor sends it. */
export const fleaMarket = () => ({
  key: 'flea-market',
  name: { fr: 'Brocante de quartier', nl: 'Buurtrommelmarkt' },
  description: {
    fr: 'Une brocante organisée par un comité de quartier sur une place ou une rue.',
    nl: 'Een rommelmarkt georganiseerd door een buurtcomité op een plein of in een straat.',
  },
  form: 'event-gathering',
  attachments: [
    {
      key: 'site-plan',
      label: { fr: 'Plan des emplacements', nl: 'Plan van de standplaatsen' },
      accept: ['application/pdf'],
      maxSizeMb: 10,
    },
  ],
  leadTimeDays: 21,
  opinions: ['police', 'environment'],
  publicCalendar: true,
});

/** A type as the editor sends it to PUT: without its key. */
export const withoutKey = <T extends { key: string }>({ key: _inPath, ...rest }: T) => rest;
