import { defineConfig } from 'vitest/config';

// One vitest run covers every package's unit tests and the cross-package suites.
// Benchmarks (tests/bench) are scripts, not tests: they print ratios and are run on demand.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'schemas',
          root: 'packages/schemas',
          include: ['test/**/*.test.ts'],
        },
      },
      { test: { name: 'sdk', root: 'packages/sdk', include: ['test/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          root: 'packages/server',
          include: ['test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'cli', root: 'packages/cli', include: ['test/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'cross',
          root: 'tests',
          include: ['{e2e,contract,faults,bad-input,security,docs}/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Every child process's output is kept and scanned for registered secrets after the run
          // (tests/support/output-capture.ts): a leak fails CI.
          setupFiles: ['support/capture-children.setup.ts'],
          globalSetup: ['support/secret-scan.global.ts'],
          typecheck: { enabled: true, include: ['contract/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
        },
      },
    ],
  },
});
