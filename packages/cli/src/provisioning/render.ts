import type { FieldChange } from './diff.js';
import type { PlanDocument, PlanRecord, PlanSummary } from './plan-document.js';

const SGR = { green: [32, 39], yellow: [33, 39], red: [31, 39], dim: [2, 22], bold: [1, 22] } as const;
type Style = keyof typeof SGR;

const SIGN = { create: '+', update: '~', delete: '-', unchanged: ' ' } as const;
const STYLE_OF = { create: 'green', update: 'yellow', delete: 'red', unchanged: 'dim' } as const;

function value(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}

function changeLine(change: FieldChange): string {
  switch (change.op) {
    case 'add':
      return `+ ${change.field}: ${value(change.after)}`;
    case 'remove':
      return `- ${change.field}: ${value(change.before)}`;
    case 'change':
      return `~ ${change.field}: ${value(change.before)} → ${value(change.after)}`;
  }
}

export function summaryLine(summary: PlanSummary): string {
  return `${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete, ${summary.unchanged} unchanged.`;
}

/**
 * The plan as an operator reads it: one block per record that changes, each changed field as
 * `old → new`, unchanged records counted, then the summary line. Colour only when `color` (a TTY).
 */
export function renderPlan(plan: PlanDocument, color: boolean): string {
  const paint = (style: Style, text: string) =>
    color ? `\u001B[${SGR[style][0]}m${text}\u001B[${SGR[style][1]}m` : text;
  const lines: string[] = [];
  const changed = plan.records.filter((r) => r.action !== 'unchanged');
  for (const record of changed) {
    lines.push(paint(STYLE_OF[record.action], headline(record)));
    for (const change of record.changes) {
      const style = change.op === 'add' ? 'green' : change.op === 'remove' ? 'red' : 'yellow';
      lines.push(`    ${paint(style, changeLine(change))}`);
    }
  }
  const unchanged = plan.records.length - changed.length;
  if (unchanged > 0) lines.push(paint('dim', `  ${unchanged} record${unchanged === 1 ? '' : 's'} unchanged`));
  if (lines.length > 0) lines.push('');
  const prefix = changed.length === 0 ? 'No changes. ' : 'Plan: ';
  lines.push(paint('bold', `${prefix}${summaryLine(plan.summary)}`));
  return `${lines.join('\n')}\n`;
}

function headline(record: PlanRecord): string {
  const what = `${SIGN[record.action]} ${record.kind} ${record.key}`;
  const where = record.source
    ? ` (${record.source})`
    : record.action === 'delete'
      ? ' (not in the manifest; --prune)'
      : '';
  return `${what}${where}`;
}
