/** A postal address on one line, as printed in documents and calendars: `Rue X 12 bte 3, 4000 Liège`. */
export function addressLine(address: {
  street: string;
  number: string;
  box?: string | null | undefined;
  postalCode: string;
  city: string;
}): string {
  return `${address.street} ${address.number}${address.box ? ` bte ${address.box}` : ''}, ${address.postalCode} ${address.city}`;
}
