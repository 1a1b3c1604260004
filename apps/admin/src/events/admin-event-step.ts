import { AdminView } from '../ui/admin-view.ts';
import type { StaffEventRequest } from './events-api.ts';

/** Sent (with the request as it now is) when a step of the request page changed it. */
export const REQUEST_CHANGED_EVENT = 'admin-event-request-changed';

/** A step of the staff's request page (opinions, decision) that changes the request. */
export class AdminEventStep extends AdminView {
  /**
   * Tells the page the request changed (it shows it anew), announces what was done and puts the focus
   * back on the step's heading, so a keyboard or screen-reader user carries on from there.
   */
  protected async requestChanged(
    request: StaffEventRequest,
    announcement: string,
    headingSelector: string,
  ): Promise<void> {
    this.clearErrors();
    this.dispatchEvent(
      new CustomEvent(REQUEST_CHANGED_EVENT, { detail: request, bubbles: true, composed: true }),
    );
    this.announce(announcement);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(headingSelector)?.focus();
  }
}
