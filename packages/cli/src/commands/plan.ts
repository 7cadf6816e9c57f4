import { Flags } from '@oclif/core';
import { SporthubCommand } from '../base-command.js';
import { usageError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import type { PlanDocument } from '../provisioning/plan-document.js';

export default class Plan extends SporthubCommand<typeof Plan> {
  static override summary = 'Show what applying a provisioning manifest would change.';
  static override description =
    `Reads one or more manifest files (YAML or JSON, SPEC §6.1: outlets with zones, programs, staff,
partners), validates them, reads the server's records once and prints a field-level diff: each record to
create, to update (every changed field as old → new, zones included) or, with --prune, to delete; the
rest are counted as unchanged. Fields a manifest leaves out are left alone. Writes nothing.

Invalid manifests exit 65 naming file, line and field; a code defined in two files is an error naming
both places. --out saves the plan with the revision of every record it saw, for \`sporthub apply
PLAN.json\`, which refuses it (exit 7) if any of them changed since. With --json the result is the plan
document.`;

  static override examples = [
    { description: 'Preview a manifest:', command: '<%= config.bin %> plan -f network.yaml' },
    {
      description: 'Merge two files, include deletions and save the plan for review:',
      command: '<%= config.bin %> plan -f outlets.yaml -f staff.yaml --prune --out plan.json',
    },
    {
      description: 'In CI: exit 10 when the server differs from the manifest, 0 when it matches:',
      command: '<%= config.bin %> plan -f network.yaml --detailed-exitcode --quiet',
    },
  ];

  static override flags = {
    file: Flags.string({
      char: 'f',
      multiple: true,
      description: 'Manifest file (YAML or JSON). Repeat to merge several files. Required.',
    }),
    out: Flags.string({
      description: 'Also save the plan as JSON to this file, for `sporthub apply FILE`. Default: not saved.',
    }),
    prune: Flags.boolean({
      description:
        'Also plan to delete programs, outlets and staff the manifest does not name (only kinds it lists). Default: off.',
    }),
    'detailed-exitcode': Flags.boolean({
      description: 'Exit 10 when the plan has changes, 0 when it has none. Default: exit 0 either way.',
    }),
  };

  async run(): Promise<PlanDocument> {
    // Checked here rather than with `required`: oclif's message for a missing flag does not name it.
    if (!this.flags.file?.length) {
      throw usageError(
        'Missing -f/--file: the manifest file(s) to plan.',
        'Run `sporthub plan -f network.yaml`.',
      );
    }
    const { loadManifests, makePlan } = await import('../provisioning/make-plan.js');
    const manifest = await loadManifests(this.flags.file);
    const hub = await this.client();
    const { apiUrl } = await this.settings();
    const plan = await makePlan(hub, manifest, { prune: this.flags.prune === true, apiUrl: apiUrl ?? '' });
    // Idle keep-alive sockets hold the process open for seconds after the last request.
    await hub.close();
    await this.printPlan(plan);
    if (this.flags.out) {
      const { writeFileAtomic } = await import('../provisioning/files.js');
      await writeFileAtomic(this.flags.out, `${JSON.stringify(plan, null, 2)}\n`);
      this.note(`Saved the plan to ${this.flags.out}; apply it with \`sporthub apply ${this.flags.out}\`.`);
    }
    const { hasChanges } = await import('../provisioning/plan-document.js');
    if (this.flags['detailed-exitcode'] && hasChanges(plan)) process.exitCode = ExitCode.planHasChanges;
    return plan;
  }

  private async printPlan(plan: PlanDocument): Promise<void> {
    if (this.jsonMode) return;
    if (this.outputFormat === 'table') {
      const { renderPlan } = await import('../provisioning/render.js');
      process.stdout.write(renderPlan(plan, this.terminal.color && this.terminal.stdoutIsTty));
    } else {
      await this.printRecord(plan, []);
    }
  }
}
