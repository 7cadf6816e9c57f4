import { readFile } from 'node:fs/promises';
import { Args, Flags } from '@oclif/core';
import { SporthubCommand } from '../base-command.js';
import { CliError, usageError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import type { AppliedRecord, ApplySummary } from '../provisioning/apply.js';
import type { PlanDocument } from '../provisioning/plan-document.js';

interface ApplyResult {
  summary: ApplySummary;
  records: AppliedRecord[];
}

export default class Apply extends SporthubCommand<typeof Apply> {
  static override summary = 'Apply a provisioning manifest or a saved plan.';
  static override description =
    `Makes the server match a manifest (-f FILE…, planned first as \`sporthub plan\` does) or applies a
plan saved with \`sporthub plan --out\`. Before writing anything it re-reads every planned record and
refuses (exit 7, nothing written) if one changed since it was planned. Then it writes in dependency
order — partners, programs, outlets with zones, staff — every update with If-Match of the planned
revision (a record changed meanwhile stops the apply with exit 6), and finally, only with --prune,
deletes in reverse order. An outlet with future sessions is not deleted (the server answers 409, exit
6) unless --force cancels those sessions. Applying the same manifest twice writes nothing the second
time. Progress goes to stderr; the summary (created, updated, deleted, unchanged) to stdout, or into
the result with --json.`;

  static override examples = [
    { description: 'Plan and apply a manifest:', command: '<%= config.bin %> apply -f network.yaml' },
    {
      description: 'Apply a reviewed plan (refused if the server changed since):',
      command: '<%= config.bin %> apply plan.json',
    },
    {
      description:
        'Also delete outlets, programs and staff the manifest no longer names, cancelling future sessions:',
      command: '<%= config.bin %> apply -f network.yaml --prune --force --json',
    },
  ];

  static override args = {
    plan: Args.string({
      description: 'A plan saved with `sporthub plan --out` (JSON). Use -f for manifests.',
    }),
  };

  static override flags = {
    file: Flags.string({
      char: 'f',
      multiple: true,
      description: 'Manifest file (YAML or JSON) to plan and apply. Repeat to merge several files.',
    }),
    prune: Flags.boolean({
      description:
        'Delete programs, outlets and staff the manifest does not name (only kinds it lists). Default: off. A saved plan carries its own choice.',
    }),
    force: Flags.boolean({
      description:
        'With --prune: delete outlets that have future sessions, cancelling those sessions. Default: off (409, exit 6).',
    }),
  };

  async run(): Promise<ApplyResult> {
    const files = this.flags.file ?? [];
    if (this.args.plan && files.length > 0) {
      throw usageError(
        'Give either a saved plan or -f manifest files, not both.',
        'Run `sporthub apply --help`.',
      );
    }
    if (!this.args.plan && files.length === 0) {
      throw usageError(
        'Missing input: pass -f FILE (a manifest) or PLAN.json (a saved plan).',
        'Run `sporthub apply --help`.',
      );
    }
    const make = await import('../provisioning/make-plan.js');
    const manifest = files.length > 0 ? await make.loadManifests(files) : undefined;
    const saved = this.args.plan ? await readPlan(this.args.plan) : undefined;
    if (saved && this.flags.prune && !saved.prune) {
      this.warning(
        `--prune is ignored with a saved plan: it was planned ${saved.prune ? 'with' : 'without'} --prune.`,
      );
    }
    const hub = await this.client();
    const apiUrl = (await this.settings()).apiUrl ?? '';
    const plan = saved ?? (await make.makePlan(hub, manifest!, { prune: this.flags.prune === true, apiUrl }));
    if (saved?.apiUrl && saved.apiUrl !== apiUrl) {
      throw new CliError(`The plan was made against ${saved.apiUrl}, not ${apiUrl}; nothing was applied.`, {
        code: 'stale_plan',
        exitCode: ExitCode.stalePlan,
        hint: 'Plan again against this server (`sporthub plan -f FILE --out plan.json`).',
      });
    }
    return this.applyFresh(hub, plan);
  }

  private async applyFresh(
    hub: Awaited<ReturnType<typeof this.client>>,
    plan: PlanDocument,
  ): Promise<ApplyResult> {
    const { fetchRemoteState, resourceApis } = await import('../provisioning/remote.js');
    const { findStaleRecords, kindsOfPlan } = await import('../provisioning/stale.js');
    const { applyPlan, ApplyConflict } = await import('../provisioning/apply.js');
    const apis = resourceApis(hub);
    const remote = await fetchRemoteState(apis, kindsOfPlan(plan));
    const stale = findStaleRecords(plan.records, remote);
    if (stale.length > 0) {
      const listed = stale.slice(0, 10).map((s) => `  ${s.kind} ${s.key} ${s.reason}`);
      if (stale.length > 10) listed.push(`  … and ${stale.length - 10} more`);
      throw new CliError(
        `The plan is stale: ${stale.length} record${stale.length === 1 ? '' : 's'} changed since it was made; nothing was applied.\n${listed.join('\n')}`,
        {
          code: 'stale_plan',
          exitCode: ExitCode.stalePlan,
          hint: 'Run `sporthub plan` again, review it, and apply the new plan.',
        },
      );
    }
    let outcome: Awaited<ReturnType<typeof applyPlan>>;
    try {
      outcome = await applyPlan(plan.records, remote, apis, {
        force: this.flags.force,
        progress: (line) => this.note(line),
      });
    } catch (error) {
      if (!(error instanceof ApplyConflict)) throw error;
      throw new CliError(
        `${error.record.kind} ${error.record.key} changed on the server during apply (no longer revision ${error.record.revision}); stopped after ${error.applied} of ${plan.summary.create + plan.summary.update + plan.summary.delete} writes.`,
        {
          code: 'conflict',
          exitCode: ExitCode.conflict,
          hint: 'Run `sporthub plan` again and apply the new plan.',
          cause: error.cause,
        },
      );
    }
    const { summary } = outcome;
    if (!this.jsonMode) {
      const none = summary.created + summary.updated + summary.deleted === 0;
      process.stdout.write(
        `${none ? 'No changes: nothing written. ' : 'Applied: '}${summary.created} created, ${summary.updated} updated, ${summary.deleted} deleted, ${summary.unchanged} unchanged.\n`,
      );
    }
    if (outcome.refused.length > 0) {
      const codes = outcome.refused.map((r) => r.record.key).join(', ');
      throw new CliError(`Not deleted, the server refused (409: future sessions): outlet ${codes}.`, {
        code: 'conflict',
        exitCode: ExitCode.conflict,
        hint: 'Re-run with --prune --force to cancel their future sessions and delete them.',
      });
    }
    return { summary, records: outcome.records };
  }
}

async function readPlan(file: string): Promise<PlanDocument> {
  const { parsePlanDocument } = await import('../provisioning/plan-document.js');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read the plan ${file}: ${(error as Error).message}`, {
      code: 'file_unreadable',
      exitCode: ExitCode.inputInvalid,
      hint: 'Check the path; manifests are passed with -f.',
    });
  }
  try {
    return parsePlanDocument(text);
  } catch (error) {
    throw new CliError(`${file} is not a usable plan: ${(error as Error).message}.`, {
      code: 'plan_invalid',
      exitCode: ExitCode.inputInvalid,
      hint: 'Save a plan with `sporthub plan -f FILE --out plan.json`; pass manifests with -f.',
    });
  }
}
