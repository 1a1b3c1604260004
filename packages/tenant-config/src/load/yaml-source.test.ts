import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source.ts';

const TEXT = `# comment
theme:
  colorPrimary: "#b5121b"
  empty:
services:
  - key: stages
    title:
      fr: Stages
`;

describe('parseYamlSource', () => {
  const source = parseYamlSource('t.yaml', TEXT);

  it('gives the plain value', () => {
    expect(source.issues).toEqual([]);
    expect(source.value).toEqual({
      theme: { colorPrimary: '#b5121b', empty: null },
      services: [{ key: 'stages', title: { fr: 'Stages' } }],
    });
  });

  it('locates values, list items and nested keys', () => {
    expect(source.locate(['theme', 'colorPrimary'])).toEqual({ line: 3, column: 17 });
    expect(source.locate(['services', 0])).toEqual({ line: 6, column: 5 });
    expect(source.locate(['services', 0, 'title', 'fr'])).toEqual({ line: 8, column: 11 });
  });

  it('points at the key of an empty value', () => {
    expect(source.locate(['theme', 'empty'])).toEqual({ line: 4, column: 3 });
  });

  it('points at the key holding the map for a missing key', () => {
    expect(source.locate(['theme', 'radius'])).toEqual({ line: 2, column: 1 });
    expect(source.locate(['services', 0, 'title', 'nl'])).toEqual({ line: 7, column: 5 });
    expect(source.locate(['services', 3, 'key'])).toEqual({ line: 5, column: 1 });
    expect(source.locate(['names'])).toEqual({ line: 2, column: 1 });
  });

  it('locates keys and tells what exists', () => {
    expect(source.locateKey(['services', 0, 'title'])).toEqual({ line: 7, column: 5 });
    expect(source.has(['theme', 'empty'])).toBe(true);
    expect(source.has(['theme', 'radius'])).toBe(false);
  });

  it('reports syntax errors with positions and no value', () => {
    const broken = parseYamlSource('b.yaml', 'a: 1\nb: c: d\n');
    expect(broken.value).toBeUndefined();
    expect(broken.issues).toEqual([
      {
        severity: 'error',
        file: 'b.yaml',
        line: 2,
        column: 4,
        path: '',
        message: 'Nested mappings are not allowed in compact mappings',
      },
    ]);
  });

  it('refuses alias bombs', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const source = parseYamlSource('bomb.yaml', bomb);
    expect(source.value).toBeUndefined();
    expect(source.issues.map((issue) => issue.severity)).toEqual(['error']);
  });

  it('keeps YAML warnings as warnings', () => {
    const source = parseYamlSource('w.yaml', 'a: !unknown x\n');
    expect(source.issues).toEqual([
      {
        severity: 'warning',
        file: 'w.yaml',
        line: 1,
        column: 4,
        path: '',
        message: 'Unresolved tag: !unknown',
      },
    ]);
  });
});
