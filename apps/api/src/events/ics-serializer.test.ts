import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, localDateTime, serializeCalendar, utcDateTime } from './ics-serializer.ts';

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a line starting with a space', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}b`)).toBe(`${line}\r\n b`);
  });

  it('never splits a UTF-8 sequence, and keeps every physical line within 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const physical of folded.split('\r\n'))
          expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
      }),
    );
  });

  it('folds accented text at character boundaries', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const [first = '', second = ''] = folded.split('\r\n');
    expect(Buffer.byteLength(first, 'utf8')).toBe(74);
    expect(second).toBe(` ${'é'.repeat(27)}`);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('Marché; brocante, jeux\\\nsuite')).toBe('Marché\\; brocante\\, jeux\\\\\\nsuite');
  });
});

describe('date-times', () => {
  it('writes UTC with Z and Brussels wall-clock time across summer and winter', () => {
    expect(utcDateTime(new Date('2027-06-12T12:00:05Z'))).toBe('20270612T120005Z');
    expect(localDateTime(new Date('2027-06-12T12:00:00Z'), 'Europe/Brussels')).toBe('20270612T140000');
    expect(localDateTime(new Date('2027-12-12T12:00:00Z'), 'Europe/Brussels')).toBe('20271212T130000');
  });
});

describe('serializeCalendar', () => {
  const text = serializeCalendar({
    name: 'Ville de Liège, événements',
    productId: '-//Communa//Events//FR',
    events: [
      {
        uid: 'a1@liege.communa',
        stamp: new Date('2027-05-01T10:00:00Z'),
        startsAt: new Date('2027-06-12T12:00:00Z'),
        endsAt: new Date('2027-06-12T21:00:00Z'),
        summary: 'Fête de quartier, rue Saint-Gilles',
        location: 'Place du Marché, 2, 4000 Liège',
        categories: ['Fête de quartier'],
      },
    ],
  });

  it('is CRLF-terminated with one VEVENT carrying UID, DTSTAMP and Brussels times', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Communa//Events//FR',
      'CALSCALE:GREGORIAN',
    ]);
    expect(lines).toContain('TZID:Europe/Brussels');
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(event).toEqual([
      'BEGIN:VEVENT',
      'UID:a1@liege.communa',
      'DTSTAMP:20270501T100000Z',
      'DTSTART;TZID=Europe/Brussels:20270612T140000',
      'DTEND;TZID=Europe/Brussels:20270612T230000',
      'SUMMARY:Fête de quartier\\, rue Saint-Gilles',
      'LOCATION:Place du Marché\\, 2\\, 4000 Liège',
      'CATEGORIES:Fête de quartier',
      'END:VEVENT',
    ]);
  });

  it('balances every BEGIN with its END', () => {
    const lines = unfold(text).split('\r\n');
    const opened: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) opened.push(line.slice(6));
      if (line.startsWith('END:')) expect(opened.pop()).toBe(line.slice(4));
    }
    expect(opened).toEqual([]);
  });
});
