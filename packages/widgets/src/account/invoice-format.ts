import type { Language } from '../core/tenant-types.ts';
import type { MyInvoice } from './account-api.ts';
import type { AccountMessageKey } from './account-messages.ts';

const STATUS_TEXT: Readonly<Record<MyInvoice['status'], AccountMessageKey>> = {
  open: 'invoiceOpen',
  paid: 'invoicePaid',
  cancelled: 'invoiceCancelled',
  released: 'invoiceReleased',
};

/** The message saying an invoice's status in words. */
export function invoiceStatusText(status: MyInvoice['status']): AccountMessageKey {
  return STATUS_TEXT[status];
}

/** An amount in euros as the language writes it in Belgium: `12,50 €`, `€ 12,50`, `€12.50`. */
export function formatEuros(cents: number, lang: Language): string {
  return new Intl.NumberFormat(`${lang}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A calendar day (`2026-07-06`) in the language, whatever the visitor's time zone. */
export function formatCalendarDay(day: string, lang: Language): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** An IBAN in groups of four, as printed on paper; banks accept it pasted with the spaces. */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
