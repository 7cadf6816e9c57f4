import { Flags } from '@oclif/core';
import type { Manifest } from '@sporthub/schemas';
import { SporthubCommand } from '../../base-command.js';

export default class OutletsExport extends SporthubCommand<typeof OutletsExport> {
  static override summary = 'Export outlets, zones, programs and staff as a provisioning manifest.';
  static override description =
    "Writes the organization's outlets (with their zones), programs and staff — plus the partners the outlets point at — as a provisioning manifest (SPEC §6.1): references as codes, records sorted by code, empty fields left out. `sporthub plan -f` of the file against the same server reports every record unchanged, so it is the starting point for managing an existing network as code. YAML by default; -o json writes JSON. Staff phone numbers are personal data and are not exported.";

  static override examples = [
    { description: 'Export to a file:', command: '<%= config.bin %> outlets export --out network.yaml' },
    {
      description: 'Export as JSON to stdout, then check it round-trips:',
      command:
        '<%= config.bin %> outlets export -o json > network.json && <%= config.bin %> plan -f network.json',
    },
  ];

  static override flags = {
    out: Flags.string({
      description: 'Write the manifest to this file (replaced whole, atomically). Default: stdout.',
    }),
  };

  async run(): Promise<Manifest> {
    const hub = await this.client();
    const { fetchRemoteState, resourceApis } = await import('../../provisioning/remote.js');
    const { exportManifest, manifestYaml } = await import('../../provisioning/export.js');
    const apis = resourceApis(hub);
    const remote = await fetchRemoteState(apis, new Set(['program', 'outlet', 'staff']));
    if (remote.outlet.some((o) => o.partnerIds.length > 0)) remote.partner = await apis.partner.listAll();
    await hub.close();
    const manifest = exportManifest(remote);
    const text =
      this.flags.output === 'json' ? `${JSON.stringify(manifest, null, 2)}\n` : await manifestYaml(manifest);
    if (this.flags.out) {
      const { writeFileAtomic } = await import('../../provisioning/files.js');
      await writeFileAtomic(this.flags.out, text);
    } else if (!this.jsonMode) {
      process.stdout.write(text);
    }
    const counts = `${manifest.outlets?.length ?? 0} outlets, ${manifest.programs?.length ?? 0} programs, ${manifest.staff?.length ?? 0} staff`;
    this.note(this.flags.out ? `Exported ${counts} to ${this.flags.out}.` : `Exported ${counts}.`);
    return manifest;
  }
}
