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
  shared: { members: number; observations: number; attendance: number };
  /** Records not shared: withheld by the server (consent) or of a type without a LOINC code. */
  skipped: { records: number; byReason: Record<string, number> };
  /** Where the next run continues: one cursor per share feed. */
  cursor: { measurements: string | null; attendance: string | null } | null;
  /** Why attendance was not reported, when it was not. */
  attendanceNote: string | null;
  /** The server wrote one `share` audit entry per call (`sporthub audit list --action share`). */
  audit: { shareCalls: number };
  referrals: unknown;
}

export default class SyncClinic extends SporthubCommand<typeof SyncClinic> {
  static override summary =
    'Share new consented health measurements and referral attendance with a clinic as FHIR R4 (or CSV); import referrals.';
  static override description =
    `Shares with a clinic, through the server, the health measurements recorded since the last run and
the sessions attended by members the clinic referred. The server performs each share: it needs an
agreement in force (health:observations; participation:individual for attendance), checks each member's
consent for the clinic at that moment (health_data_sharing / participation_sharing, a guardian's for
under-14s), identifies members by the clinic's pseudonym unless the agreement sets pseudonymize false,
and writes a share entry to the audit log for every call (sporthub audit list --action share).

Output: a FHIR R4 Bundle (SPEC §6.5) of Observations (LOINC codes, UCUM units; vital-signs or activity)
and, for attendance, Procedures with basedOn the clinic's ServiceRequest. Grip strength has no verified
LOINC code and is skipped (counted in the summary). --bundle-type transaction (default): urn:uuid
fullUrls, a request on every entry, conditional creates (ifNoneExist) for each Patient, Observation and
Procedure, so posting twice creates nothing twice. collection: no request elements. --format csv: the
same data, one row per value and one per attendance.

The cursors are kept in the profile's state, or in --state FILE (a CI cache), and saved only after the
bundle was written or accepted: chained runs neither miss nor repeat a record. With --import, a FHIR
Bundle of ServiceRequest (e.g. SNOMED 390893007 referral to physical activity program) becomes program
enrolments in the clinic's referral cohort (source referral, referenceId = the ServiceRequest id;
re-importing changes nothing); the export then runs only when --out or --post is given.

Exit 0 done, 65 no agreement / bad file, 68 some referrals rejected, 75 clinic or API unreachable.`;

  static override examples = [
    {
      description: 'Nightly share (measurements and referral attendance) to a file, state in a CI cache:',
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

    let referrals: unknown = null;
    if (flags.import) {
      await agreementsGranting(hub, partner, 'referrals:import');
      referrals = await this.importReferrals(hub, partner);
    }
    const result: ClinicSyncResult = {
      partner: partner.code,
      format: flags.format,
      bundleType: flags.format === 'fhir' ? flags['bundle-type'] : null,
      out: flags.out ?? null,
      postedTo: flags.post ?? null,
      firstRun: false,
      shared: { members: 0, observations: 0, attendance: 0 },
      skipped: { records: 0, byReason: {} },
      cursor: null,
      attendanceNote: null,
      audit: { shareCalls: 0 },
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
    const { readClinicShare, clinicStateKey } = await import('../../integrations/fhir/clinic-share.js');
    const share = await readClinicShare(hub, partner, state);
    const text = await this.render(share.patients);
    if (flags.post) {
      if (share.observations + share.attendance > 0) {
        const { postDocument } = await import('../../integrations/deliver.js');
        await postDocument(flags.post, text, 'application/fhir+json');
      }
    } else if (flags.out) {
      const { writeFileAtomic } = await import('../../export/atomic-file.js');
      await writeFileAtomic(flags.out, text);
    } else {
      process.stdout.write(text);
    }
    state.set(clinicStateKey(partner.id), share.nextCursor);
    await state.save();
    const byReason: Record<string, number> = {};
    const count = (reason: string, n: number) => {
      if (n > 0) byReason[reason] = (byReason[reason] ?? 0) + n;
    };
    count('no_consent', share.withheld.noConsent);
    count('guardian_consent_required', share.withheld.guardianConsentRequired);
    count('erased', share.withheld.erased);
    const unsupported = Object.values(share.unsupported).reduce((n, c) => n + c, 0);
    count('no_loinc_code', unsupported);
    Object.assign(result, {
      firstRun: share.firstRun,
      shared: {
        members: share.patients.length,
        observations: share.observations,
        attendance: share.attendance,
      },
      skipped: { records: Object.values(byReason).reduce((n, c) => n + c, 0), byReason },
      cursor: { measurements: share.nextCursor.measurements, attendance: share.nextCursor.attendance },
      attendanceNote: share.attendanceSkipped,
      audit: { shareCalls: share.calls },
    } satisfies Partial<ClinicSyncResult>);
    if (unsupported > 0) {
      const types = Object.entries(share.unsupported)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ');
      this.warning(
        `Skipped ${types}: no verified LOINC code for it, so it is not sent to ${partner.code} (it is not shared again later).`,
      );
    }
    if (share.attendanceSkipped) this.note(`Attendance not reported: ${share.attendanceSkipped}.`);
    const withheld = byReason.no_consent ?? 0;
    const guardian = byReason.guardian_consent_required ?? 0;
    this.note(
      `${share.observations} observations and ${share.attendance} attendances of ${share.patients.length} members shared with ${partner.code}` +
        `${withheld + guardian > 0 ? `; ${withheld + guardian} records of members without valid consent withheld` : ''}` +
        ` (${share.calls} audited share calls).`,
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
    });
    const s = result.summary;
    this.note(
      `Referrals: ${s.created} enrolled, ${s.updated} moved into the referral cohort, ${s.unchanged} already enrolled, ${s.rejected} rejected, ${s.skippedClosed} closed.`,
    );
    for (const o of result.outcomes)
      if (o.status === 'rejected') this.warning(`referral ${o.referralId}: ${o.error}`);
    return result;
  }
}
