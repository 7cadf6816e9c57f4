import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  // Dependencies stay external: native better-sqlite3, pg, fastify and pino load from node_modules.
  skipNodeModulesBundle: true,
});
