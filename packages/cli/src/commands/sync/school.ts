import { Flags } from '@oclif/core';
import type { Partner, SportHub } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { SyncState } from '../../integrations/sync-state.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface SchoolCursor {
  watermark: string | null;
  lastImportAt: string;
}

export default class SyncSchool extends SporthubCommand<typeof SyncSchool> {
  static override summary =
    'Import a OneRoster 1.1 roster from a school; export per-student participation for PE.';
  static override description =
    `Reads a OneRoster 1.1 CSV export (a zip or a folder with manifest.csv, orgs, users, classes,
enrollments, academicSessions, courses and optionally demographics; SPEC §6.6). Headers must follow the
1.1 column order (metadata.* extension columns may follow); a BOM is fine; manifest.csv file.* entries
say bulk or delta per file. Students become members (externalId = sourcedId; age group from their grade
when there is no birth date), classes become school_class groups of the partner with their students,
parents and guardians become the guardian contact of their students (not members). Teachers are
reported per class: groups have no staff contacts yet.

A row that fails (missing sourcedId, unknown reference, bad status or role) is reported as file:line and
skipped; the rest import (exit 68). --max-errors N: more than N bad rows → nothing is written (exit 65).
Delta files: rows at or before the last run's newest dateLastModified (kept in the profile's state or
--state FILE) are already applied and skipped, so feeding the same delta twice changes nothing.

--export FILE writes per-student participation (CSV) of the partner's classes for PE reporting,
shared through the server: it needs an agreement granting participation:individual, lists only students
whose participation_sharing consent for the school holds at that moment (a guardian's under 14) — by the
school's pseudonym, or by member id and sourcedId when the agreement sets pseudonymize false — and writes
a share entry to the audit log for every call.`;

  static override examples = [
    {
      description: 'Import the nightly roster zip, state in a CI cache:',
      command:
        '<%= config.bin %> sync school --partner PD-SCH-0007 --import roster.zip --state .sporthub-cache/school.json --json',
    },
    {
      description: 'Refuse the whole import when more than 10 rows are bad:',
      command: '<%= config.bin %> sync school --partner PD-SCH-0007 --import ./oneroster/ --max-errors 10',
    },
    {
      description: 'PE participation report for September:',
      command:
        '<%= config.bin %> sync school --partner PD-SCH-0007 --export pe-2026-09.csv --from 2026-09-01 --to 2026-09-30',
    },
  ];

  static override flags = {
    partner: Flags.string({
      description: 'School partner code (e.g. PD-SCH-0007) or id (prt_…).',
      required: true,
    }),
    import: Flags.string({ description: 'OneRoster 1.1 CSV export: a .zip file or a folder.' }),
    state: Flags.string({
      description: "State file holding the delta watermark (CI cache). Default: the profile's state.",
    }),
    'max-errors': Flags.integer({
      min: 0,
      description: 'Most bad rows to tolerate; more → nothing is written (exit 65). Default: unlimited.',
    }),
    export: Flags.string({
      description: 'Write per-student participation of the partner’s classes to this CSV file.',
    }),
    from: Flags.string({ description: 'Export: first local date (inclusive), YYYY-MM-DD.' }),
    to: Flags.string({ description: 'Export: last local date (inclusive), YYYY-MM-DD.' }),
  };

  async run(): Promise<Record<string, unknown>> {
    const { flags } = this;
    if (!flags.import && !flags.export)
      throw usageError('Give --import ROSTER (zip or folder), --export FILE, or both.');
    for (const name of ['from', 'to'] as const) {
      if (flags[name] && !DATE.test(flags[name] as string)) throw usageError(`--${name} must be YYYY-MM-DD.`);
    }
    const hub = await this.client();
    const { resolvePartner, agreementsGranting } = await import('../../integrations/partner-ref.js');
    const partner = await resolvePartner(hub, flags.partner);
    const result: Record<string, unknown> = { partner: partner.code };
    if (flags.import) {
      await agreementsGranting(hub, partner, 'roster:import');
      const { SyncState } = await import('../../integrations/sync-state.js');
      const state = await SyncState.open({ file: flags.state, profile: (await this.settings()).profile });
      Object.assign(result, await this.importRoster(hub, partner, state, flags.import));
    }
    if (flags.export) {
      const { buildPeReport } = await import('../../integrations/oneroster/pe-report.js');
      const report = await buildPeReport(hub, partner, { from: flags.from, to: flags.to });
      const { writeFileAtomic } = await import('../../export/atomic-file.js');
      await writeFileAtomic(flags.export, report.csv);
      const withoutConsent =
        report.withheld.noConsent + report.withheld.guardianConsentRequired + report.withheld.erased;
      this.note(
        `PE report: ${report.students} students to ${flags.export}; ${withoutConsent} without valid consent left out (${report.calls} audited share calls).`,
      );
      result.export = {
        file: flags.export,
        students: report.students,
        withoutConsent,
        withheld: report.withheld,
        audit: { shareCalls: report.calls },
      };
    }
    return result;
  }

  private async importRoster(hub: SportHub, partner: Partner, state: SyncState, path: string) {
    const { readRosterSource, RosterSourceError } = await import('../../integrations/oneroster/source.js');
    const { readRoster, RosterFileError } = await import('../../integrations/oneroster/read-roster.js');
    let roster: ReturnType<typeof readRoster>;
    try {
      roster = readRoster(await readRosterSource(path));
    } catch (error) {
      if (error instanceof RosterFileError || error instanceof RosterSourceError) {
        throw new CliError(`${error.message} — nothing was imported.`, {
          code: 'invalid_roster',
          exitCode: ExitCode.inputInvalid,
          hint: 'Fix the export (OneRoster 1.1 CSV: manifest.csv, fixed header order) and import again.',
        });
      }
      throw error;
    }
    const maxErrors = this.flags['max-errors'];
    const describe = (e: { file: string; line: number; code: string; message: string }) =>
      `${e.file}:${e.line} ${e.code}: ${e.message}`;
    if (maxErrors !== undefined && roster.errors.length > maxErrors) {
      for (const e of roster.errors) this.warning(describe(e));
      throw new CliError(
        `${roster.errors.length} bad rows, more than --max-errors ${maxErrors}: nothing was imported.`,
        {
          code: 'rows_rejected',
          exitCode: ExitCode.inputInvalid,
          hint: 'Fix the rows listed above, or raise --max-errors.',
        },
      );
    }
    const key = `school:${partner.id}`;
    const previous = state.get<SchoolCursor>(key);
    const { planRoster } = await import('../../integrations/oneroster/plan-roster.js');
    const plan = planRoster(roster, { watermark: previous?.watermark ?? null });
    const { applyRoster } = await import('../../integrations/oneroster/apply-roster.js');
    const applied = await applyRoster(hub, partner, plan);
    state.set(key, {
      watermark: plan.watermark,
      lastImportAt: new Date().toISOString(),
    } satisfies SchoolCursor);
    await state.save();
    const errors = [...roster.errors, ...applied.errors];
    for (const e of errors) this.warning(describe(e));
    const { members, groups } = applied;
    const summary = {
      created: members.created + groups.created,
      updated: members.updated + groups.updated,
      unchanged: members.unchanged + groups.unchanged,
      rejected: errors.length,
    };
    const teachers = plan.classes
      .filter((c) => c.teachers.length > 0)
      .map((c) => ({ class: c.code, teachers: c.teachers }));
    this.note(
      `Roster: members ${members.created} created, ${members.updated} updated, ${members.unchanged} unchanged; ` +
        `classes ${groups.created} created, ${groups.updated} updated, ${groups.unchanged} unchanged, ${groups.deleted} deleted; ` +
        `${plan.guardianLinks} guardians linked; ${errors.length} bad rows skipped.`,
    );
    if (teachers.length > 0)
      this.note(
        `Teachers of ${teachers.length} classes are listed in the result (groups have no staff contacts yet).`,
      );
    if (errors.length > 0) process.exitCode = ExitCode.partial;
    return {
      modes: roster.modes,
      summary,
      members,
      groups,
      guardiansLinked: plan.guardianLinks,
      alreadyApplied: plan.alreadyApplied,
      watermark: plan.watermark,
      teachers,
      errors,
    };
  }
}
