import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host when its language may have changed: its own `lang`, or any `lang` of the page
 * (sites that switch language without reloading change `<html lang>`). The host is watched on its
 * own too, because a page-wide observer does not see into other components' shadow roots.
 */
export class LangObserverController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { ...options, subtree: true });
    this.observer.observe(this.host, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
