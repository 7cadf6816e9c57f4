import type { SportHub } from '@sporthub/sdk';
import { manifestInvalid } from './errors.js';
import { loadManifests } from './load.js';
import type { LoadedManifest } from './manifest.js';
import { checkReferences, kindsToFetch, planRecords } from './plan.js';
import { PLAN_FORMAT, type PlanDocument, summarize } from './plan-document.js';
import { fetchRemoteState, resourceApis } from './remote.js';

export { loadManifests };

/**
 * Plans a loaded manifest against the server: reads each kind it needs once, resolves references by
 * code (unknown ones are manifest errors with file and line), and diffs every record field by field.
 */
export async function makePlan(
  hub: SportHub,
  manifest: LoadedManifest,
  options: { prune: boolean; apiUrl: string },
): Promise<PlanDocument> {
  const remote = await fetchRemoteState(resourceApis(hub), kindsToFetch(manifest));
  const problems = checkReferences(manifest, remote, options.prune);
  if (problems.length > 0) throw manifestInvalid(problems);
  const records = planRecords(manifest, remote, options.prune);
  return {
    format: PLAN_FORMAT,
    createdAt: new Date().toISOString(),
    apiUrl: options.apiUrl,
    files: manifest.files,
    prune: options.prune,
    summary: summarize(records),
    records,
  };
}
