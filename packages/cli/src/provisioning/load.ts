import { readFile } from 'node:fs/promises';
import type { Manifest } from '@sporthub/schemas';
import { type ManifestProblem, manifestInvalid } from './errors.js';
import { keyOf, LIST_OF, type LoadedManifest, RECORD_KINDS, type SourcedRecord } from './manifest.js';
import { type FieldPath, formatLocation, formatPath, SourceMap } from './source-map.js';

interface ParsedFile {
  file: string;
  manifest: Manifest;
  map: SourceMap;
}

/**
 * Reads, parses and validates manifest files (YAML or JSON) and merges them. Every problem in every
 * file is collected first, then reported at once (exit 65) with file, line and field path; a record
 * defined in two files is a problem naming both places.
 */
export async function loadManifests(files: readonly string[]): Promise<LoadedManifest> {
  const problems: ManifestProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = await parseManifestFile(file, problems);
    if (result) parsed.push(result);
  }
  if (problems.length > 0) throw manifestInvalid(problems);
  const merged = mergeManifests(parsed, problems);
  if (problems.length > 0) throw manifestInvalid(problems);
  return merged;
}

async function parseManifestFile(file: string, problems: ManifestProblem[]): Promise<ParsedFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    problems.push({ at: { file, line: 1 }, message: `cannot read the file: ${reason}` });
    return undefined;
  }
  return parseManifestText(file, text, problems);
}

/** Parses and validates one file's text; problems are appended, the manifest returned when valid. */
export async function parseManifestText(
  file: string,
  text: string,
  problems: ManifestProblem[],
): Promise<ParsedFile | undefined> {
  const { LineCounter, parseDocument } = await import('yaml');
  const { ManifestSchema } = await import('@sporthub/schemas');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
      problems.push({ at: { file, line }, message: `not valid YAML/JSON: ${firstLine(error.message)}` });
    }
    return undefined;
  }
  const map = new SourceMap(file, doc, lines);
  const value = await toPlainValue(doc, file, lines, problems);
  if (value === INVALID) return undefined;
  const result = ManifestSchema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const issuePath = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      // zod reports a misspelt field on its object: point at the field itself.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path: FieldPath = keys[0] === undefined ? issuePath : [...issuePath, keys[0]];
      const where = formatPath(path);
      problems.push({
        at: map.locate(path),
        message: `${where || '(document)'}: ${issue.message}`,
      });
    }
    return undefined;
  }
  return { file, manifest: result.data, map };
}

const INVALID = Symbol('invalid');

/**
 * The document as plain data. `toJS` throws on an alias it cannot resolve and on aliases that would
 * expand past `MAX_ALIAS_COUNT` nodes (a "billion laughs" document): both are problems of the file,
 * reported at the first alias, not crashes.
 */
async function toPlainValue(
  doc: import('yaml').Document,
  file: string,
  lines: import('yaml').LineCounter,
  problems: ManifestProblem[],
): Promise<unknown> {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const { visit } = await import('yaml');
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    problems.push({
      at: { file, line: lines.linePos(offset).line },
      message: `not valid YAML/JSON: ${reason} (aliases may expand to at most ${MAX_ALIAS_COUNT} nodes)`,
    });
    return INVALID;
  }
}

/** Aliases (`*name`) a manifest may expand: enough for shared blocks, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

function mergeManifests(files: readonly ParsedFile[], problems: ManifestProblem[]): LoadedManifest {
  const merged: LoadedManifest = {
    files: files.map((f) => f.file),
    records: { partner: [], program: [], outlet: [], staff: [] },
    listed: new Set(),
  };
  const seen = new Map<string, SourcedRecord>();
  for (const { manifest, map } of files) {
    for (const kind of RECORD_KINDS) {
      const list = manifest[LIST_OF[kind]] as Array<{ code?: string; externalId?: string }> | undefined;
      if (!list) continue;
      merged.listed.add(kind);
      list.forEach((value, index) => {
        const base: FieldPath = [LIST_OF[kind], index];
        const key = keyOf(kind, value);
        const record = {
          kind,
          key,
          value,
          at: map.locate(base),
          locate: (path: FieldPath) => map.locate([...base, ...path]),
        } as SourcedRecord;
        const first = seen.get(`${kind}\u0000${key}`);
        if (first) {
          problems.push({
            at: record.at,
            message: `${kind} ${key} is defined twice: at ${formatLocation(first.at)} and at ${formatLocation(record.at)}`,
          });
          return;
        }
        seen.set(`${kind}\u0000${key}`, record);
        (merged.records[kind] as SourcedRecord[]).push(record);
      });
    }
  }
  return merged;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
