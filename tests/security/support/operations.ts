import { readFileSync } from 'node:fs';

/** One operation of the bundled contract, as the matrix suites enumerate them. */
export interface ContractOperation {
  id: string;
  method: string;
  path: string;
  /** Scopes the operation's security requirement names (empty: any valid token, or public). */
  scopes: string[];
  /** No `security` entry with a scheme: callable without a token (`/healthz`, `/readyz`). */
  public: boolean;
  responses: string[];
  hasBody: boolean;
}

interface RawOperation {
  operationId: string;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

const contract = JSON.parse(
  readFileSync(new URL('../../../packages/server/src/generated/openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, RawOperation>>; security?: Record<string, string[]>[] };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of `packages/server/src/generated/openapi.json`, in contract order. */
export const OPERATIONS: ContractOperation[] = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, op]) => {
      const security = op.security ?? contract.security ?? [];
      return {
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        scopes: [...new Set(security.flatMap((s) => Object.values(s).flat()))],
        public: !security.some((s) => Object.keys(s).length > 0),
        responses: Object.keys(op.responses),
        hasBody: op.requestBody !== undefined,
      };
    }),
);
