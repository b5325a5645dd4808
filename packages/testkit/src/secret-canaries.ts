/**
 * One fake secret per redaction rule, for leak tests: each is built at run time from a seed, so no scanner mistakes
 * this file for live credentials, and a leak test can look for the exact value (`secret`) in everything written or
 * sent. `text` is how the secret appears in a prompt, a command or a file (with its name or flag around it).
 */
export interface SecretCanary {
  /** The rule it exercises (the `[REDACTED:<kind>]` it should become, or a family of them). */
  readonly rule: string;
  /** The text that carries the secret. */
  readonly text: string;
  /** The part that must never leave: present in `text`. */
  readonly secret: string;
}

/** `n` characters from `alphabet`, deterministic in `seed`. */
function chars(seed: string, n: number, alphabet: string): string {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    h = (h + 0x9e3779b9 + i) >>> 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;

/** Canaries for every rule `redactString` knows; `salt` makes each test's values its own. */
export function secretCanaries(salt = 'canary'): readonly SecretCanary[] {
  const a = (tagName: string, n: number, alphabet = ALNUM) => chars(`${salt}:${tagName}`, n, alphabet);
  const token = (rule: string, secret: string, text = `${rule} is ${secret} here`): SecretCanary => ({
    rule,
    text,
    secret,
  });
  const pem = ['-----BEGIN', 'PRIVATE KEY-----'].join(' ');
  const pemEnd = ['-----END', 'PRIVATE KEY-----'].join(' ');
  const keyBody = `MIIEv${a('pem', 60, B64)}`;
  const jwt = `eyJ${a('jwt1', 20)}.eyJ${a('jwt2', 30)}.${a('jwt3', 43)}`;
  return [
    token('anthropic_key', `sk-ant-api03-${a('ant', 90)}`),
    token('openai_key', `sk-proj-${a('oai', 48)}`),
    token('github_token', `ghp_${a('ghp', 36)}`),
    token('github_token', `gho_${a('gho', 36)}`),
    token('github_token', `ghs_${a('ghs', 36)}`),
    token('github_token', `github_pat_11${a('ghpat', 80)}`),
    token('gitlab_token', `glpat-${a('glpat', 20)}`),
    token('gitlab_token', `gldt-${a('gldt', 20)}`),
    token('gitlab_token', `glrt-${a('glrt', 20)}`),
    token('npm_token', `npm_${a('npm', 36)}`),
    token('huggingface_token', `hf_${a('hf', 34, LOWER)}`),
    token('sendgrid_key', `SG.${a('sg1', 22)}.${a('sg2', 43)}`),
    token('databricks_token', `dapi${a('dapi', 32, HEX)}`),
    token('slack_token', `xoxb-${a('slack', 40, '0123456789')}-${a('slack2', 24)}`),
    token('stripe_key', `sk_live_${a('stripe', 24)}`),
    token('aws_access_key', `AKIA${a('aws', 16, UPPER_NUM)}`),
    token('google_api_key', `AIza${a('gcp', 35)}`),
    token('digitalocean_token', `dop_v1_${a('do', 64, HEX)}`),
    token('shopify_token', `shpat_${a('shop', 32, HEX)}`),
    token('postman_key', `PMAK-${a('pm1', 24, HEX)}-${a('pm2', 34, HEX)}`),
    token('vault_token', `hvs.${a('vault', 90)}`),
    token('jwt', jwt),
    token(
      'slack_webhook',
      `https://hooks.slack.com/services/T${a('sw1', 10)}/B${a('sw2', 10)}/${a('sw3', 24)}`,
    ),
    {
      rule: 'private_key',
      text: `key file:\n${pem}\n${keyBody}\n${a('pem2', 64, B64)}\n${pemEnd}\n`,
      secret: keyBody,
    },
    {
      rule: 'gcp_service_account',
      text: `{"type": "service_account", "private_key": "${pem}\\n${keyBody}Q\\n${pemEnd}\\n"}`,
      secret: `${keyBody}Q`,
    },
    {
      rule: 'aws_secret',
      text: `aws_secret_access_key = ${a('awss', 40, B64)}`,
      secret: a('awss', 40, B64),
    },
    {
      rule: 'azure_key',
      text: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${a('az', 86, B64)}==;EndpointSuffix=core.windows.net`,
      secret: a('az', 86, B64),
    },
    token('bearer', a('bearer', 32), `curl -H "Authorization: Bearer ${a('bearer', 32)}" https://api`),
    {
      rule: 'url_credentials',
      text: `git clone https://deploy:${a('url', 18)}@git.example.com/repo.git`,
      secret: a('url', 18),
    },
    { rule: 'password_env', text: `PGPASSWORD=${a('pg', 14)} psql -h db`, secret: a('pg', 14) },
    { rule: 'password_env', text: `export DB_PASS=${a('dbpass', 14)}`, secret: a('dbpass', 14) },
    {
      rule: 'password_quoted',
      text: `password: "${a('q1', 6)} ${a('q2', 6)}, ${a('q3', 6)}"`,
      secret: a('q2', 6),
    },
    { rule: 'secret_json', text: `{"client_secret": "${a('cs', 20)}"}`, secret: a('cs', 20) },
    { rule: 'token_assignment', text: `SENTRY_AUTH_TOKEN=${a('sat', 30)}`, secret: a('sat', 30) },
    { rule: 'cli_glued_password', text: `mysql -u root -p${a('mysql', 12)} app`, secret: a('mysql', 12) },
    { rule: 'cli_flag', text: `psql --password ${a('flag', 16)} -h db`, secret: a('flag', 16) },
    { rule: 'cli_flag', text: `tool --api-key=${a('apikey', 24)}`, secret: a('apikey', 24) },
    { rule: 'cli_user', text: `curl -u admin:${a('curlu', 14)} https://host`, secret: a('curlu', 14) },
  ];
}
