import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlParam, withUrlParam } from './url-state.ts';

/** Why the value changed: first read, the widget's own `push`/`clear`, or back/forward. */
export type UrlStateCause = 'initial' | 'push' | 'history';

type ChangeListener = (value: string | null, previous: string | null, cause: UrlStateCause) => void;

/**
 * Keeps one query parameter of the host page in sync with a widget: `push` adds a history entry,
 * `clear` goes back to the entry before it when the widget made it, and back/forward (popstate)
 * are reported through the listener.
 */
export class UrlStateController implements ReactiveController {
  value: string | null = null;
  private readonly host: ReactiveControllerHost;
  private readonly param: () => string;
  private readonly onChange: ChangeListener;
  /** The URL of the history entry this widget pushed last, while the page is still on it. */
  private pushedHref: string | undefined;

  constructor(host: ReactiveControllerHost, param: () => string, onChange: ChangeListener) {
    this.host = host;
    this.param = param;
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
    this.sync('initial');
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  push(value: string | null): void {
    const next = withUrlParam(window.location.href, this.param(), value);
    if (next !== window.location.href) {
      // The host page's router may keep its own data in history.state: carry it over.
      window.history.pushState(window.history.state, '', next);
      this.pushedHref = next;
    }
    this.set(value, 'push');
  }

  /**
   * Removes the value. Going back rather than pushing keeps "open, close" from piling up history
   * entries; a value that came with the page (a deep link) is removed with a new entry instead.
   */
  clear(): void {
    if (this.pushedHref !== undefined && this.pushedHref === window.location.href) {
      this.pushedHref = undefined;
      window.history.back();
      return;
    }
    this.push(null);
  }

  /** Re-reads the URL, for instance after the parameter's name changed. */
  sync(cause: UrlStateCause): void {
    this.set(readUrlParam(window.location.href, this.param()), cause);
  }

  private set(value: string | null, cause: UrlStateCause): void {
    const previous = this.value;
    if (value === previous) return;
    this.value = value;
    this.onChange(value, previous, cause);
    this.host.requestUpdate();
  }

  private readonly handlePopState = (): void => {
    this.pushedHref = undefined;
    this.sync('history');
  };
}
