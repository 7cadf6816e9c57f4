import type { Document, LineCounter, Pair } from 'yaml';
import { isMap, isScalar, isSeq, type Node } from 'yaml';

/** A place in a manifest file, as operators read it: `network.yaml:23`. */
export interface Location {
  file: string;
  /** 1-based line. */
  line: number;
}

export type FieldPath = ReadonlyArray<string | number>;

export function formatLocation(at: Location): string {
  return `${at.file}:${at.line}`;
}

/** `['outlets', 0, 'zones', 1, 'kind']` → `outlets[0].zones[1].kind`. */
export function formatPath(path: FieldPath): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

/**
 * Maps a field path of the parsed value back to the line it came from, through the YAML document's node
 * ranges (JSON files parse as YAML too). A path that does not exist (a missing required field) maps to
 * the nearest enclosing node that does, so the error still points at the record.
 */
export class SourceMap {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  locate(path: FieldPath): Location {
    const offset = this.nodeAt(path)?.range?.[0] ?? 0;
    return { file: this.file, line: this.lines.linePos(offset).line };
  }

  private nodeAt(path: FieldPath): Node | undefined {
    let node = this.doc.contents as Node | null;
    if (!node) return undefined;
    for (const segment of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair: Pair<unknown, unknown> | undefined = node.items.find(
          (p) => (isScalar(p.key) ? p.key.value : p.key) === segment,
        );
        next = (pair?.value as Node | null) ?? (pair?.key as Node | undefined);
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment] as Node | undefined;
      }
      if (!next) return node;
      node = next;
    }
    return node;
  }
}
