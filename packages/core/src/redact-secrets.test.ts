import { secretCanaries } from '@glassbox/testkit';
import { describe, expect, it } from 'vitest';
import { redactSecrets, redactString } from './redact-secrets.js';

// Built at run time so no scanner mistakes the fixtures for live credentials.
const fake = (prefix: string, body: string, n: number) =>
  prefix + body.repeat(Math.ceil(n / body.length)).slice(0, n);
const ANTHROPIC = fake('sk-ant-', 'api03Ab1_-', 90);
const OPENAI = fake('sk-proj-', 'Zx9Qw8Er7T', 48);
const AWS_ID = fake('AKIA', 'ABCDEFGH23', 16);
const AWS_SECRET = fake('', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', 40);
const GITHUB = fake('ghp_', 'a1B2c3D4e5', 36);
const GITHUB_PAT = fake('github_pat_', '11ABCDEFG0_', 82);
const SLACK = fake('xoxb-', '1234-5678-', 40);
const GOOGLE = fake('AIza', 'SyA-1b2C3d_', 35);
const STRIPE = fake('sk_live_', '4eC39HqLyj', 24);
const JWT = `${fake('eyJ', 'hbGciOiJIUzI1', 20)}.${fake('eyJ', 'zdWIiOiIxMjM0', 30)}.${fake('', 'SflKxwRJSMeKKF2QT4', 43)}`;

describe('redactString', () => {
  it.each([
    ['Anthropic key', `export ANTHROPIC=${ANTHROPIC}`, ANTHROPIC],
    ['OpenAI key', `key is ${OPENAI} ok`, OPENAI],
    ['AWS access key id', `id ${AWS_ID} here`, AWS_ID],
    ['AWS secret', `aws_secret_access_key = ${AWS_SECRET}`, AWS_SECRET],
    ['GitHub token', `token ${GITHUB}`, GITHUB],
    ['GitHub fine-grained token', `${GITHUB_PAT}`, GITHUB_PAT],
    ['Slack token', `slack ${SLACK}`, SLACK],
    ['Google API key', `g=${GOOGLE}`, GOOGLE],
    ['Stripe key', `stripe ${STRIPE}`, STRIPE],
    ['JWT', `jwt ${JWT}`, JWT],
    ['Bearer token', 'Authorization: Bearer abc123def456ghi789', 'abc123def456ghi789'],
    ['URL password', 'git clone https://alice:s3cr3t-pw@example.com/repo.git', 's3cr3t-pw'],
    ['PASSWORD=', 'DB_PASSWORD=hunter2 npm start', 'hunter2'],
    ['API_KEY:', 'API_KEY: "abcd1234"', 'abcd1234'],
    ['*_TOKEN=', 'NPM_TOKEN=npm_abcdefghijklmnop', 'npm_abcdefghijklmnop'],
    ['*_SECRET=', "CLIENT_SECRET='q9w8e7'", 'q9w8e7'],
    ['JSON secret', '{"password": "pa55word!"}', 'pa55word!'],
  ])('should redact %s', (_name, input, secret) => {
    const out = redactString(input);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  });

  it('should redact a whole private key block', () => {
    const block = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEpAIBAAKCAQEA1',
      'abcdef==',
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const out = redactString(`before\n${block}\nafter`);
    expect(out).toBe('before\n[REDACTED:private_key]\nafter');
  });

  it('should keep the scheme, the user and ordinary text', () => {
    expect(redactString('https://bob:pw123456@host/x')).toBe('https://bob:[REDACTED:password]@host/x');
    expect(redactString('Authorization: Bearer abc123def456ghi789')).toBe(
      'Authorization: Bearer [REDACTED:credential]',
    );
    const prose = 'input_tokens: 1200, max_tokens=4096, Bearer authentication, a token bucket, sk-short';
    expect(redactString(prose)).toBe(prose);
  });

  it('should cut huge strings and still finish on adversarial input', () => {
    const hostile = `PASSWORD${'a'.repeat(3_000_000)}`;
    const out = redactString(hostile, { maxStringLength: 100_000 });
    expect(out.length).toBeLessThan(100_100);
    expect(out).toContain('[TRUNCATED 2900008 chars]');
    const manyBegins = '-----BEGIN PRIVATE KEY-----'.repeat(20_000);
    expect(redactString(manyBegins)).toContain('[REDACTED:private_key]');
  });
});

describe('redactSecrets', () => {
  it('should redact deeply without mutating, and blank values under secret keys', () => {
    const input = {
      command: `curl -H "x-api-key: ${ANTHROPIC}" https://api`,
      env: { GITHUB_TOKEN: 'plain-looking', HOME: '/root', count: 3 },
      list: [`k=${GOOGLE}`, 42, null, true],
      nested: { deeper: { password: 'x' } },
    };
    const copy = structuredClone(input);
    const out = redactSecrets(input);
    expect(input).toEqual(copy);
    expect(JSON.stringify(out)).not.toContain(ANTHROPIC);
    expect(JSON.stringify(out)).not.toContain(GOOGLE);
    expect(out.env).toEqual({ GITHUB_TOKEN: '[REDACTED:secret]', HOME: '/root', count: 3 });
    expect(out.nested.deeper.password).toBe('[REDACTED:secret]');
    expect(out.list.slice(1)).toEqual([42, null, true]);
  });

  it('should survive cycles, depth and odd values', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(redactSecrets(a)).toEqual({ name: 'a', self: '[Circular]' });
    let deep: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 50; i += 1) deep = { d: deep };
    expect(JSON.stringify(redactSecrets(deep, { maxDepth: 5 }))).toContain('[TRUNCATED]');
    expect(redactSecrets(undefined)).toBeUndefined();
    expect(redactSecrets(7)).toBe(7);
    const throwing = {
      get boom(): string {
        throw new Error('getter');
      },
    };
    expect(redactSecrets(throwing)).toBe('[REDACTED:unredactable]');
  });
});

describe('the rule set (one canary per rule)', () => {
  it.each(secretCanaries().map((c) => [c.rule, c] as const))('should redact %s', (_rule, canary) => {
    const out = redactString(`before ${canary.text} after`);
    expect(out).not.toContain(canary.secret);
    expect(out).toContain('[REDACTED:');
    expect(out).toContain('before ');
  });

  it('should redact every canary in one text and in JSON-escaped form', () => {
    const all = secretCanaries('mixed');
    const text = all.map((c) => c.text).join('\n');
    const out = redactString(text);
    const escaped = redactString(JSON.stringify({ text }));
    for (const c of all) {
      expect(out).not.toContain(c.secret);
      expect(escaped).not.toContain(c.secret);
    }
  });

  it.each([
    'input_tokens: 1200, max_tokens=4096, output_tokens: 10',
    'a token bucket; Bearer authentication; the password prompt',
    'const key = "id"; primary_key: id; --password-file /run/x',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, not a template
    'PASSWORD=${DB_PASSWORD} TOKEN=$TOKEN secret: <your secret here> password: ****',
    'mkdir -p build && cp -p a b',
    'BYPASS=true SECRET_SANTA=bob keyboard: us',
  ])('should leave ordinary text alone: %s', (prose) => {
    expect(redactString(prose)).toBe(prose);
  });

  it('should redact 1 MB of mixed text in bounded time, and stay linear on hostile input', () => {
    const all = secretCanaries('bulk');
    const filler = 'The build ran npm test; 42 passed, 0 failed. token bucket, max_tokens=4096.\n';
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${filler}${all[i % all.length]!.text}\n`;
    const start = performance.now();
    const out = redactString(text, { maxStringLength: 2_000_000 });
    const ms = performance.now() - start;
    for (const c of all) expect(out).not.toContain(c.secret);
    expect(ms).toBeLessThan(2000);
    // Inputs built to make a backtracking engine go quadratic: long runs a pattern almost matches.
    const hostile = [
      'PASSWORD'.repeat(100_000),
      `${'a_'.repeat(200_000)}=`,
      `${'x'.repeat(500_000)}:`,
      'https://a:'.repeat(80_000),
      'mysql '.repeat(100_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(30_000),
      'eyJaaaaaaaaaa.'.repeat(60_000),
      `curl -u ${'a'.repeat(400_000)}`,
      `--password ${'"'.repeat(300_000)}`,
      'sk-ant-'.repeat(100_000),
      ' -u a:'.repeat(100_000),
    ];
    for (const h of hostile) {
      const t0 = performance.now();
      redactString(h, { maxStringLength: 2_000_000 });
      expect(performance.now() - t0, h.slice(0, 20)).toBeLessThan(1500);
    }
  });
});
