import type postgres from 'postgres';

export const HERSTAL_STAGES = '/v1/admin/tenants/herstal/stages';
export const INDUSTRY = `${HERSTAL_STAGES}/ville-d-industrie/definition`;

/** What the editor may write, in every commune (read on the owner connection). */
export const countEditorWrites = async (owner: postgres.Sql) => {
  const [row] = await owner<{ stages: string; sessions: string; windows: number; audits: number }[]>`
    select (select string_agg(id || config_hash || active, ',' order by id) from stages) as stages,
           (select string_agg(id || config_hash || active || capacity, ',' order by id) from stage_sessions) as sessions,
           (select count(*)::int from stage_session_windows) as windows,
           (select count(*)::int from audit_events
              where action in ('stages.definition_saved', 'stages.created')) as audits`;
  return row;
};

/** A session as the editor sends it: Monday 19 to Friday 23 July 2027 but Tuesday (21 July is a holiday). */
export const roboticsSession = (key = 'semaine-29') => ({
  key,
  days: {
    from: '2027-07-19',
    to: '2027-07-23',
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    except: ['2027-07-20'],
  },
  hours: { from: '09:00', to: '16:00' },
  ages: { min: 8, max: 12 },
  capacity: 12,
  prices: {
    residentCents: 6000,
    nonResidentCents: 8000,
    socialCents: 2500,
    siblingReduction: { cents: 1000, per: 'week' },
  },
  enrolment: {
    windows: [
      { from: '2027-05-10T18:00', for: 'residents' },
      { from: '2027-05-17T18:00', for: 'everyone' },
    ],
    allocation: { mode: 'draw', drawMinutes: 30 },
  },
  cancellation: { freeUntilDaysBefore: 10, feeCents: 1000, medicalException: true },
});

/** A new stage in Herstal's museum, as the editor sends it. */
export const roboticsStage = () => ({
  title: { fr: 'Robotique', nl: 'Robotica' },
  description: { fr: 'Construire et programmer des robots.', nl: 'Robots bouwen en programmeren.' },
  category: 'science',
  place: {
    key: 'musee-herstal',
    name: 'Musée communal de Herstal',
    address: { street: 'Place Licourt', number: '25', postalCode: '4040', city: 'Herstal' },
  },
  sessions: [roboticsSession()],
});
