/** Types of render-docs.mjs for the tests that import it. */
export interface CachedCommandLike {
  id: string;
  hidden?: boolean;
  summary?: string;
  description?: string;
  examples?: Array<string | { description?: string; command: string }>;
  args?: Record<string, unknown>;
  flags?: Record<string, unknown>;
}
export function renderCliDocs(commands: readonly CachedCommandLike[], options?: { name?: string }): string;
export const DOCS_PATH: string;
