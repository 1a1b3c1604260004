import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type Range } from 'yaml';
import type { ConfigIssue } from './config-issue.ts';

export type Position = { line: number; column: number };

/** One parsed YAML file: its plain value plus a way back from a value path to a line and column. */
export type YamlSource = {
  file: string;
  value: unknown;
  /** Syntax errors and warnings; when there is an error, `value` must not be trusted. */
  issues: ConfigIssue[];
  /** Where the value at `path` is; for a missing key, the map that should hold it. */
  locate(path: readonly PropertyKey[]): Position;
  /** Where the key ending `path` is written (for unknown keys); falls back to `locate`. */
  locateKey(path: readonly PropertyKey[]): Position;
  /** Whether the document has a node (even an empty one) at `path`. */
  has(path: readonly PropertyKey[]): boolean;
};

type Step = { node: unknown; anchor: Range | undefined };

const isEmptyScalar = (node: unknown): boolean => isScalar(node) && node.value === null && node.source === '';

const rangeOf = (node: unknown): Range | undefined => (node as Partial<Node> | null)?.range ?? undefined;

/**
 * `file` is only a label for issues (already relative to the working directory); `text` is parsed here.
 */
export const parseYamlSource = (file: string, text: string): YamlSource => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const issue = (severity: ConfigIssue['severity'], offset: number, message: string): ConfigIssue => ({
    severity,
    file,
    ...position(offset),
    path: '',
    message,
  });

  // Walks as far along `path` as the document goes; `anchor` is what to point at when it stops:
  // the key that introduced a map entry, or the list item itself.
  const walk = (path: readonly PropertyKey[]): { steps: Step[]; complete: boolean } => {
    const steps: Step[] = [{ node: doc.contents, anchor: rangeOf(doc.contents) }];
    for (const segment of path) {
      const current = steps.at(-1)?.node;
      if (isMap(current)) {
        const pair = current.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (pair === undefined) return { steps, complete: false };
        steps.push({ node: pair.value, anchor: rangeOf(pair.key) });
      } else if (isSeq(current) && typeof segment === 'number' && segment < current.items.length) {
        const item = current.items[segment];
        steps.push({ node: item, anchor: rangeOf(item) });
      } else {
        return { steps, complete: false };
      }
    }
    return { steps, complete: true };
  };

  const start = (range: Range | undefined): Position =>
    range === undefined ? { line: 1, column: 1 } : position(range[0]);

  const locate = (path: readonly PropertyKey[]): Position => {
    const { steps, complete } = walk(path);
    const last = steps.at(-1);
    if (complete && last !== undefined && !isEmptyScalar(last.node))
      return start(rangeOf(last.node) ?? last.anchor);
    return start(last?.anchor);
  };

  const locateKey = (path: readonly PropertyKey[]): Position => {
    const { steps, complete } = walk(path);
    return complete && path.length > 0 ? start(steps.at(-1)?.anchor) : locate(path);
  };

  const issues = [
    ...doc.errors.map((error) => issue('error', error.pos[0], error.message)),
    ...doc.warnings.map((warning) => issue('warning', warning.pos[0], warning.message)),
  ];
  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS();
    } catch (error) {
      // toJS refuses documents that blow up through aliases (billion laughs) and the like.
      issues.push(issue('error', 0, error instanceof Error ? error.message : String(error)));
    }
  }
  return { file, value, issues, locate, locateKey, has: (path) => walk(path).complete };
};
