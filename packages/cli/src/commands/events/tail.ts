import { Flags } from '@oclif/core';
import type { Event, EventType } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { usageError } from '../../errors/cli-error.js';
import { EVENT_COLUMNS } from '../../integrations/columns.js';

export default class EventsTail extends SporthubCommand<typeof EventsTail> {
  static override summary =
    'Read the change feed from a cursor: new events since the last run, or follow it live.';
  static override description =
    `Prints the events after the cursor in commit order, then saves the last event id as the cursor
(in the profile's state, or --state FILE for a CI cache), so the next run prints only what is new: every
event once. --after starts from an explicit event id instead. --follow keeps polling (Ctrl-C to stop) and
prints each event as an NDJSON line with -o ndjson, else one line per event; the cursor is saved as it
goes. Cursors are kept per --types selection. A cursor older than the 30-day retention exits 1
(cursor_expired): start again with --after or without state.`;
  static override examples = [
    '<%= config.bin %> events tail --types participation.recorded,consent.revoked --state .cache/events.json --json',
    '<%= config.bin %> events tail --follow -o ndjson | jq -c .type',
    '<%= config.bin %> events tail --after evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
  ];
  static override flags = {
    after: Flags.string({ description: 'Start after this event id (evt_…), ignoring the saved cursor.' }),
    types: Flags.string({
      description: 'Only these event types, comma-separated (e.g. participation.recorded,consent.revoked).',
    }),
    follow: Flags.boolean({ char: 'f', description: 'Keep polling for new events until interrupted.' }),
    state: Flags.string({
      description: "State file for the cursor (CI cache). Default: the profile's state.",
    }),
    max: Flags.integer({
      min: 1,
      description: 'Stop after this many events (the cursor is the last one printed).',
    }),
    interval: Flags.integer({
      min: 100,
      default: 1000,
      description: 'With --follow: wait between polls of an idle feed, in ms.',
    }),
  };

  async run(): Promise<{ data: Event[]; nextCursor: string | null }> {
    const { flags } = this;
    if (flags.follow && flags.json)
      throw usageError(
        '--json prints one document at the end; --follow never ends.',
        'Use --follow -o ndjson.',
      );
    const types = flags.types
      ? (flags.types
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean) as EventType[])
      : undefined;
    const hub = await this.client();
    const { SyncState } = await import('../../integrations/sync-state.js');
    const state = await SyncState.open({ file: flags.state, profile: (await this.settings()).profile });
    const key = `events:${types ? [...types].sort().join(',') : '*'}`;
    let cursor: string | undefined = flags.after ?? state.get<{ after: string }>(key)?.after;
    const save = async () => {
      if (!cursor) return;
      state.set(key, { after: cursor, savedAt: new Date().toISOString() });
      await state.save();
    };
    const data: Event[] = [];
    if (flags.follow) {
      const controller = new AbortController();
      process.once('SIGTERM', () => controller.abort());
      let unsaved = 0;
      for await (const event of hub.events.tail({
        after: cursor,
        types,
        intervalMs: flags.interval,
        signal: controller.signal,
      })) {
        this.printEvent(event);
        cursor = event.id;
        data.push(event);
        if (++unsaved >= 50) {
          await save();
          unsaved = 0;
        }
        if (flags.max && data.length >= flags.max) break;
      }
      await save();
      return { data: [], nextCursor: cursor ?? null };
    }
    for await (const event of hub.events.list({
      limit: 500,
      ...(cursor && { after: cursor }),
      ...(types && { types }),
    })) {
      data.push(event);
      cursor = event.id;
      if (flags.max && data.length >= flags.max) break;
    }
    await this.printList(data, EVENT_COLUMNS);
    await save();
    this.note(data.length === 0 ? 'No new events.' : `${data.length} events; cursor ${cursor}.`);
    return { data, nextCursor: cursor ?? null };
  }

  private printEvent(event: Event): void {
    if (this.outputFormat === 'ndjson' || this.outputFormat === 'json')
      process.stdout.write(`${JSON.stringify(event)}\n`);
    else
      process.stdout.write(
        `${event.id}  ${event.occurredAt}  ${event.type}  ${(event.data as { id?: string }).id ?? ''}\n`,
      );
  }
}
