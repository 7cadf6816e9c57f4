import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface Operation {
  responses: Record<string, ResponseObject | { $ref: string }>;
}
interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
}
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, ResponseObject> };
};

const document = JSON.parse(
  readFileSync(new URL('../../src/generated/openapi.json', import.meta.url), 'utf8'),
) as OpenApi;

// OpenAPI 3.1 schemas are JSON Schema 2020-12. The whole document is added once so internal
// `#/components/...` references resolve; strict mode would reject the non-schema members.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'openapi.json');

const pointerSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

// A URL may match several templates (`/v1/members/{memberId}` also matches `/v1/members/mem_…:erase`):
// the one with the most literal characters is the operation meant, so it is tried first.
const literalLength = (template: string) => template.replace(/\{[^}]+\}/g, '').length;
const routes = Object.keys(document.paths)
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }))
  .sort((a, b) => literalLength(b.template) - literalLength(a.template));

/** The contract path template a concrete URL path belongs to, e.g. `/v1/outlets/{outletId}`. */
function templateOf(urlPath: string): string | undefined {
  return routes.find((route) => route.pattern.test(urlPath))?.template;
}

/**
 * Asserts that a response is one the contract declares for this operation and that its body matches
 * the declared schema (2020-12, formats checked). Unknown routes are not checked.
 */
export function expectContractResponse(
  method: string,
  url: string,
  status: number,
  contentType: string | undefined,
  body: unknown,
): void {
  const urlPath = url.split('?')[0] ?? url;
  const template = templateOf(urlPath);
  if (!template) return;
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (!operation) return;
  let pointer = `/paths/${pointerSegment(template)}/${method.toLowerCase()}/responses/${status}`;
  let response = operation.responses[String(status)];
  expect(response, `${method} ${template} does not declare status ${status}`).toBeDefined();
  if (response && '$ref' in response) {
    pointer = response.$ref.slice(1);
    response = document.components.responses[response.$ref.split('/').at(-1) ?? ''];
  }
  const content = (response as ResponseObject).content;
  if (!content) {
    expect(body, `${method} ${template} ${status} has no body in the contract`).toBeUndefined();
    return;
  }
  const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
  expect(Object.keys(content), `${method} ${template} ${status} content type`).toContain(mediaType);
  const validate = ajv.compile({
    $ref: `openapi.json#${pointer}/content/${pointerSegment(mediaType)}/schema`,
  });
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${method} ${url} ${status} body matches the contract`).toEqual([]);
}
