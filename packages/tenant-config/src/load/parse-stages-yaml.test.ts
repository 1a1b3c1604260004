import { describe, expect, it } from 'vitest';
import { validStagesYaml } from '../testing/valid-stages-yaml.ts';
import { formatIssue } from './config-issue.ts';
import { parseStagesYaml } from './parse-stages-yaml.ts';

const CONTEXT = {
  file: 'F',
  languages: { offered: ['fr', 'nl'] as const, default: 'fr' as const },
  timeZone: 'Europe/Brussels',
};

const parse = (text: string) => {
  const result = parseStagesYaml(text, {
    ...CONTEXT,
    languages: { ...CONTEXT.languages, offered: ['fr', 'nl'] },
  });
  return { ...result, lines: result.issues.map(formatIssue) };
};

const replaced = (search: string, replacement: string): string => {
  const text = validStagesYaml();
  if (!text.includes(search)) throw new Error(`fixture has no ${search}`);
  return text.replace(search, replacement);
};

describe('parseStagesYaml', () => {
  it('parses a valid file: days expanded without public holidays, opening normalised to windows', () => {
    const { stages, issues } = parse(validStagesYaml());
    expect(issues).toEqual([]);
    const [july, august] = stages?.stages[0]?.sessions ?? [];
    expect(july?.days).toEqual(['2027-07-19', '2027-07-20', '2027-07-22', '2027-07-23']);
    expect(july?.enrolment).toEqual({
      windows: [
        { from: '2027-05-03T09:00', for: 'residents' },
        { from: '2027-05-05T09:00', for: 'everyone' },
      ],
      allocation: { mode: 'draw', drawMinutes: 30 },
    });
    expect(august?.days).toEqual(['2027-08-02', '2027-08-04', '2027-08-06']);
    expect(august?.enrolment).toEqual({
      windows: [{ from: '2027-05-03T09:00', for: 'everyone' }],
      allocation: { mode: 'first-come' },
    });
    expect(august?.prices).toEqual(july?.prices);
    expect(stages?.places[0]?.address.postalCode).toBe('4000');
  });

  it('reports the file, line, column and path of a bad value', () => {
    expect(parse(replaced('to: "16:00"', 'to: "08:00"')).lines).toEqual([
      'F:19:37 error stages.0.sessions.0.hours.to: must end after it starts',
    ]);
    expect(parse(replaced('capacity: 24', 'capacity: many')).lines).toEqual([
      'F:21:19 error stages.0.sessions.0.capacity: must be a number of seats',
    ]);
    expect(parse(replaced('category: sports', 'category: chess')).lines).toEqual([
      'F:13:15 error stages.0.category: must be one of sports, swimming, arts, music, nature, science, languages, cooking, multi',
    ]);
  });

  it('reports unknown keys where they are written', () => {
    expect(parse(replaced('capacity: 24', 'capacity: 24\n        seats: 24')).lines).toEqual([
      'F:22:9 error stages.0.sessions.0.seats: unknown key "seats"',
    ]);
  });

  it('needs a known place', () => {
    expect(parse(replaced('place: hall-omnisports', 'place: piscine')).lines).toEqual([
      'F:14:12 error stages.0.place: no place with key "piscine" under places:',
    ]);
  });

  it('needs a stage’s questions to be a form of the commune', () => {
    const text = replaced('place: hall-omnisports', 'place: hall-omnisports\n    questions: stage-sport');
    const withForms = (formKeys: string[]) =>
      parseStagesYaml(text, {
        ...CONTEXT,
        languages: { ...CONTEXT.languages, offered: ['fr', 'nl'] },
        formKeys: new Set(formKeys),
      });
    expect(withForms(['stage-sport']).stages?.stages[0]?.questions).toBe('stage-sport');
    expect(withForms(['attestation-domicile']).issues.map(formatIssue)).toEqual([
      'F:15:16 error stages.0.questions: no form forms/stage-sport.yaml in this commune',
    ]);
    expect(
      parse(replaced('place: hall-omnisports', 'place: hall-omnisports\n    questions: Stage Sport')).lines,
    ).toEqual([
      'F:15:16 error stages.0.questions: must be the key of a form in forms/ (its file name without .yaml)',
    ]);
  });

  it('refuses a public holiday in a list of dates and a range without days', () => {
    expect(parse(replaced('dates: [2027-08-02,', 'dates: [2027-08-15,')).lines).toEqual([
      'F:35:25 error stages.0.sessions.1.days.dates.0: 2027-08-15 is a public holiday (Assumption Day)',
    ]);
    expect(
      parse(replaced('{ from: 2027-07-19, to: 2027-07-23 }', '{ from: 2027-07-21, to: 2027-07-21 }')).lines,
    ).toEqual([
      'F:18:15 error stages.0.sessions.0.days: has no day: every day is a week-end, another weekday or a public holiday',
    ]);
    expect(parse(replaced('to: 2027-07-23', 'to: 2027-07-12')).lines).toEqual([
      'F:18:39 error stages.0.sessions.0.days.to: is before from (2027-07-19)',
    ]);
  });

  it('leaves out the days a range lists under except, and checks them', () => {
    const { stages } = parse(
      replaced(
        '{ from: 2027-07-19, to: 2027-07-23 }',
        '{ from: 2027-07-19, to: 2027-07-23, except: [2027-07-20] }',
      ),
    );
    expect(stages?.stages[0]?.sessions[0]?.days).toEqual(['2027-07-19', '2027-07-22', '2027-07-23']);
    expect(
      parse(
        replaced(
          '{ from: 2027-07-19, to: 2027-07-23 }',
          '{ from: 2027-07-19, to: 2027-07-23, except: [2027-07-21, 2027-07-20, 2027-07-20] }',
        ),
      ).issues.map((issue) => `${issue.path}: ${issue.message}`),
    ).toEqual([
      "stages.0.sessions.0.days.except.0: 2027-07-21 is not one of the range's days",
      'stages.0.sessions.0.days.except.2: 2027-07-20 is listed twice',
    ]);
    expect(
      parse(
        replaced(
          '{ from: 2027-07-19, to: 2027-07-23 }',
          '{ from: 2027-07-19, to: 2027-07-20, except: [2027-07-19, 2027-07-20] }',
        ),
      ).issues.map((issue) => `${issue.path}: ${issue.message}`),
    ).toEqual(['stages.0.sessions.0.days.except: leaves no day']);
    expect(
      parse(
        replaced('dates: [2027-08-02, 2027-08-04, 2027-08-06]', 'dates: [2027-08-02], except: [2027-08-02]'),
      ).issues.map((issue) => `${issue.path}: ${issue.message}`),
    ).toEqual(['stages.0.sessions.1.days: give either dates or from/to, not both']);
  });

  it('checks the priority windows', () => {
    expect(
      parse(replaced('2027-05-05T09:00, for: everyone', '2027-05-02T09:00, for: everyone')).lines,
    ).toEqual(['F:30:23 error stages.0.sessions.0.enrolment.windows.1.from: must be after 2027-05-03T09:00']);
    expect(parse(replaced('drawMinutes: 30', 'drawMinutes: 4000')).lines).toEqual([
      'F:31:50 error stages.0.sessions.0.enrolment.allocation.drawMinutes: must be at most 1440 (one day)',
      'F:31:50 error stages.0.sessions.0.enrolment.allocation.drawMinutes: the draw must end before the next window opens',
    ]);
    expect(
      parse(replaced('2027-05-05T09:00, for: everyone', '2027-05-03T09:20, for: everyone')).lines,
    ).toEqual([
      'F:31:50 error stages.0.sessions.0.enrolment.allocation.drawMinutes: the draw must end before the next window opens',
    ]);
    expect(parse(replaced('{ mode: draw, drawMinutes: 30 }', '{ mode: draw }')).lines).toEqual([
      'F:31:11 error stages.0.sessions.0.enrolment.allocation.drawMinutes: is required for a draw',
    ]);
    expect(parse(replaced('{ opensAt: 2027-05-03 09:00 }', '{ opensAt: 2027-08-03 09:00 }')).lines).toEqual([
      'F:40:31 error stages.0.sessions.1.enrolment.opensAt: must be before the first day (2027-08-02)',
    ]);
  });

  it('refuses an opening time skipped by the change to summer time', () => {
    expect(parse(replaced('{ opensAt: 2027-05-03 09:00 }', '{ opensAt: 2027-03-28 02:30 }')).lines).toEqual([
      'F:40:31 error stages.0.sessions.1.enrolment.opensAt: 2027-03-28T02:30 does not exist in Europe/Brussels (skipped by the change to summer time)',
    ]);
  });

  it('needs the default language and warns about a missing translation', () => {
    const noFrench = parse(
      replaced('title: { fr: Multisports, nl: Multisport }', 'title: { nl: Multisport }'),
    );
    expect(noFrench.stages).toBeUndefined();
    expect(noFrench.lines).toEqual([
      'F:11:5 error stages.0.title.fr: the text in the default language (fr) is required',
    ]);
    const noDutch = parse(replaced(', nl: Een week vol sport.', ''));
    expect(noDutch.stages).toBeDefined();
    expect(noDutch.lines).toEqual(['F:12:5 warning stages.0.description.nl: no nl text: falls back to fr']);
  });

  it('refuses keys used twice', () => {
    expect(parse(replaced('key: aout-1', 'key: juillet-1')).lines).toEqual([
      'F:34:14 error stages.0.sessions.1.key: key "juillet-1" is used twice',
    ]);
  });
});
