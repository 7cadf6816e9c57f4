/**
 * Finds the `sporthub` and `sporthub-server` invocations in a shell snippet, the way bash would split
 * it: continuation lines joined, comments dropped, quotes respected, and commands separated at pipes,
 * `&&`, `||`, `;`, `&`, `$(…)` and backticks. Redirections and their targets are not arguments.
 */

export type Program = 'sporthub' | 'sporthub-server';

export interface Invocation {
  program: Program;
  /** The arguments after the program name, unquoted. */
  args: string[];
  /** The command as written (for messages). */
  source: string;
}

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '$(', ')', '`', '(']);
const REDIRECTS = /^(\d?>>?|<<<|<|\d?>&\d|&>)$/;

/** Splits one logical line into tokens; operators become their own tokens. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let started = false;
  const push = () => {
    if (started) tokens.push(current);
    current = '';
    started = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      const stop = end === -1 ? line.length : end;
      const inner = line.slice(i + 1, stop);
      if (c === '"' && inner.includes('$(')) {
        // A command substitution inside double quotes is still a command: check it as one.
        push();
        tokens.push(';', ...tokenize(inner), ';');
        i = stop;
        continue;
      }
      current += inner;
      started = true;
      i = stop;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[i + 1];
      started = true;
      i++;
    } else if (/\s/.test(c)) {
      push();
    } else if (c === '#' && !started) {
      break;
    } else if (c === '$' && line[i + 1] === '(') {
      push();
      tokens.push('$(');
      i++;
    } else if ('|&;()`'.includes(c)) {
      push();
      const two = line.slice(i, i + 2);
      if (two === '||' || two === '&&') {
        tokens.push(two);
        i++;
      } else tokens.push(c);
    } else if (c === '<' || c === '>') {
      // Keep fd prefixes (2>) and <<< together; the redirect target is the next token.
      const m = /^(<<<|>>|>&\d|>|<)/.exec(line.slice(i)) as RegExpExecArray;
      const fd = started && /^\d$/.test(current) ? current : '';
      if (fd) {
        current = '';
        started = false;
      } else push();
      tokens.push(fd + m[0]);
      i += m[0].length - 1;
    } else {
      current += c;
      started = true;
    }
  }
  push();
  return tokens;
}

const WRAPPERS = new Set(['npx', 'exec', 'time', '!', 'env', 'sudo']);

export function invocations(snippet: string): Invocation[] {
  const logical = snippet.replace(/\\\n/g, ' ').split('\n');
  const found: Invocation[] = [];
  for (const line of logical) {
    const tokens = tokenize(line);
    let segment: string[] = [];
    const flush = () => {
      const invocation = toInvocation(segment, line.trim());
      if (invocation) found.push(invocation);
      segment = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (SEPARATORS.has(token)) flush();
      else if (REDIRECTS.test(token)) {
        if (!/&\d$/.test(token)) i++; // skip the target
      } else segment.push(token);
    }
    flush();
  }
  return found;
}

function toInvocation(tokens: string[], source: string): Invocation | undefined {
  let i = 0;
  while (
    i < tokens.length &&
    (/^[A-Za-z_][A-Za-z0-9_]*=/.test(tokens[i] as string) || WRAPPERS.has(tokens[i] as string))
  )
    i++;
  const head = tokens[i];
  if (head === 'sporthub' || head === 'sporthub-server') {
    return { program: head, args: tokens.slice(i + 1), source };
  }
  // The same programs run from a clone: node packages/cli/bin/run.js, node packages/server/bin/….
  if (head === 'node' && /packages\/cli\/bin\/run\.js$/.test(tokens[i + 1] ?? ''))
    return { program: 'sporthub', args: tokens.slice(i + 2), source };
  if (head === 'node' && /packages\/server\/bin\/sporthub-server\.js$/.test(tokens[i + 1] ?? ''))
    return { program: 'sporthub-server', args: tokens.slice(i + 2), source };
  return undefined;
}
