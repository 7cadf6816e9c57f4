import { Command, InvalidArgumentError, Option } from 'commander';
import { start } from './cli/start.js';
import { createDatabase, type Db } from './db/dialect.js';
import { migrateToLatest } from './db/migrations/index.js';
import { createOrganization, findOrganization, listOrganizations } from './tenancy/organizations.js';
import { isScope, SCOPES, type Scope } from './tenancy/scopes.js';
import { createToken } from './tenancy/tokens.js';
import { serverVersion } from './version.js';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
};

const scopeList = (value: string): Scope[] =>
  value.split(',').map((scope) => {
    const trimmed = scope.trim();
    if (!isScope(trimmed))
      throw new InvalidArgumentError(`unknown scope ${trimmed}; one of ${SCOPES.join(', ')}`);
    return trimmed;
  });

const dbOption = () =>
  new Option('--db <url>', 'SQLite file path or postgres:// URL').env('SPORTHUB_DB').default('./sporthub.db');

/** Opens and migrates the database, runs `work`, closes it. Every subcommand may run beside `start`. */
async function withDb<T>(url: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDatabase(url, { poolSize: 2 });
  try {
    await migrateToLatest(db);
    return await work(db);
  } finally {
    await db.destroy();
  }
}

const program = new Command('sporthub-server')
  .description('The sporthub reference server: the v1 API on embedded SQLite or PostgreSQL')
  .version(serverVersion());

program
  .command('start')
  .description('Migrate the database and serve the API (SIGTERM drains in-flight requests, then exits 0)')
  .addOption(dbOption())
  .addOption(new Option('--host <host>', 'interface to listen on').env('SPORTHUB_HOST').default('127.0.0.1'))
  .addOption(
    new Option('--port <port>', 'port; 0 picks a free one')
      .env('SPORTHUB_PORT')
      .default(4010)
      .argParser(positiveInt),
  )
  .option('--sandbox', 'allow webhook endpoints on loopback and private addresses', false)
  .addOption(new Option('--db-pool <n>', 'PostgreSQL connections per process').argParser(positiveInt))
  .option('--db-replica <url>', 'read replica for exports and reports')
  .action(async (options) => {
    await start({ ...options, bootstrapToken: process.env.SPORTHUB_BOOTSTRAP_TOKEN || undefined });
  });

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .addOption(dbOption())
  .action(async (options: { db: string }) => {
    const db = createDatabase(options.db);
    try {
      const applied = await migrateToLatest(db);
      process.stderr.write(applied.length ? `applied ${applied.join(', ')}\n` : 'already up to date\n');
    } finally {
      await db.destroy();
    }
  });

const orgs = program.command('orgs').description('Manage organizations (tenants)');
orgs
  .command('create')
  .description('Create an organization; prints only its id')
  .argument('<name>', 'display name')
  .addOption(dbOption())
  .action(async (name: string, options: { db: string }) => {
    const organization = await withDb(options.db, (db) => createOrganization(db, name));
    process.stdout.write(`${organization.id}\n`);
  });
orgs
  .command('list')
  .description('List organizations as "id<TAB>name" lines')
  .addOption(dbOption())
  .action(async (options: { db: string }) => {
    const all = await withDb(options.db, (db) => listOrganizations(db));
    process.stdout.write(all.map((o) => `${o.id}\t${o.name}\n`).join(''));
  });

program
  .command('tokens')
  .description('Manage API tokens')
  .command('create')
  .description('Create a token; prints only the token (it is shown once and stored hashed)')
  .requiredOption('--org <org>', 'organization id (or exact name)')
  .requiredOption('--name <name>', 'what the token is for')
  .requiredOption('--scopes <list>', `comma-separated scopes: ${SCOPES.join(', ')}`, scopeList)
  .addOption(
    new Option('--expires-in-days <n>', 'days until the token expires (default: never)').argParser(
      positiveInt,
    ),
  )
  .addOption(dbOption())
  .action(
    async (options: { org: string; name: string; scopes: Scope[]; expiresInDays?: number; db: string }) => {
      const { token } = await withDb(options.db, async (db) => {
        const organization = await findOrganization(db, options.org);
        if (!organization) throw new InvalidArgumentError(`no organization ${options.org}`);
        return createToken(db, { organizationId: organization.id, ...options });
      });
      process.stdout.write(`${token}\n`);
    },
  );

// Room for `seed --demo [--org ORG] [--scale N]` (SPEC §1.1).
program
  .command('seed')
  .description('Fill an organization with realistic demo data (idempotent); prints only the organization id')
  .requiredOption('--demo', 'the bilingual Shanghai demo data set (the only one there is)')
  .option('--org <org>', 'organization id or exact name (default: the first; one is created if none)')
  .addOption(
    new Option('--scale <n>', 'participation records to create').default(5_000).argParser(positiveInt),
  )
  .addOption(dbOption())
  .action(async (options: { org?: string; scale: number; db: string }) => {
    // Loaded on demand: the seed's catalogue is not needed by any other subcommand.
    const { seedDemo, describeSeed } = await import('./seed/index.js');
    const summary = await withDb(options.db, (db) =>
      seedDemo(db, { org: options.org, scale: options.scale }),
    );
    process.stderr.write(`${describeSeed(summary)}\n`);
    process.stdout.write(`${summary.organizationId}\n`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`sporthub-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
