import { readFile } from 'node:fs/promises';
import { Flags } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';

const SHARE_FORMATS = ['fhir', 'csv'] as const;
const BUNDLE_TYPES = ['transaction', 'collection'] as const;

export interface ClinicSyncResult {
  partner: string;
  format: 'fhir' | 'csv';
  bundleType: 'transaction' | 'collection' | null;
  out: string | null;
  postedTo: string | null;
  firstRun: boolean;
  shared: { members: number; observations: number };
  skipped: { members: number; measurements: number; byReason: Record<string, number> };
  cursor: string | null;
  audit: { recorded: boolean; note: string };
  referrals: unknown;
}

export default class SyncClinic extends SporthubCommand<typeof SyncClinic> {
  static override summary =
    'Share new consented health measurements with a clinic as FHIR R4 (or CSV); import referrals.';
  static override description =
    `Exports the health measurements recorded since the last run, of members who, checked at this
moment, have an active health_data_sharing consent for the partner (a guardian's for under-14s), as a FHIR
R4 Bundle of Observations (LOINC codes, UCUM units; SPEC §6.5). Patients are identified by a per-partner
pseudonym unless the partner's agreement (scope health:observations) sets pseudonymize false.

--bundle-type transaction (default): urn:uuid fullUrls, a request on every entry, conditional creates
(ifNoneExist) for each Patient and Observation, so posting twice creates nothing twice. collection: no
request elements. --format csv: the same data, one row per value.

The cursor (a change-feed event id) is kept in the profile's state, or in --state FILE (a CI cache), and
saved only after the bundle was written or accepted: each measurement is shared once. With --import, a
FHIR Bundle of ServiceRequest (e.g. SNOMED 390893007 referral to physical activity program) becomes program
enrolments (source referral, referenceId = the ServiceRequest id; re-importing changes nothing); the
export then runs only when --out or --post is given.

Exit 0 done, 65 no agreement / bad file, 68 some referrals rejected, 75 clinic or API unreachable.`;

  static override examples = [
    {
      description: 'Nightly share to a file, state in a CI cache:',
      command:
        '<%= config.bin %> sync clinic --partner XH-CHC-01 --out bundle.json --state .sporthub-cache/clinic.json --json',
    },
    {
      description: "Post a transaction bundle to the clinic's FHIR server:",
      command: '<%= config.bin %> sync clinic --partner XH-CHC-01 --post https://fhir.clinic.example/fhir',
    },
    {
      description: 'CSV for a clinic without FHIR:',
      command: '<%= config.bin %> sync clinic --partner XH-CHC-01 --format csv --out share.csv',
    },
    {
      description: 'Import referrals into the walking program:',
      command: '<%= config.bin %> sync clinic --partner XH-CHC-01 --import referrals.json --program P-WALK',
    },
  ];

  static override flags = {
    partner: Flags.string({ description: 'Partner code (e.g. XH-CHC-01) or id (prt_…).', required: true }),
    out: Flags.string({
      description: 'Write the bundle (or CSV) to this file, atomically. Default: stdout.',
    }),
    post: Flags.string({
      description: "POST the bundle to this URL (the clinic's FHIR base), as application/fhir+json.",
    }),
    'bundle-type': Flags.option({
      options: BUNDLE_TYPES,
      default: 'transaction' as const,
      description: 'FHIR Bundle.type: transaction (request per entry) or collection (no request).',
    })(),
    format: Flags.option({
      options: SHARE_FORMATS,
      default: 'fhir' as const,
      description: 'fhir (Bundle JSON) or csv.',
    })(),
    state: Flags.string({
      description: "State file holding the cursor (CI cache). Default: the profile's state.",
    }),
    import: Flags.string({
      description: 'FHIR JSON file of ServiceRequest referrals to import as enrolments.',
    }),
    program: Flags.string({
      description: 'Program code for referrals that do not name one (urn:sporthub:program).',
    }),
  };

  async run(): Promise<ClinicSyncResult> {
    const { flags } = this;
    if (flags.out && flags.post) throw usageError('Give --out or --post, not both.');
    if (flags.post && flags.format === 'csv')
      throw usageError('--post sends FHIR; use --out with --format csv.');
    const exportWanted = !flags.import || Boolean(flags.out || flags.post);
    if (exportWanted && !flags.out && !flags.post && flags.json) {
      throw usageError(
        '--json prints the result on stdout, where the bundle would go.',
        'Add --out FILE or --post URL.',
      );
    }
    const hub = await this.client();
    const { resolvePartner, agreementsGranting } = await import('../../integrations/partner-ref.js');
    const { SyncState } = await import('../../integrations/sync-state.js');
    const partner = await resolvePartner(hub, flags.partner);
    const state = await SyncState.open({ file: flags.state, profile: (await this.settings()).profile });
    const { clinicStateKey } = await import('../../integrations/fhir/share-measurements.js');

    let referrals: unknown = null;
    if (flags.import) {
      await agreementsGranting(hub, partner, 'referrals:import');
      referrals = await this.importReferrals(
        hub,
        partner,
        state.get<{ pseudonyms?: Record<string, string> }>(clinicStateKey(partner.id))?.pseudonyms ?? {},
      );
    }
    const result: ClinicSyncResult = {
      partner: partner.code,
      format: flags.format,
      bundleType: flags.format === 'fhir' ? flags['bundle-type'] : null,
      out: flags.out ?? null,
      postedTo: flags.post ?? null,
      firstRun: false,
      shared: { members: 0, observations: 0 },
      skipped: { members: 0, measurements: 0, byReason: {} },
      cursor: null,
      audit: { recorded: false, note: 'nothing shared' },
      referrals,
    };
    if (exportWanted) await this.share(hub, partner, state, result);
    else await state.save();
    const rejected = (referrals as { summary?: { rejected?: number } } | null)?.summary?.rejected ?? 0;
    if (rejected > 0) process.exitCode = ExitCode.partial;
    return result;
  }

  private async share(
    hub: Awaited<ReturnType<SyncClinic['client']>>,
    partner: Awaited<ReturnType<typeof import('../../integrations/partner-ref.js').resolvePartner>>,
    state: import('../../integrations/sync-state.js').SyncState,
    result: ClinicSyncResult,
  ): Promise<void> {
    const { flags } = this;
    const { agreementsGranting } = await import('../../integrations/partner-ref.js');
    const agreements = await agreementsGranting(hub, partner, 'health:observations');
    // Several agreements may be in force; identifiers go out only if none of them asks for pseudonyms.
    const pseudonymize = agreements.some((a) => a.pseudonymize);
    const { planMeasurementShare, clinicStateKey } = await import(
      '../../integrations/fhir/share-measurements.js'
    );
    const plan = await planMeasurementShare(hub, { partner, pseudonymize, state });
    const observations = plan.patients.reduce((n, p) => n + p.measurements.length, 0);
    const text = await this.render(plan.patients);
    if (flags.post) {
      if (observations > 0) {
        const { postDocument } = await import('../../integrations/deliver.js');
        await postDocument(flags.post, text, 'application/fhir+json');
      }
    } else if (flags.out) {
      const { writeFileAtomic } = await import('../../export/atomic-file.js');
      await writeFileAtomic(flags.out, text);
    } else {
      process.stdout.write(text);
    }
    state.set(clinicStateKey(partner.id), plan.nextCursor);
    await state.save();
    const byReason: Record<string, number> = {};
    for (const s of plan.skipped) byReason[s.reason] = (byReason[s.reason] ?? 0) + s.measurements;
    Object.assign(result, {
      firstRun: plan.firstRun,
      shared: { members: plan.patients.length, observations },
      skipped: {
        members: plan.skipped.length,
        measurements: plan.skipped.reduce((n, s) => n + s.measurements, 0),
        byReason,
      },
      cursor: plan.nextCursor.after,
    });
    if (observations > 0) {
      // SPEC §6.7 wants every share audited; the contract has no endpoint to write an audit entry for a
      // share the CLI delivers itself (only server-side exports and webhooks are audited).
      result.audit = {
        recorded: false,
        note: 'the API has no endpoint to audit a CLI-delivered share; counts are kept in the sync state',
      };
      this.warning(
        `Shared ${observations} observations of ${plan.patients.length} members with ${partner.code}; the server has no share-audit endpoint, so this share is not in \`sporthub audit list\`.`,
      );
    }
    this.note(
      `${observations} new observations of ${plan.patients.length} members shared with ${partner.code}` +
        `${plan.skipped.length ? `; ${result.skipped.measurements} of ${plan.skipped.length} members without consent skipped` : ''}.`,
    );
  }

  private async render(
    patients: import('../../integrations/fhir/bundle.js').PatientShare[],
  ): Promise<string> {
    if (this.flags.format === 'csv') {
      const { renderShareCsv } = await import('../../integrations/fhir/csv.js');
      return renderShareCsv(patients);
    }
    const { buildShareBundle } = await import('../../integrations/fhir/bundle.js');
    const { validateBundle } = await import('../../integrations/fhir/validate.js');
    const bundle = buildShareBundle(patients, { type: this.flags['bundle-type'] });
    const issues = validateBundle(bundle);
    if (issues.length > 0) {
      // A bug, not bad input: never send a bundle that breaks FHIR rules.
      throw new CliError(
        `The bundle fails FHIR checks: ${issues.map((i) => `${i.path} ${i.rule}: ${i.message}`).join('; ')}`,
        {
          code: 'internal_error',
          exitCode: ExitCode.failure,
        },
      );
    }
    return `${JSON.stringify(bundle, null, 2)}\n`;
  }

  private async importReferrals(
    hub: Awaited<ReturnType<SyncClinic['client']>>,
    partner: Awaited<ReturnType<typeof import('../../integrations/partner-ref.js').resolvePartner>>,
    pseudonyms: Record<string, string>,
  ): Promise<unknown> {
    const file = this.flags.import as string;
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new CliError(`Cannot read ${file}: ${(error as Error).message}`, {
        code: 'file_unreadable',
        exitCode: ExitCode.inputInvalid,
        hint: 'Pass a FHIR JSON Bundle of ServiceRequest (or one ServiceRequest).',
      });
    }
    const { readReferrals } = await import('../../integrations/fhir/referrals.js');
    let parsed: ReturnType<typeof readReferrals>;
    try {
      parsed = readReferrals(document);
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`, {
        code: 'invalid_fhir',
        exitCode: ExitCode.inputInvalid,
      });
    }
    const { importReferrals } = await import('../../integrations/fhir/import-referrals.js');
    const result = await importReferrals(hub, {
      partner,
      referrals: parsed.open,
      problems: parsed.problems,
      closed: parsed.closed.length,
      defaultProgramCode: this.flags.program,
      pseudonyms,
    });
    const s = result.summary;
    this.note(
      `Referrals: ${s.created} enrolled, ${s.unchanged} already enrolled, ${s.rejected} rejected, ${s.skippedClosed} closed.`,
    );
    for (const o of result.outcomes)
      if (o.status === 'rejected') this.warning(`referral ${o.referralId}: ${o.error}`);
    return result;
  }
}
