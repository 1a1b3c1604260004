export interface AllocatableTicket {
  id: string;
  /** In the order asked. */
  childIds: readonly string[];
  allOrNone: boolean;
}

export type ChildAllocation =
  | { ticketId: string; childId: string; status: 'confirmed' }
  | { ticketId: string; childId: string; status: 'waitlisted'; position: number };

/**
 * Seats for the tickets in drawn order, as first come, first served would give them had the
 * tickets arrived in that order: each child takes a seat while any is left, the others take the
 * next waitlist positions from `nextPosition` on, without gaps; an all-or-none ticket gets seats for
 * all its children or puts them all on the waitlist.
 */
export function allocateDraw(
  ordered: readonly AllocatableTicket[],
  seatsLeft: number,
  nextPosition: number,
): ChildAllocation[] {
  let seats = seatsLeft;
  let position = nextPosition;
  const allocations: ChildAllocation[] = [];
  const waitlist = (ticketId: string, childId: string): ChildAllocation => ({
    ticketId,
    childId,
    status: 'waitlisted',
    position: position++,
  });
  for (const ticket of ordered) {
    if (ticket.allOrNone) {
      const fits = ticket.childIds.length <= seats;
      if (fits) seats -= ticket.childIds.length;
      for (const childId of ticket.childIds)
        allocations.push(
          fits ? { ticketId: ticket.id, childId, status: 'confirmed' } : waitlist(ticket.id, childId),
        );
      continue;
    }
    for (const childId of ticket.childIds) {
      if (seats > 0) {
        seats -= 1;
        allocations.push({ ticketId: ticket.id, childId, status: 'confirmed' });
      } else allocations.push(waitlist(ticket.id, childId));
    }
  }
  return allocations;
}
