type ModuleImporters = Readonly<Record<string, () => Promise<unknown>>>;

export interface ElementLoader {
  /** Imports the module of every known tag found in `root` (itself included) not imported yet. */
  scan(root: ParentNode & Partial<Pick<Element, 'localName'>>): void;
  /** True once every known tag's module has been requested. */
  readonly done: boolean;
}

/**
 * Imports element modules on demand, once each. A failed import (network) is forgotten, so the next
 * scan tries again.
 */
export function createElementLoader(
  modules: ModuleImporters,
  onError: (tag: string, error: unknown) => void,
): ElementLoader {
  const tags = Object.keys(modules);
  const requested = new Set<string>();
  const load = (tag: string, importer: () => Promise<unknown>): void => {
    requested.add(tag);
    importer().catch((error: unknown) => {
      requested.delete(tag);
      onError(tag, error);
    });
  };
  return {
    scan(root) {
      for (const tag of tags) {
        const importer = modules[tag];
        if (!importer || requested.has(tag)) continue;
        if (root.localName === tag || root.querySelector(tag)) load(tag, importer);
      }
    },
    get done() {
      return requested.size === tags.length;
    },
  };
}
