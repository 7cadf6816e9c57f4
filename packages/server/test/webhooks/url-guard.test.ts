import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../src/http/problem.js';
import { assertWebhookUrl, isBlockedAddress } from '../../src/webhooks/url-guard.js';

describe('webhook URL guard', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'ff02::1',
  ])('blocks %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '101.6.6.6', '2001:4860:4860::8888', '2408:8000::1'])(
    'allows %s',
    (address) => {
      expect(isBlockedAddress(address)).toBe(false);
    },
  );

  const refused = async (url: string, sandbox = false) => {
    const error = await assertWebhookUrl(url, sandbox).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpProblem);
    expect((error as HttpProblem).status).toBe(422);
  };

  it('refuses loopback, private and link-local hosts outside the sandbox, names included', async () => {
    await refused('https://127.0.0.1/hook');
    await refused('https://[::1]/hook');
    await refused('https://10.0.0.5/hook');
    await refused('https://[fd00::5]/hook');
    await refused('https://169.254.169.254/latest/meta-data');
    await refused('https://localhost/hook');
    await refused('http://8.8.8.8/hook'); // plain http outside the sandbox
    await refused('https://user:pw@8.8.8.8/hook');
    await expect(assertWebhookUrl('https://8.8.8.8/hook', false)).resolves.toBeUndefined();
  });

  it('allows loopback and http in the sandbox', async () => {
    await expect(assertWebhookUrl('http://127.0.0.1:9999/hook', true)).resolves.toBeUndefined();
    await expect(assertWebhookUrl('http://localhost:9999/hook', true)).resolves.toBeUndefined();
    await refused('ftp://127.0.0.1/hook', true);
  });
});
