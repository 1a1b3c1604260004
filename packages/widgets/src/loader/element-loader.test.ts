import { describe, expect, it } from 'vitest';
import { createElementLoader } from './element-loader.ts';

/** A stand-in for a DOM subtree: the tags it contains. */
const tree = (...tags: string[]) => ({
  querySelector: (selector: string) => (tags.includes(selector) ? {} : null),
});

function setup(fail: ReadonlySet<string> = new Set()) {
  const imported: string[] = [];
  const errors: string[] = [];
  const importer = (tag: string) => () => {
    imported.push(tag);
    return fail.has(tag) ? Promise.reject(new Error('offline')) : Promise.resolve({});
  };
  const loader = createElementLoader(
    { 'communa-services': importer('communa-services'), 'communa-stages': importer('communa-stages') },
    (tag) => errors.push(tag),
  );
  return { loader, imported, errors };
}

describe('createElementLoader', () => {
  it('imports only the modules of the elements present', () => {
    const { loader, imported } = setup();
    loader.scan(tree('communa-stages', 'div') as unknown as ParentNode);
    expect(imported).toEqual(['communa-stages']);
    expect(loader.done).toBe(false);
  });

  it('imports each module once, however many elements appear', () => {
    const { loader, imported } = setup();
    loader.scan(tree('communa-services') as unknown as ParentNode);
    loader.scan(tree('communa-services') as unknown as ParentNode);
    loader.scan({ localName: 'communa-services', ...tree() } as unknown as ParentNode);
    expect(imported).toEqual(['communa-services']);
  });

  it('recognises an added element itself, not only its descendants', () => {
    const { loader, imported } = setup();
    loader.scan({ localName: 'communa-services', ...tree() } as unknown as ParentNode);
    expect(imported).toEqual(['communa-services']);
  });

  it('is done once every known module is requested', () => {
    const { loader } = setup();
    loader.scan(tree('communa-services', 'communa-stages') as unknown as ParentNode);
    expect(loader.done).toBe(true);
  });

  it('reports a failed import and tries again on the next scan', async () => {
    const { loader, imported, errors } = setup(new Set(['communa-services']));
    loader.scan(tree('communa-services') as unknown as ParentNode);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual(['communa-services']);
    loader.scan(tree('communa-services') as unknown as ParentNode);
    expect(imported).toEqual(['communa-services', 'communa-services']);
  });
});
