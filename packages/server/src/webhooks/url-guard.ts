import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { HttpProblem } from '../http/problem.js';

/**
 * Webhook URLs must not reach the server's own network (SSRF): loopback, private, link-local,
 * unique-local, CGNAT, multicast and reserved addresses are refused unless the server runs with
 * `--sandbox` (SPEC §1.1). Every address a hostname resolves to is checked, at registration and again
 * when connecting (a DNS answer can change between the two).
 */
// Two lists: Node checks IPv4 addresses against IPv6 rules as IPv4-mapped, which the ::ffff:0:0/96 rule
// below would then block wholesale.
const blockedV4 = new BlockList();
const blockedV6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  blockedV4.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96], // IPv4-mapped: reaches whatever IPv4 address it embeds
  ['64:ff9b::', 96], // NAT64
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blockedV6.addSubnet(net, prefix, 'ipv6');
}

/** Whether an IP address literal is one webhooks may not be sent to outside the sandbox. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 6 ? blockedV6.check(address, 'ipv6') : blockedV4.check(address, 'ipv4');
}

const invalidUrl = (message: string) =>
  new HttpProblem(422, 'validation_failed', 'The webhook URL is not allowed.', [
    { path: '/url', code: 'url_not_allowed', message },
  ]);

/** The host of a URL without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Throws 422 unless `raw` is a URL deliveries may go to: https (http only in the sandbox), and outside
 * the sandbox every resolved address public.
 */
export async function assertWebhookUrl(raw: string, sandbox: boolean): Promise<void> {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(sandbox && url.protocol === 'http:')) {
    throw invalidUrl(sandbox ? 'use an http:// or https:// URL' : 'use an https:// URL');
  }
  if (url.username || url.password) throw invalidUrl('credentials in the URL are not allowed');
  if (sandbox) return;
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host)
      ? [host]
      : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw invalidUrl(`the host ${host} does not resolve`);
  }
  if (addresses.length === 0 || addresses.some(isBlockedAddress)) {
    throw invalidUrl(
      `${host} resolves to a loopback, private or reserved address (allowed only with --sandbox)`,
    );
  }
}

/** Whether a URL's host is an address literal deliveries may not reach (the lookup below never sees those). */
export function isBlockedLiteralHost(raw: string): boolean {
  const host = hostOf(new URL(raw));
  return isIP(host) !== 0 && isBlockedAddress(host);
}

/**
 * A `net.connect` lookup that refuses blocked addresses: the worker's HTTP agent uses it outside the
 * sandbox, so the address actually connected to is the one checked.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true, verbatim: true }).then(
    (addresses) => {
      const bad = addresses.find((a) => isBlockedAddress(a.address));
      if (bad || addresses.length === 0) {
        callback(new Error(`${hostname} resolves to a blocked address`), '', 4);
        return;
      }
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      } else {
        const first = addresses[0] as { address: string; family: number };
        callback(null, first.address, first.family);
      }
    },
    (error: NodeJS.ErrnoException) => callback(error, '', 4),
  );
};
