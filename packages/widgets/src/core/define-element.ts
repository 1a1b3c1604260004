/**
 * Registers a custom element unless its tag is taken: a page may load the widgets twice (the stable
 * loader and a pinned release, or the npm package), and a second `define` would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
