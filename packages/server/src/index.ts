/** @sporthub/server: the reference server, embeddable in-process (tests, demos). */
export { type AppOptions, buildApp } from './app.js';
export { type StartOptions, start } from './cli/start.js';
export { createDatabase, type Db, dialectOf } from './db/dialect.js';
export { migrateToLatest } from './db/migrations/index.js';
export { createOrganization, listOrganizations } from './tenancy/organizations.js';
export { createToken, generateToken, hashToken } from './tenancy/tokens.js';
