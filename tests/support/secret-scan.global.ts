/**
 * vitest globalSetup of the cross-package projects: an empty `tests/.output` before the run; after it,
 * the secret scan over everything the suites captured (see output-capture.ts). A registered secret in
 * any captured line fails the run (the teardown sets a non-zero exit code).
 */
import { rmSync } from 'node:fs';
import { outputDir } from './output-capture.js';
import { formatLeaks, scanForSecrets } from './secret-scan.js';

export function setup(): () => void {
  const dir = outputDir();
  rmSync(dir, { recursive: true, force: true });
  return () => {
    const { leaks, secrets, lines } = scanForSecrets(dir);
    if (leaks.length > 0) {
      // vitest reports an error thrown here but still exits 0: set the exit code ourselves.
      process.exitCode = 1;
      process.stderr.write(
        `Secret scan FAILED: ${leaks.length} registered secret(s) appear in captured output (${dir}):\n${formatLeaks(leaks)}\n`,
      );
      return;
    }
    process.stdout.write(`Secret scan: ${secrets} secrets, ${lines} captured lines, no leak.\n`);
  };
}
