// Copies the bundled contract next to the built server, where GET /openapi.json reads it.
import { copyFileSync, mkdirSync } from 'node:fs';

const from = new URL('../src/generated/openapi.json', import.meta.url);
const to = new URL('../dist/openapi.json', import.meta.url);
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(from, to);
