import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BASE_PATH, parseRoute, type Route } from './routes.ts';

const LOCATION_EVENT = 'admin-location';

/** Goes to a back-office path without reloading the page (History API). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(LOCATION_EVENT));
}

/**
 * Keeps the host on the route of the page's URL: back and forward, `navigate()`, and clicks on
 * ordinary `<a href="/admin/…">` links anywhere in the app (shadow roots included), which stay
 * real links for the keyboard, for "open in a new tab" and for screen readers.
 */
export class RouterController implements ReactiveController {
  route: Route = parseRoute(window.location.pathname);
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.sync);
    window.addEventListener(LOCATION_EVENT, this.sync);
    document.addEventListener('click', this.onClick);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.sync);
    window.removeEventListener(LOCATION_EVENT, this.sync);
    document.removeEventListener('click', this.onClick);
  }

  private readonly sync = (): void => {
    this.route = parseRoute(window.location.pathname);
    this.host.requestUpdate();
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((target) => target instanceof HTMLAnchorElement);
    if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    if (url.pathname !== BASE_PATH && !url.pathname.startsWith(`${BASE_PATH}/`)) return;
    // A link to a spot on this page (skip link, error summary) is the page's own business.
    if (url.hash && url.pathname === window.location.pathname) return;
    event.preventDefault();
    navigate(`${url.pathname}${url.search}`);
  };
}
