import { Help } from '@oclif/core';
import { formatExitCodeTable } from './errors/exit-codes.js';

/** oclif's help, plus the exit-code table (SPEC §5) under the root help (`sporthub --help`, `sporthub help`). */
export default class SporthubHelp extends Help {
  override formatRoot(): string {
    const environment = [
      'SPORTHUB_API_URL     API base URL (overrides the profile; --api-url overrides it)',
      'SPORTHUB_TOKEN       API token (overrides the profile)',
      'SPORTHUB_PROFILE     profile to use (--profile overrides it)',
      'SPORTHUB_CONFIG_DIR  directory of the config file',
      'SPORTHUB_TIMEOUT     seconds a request may take, its retries included (default 60)',
      'NO_COLOR, CI=true    no colour; CI=true also no prompts',
    ].join('\n');
    return [
      super.formatRoot(),
      this.section('ENVIRONMENT', environment),
      this.section('EXIT CODES', formatExitCodeTable()),
    ].join('\n\n');
  }
}
