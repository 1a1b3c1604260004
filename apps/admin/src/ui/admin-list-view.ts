import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { ApiResult } from '../api/api-result.ts';
import type { Commune } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { AdminView } from './admin-view.ts';

/**
 * A screen that lists the commune's items and opens one in place: the list is read when the commune
 * changes and again when the opened item's page sends `backEvent` (it may have changed meanwhile),
 * and focus returns to the link of the item that was open (`#open-<key>`).
 */
export abstract class AdminListView<Item> extends AdminView {
  static override properties: PropertyDeclarations = {
    commune: { attribute: false },
    items: { state: true },
    open: { state: true },
  };

  commune: Commune | undefined;
  protected items: Item[] | undefined;
  /** The key of the item whose page is shown, if one is. */
  protected open: string | undefined;

  /** `backEvent`: what the opened item's page sends to return to the list. */
  constructor(backEvent: string) {
    super();
    this.addEventListener(backEvent, () => void this.close());
  }

  /** Reads the commune's items. */
  protected abstract fetchItems(slug: string): Promise<ApiResult<Item[]>>;

  /** The tag of the element that shows an opened item; it takes the focus when it is there. */
  protected abstract readonly pageTag: keyof HTMLElementTagNameMap;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.items = undefined;
      this.open = undefined;
      void this.load(this.commune.slug);
    }
  }

  protected async load(slug: string): Promise<void> {
    const result = await this.fetchItems(slug);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.items = result.data;
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    const page = this.renderRoot.querySelector(this.pageTag);
    if (page instanceof AdminView) return page.focusHeading();
    return super.focusHeading();
  }

  protected async show(event: Event, key: string): Promise<void> {
    event.preventDefault();
    this.clearErrors();
    this.open = key;
    await this.focusHeading();
  }

  private async close(): Promise<void> {
    const left = this.open;
    this.open = undefined;
    const slug = this.commune?.slug;
    if (slug) await this.load(slug);
    await this.updateComplete;
    await this.focusItem(left ?? '');
  }

  /** Puts focus back on the link that opened an item. */
  protected async focusItem(key: string): Promise<void> {
    this.renderRoot.querySelector<HTMLElement>(`#open-${CSS.escape(key)}`)?.focus();
  }
}
