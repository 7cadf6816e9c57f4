import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors/cli-error.js';
import { loadManifests } from '../../src/provisioning/load.js';
import { MATCHING_MANIFEST, manifestFiles } from './fixtures.js';

async function problemsOf(files: Record<string, string>): Promise<{ error: CliError; paths: string[] }> {
  const paths = manifestFiles(files);
  const error = await loadManifests(paths).then(
    () => {
      throw new Error('expected the manifest to be rejected');
    },
    (e: unknown) => e,
  );
  if (!CliError.is(error)) throw error;
  return { error, paths };
}

const OUTLET = `apiVersion: sporthub/v1
outlets:
  - code: SH-PD-0001
    name: 浦东
    zones:
      - {code: EXP, name: 体验区, kind: experience}
`;

describe('manifest errors name the file, the line and the field path (exit 65)', () => {
  it.each([
    [
      'bad enum value in a zone',
      OUTLET.replace('kind: experience', 'kind: sauna'),
      6,
      'outlets[0].zones[0].kind',
    ],
    [
      'misspelt field',
      OUTLET.replace('    name: 浦东', '    name: 浦东\n    adress: {}'),
      5,
      'outlets[0].adress',
    ],
    [
      'missing required field (points at the record)',
      OUTLET.replace('    name: 浦东\n', ''),
      3,
      'outlets[0].name',
    ],
    ['wrong apiVersion', OUTLET.replace('sporthub/v1', 'sporthub/v2'), 1, 'apiVersion'],
    [
      'duplicate code in one file',
      `${OUTLET}  - code: SH-PD-0001\n    name: again\n`,
      7,
      'outlets[1].code: duplicate code "SH-PD-0001"',
    ],
    [
      'YAML syntax error',
      'apiVersion: sporthub/v1\noutlets:\n  - code: [unclosed\n',
      4,
      'not valid YAML/JSON',
    ],
    [
      'JSON file',
      '{\n  "apiVersion": "sporthub/v1",\n  "programs": [\n    {"code": "P-1"}\n  ]\n}\n',
      4,
      'programs[0].title',
    ],
  ])('%s', async (_name, text, line, expected) => {
    const { error, paths } = await problemsOf({ 'm.yaml': text });
    expect(error.exitCode).toBe(65);
    expect(error.code).toBe('manifest_invalid');
    expect(error.message).toContain(`${paths[0]}:${line}: `);
    expect(error.message).toContain(expected);
  });

  it('names both places when a code is defined in two files', async () => {
    const { error, paths } = await problemsOf({ 'a.yaml': OUTLET, 'b.yaml': `\n\n${OUTLET}` });
    expect(error.message).toContain(
      `outlet SH-PD-0001 is defined twice: at ${paths[0]}:3 and at ${paths[1]}:5`,
    );
  });

  it('reports an unreadable file', async () => {
    const [dir] = manifestFiles({ 'x.yaml': '' });
    const error = await loadManifests([`${dir}.missing`]).catch((e: unknown) => e);
    expect(CliError.is(error) && error.message).toContain('.missing:1: cannot read the file: no such file');
  });

  it('merges files and remembers which kinds they list', async () => {
    const paths = manifestFiles({
      'a.yaml': MATCHING_MANIFEST,
      'b.yaml': 'apiVersion: sporthub/v1\noutlets:\n  - {code: SH-XH-0002, name: 徐汇}\n',
    });
    const manifest = await loadManifests(paths);
    expect(manifest.records.outlet.map((o) => [o.key, o.at.line])).toEqual([
      ['SH-PD-0001', 7],
      ['SH-XH-0002', 3],
    ]);
    expect([...manifest.listed].sort()).toEqual(['outlet', 'program', 'staff']);
  });
});
