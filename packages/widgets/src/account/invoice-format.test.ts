import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatEuros, groupIban, invoiceStatusText } from './invoice-format.ts';

// Intl puts a no-break space (narrow or not) between amount and sign; compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEuros', () => {
  it('writes cents as euros in each language', () => {
    expect(plain(formatEuros(1250, 'fr'))).toBe('12,50 €');
    expect(plain(formatEuros(1250, 'de'))).toBe('12,50 €');
    expect(plain(formatEuros(123456, 'nl'))).toBe('€ 1.234,56');
    expect(plain(formatEuros(5, 'en'))).toBe('€0.05');
  });

  it('writes a free invoice as zero euros', () => {
    expect(plain(formatEuros(0, 'fr'))).toBe('0,00 €');
  });
});

describe('invoiceStatusText', () => {
  it('has a distinct message for every status', () => {
    const keys = (['open', 'paid', 'cancelled', 'released'] as const).map(invoiceStatusText);
    expect(new Set(keys).size).toBe(4);
    expect(invoiceStatusText('open')).toBe('invoiceOpen');
    expect(invoiceStatusText('paid')).toBe('invoicePaid');
  });
});

describe('formatCalendarDay', () => {
  it('keeps the day whatever the time zone', () => {
    expect(formatCalendarDay('2026-07-06', 'fr')).toBe('6 juillet 2026');
    expect(formatCalendarDay('2026-07-06', 'en')).toBe('6 July 2026');
  });
});

describe('groupIban', () => {
  it('groups by four, ignoring the spaces given', () => {
    expect(groupIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(groupIban('BE68 5390 0754 7034')).toBe('BE68 5390 0754 7034');
    expect(groupIban('BE685390075470')).toBe('BE68 5390 0754 70');
  });
});
