/**
 * The nearest non-empty `lang` attribute around an element, the element's own included. Walks out of
 * shadow roots, so a widget placed inside another component still follows the page's language.
 */
export function contextLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
