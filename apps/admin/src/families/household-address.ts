/** What of a household's address is shown as one line. */
export interface AddressParts {
  street: string;
  number: string;
  box: string | null;
  postalCode: string;
  city: string;
  country: string;
}

/** `Rue Haute 12 bte 3, 4000 Liège`, with the country only when it is not Belgium. */
export function addressLine(address: AddressParts, boxWord: string): string {
  const box = address.box ? ` ${boxWord} ${address.box}` : '';
  const country = address.country && address.country.toUpperCase() !== 'BE' ? `, ${address.country}` : '';
  return `${address.street} ${address.number}${box}, ${address.postalCode} ${address.city}${country}`;
}
