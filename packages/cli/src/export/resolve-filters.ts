import type { ExportParticipationParams, SportHub } from '@sporthub/sdk';
import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import type { ExportFilters } from './manifest.js';

/** The export filters as flags give them: codes and names. */
export interface ExportFilterFlags {
  from?: string | undefined;
  to?: string | undefined;
  outlet?: string | undefined;
  district?: string | undefined;
  program?: string | undefined;
  forPartner?: string | undefined;
  sinceWatermark?: string | undefined;
}

type Kind = 'outlet' | 'program' | 'partner';
const LIST_COMMAND: Record<Kind, string> = {
  outlet: 'sporthub outlets list',
  program: 'sporthub programs list',
  partner: 'sporthub partners list',
};

/** Looks a code up (exact match, `?code=`); unknown → exit 5 naming the flag. */
async function idOfCode(hub: SportHub, kind: Kind, code: string, flag: string): Promise<string> {
  const page =
    kind === 'outlet'
      ? await hub.outlets.list({ code, limit: 1 }).page()
      : kind === 'program'
        ? await hub.programs.list({ code, limit: 1 }).page()
        : await hub.partners.list({ code, limit: 1 }).page();
  const found = page.data.find((item) => item.code === code);
  if (!found) {
    throw new CliError(`No ${kind} has the code "${code}" (${flag}).`, {
      code: 'not_found',
      exitCode: ExitCode.notFound,
      hint: `List the codes with \`${LIST_COMMAND[kind]}\`.`,
    });
  }
  return found.id;
}

/**
 * Resolves the codes of the flags to ids (SPEC §5: the CLI resolves, the API takes ids) and returns the
 * export's query and the filters to record in the manifest.
 */
export async function resolveExportFilters(
  hub: SportHub,
  flags: ExportFilterFlags,
): Promise<{ query: ExportParticipationParams; filters: ExportFilters }> {
  const query: ExportParticipationParams = { format: 'ndjson' };
  const filters: ExportFilters = {};
  if (flags.from) query.from = filters.from = flags.from;
  if (flags.to) query.to = filters.to = flags.to;
  if (flags.district) query.district = filters.district = flags.district;
  if (flags.sinceWatermark) query.afterWatermark = filters.sinceWatermark = flags.sinceWatermark;
  const [outletId, programId, partnerId] = await Promise.all([
    flags.outlet ? idOfCode(hub, 'outlet', flags.outlet, '--outlet') : undefined,
    flags.program ? idOfCode(hub, 'program', flags.program, '--program') : undefined,
    flags.forPartner ? idOfCode(hub, 'partner', flags.forPartner, '--for-partner') : undefined,
  ]);
  if (flags.outlet && outletId) {
    query.outletId = outletId;
    filters.outlet = { code: flags.outlet, id: outletId };
  }
  if (flags.program && programId) {
    query.programId = programId;
    filters.program = { code: flags.program, id: programId };
  }
  if (flags.forPartner && partnerId) {
    query.partnerId = partnerId;
    filters.partner = { code: flags.forPartner, id: partnerId };
  }
  return { query, filters };
}
