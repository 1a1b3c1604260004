/**
 * A valid stages.yaml for the tenant of valid-tenant-yaml.ts (fr default, nl offered) whose line
 * numbers tests rely on: keep lines where they are (stages: at line 9, the first session at 17).
 */
export const validStagesYaml = (): string => `places:
  - key: hall-omnisports
    name: Hall omnisports de Testville
    address: { street: Rue du Stade, number: 12, postalCode: 4000, city: Testville }
#
#
#
#
stages:
  - key: multisports
    title: { fr: Multisports, nl: Multisport }
    description: { fr: Une semaine de sports variés., nl: Een week vol sport. }
    category: sports
    place: hall-omnisports
    sessions:
      #
      - key: juillet-1
        days: { from: 2027-07-19, to: 2027-07-23 }
        hours: { from: "09:00", to: "16:00" }
        ages: { min: 6, max: 9 }
        capacity: 24
        prices: &prix
          residentCents: 6000
          nonResidentCents: 9000
          socialCents: 3000
          siblingReduction: { cents: 1000, per: session }
        enrolment: &inscriptions
          windows:
            - { from: 2027-05-03T09:00, for: residents }
            - { from: 2027-05-05T09:00, for: everyone }
          allocation: { mode: draw, drawMinutes: 30 }
        cancellation: &annulation { freeUntilDaysBefore: 7, feeCents: 1500, medicalException: true }
      #
      - key: aout-1
        days: { dates: [2027-08-02, 2027-08-04, 2027-08-06] }
        hours: { from: "13:30", to: "16:30" }
        ages: { min: 10, max: 12 }
        capacity: 16
        prices: *prix
        enrolment: { opensAt: 2027-05-03 09:00 }
        cancellation: *annulation
`;
