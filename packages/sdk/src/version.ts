/**
 * The SDK's version, sent in `User-Agent` as `sporthub-sdk/<VERSION>`. Kept equal to `package.json`'s
 * `version` by a unit test (test/version.test.ts), so a release bump cannot forget it.
 *
 * @example
 * ```ts
 * import { VERSION } from '@sporthub/sdk';
 * console.log(`using @sporthub/sdk ${VERSION}`);
 * ```
 */
export const VERSION = '0.1.0';
