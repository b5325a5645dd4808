/**
 * The secret patterns `redactString` applies, modelled on the default rule set of a public secret scanner
 * (gitleaks): provider tokens with a recognisable prefix, key blocks, credentials in URLs and command lines, and
 * generic `name = value` assignments whose name says secret. Written for this project, not copied.
 *
 * Every pattern is linear: bounded quantifiers over simple classes, no nested repetition, so one pass costs
 * O(length) even on adversarial input (a test feeds each one hostile text).
 */

export interface SecretRule {
  readonly kind: string;
  readonly pattern: RegExp;
  /** Replacement (groups as `String.replace` hands them over). */
  readonly replace: (match: string, ...groups: string[]) => string;
}

export const tag = (kind: string): string => `[REDACTED:${kind}]`;

/**
 * Tokens recognisable by their prefix, one alternative per provider, scanned in a single pass. The group name is
 * the kind written in place of the token.
 */
const PREFIXED: readonly (readonly [kind: string, source: string])[] = [
  ['anthropic_key', 'sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_-]{20,}|sk-ant-[A-Za-z0-9_-]{20,}'],
  [
    'openai_key',
    'sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}',
  ],
  ['github_token', 'gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}'],
  [
    'gitlab_token',
    'gl(?:pat|dt|ptt|rt|cbt|imt|oas|soat|ffct|ft|agent|wt|sa)-[A-Za-z0-9_.-]{20,}|GR1348941[A-Za-z0-9_-]{20,}',
  ],
  ['npm_token', 'npm_[A-Za-z0-9]{36}'],
  ['huggingface_token', 'hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}'],
  ['sendgrid_key', 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'],
  ['databricks_token', 'dapi[a-f0-9]{32}(?:-\\d)?'],
  ['slack_token', 'xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+'],
  ['stripe_key', '(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}'],
  ['aws_access_key', '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])'],
  ['google_api_key', 'AIza[A-Za-z0-9_-]{35}'],
  ['google_oauth', 'ya29\\.[A-Za-z0-9_-]{20,}|GOCSPX-[A-Za-z0-9_-]{28}'],
  ['azure_ad_secret', '[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}'],
  ['digitalocean_token', 'do[por]_v1_[a-f0-9]{64}'],
  ['shopify_token', 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}'],
  ['pypi_token', 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}'],
  ['rubygems_token', 'rubygems_[a-f0-9]{48}'],
  ['postman_key', 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}'],
  ['newrelic_key', 'NR(?:AK|JS|II)-[A-Za-z0-9]{19,32}'],
  ['linear_key', 'lin_api_[A-Za-z0-9]{40}'],
  ['planetscale_token', 'pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}'],
  ['doppler_token', 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}'],
  ['vault_token', 'hv[sb]\\.[A-Za-z0-9_-]{24,}'],
  ['terraform_token', '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'],
  ['grafana_token', 'gl(?:c|sa)_[A-Za-z0-9_+/=-]{32,}|eyJrIjoi[A-Za-z0-9+/=]{40,}'],
  ['atlassian_token', 'ATATT3[A-Za-z0-9_=-]{100,}'],
  ['alibaba_key', 'LTAI[A-Za-z0-9]{20}'],
  ['age_secret_key', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'],
  ['onepassword_token', 'ops_eyJ[A-Za-z0-9+/]{250,}={0,3}'],
  ['sentry_token', 'sntr[ysu]_[A-Za-z0-9+/=_-]{40,}'],
  ['twilio_key', 'SK[0-9a-f]{32}(?![A-Za-z0-9])'],
  ['square_token', 'sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}|EAAA[A-Za-z0-9_-]{60}'],
  ['mailchimp_key', '[0-9a-f]{32}-us\\d{1,2}(?![A-Za-z0-9])'],
  ['mailgun_key', '(?:pub)?key-[0-9a-f]{32}'],
  ['sendinblue_key', 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}'],
  ['heroku_key', 'HRKU-[A-Za-z0-9_-]{60}'],
  ['flyio_token', 'fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=]{100,}'],
  ['sourcegraph_token', 'sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}'],
  ['prefect_key', 'pnu_[A-Za-z0-9]{36}'],
  ['pulumi_token', 'pul-[a-f0-9]{40}'],
  ['readme_key', 'rdme_[a-z0-9]{70}'],
  ['dynatrace_token', 'dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}'],
  ['easypost_key', 'EZ[AT]K[A-Za-z0-9]{54}'],
  ['flutterwave_key', 'FLW(?:PUBK|SECK)_TEST-[a-h0-9]{32}-X'],
  ['frameio_token', 'fio-u-[A-Za-z0-9_=-]{64}'],
  ['duffel_token', 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}'],
  ['clojars_token', 'CLOJARS_[A-Za-z0-9]{60}'],
  ['infracost_key', 'ico-[A-Za-z0-9]{32}'],
  ['scalingo_token', 'tk-us-[A-Za-z0-9_-]{48}'],
  ['openshift_token', 'sha256~[A-Za-z0-9_-]{43}'],
  ['harness_token', 'pat\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}'],
  ['octopus_key', 'API-[A-Z0-9]{26}'],
  ['artifactory_key', 'AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59}'],
  ['facebook_token', 'EAA[MC][A-Za-z0-9]{100,}'],
  ['mapbox_token', '[ps]k\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}'],
  ['perplexity_key', 'pplx-[A-Za-z0-9]{48}'],
  ['xai_key', 'xai-[A-Za-z0-9]{80}'],
  ['groq_key', 'gsk_[A-Za-z0-9]{52}'],
  ['langsmith_key', 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}'],
  ['notion_token', 'ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}'],
  ['telegram_token', '[0-9]{5,16}:AA[A-Za-z0-9_-]{33}'],
  [
    'discord_webhook',
    'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{5,20}/[A-Za-z0-9_-]{20,}',
  ],
  ['slack_webhook', 'https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,}'],
  ['jwt', 'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}'],
];

/**
 * A word start, or the start of a line in JSON-escaped text (`\nghp_…`). `\b` rather than a lookbehind: the
 * engine then skips positions inside words at once (about 3× faster on a megabyte).
 */
const WORD_START = '(?:\\b|(?<=\\\\[nrt]))';

const PREFIXED_PATTERN = new RegExp(
  `${WORD_START}(?:${PREFIXED.map(([, source]) => source).join('|')})`,
  'g',
);
/**
 * Which provider a match is, tested only on the match. (Named groups in the scanning pattern would name it at once,
 * but sixty captures per match make a replace with many matches several times slower.)
 */
const PREFIXED_KINDS = PREFIXED.map(([kind, source]) => [kind, new RegExp(`^(?:${source})$`)] as const);

/** Names whose value is a secret whatever it looks like: any name ending in one of these words. */
const SECRET_WORDS =
  'PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_-]?KEY|APIKEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|AUTH[_-]?KEY|SIGNING[_-]?KEY|ENCRYPTION[_-]?KEY|MASTER[_-]?KEY|CREDENTIALS?|CREDS|CONNECTION[_-]?STRING|DSN';
/** Short words: only as a whole name or after a separator (`DB_PASS`, not `BYPASS`). */
const SHORT_WORDS = 'PASS|PWD|PW|AUTH|KEY|SALT|COOKIE|SESSION[_-]?ID';

/** A value that is a placeholder, not a secret: variables, templates, booleans, masks. */
const PLACEHOLDER =
  /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\([^)]*\)|\{\{[^}]*\}\}|<[^>]*>|%[A-Za-z_]+%|true|false|null|none|nil|undefined|\*+|x+|\[REDACTED[^\]]*\]|process\.env\.[A-Za-z0-9_]+|os\.environ.*)$/i;

const WEAK_NAME = /(?:^|[^A-Za-z])(?:KEY|AUTH|PW)$/i;
const STRONG_NAME = new RegExp(`(?:${SECRET_WORDS})$`, 'i');
const STRONG_VALUE = /^(?=[^\s]{12,}$)(?=.*\d)(?=.*[A-Za-z])/;

const secretValue = (value: string): boolean => !PLACEHOLDER.test(value.trim());

export const SECRET_RULES: readonly SecretRule[] = [
  {
    kind: 'private_key',
    pattern:
      /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,20000}?-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|[\s\S]{0,8192})/g,
    replace: () => tag('private_key'),
  },
  {
    kind: 'prefixed',
    pattern: PREFIXED_PATTERN,
    replace: (match: string) => {
      for (const [kind, exact] of PREFIXED_KINDS) if (exact.test(match)) return tag(kind);
      return tag('token');
    },
  },
  {
    kind: 'url_credentials',
    pattern: /\b([a-z][a-z0-9+.-]{0,20}:\/\/)([^\s:/@'"`]{0,256}):([^\s@/'"`]{1,256})@/gi,
    replace: (_m, scheme: string, user: string) => `${scheme}${user}:${tag('password')}@`,
  },
  {
    // Azure storage / Service Bus connection strings and SAS signatures.
    kind: 'azure_key',
    pattern: /\b((?:AccountKey|SharedAccessKey|SharedSecretValue)=|[?&]sig=)([A-Za-z0-9+/%=]{16,200})/gi,
    replace: (_m, head: string) => `${head}${tag('azure_key')}`,
  },
  {
    kind: 'aws_secret',
    pattern: /\b(aws_?secret_?access_?key|aws_?secret)(["']?\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
    replace: (_m, name: string, sep: string) => `${name}${sep}${tag('aws_secret')}`,
  },
  {
    // Real tokens carry a digit; the lookahead spares prose such as "Bearer authentication".
    kind: 'bearer',
    pattern: /\b(Bearer|Basic|Token)(\s+)(?=[A-Za-z._~+/=-]{0,4096}[0-9])[A-Za-z0-9._~+/=-]{8,}/g,
    replace: (_m, scheme: string, space: string) => `${scheme}${space}${tag('credential')}`,
  },
  {
    kind: 'authorization',
    pattern:
      /\b((?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?!Bearer\b|Basic\b)[A-Za-z]{1,20}[ \t]+)?)(?!\[REDACTED)([^\s"'`,;]{8,})/gi,
    replace: (_m, head: string) => `${head}${tag('credential')}`,
  },
  {
    // curl/wget -u user:password, --user user:password (the user stays).
    kind: 'cli_user',
    pattern: /(^|\s)(-u|--user|--proxy-user)([ \t]+|=)(["']?)([^\s:"'`]{1,256}):([^\s"'`]{1,256})/g,
    replace: (_m, pre: string, flag: string, sep: string, q: string, user: string) =>
      `${pre}${flag}${sep}${q}${user}:${tag('password')}`,
  },
  {
    // --password X, --password=X, --token X, --api-key=X … (quoted values may hold spaces).
    kind: 'cli_flag',
    pattern:
      /(^|\s)(--?(?:[A-Za-z0-9]{1,30}-)?(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|auth-token|client-secret|private-key))([ \t]+|=)(?!-)("[^"\n]{1,4096}"|'[^'\n]{1,4096}'|(?:[^\s"'`\\]|\\(?![nrt"])){1,4096})/gi,
    replace: (m: string, pre: string, flag: string, sep: string, value: string) =>
      secretValue(value.replace(/^["']|["']$/g, '')) ? `${pre}${flag}${sep}${tag('password')}` : m,
  },
  {
    // mysql -pPASS (the password glued to -p), sshpass -p PASS.
    kind: 'cli_glued_password',
    pattern:
      /(?:\b|(?<=\\[nrt]))((?:mysql\w*|mariadb\w*|mycli)\b[^\n]{0,300}?\s-p)("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"'`\\]{1,256})|\b(sshpass[ \t]+-p[ \t]*)("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"'`]{1,256})/g,
    replace: (_m, a?: string, _v?: string, b?: string) => `${a ?? b ?? ''}${tag('password')}`,
  },
  {
    // NAME=value, NAME: value, "name": "value", name := value where the name says secret. Quoted values may hold
    // spaces and commas. The lookbehind keeps start positions to name starts; the name length is bounded.
    kind: 'assignment',
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])|(?<=\\\\[nrt]))((?:[A-Za-z0-9_.-]{0,64}?(?:${SECRET_WORDS})|(?:[A-Za-z0-9.-]{0,64}[_.-])?(?:${SHORT_WORDS}))(?![A-Za-z0-9]))(\\\\?["']?[ \\t]*(?::=|=>|[=:])[ \\t]*)(\\\\"[^"\\n]{1,4096}\\\\"|"[^"\\n]{1,4096}"|'[^'\\n]{1,4096}'|<[^<>\\n]{1,200}>|(?:[^\\s"'\`,;)}\\]\\\\]|\\\\(?![nrt"])){1,4096})`,
      'gi',
    ),
    replace: (m: string, name: string, sep: string, value: string) => {
      const quote = value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : '';
      const inner = quote ? value.slice(quote.length, -quote.length) : value;
      if (!secretValue(inner) || inner.startsWith('[REDACTED')) return m;
      // A bare `key` (`primary_key: id`) is a secret only when its value looks like one.
      if (WEAK_NAME.test(name) && !STRONG_NAME.test(name) && !STRONG_VALUE.test(inner)) return m;
      return `${name}${sep}${quote}${tag('secret')}${quote}`;
    },
  },
];

/** Object keys whose string values are secrets whatever they look like. */
export const SECRET_KEY =
  /^(?:[A-Za-z0-9_.-]*[_.-])?(?:password|passwd|passphrase|pass|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|authorization|auth|credentials?|creds|cookie|connection[_-]?string|dsn)$|(?:password|secret|token|apikey|passphrase)$/i;
