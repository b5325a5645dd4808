// Generated from packages/cli by `pnpm --filter glassbox-datadog build`. Do not edit. Run: node cli.mjs --help
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// packages/cli/src/cli-io.ts
function processIo(scanWorkerUrl) {
  const columns = process.stdout.isTTY ? process.stdout.columns || 80 : 80;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    columns: Math.max(40, columns),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    now: () => Date.now(),
    scanWorkerUrl
  };
}
function writeJson(io, value) {
  io.stdout.write(`${JSON.stringify(value, null, io.stdoutIsTTY ? 2 : void 0)}
`);
}
var init_cli_io = __esm({
  "packages/cli/src/cli-io.ts"() {
    "use strict";
  }
});

// packages/pricing/src/price-table.ts
function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
var PRICE_TABLE;
var init_price_table = __esm({
  "packages/pricing/src/price-table.ts"() {
    "use strict";
    PRICE_TABLE = deepFreeze({
      claudeCodeVersion: "2.1.332",
      generatedAt: "2026-11-27",
      rules: {
        unsplitCacheWriteAs: "5m",
        splitRemainderAs: "5m",
        oneHourClampedToTotal: true,
        fiveMinuteFieldIgnored: true,
        geoAppliesToWebSearch: false,
        geoValuesProbed: ["us", "global", "", "US", "eu"],
        geoUppercaseUs: 1,
        geoEu: 1,
        speedStandard: "standard",
        speedEmpty: "standard",
        speedUnknown: "fast",
        speedUppercase: "fast",
        fastTimesGeo: true,
        fastWebSearch: 0.01,
        referenceModel: "claude-opus-5",
        notes: []
      },
      models: {
        "claude-3-5-haiku": {
          standard: {
            input: 0.8,
            output: 4,
            cacheWrite5m: 1,
            cacheWrite1h: 1.6,
            cacheRead: 0.08
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-3-5-sonnet": {
          standard: {
            input: 3,
            output: 15,
            cacheWrite5m: 3.75,
            cacheWrite1h: 6,
            cacheRead: 0.3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-3-7-sonnet": {
          standard: {
            input: 3,
            output: 15,
            cacheWrite5m: 3.75,
            cacheWrite1h: 6,
            cacheRead: 0.3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-fable-5": {
          standard: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 1
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-fable-5-1": {
          standard: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 0.25
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-fable-5-2": {
          standard: {
            input: 8,
            output: 40,
            cacheWrite5m: 10,
            cacheWrite1h: 16,
            cacheRead: 0.2
          },
          fast: {
            input: 16,
            output: 80,
            cacheWrite5m: 20,
            cacheWrite1h: 32,
            cacheRead: 0.4
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-haiku-4-5": {
          standard: {
            input: 1,
            output: 5,
            cacheWrite5m: 1.25,
            cacheWrite1h: 2,
            cacheRead: 0.1
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-haiku-5-5": {
          standard: {
            input: 0.1,
            output: 0.5,
            cacheWrite5m: 0.125,
            cacheWrite1h: 0.2,
            cacheRead: 0.01
          },
          longContext: {
            aboveInputTokens: 1e5,
            countedTokens: ["input", "cacheRead", "cacheWrite"],
            input: 0.5,
            output: 2.5,
            cacheWrite5m: 0.625,
            cacheWrite1h: 1,
            cacheRead: 0.05
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          },
          notes: ["input above 100000 tokens switches every token to the long-context rate"]
        },
        "claude-mythos-5": {
          standard: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 1
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-mythos-5-1": {
          standard: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 0.25
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-mythos-5-2": {
          standard: {
            input: 8,
            output: 40,
            cacheWrite5m: 10,
            cacheWrite1h: 16,
            cacheRead: 0.2
          },
          fast: {
            input: 16,
            output: 80,
            cacheWrite5m: 20,
            cacheWrite1h: 32,
            cacheRead: 0.4
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-4-0": {
          standard: {
            input: 15,
            output: 75,
            cacheWrite5m: 18.75,
            cacheWrite1h: 30,
            cacheRead: 1.5
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-4-1": {
          standard: {
            input: 15,
            output: 75,
            cacheWrite5m: 18.75,
            cacheWrite1h: 30,
            cacheRead: 1.5
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-4-5": {
          standard: {
            input: 5,
            output: 25,
            cacheWrite5m: 6.25,
            cacheWrite1h: 10,
            cacheRead: 0.5
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-4-6": {
          standard: {
            input: 5,
            output: 25,
            cacheWrite5m: 6.25,
            cacheWrite1h: 10,
            cacheRead: 0.5
          },
          fast: {
            input: 30,
            output: 150,
            cacheWrite5m: 37.5,
            cacheWrite1h: 60,
            cacheRead: 3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-4-7": {
          standard: {
            input: 5,
            output: 25,
            cacheWrite5m: 6.25,
            cacheWrite1h: 10,
            cacheRead: 0.5
          },
          fast: {
            input: 30,
            output: 150,
            cacheWrite5m: 37.5,
            cacheWrite1h: 60,
            cacheRead: 3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-4-8": {
          standard: {
            input: 5,
            output: 25,
            cacheWrite5m: 6.25,
            cacheWrite1h: 10,
            cacheRead: 0.5
          },
          fast: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 1
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-5": {
          standard: {
            input: 5,
            output: 25,
            cacheWrite5m: 6.25,
            cacheWrite1h: 10,
            cacheRead: 0.5
          },
          fast: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 1
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-opus-5-5": {
          standard: {
            input: 4,
            output: 20,
            cacheWrite5m: 5,
            cacheWrite1h: 8,
            cacheRead: 0.2
          },
          fast: {
            input: 8,
            output: 40,
            cacheWrite5m: 10,
            cacheWrite1h: 16,
            cacheRead: 0.4
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-sonnet-4-0": {
          standard: {
            input: 3,
            output: 15,
            cacheWrite5m: 3.75,
            cacheWrite1h: 6,
            cacheRead: 0.3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-sonnet-4-5": {
          standard: {
            input: 3,
            output: 15,
            cacheWrite5m: 3.75,
            cacheWrite1h: 6,
            cacheRead: 0.3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-sonnet-4-6": {
          standard: {
            input: 3,
            output: 15,
            cacheWrite5m: 3.75,
            cacheWrite1h: 6,
            cacheRead: 0.3
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-sonnet-5": {
          standard: {
            input: 2,
            output: 10,
            cacheWrite5m: 2.5,
            cacheWrite1h: 4,
            cacheRead: 0.2
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        },
        "claude-sonnet-5-5": {
          standard: {
            input: 2,
            output: 10,
            cacheWrite5m: 2.5,
            cacheWrite1h: 4,
            cacheRead: 0.1
          },
          webSearchPerRequest: 0.01,
          geoMultipliers: {
            us: 1.1
          }
        }
      },
      modelIds: {
        "anthropic.claude-3-5-haiku": "claude-3-5-haiku",
        "anthropic.claude-3-5-haiku-20241022": "claude-3-5-haiku",
        "anthropic.claude-3-5-haiku-latest": "claude-3-5-haiku",
        "anthropic.claude-3-5-sonnet": "claude-3-5-sonnet",
        "anthropic.claude-3-5-sonnet-20240620": "claude-3-5-sonnet",
        "anthropic.claude-3-5-sonnet-20241022": "claude-3-5-sonnet",
        "anthropic.claude-3-5-sonnet-latest": "claude-3-5-sonnet",
        "anthropic.claude-3-7-sonnet": "claude-3-7-sonnet",
        "anthropic.claude-3-7-sonnet-20250219": "claude-3-7-sonnet",
        "anthropic.claude-3-7-sonnet-latest": "claude-3-7-sonnet",
        "anthropic.claude-fable-5": "claude-fable-5",
        "anthropic.claude-fable-5-1": "claude-fable-5-1",
        "anthropic.claude-fable-5-2": "claude-fable-5-2",
        "anthropic.claude-haiku-4-5": "claude-haiku-4-5",
        "anthropic.claude-haiku-4-5-20251001": "claude-haiku-4-5",
        "anthropic.claude-haiku-5-5": "claude-haiku-5-5",
        "anthropic.claude-mythos-5": "claude-mythos-5",
        "anthropic.claude-mythos-5-1": "claude-mythos-5-1",
        "anthropic.claude-mythos-5-2": "claude-mythos-5-2",
        "anthropic.claude-opus-4": "claude-opus-4-0",
        "anthropic.claude-opus-4-0": "claude-opus-4-0",
        "anthropic.claude-opus-4-1": "claude-opus-4-1",
        "anthropic.claude-opus-4-1-20250805": "claude-opus-4-1",
        "anthropic.claude-opus-4-1-20250805-v1:0": "claude-opus-4-1",
        "anthropic.claude-opus-4-20250514": "claude-opus-4-0",
        "anthropic.claude-opus-4-5": "claude-opus-4-5",
        "anthropic.claude-opus-4-5-20251101": "claude-opus-4-5",
        "anthropic.claude-opus-4-6": "claude-opus-4-6",
        "anthropic.claude-opus-4-7": "claude-opus-4-7",
        "anthropic.claude-opus-4-8": "claude-opus-4-8",
        "anthropic.claude-opus-5": "claude-opus-5",
        "anthropic.claude-opus-5-5": "claude-opus-5-5",
        "anthropic.claude-sonnet-4": "claude-sonnet-4-0",
        "anthropic.claude-sonnet-4-0": "claude-sonnet-4-0",
        "anthropic.claude-sonnet-4-20250514": "claude-sonnet-4-0",
        "anthropic.claude-sonnet-4-5": "claude-sonnet-4-5",
        "anthropic.claude-sonnet-4-5-20250929": "claude-sonnet-4-5",
        "anthropic.claude-sonnet-4-6": "claude-sonnet-4-6",
        "anthropic.claude-sonnet-5": "claude-sonnet-5",
        "anthropic.claude-sonnet-5-5": "claude-sonnet-5-5",
        "apac.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
        "au.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
        "claude-3-5-haiku": "claude-3-5-haiku",
        "CLAUDE-3-5-HAIKU": "claude-3-5-haiku",
        "claude-3-5-haiku-20241022": "claude-3-5-haiku",
        "CLAUDE-3-5-HAIKU-20241022": "claude-3-5-haiku",
        "claude-3-5-haiku-20241022[1m]": "claude-3-5-haiku",
        "claude-3-5-haiku-latest": "claude-3-5-haiku",
        "CLAUDE-3-5-HAIKU-LATEST": "claude-3-5-haiku",
        "claude-3-5-haiku-latest[1m]": "claude-3-5-haiku",
        "claude-3-5-haiku[1m]": "claude-3-5-haiku",
        "claude-3-5-haiku@20241022": "claude-3-5-haiku",
        "claude-3-5-sonnet": "claude-3-5-sonnet",
        "CLAUDE-3-5-SONNET": "claude-3-5-sonnet",
        "claude-3-5-sonnet-20240620": "claude-3-5-sonnet",
        "CLAUDE-3-5-SONNET-20240620": "claude-3-5-sonnet",
        "claude-3-5-sonnet-20240620[1m]": "claude-3-5-sonnet",
        "claude-3-5-sonnet-20241022": "claude-3-5-sonnet",
        "CLAUDE-3-5-SONNET-20241022": "claude-3-5-sonnet",
        "claude-3-5-sonnet-20241022[1m]": "claude-3-5-sonnet",
        "claude-3-5-sonnet-latest": "claude-3-5-sonnet",
        "CLAUDE-3-5-SONNET-LATEST": "claude-3-5-sonnet",
        "claude-3-5-sonnet-latest[1m]": "claude-3-5-sonnet",
        "claude-3-5-sonnet-v2@20241022": "claude-3-5-sonnet",
        "claude-3-5-sonnet[1m]": "claude-3-5-sonnet",
        "claude-3-7-sonnet": "claude-3-7-sonnet",
        "CLAUDE-3-7-SONNET": "claude-3-7-sonnet",
        "claude-3-7-sonnet-20250219": "claude-3-7-sonnet",
        "CLAUDE-3-7-SONNET-20250219": "claude-3-7-sonnet",
        "claude-3-7-sonnet-20250219[1m]": "claude-3-7-sonnet",
        "claude-3-7-sonnet-latest": "claude-3-7-sonnet",
        "CLAUDE-3-7-SONNET-LATEST": "claude-3-7-sonnet",
        "claude-3-7-sonnet-latest[1m]": "claude-3-7-sonnet",
        "claude-3-7-sonnet[1m]": "claude-3-7-sonnet",
        "claude-3-7-sonnet@20250219": "claude-3-7-sonnet",
        "claude-fable-5": "claude-fable-5",
        "CLAUDE-FABLE-5": "claude-fable-5",
        "claude-fable-5-1": "claude-fable-5-1",
        "CLAUDE-FABLE-5-1": "claude-fable-5-1",
        "claude-fable-5-2": "claude-fable-5-2",
        "CLAUDE-FABLE-5-2": "claude-fable-5-2",
        "claude-fable-5.1": "claude-fable-5-1",
        "claude-fable-5.2": "claude-fable-5-2",
        "claude-haiku-4-5": "claude-haiku-4-5",
        "CLAUDE-HAIKU-4-5": "claude-haiku-4-5",
        "claude-haiku-4-5-20251001": "claude-haiku-4-5",
        "CLAUDE-HAIKU-4-5-20251001": "claude-haiku-4-5",
        "claude-haiku-4-5-20251001[1m]": "claude-haiku-4-5",
        "claude-haiku-4-5[1m]": "claude-haiku-4-5",
        "claude-haiku-4-5@20251001": "claude-haiku-4-5",
        "claude-haiku-4.5": "claude-haiku-4-5",
        "claude-haiku-5-5": "claude-haiku-5-5",
        "CLAUDE-HAIKU-5-5": "claude-haiku-5-5",
        "claude-haiku-5.5": "claude-haiku-5-5",
        "claude-mythos-5": "claude-mythos-5",
        "CLAUDE-MYTHOS-5": "claude-mythos-5",
        "claude-mythos-5-1": "claude-mythos-5-1",
        "CLAUDE-MYTHOS-5-1": "claude-mythos-5-1",
        "claude-mythos-5-2": "claude-mythos-5-2",
        "CLAUDE-MYTHOS-5-2": "claude-mythos-5-2",
        "claude-mythos-5.1": "claude-mythos-5-1",
        "claude-mythos-5.2": "claude-mythos-5-2",
        "claude-opus-4": "claude-opus-4-0",
        "CLAUDE-OPUS-4": "claude-opus-4-0",
        "claude-opus-4-1@20250805": "claude-opus-4-1",
        "claude-opus-4-5": "claude-opus-4-5",
        "CLAUDE-OPUS-4-5": "claude-opus-4-5",
        "claude-opus-4-5-20251101": "claude-opus-4-5",
        "CLAUDE-OPUS-4-5-20251101": "claude-opus-4-5",
        "claude-opus-4-5-20251101[1m]": "claude-opus-4-5",
        "claude-opus-4-5[1m]": "claude-opus-4-5",
        "claude-opus-4-5@20251101": "claude-opus-4-5",
        "claude-opus-4-6": "claude-opus-4-6",
        "CLAUDE-OPUS-4-6": "claude-opus-4-6",
        "claude-opus-4-6[1m]": "claude-opus-4-6",
        "claude-opus-4-7": "claude-opus-4-7",
        "CLAUDE-OPUS-4-7": "claude-opus-4-7",
        "claude-opus-4-8": "claude-opus-4-8",
        "CLAUDE-OPUS-4-8": "claude-opus-4-8",
        "claude-opus-4.0": "claude-opus-4-0",
        "claude-opus-4.1": "claude-opus-4-1",
        "claude-opus-4.5": "claude-opus-4-5",
        "claude-opus-4.6": "claude-opus-4-6",
        "claude-opus-4.7": "claude-opus-4-7",
        "claude-opus-4.8": "claude-opus-4-8",
        "claude-opus-4[1m]": "claude-opus-4-0",
        "claude-opus-4@20250514": "claude-opus-4-0",
        "claude-opus-5": "claude-opus-5",
        "CLAUDE-OPUS-5": "claude-opus-5",
        "claude-opus-5-5": "claude-opus-5-5",
        "CLAUDE-OPUS-5-5": "claude-opus-5-5",
        "claude-opus-5.5": "claude-opus-5-5",
        "claude-sonnet-4": "claude-sonnet-4-0",
        "CLAUDE-SONNET-4": "claude-sonnet-4-0",
        "claude-sonnet-4-0": "claude-sonnet-4-0",
        "CLAUDE-SONNET-4-0": "claude-sonnet-4-0",
        "claude-sonnet-4-0[1m]": "claude-sonnet-4-0",
        "claude-sonnet-4-20250514": "claude-sonnet-4-0",
        "CLAUDE-SONNET-4-20250514": "claude-sonnet-4-0",
        "claude-sonnet-4-20250514[1m]": "claude-sonnet-4-0",
        "claude-sonnet-4-5": "claude-sonnet-4-5",
        "CLAUDE-SONNET-4-5": "claude-sonnet-4-5",
        "claude-sonnet-4-5-20250929": "claude-sonnet-4-5",
        "CLAUDE-SONNET-4-5-20250929": "claude-sonnet-4-5",
        "claude-sonnet-4-5-20250929[1m]": "claude-sonnet-4-5",
        "claude-sonnet-4-5[1m]": "claude-sonnet-4-5",
        "claude-sonnet-4-5@20250929": "claude-sonnet-4-5",
        "claude-sonnet-4-6": "claude-sonnet-4-6",
        "CLAUDE-SONNET-4-6": "claude-sonnet-4-6",
        "claude-sonnet-4-6[1m]": "claude-sonnet-4-6",
        "claude-sonnet-4.0": "claude-sonnet-4-0",
        "claude-sonnet-4.5": "claude-sonnet-4-5",
        "claude-sonnet-4.6": "claude-sonnet-4-6",
        "claude-sonnet-4[1m]": "claude-sonnet-4-0",
        "claude-sonnet-4@20250514": "claude-sonnet-4-0",
        "claude-sonnet-5": "claude-sonnet-5",
        "CLAUDE-SONNET-5": "claude-sonnet-5",
        "claude-sonnet-5-5": "claude-sonnet-5-5",
        "CLAUDE-SONNET-5-5": "claude-sonnet-5-5",
        "claude-sonnet-5.5": "claude-sonnet-5-5",
        "eu.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
        "global.anthropic.claude-3-5-haiku": "claude-3-5-haiku",
        "global.anthropic.claude-3-5-haiku-20241022": "claude-3-5-haiku",
        "global.anthropic.claude-3-5-haiku-latest": "claude-3-5-haiku",
        "global.anthropic.claude-3-5-sonnet": "claude-3-5-sonnet",
        "global.anthropic.claude-3-5-sonnet-20240620": "claude-3-5-sonnet",
        "global.anthropic.claude-3-5-sonnet-20241022": "claude-3-5-sonnet",
        "global.anthropic.claude-3-5-sonnet-latest": "claude-3-5-sonnet",
        "global.anthropic.claude-3-7-sonnet": "claude-3-7-sonnet",
        "global.anthropic.claude-3-7-sonnet-20250219": "claude-3-7-sonnet",
        "global.anthropic.claude-3-7-sonnet-latest": "claude-3-7-sonnet",
        "global.anthropic.claude-fable-5": "claude-fable-5",
        "global.anthropic.claude-fable-5-1": "claude-fable-5-1",
        "global.anthropic.claude-fable-5-2": "claude-fable-5-2",
        "global.anthropic.claude-haiku-4-5": "claude-haiku-4-5",
        "global.anthropic.claude-haiku-4-5-20251001": "claude-haiku-4-5",
        "global.anthropic.claude-haiku-5-5": "claude-haiku-5-5",
        "global.anthropic.claude-mythos-5": "claude-mythos-5",
        "global.anthropic.claude-mythos-5-1": "claude-mythos-5-1",
        "global.anthropic.claude-mythos-5-2": "claude-mythos-5-2",
        "global.anthropic.claude-opus-4": "claude-opus-4-0",
        "global.anthropic.claude-opus-4-0": "claude-opus-4-0",
        "global.anthropic.claude-opus-4-1": "claude-opus-4-1",
        "global.anthropic.claude-opus-4-1-20250805": "claude-opus-4-1",
        "global.anthropic.claude-opus-4-20250514": "claude-opus-4-0",
        "global.anthropic.claude-opus-4-5": "claude-opus-4-5",
        "global.anthropic.claude-opus-4-5-20251101": "claude-opus-4-5",
        "global.anthropic.claude-opus-4-6": "claude-opus-4-6",
        "global.anthropic.claude-opus-4-7": "claude-opus-4-7",
        "global.anthropic.claude-opus-4-8": "claude-opus-4-8",
        "global.anthropic.claude-opus-5": "claude-opus-5",
        "global.anthropic.claude-opus-5-5": "claude-opus-5-5",
        "global.anthropic.claude-sonnet-4": "claude-sonnet-4-0",
        "global.anthropic.claude-sonnet-4-0": "claude-sonnet-4-0",
        "global.anthropic.claude-sonnet-4-20250514": "claude-sonnet-4-0",
        "global.anthropic.claude-sonnet-4-5": "claude-sonnet-4-5",
        "global.anthropic.claude-sonnet-4-5-20250929": "claude-sonnet-4-5",
        "global.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
        "global.anthropic.claude-sonnet-4-6": "claude-sonnet-4-6",
        "global.anthropic.claude-sonnet-5": "claude-sonnet-5",
        "global.anthropic.claude-sonnet-5-5": "claude-sonnet-5-5",
        "jp.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
        "us.anthropic.claude-3-5-haiku-20241022-v1:0": "claude-3-5-haiku",
        "us.anthropic.claude-3-5-sonnet-20241022-v2:0": "claude-3-5-sonnet",
        "us.anthropic.claude-3-7-sonnet-20250219-v1:0": "claude-3-7-sonnet",
        "us.anthropic.claude-fable-5": "claude-fable-5",
        "us.anthropic.claude-fable-5-1": "claude-fable-5-1",
        "us.anthropic.claude-fable-5-2": "claude-fable-5-2",
        "us.anthropic.claude-haiku-4-5-20251001-v1:0": "claude-haiku-4-5",
        "us.anthropic.claude-haiku-5-5": "claude-haiku-5-5",
        "us.anthropic.claude-mythos-5": "claude-mythos-5",
        "us.anthropic.claude-opus-4-1-20250805-v1:0": "claude-opus-4-1",
        "us.anthropic.claude-opus-4-20250514-v1:0": "claude-opus-4-0",
        "us.anthropic.claude-opus-4-5-20251101-v1:0": "claude-opus-4-5",
        "us.anthropic.claude-opus-4-6-v1": "claude-opus-4-6",
        "us.anthropic.claude-opus-4-7": "claude-opus-4-7",
        "us.anthropic.claude-opus-4-8": "claude-opus-4-8",
        "us.anthropic.claude-opus-5": "claude-opus-5",
        "us.anthropic.claude-opus-5-5": "claude-opus-5-5",
        "us.anthropic.claude-sonnet-4-20250514-v1:0": "claude-sonnet-4-0",
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
        "us.anthropic.claude-sonnet-4-6": "claude-sonnet-4-6",
        "us.anthropic.claude-sonnet-5": "claude-sonnet-5",
        "us.anthropic.claude-sonnet-5-5": "claude-sonnet-5-5"
      },
      unpricedModelIds: {
        "anthropic.claude-3-haiku": "claude-3-haiku",
        "anthropic.claude-3-haiku-20240307": "claude-3-haiku",
        "anthropic.claude-3-opus": "claude-3-opus",
        "anthropic.claude-3-opus-20240229": "claude-3-opus",
        "anthropic.claude-3-opus-latest": "claude-3-opus",
        "anthropic.claude-3-sonnet": "claude-3-sonnet",
        "anthropic.claude-3-sonnet-20240229": "claude-3-sonnet",
        "anthropic.claude-haiku-3-5": "claude-haiku-3-5",
        "anthropic.claude-mythos-preview": "anthropic.claude-mythos-preview",
        "anthropic.claude-sonnet-3-7": "claude-sonnet-3-7",
        "claude-2.1": "claude-2-1",
        "claude-3-haiku": "claude-3-haiku",
        "CLAUDE-3-HAIKU": "claude-3-haiku",
        "claude-3-haiku-20240307": "claude-3-haiku",
        "CLAUDE-3-HAIKU-20240307": "claude-3-haiku",
        "claude-3-haiku-20240307[1m]": "claude-3-haiku",
        "claude-3-haiku[1m]": "claude-3-haiku",
        "claude-3-opus": "claude-3-opus",
        "CLAUDE-3-OPUS": "claude-3-opus",
        "claude-3-opus-20240229": "claude-3-opus",
        "CLAUDE-3-OPUS-20240229": "claude-3-opus",
        "claude-3-opus-20240229[1m]": "claude-3-opus",
        "claude-3-opus-latest": "claude-3-opus",
        "CLAUDE-3-OPUS-LATEST": "claude-3-opus",
        "claude-3-opus-latest[1m]": "claude-3-opus",
        "claude-3-opus[1m]": "claude-3-opus",
        "claude-3-sonnet": "claude-3-sonnet",
        "CLAUDE-3-SONNET": "claude-3-sonnet",
        "claude-3-sonnet-20240229": "claude-3-sonnet",
        "CLAUDE-3-SONNET-20240229": "claude-3-sonnet",
        "claude-3-sonnet-20240229[1m]": "claude-3-sonnet",
        "claude-3-sonnet[1m]": "claude-3-sonnet",
        "claude-foo-9": "claude-foo-9",
        "claude-haiku-3-5": "claude-haiku-3-5",
        "CLAUDE-HAIKU-3-5": "claude-haiku-3-5",
        "claude-haiku-3-5[1m]": "claude-haiku-3-5",
        "claude-haiku-3.5": "claude-haiku-3-5",
        "claude-instant-1.2": "claude-instant-1-2",
        "claude-mythos-preview": "claude-mythos-preview",
        "CLAUDE-MYTHOS-PREVIEW": "claude-mythos-preview",
        "claude-sonnet-3-7": "claude-sonnet-3-7",
        "CLAUDE-SONNET-3-7": "claude-sonnet-3-7",
        "claude-sonnet-3-7[1m]": "claude-sonnet-3-7",
        "claude-sonnet-3.7": "claude-sonnet-3-7",
        "global.anthropic.claude-3-haiku": "claude-3-haiku",
        "global.anthropic.claude-3-haiku-20240307": "claude-3-haiku",
        "global.anthropic.claude-3-opus": "claude-3-opus",
        "global.anthropic.claude-3-opus-20240229": "claude-3-opus",
        "global.anthropic.claude-3-opus-latest": "claude-3-opus",
        "global.anthropic.claude-3-sonnet": "claude-3-sonnet",
        "global.anthropic.claude-3-sonnet-20240229": "claude-3-sonnet",
        "global.anthropic.claude-haiku-3-5": "claude-haiku-3-5",
        "global.anthropic.claude-mythos-preview": "global.anthropic.claude-mythos-preview",
        "global.anthropic.claude-sonnet-3-7": "claude-sonnet-3-7",
        "gpt-4o": "gpt-4o",
        mythos: "mythos"
      },
      selectionRemaps: {
        best: "claude-opus-5-5",
        "claude-fable-5-1[1m]": "claude-fable-5-1",
        "claude-fable-5-2[1m]": "claude-fable-5-2",
        "claude-fable-5[1m]": "claude-fable-5",
        "claude-haiku-5-5[1m]": "claude-haiku-5-5",
        "claude-mythos-5-1[1m]": "claude-mythos-5-1",
        "claude-mythos-5-2[1m]": "claude-mythos-5-2",
        "claude-mythos-5[1m]": "claude-mythos-5",
        "claude-mythos-preview[1m]": "claude-mythos-preview",
        "claude-opus-4-0": "claude-opus-5-5",
        "CLAUDE-OPUS-4-0": "claude-opus-5-5",
        "claude-opus-4-0[1m]": "claude-opus-5-5",
        "claude-opus-4-1": "claude-opus-5-5",
        "CLAUDE-OPUS-4-1": "claude-opus-5-5",
        "claude-opus-4-1-20250805": "claude-opus-5-5",
        "CLAUDE-OPUS-4-1-20250805": "claude-opus-5-5",
        "claude-opus-4-1-20250805[1m]": "claude-opus-5-5",
        "claude-opus-4-1[1m]": "claude-opus-5-5",
        "claude-opus-4-20250514": "claude-opus-5-5",
        "CLAUDE-OPUS-4-20250514": "claude-opus-5-5",
        "claude-opus-4-20250514[1m]": "claude-opus-5-5",
        "claude-opus-4-7[1m]": "claude-opus-4-7",
        "claude-opus-4-8[1m]": "claude-opus-4-8",
        "claude-opus-5-5[1m]": "claude-opus-5-5",
        "claude-opus-5[1m]": "claude-opus-5",
        "claude-sonnet-5-5[1m]": "claude-sonnet-5-5",
        "claude-sonnet-5[1m]": "claude-sonnet-5",
        default: "claude-opus-5-5",
        fable: "claude-fable-5-2",
        haiku: "claude-haiku-5-5",
        opus: "claude-opus-5-5",
        opusplan: "claude-sonnet-5-5",
        sonnet: "claude-sonnet-5-5"
      }
    });
  }
});

// packages/pricing/src/canonical-model-id.ts
function normalize(model) {
  return model.trim().toLowerCase().replace(/\[[12]m\]$/, "").replace(/(claude-(?:[a-z]+-)?\d{1,2})\.(?=\d)/g, "$1-");
}
function parse(id) {
  let rest = id;
  const slash = rest.lastIndexOf("/");
  if (slash !== -1) rest = rest.slice(slash + 1);
  const bedrock = /^(?:([a-z-]+)\.)?anthropic\.(claude-.*)$/.exec(rest);
  if (bedrock) {
    if (bedrock[1] !== void 0 && !REGION_PREFIXES.includes(bedrock[1])) return void 0;
    rest = bedrock[2] ?? "";
  }
  let parsed;
  const modern = /^claude-([a-z]+)-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?/.exec(rest);
  if (modern) {
    parsed = {
      family: modern[1] ?? "",
      major: Number(modern[2]),
      minor: modern[3] === void 0 ? void 0 : Number(modern[3]),
      legacy: false,
      base: modern[0]
    };
  } else {
    const legacy = /^claude-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?-([a-z]+)/.exec(rest);
    if (legacy) {
      parsed = {
        family: legacy[3] ?? "",
        major: Number(legacy[1]),
        minor: legacy[2] === void 0 ? void 0 : Number(legacy[2]),
        legacy: true,
        base: legacy[0]
      };
    }
  }
  if (!parsed) return void 0;
  const trailer = rest.slice(parsed.base.length);
  if (trailer !== "" && !/^[-@]/.test(trailer)) return void 0;
  return { ...parsed, trailer };
}
function contains(id, name) {
  for (let at = id.indexOf(name); at !== -1; at = id.indexOf(name, at + 1)) {
    if (!/^\d/.test(id.slice(at + name.length))) return true;
  }
  return false;
}
function containedName(id) {
  for (const { name, parsed } of BY_SPECIFICITY) {
    if (parsed.minor === 0 && !parsed.legacy) {
      const short2 = `claude-${parsed.family}-${parsed.major}`;
      if (new RegExp(`${short2}(?!-\\d(?!\\d))(?!\\d)`).test(id)) return name;
    } else if (contains(id, name)) return name;
  }
  return void 0;
}
function canonicalModelIdByRules(model) {
  const id = normalize(model);
  const parsed = parse(id);
  if (parsed && ALLOWED_TRAILER.test(parsed.trailer)) {
    const known = KNOWN.find((k) => sameVersion(k.parsed, parsed));
    return known ? known.name : parsed.base.replace(/-\d{8}$/, "");
  }
  return containedName(id) ?? id.replace(/-\d{8}$/, "");
}
function canonicalModelId(model) {
  if (typeof model !== "string" || model.trim() === "") return void 0;
  const priced = PRICE_TABLE.modelIds[model] ?? pricedIds.get(normalize(model));
  if (priced !== void 0) return priced;
  const byRules = canonicalModelIdByRules(model);
  if (Object.hasOwn(PRICE_TABLE.models, byRules)) return byRules;
  const alias = PRICE_TABLE.selectionRemaps[model] ?? PRICE_TABLE.selectionRemaps[normalize(model)];
  if (alias !== void 0) return PRICE_TABLE.modelIds[alias] ?? canonicalModelIdByRules(alias);
  const unpriced = PRICE_TABLE.unpricedModelIds[model] ?? byRules;
  return unpriced.includes("claude-") ? unpriced : void 0;
}
var REGION_PREFIXES, ALLOWED_TRAILER, sameVersion, KNOWN, BY_SPECIFICITY, pricedIds;
var init_canonical_model_id = __esm({
  "packages/pricing/src/canonical-model-id.ts"() {
    "use strict";
    init_price_table();
    REGION_PREFIXES = ["us", "eu", "apac", "jp", "au", "us-gov", "global"];
    ALLOWED_TRAILER = /^(?:-fast|-latest)?(?:-v\d{1,3}@\d{8}|[-@]\d{8})?(?:-v\d{1,3}(?::\d{1,3})?)?$/;
    sameVersion = (a, b) => a.family === b.family && a.legacy === b.legacy && a.major === b.major && (a.minor ?? 0) === (b.minor ?? 0);
    KNOWN = [
      .../* @__PURE__ */ new Set([...Object.keys(PRICE_TABLE.models), ...Object.values(PRICE_TABLE.unpricedModelIds)])
    ].map((name) => ({ name, parsed: parse(name) })).filter((k) => k.parsed !== void 0 && k.parsed.trailer === "");
    BY_SPECIFICITY = [...KNOWN].sort((a, b) => b.name.length - a.name.length);
    pricedIds = new Map(
      Object.entries(PRICE_TABLE.modelIds).map(([id, canonical]) => [normalize(id), canonical])
    );
  }
});

// packages/pricing/src/price-response.ts
function priceResponse(pricer, model, usage, recordedCostUsd) {
  let table;
  try {
    table = pricer(model, usage);
  } catch {
    table = void 0;
  }
  if (table?.known && table.costUsd !== void 0 && Number.isFinite(table.costUsd)) {
    return {
      costUsd: table.costUsd,
      source: "table",
      rule: table.rule,
      canonicalModel: table.canonicalModel
    };
  }
  if (recordedCostUsd !== void 0 && Number.isFinite(recordedCostUsd)) {
    return {
      costUsd: recordedCostUsd,
      source: "recorded",
      rule: "recorded-costUSD",
      canonicalModel: table?.canonicalModel
    };
  }
  return { costUsd: void 0, source: "unknown", rule: table?.rule, canonicalModel: table?.canonicalModel };
}
var init_price_response = __esm({
  "packages/pricing/src/price-response.ts"() {
    "use strict";
  }
});

// packages/pricing/src/price-usage.ts
function splitWrites(u) {
  const total = count(u.cache_creation_input_tokens);
  const oneHour = Math.min(count(u.cache_creation?.ephemeral_1h_input_tokens), total);
  const fiveMinute = Math.min(count(u.cache_creation?.ephemeral_5m_input_tokens), total - oneHour);
  return { fiveMinute, oneHour };
}
function toPiece(u, oneHour = splitWrites(u).oneHour) {
  return {
    input: count(u.input_tokens),
    output: count(u.output_tokens),
    cacheRead: count(u.cache_read_input_tokens),
    cacheWrite: count(u.cache_creation_input_tokens),
    oneHour
  };
}
function piecesOf(usage, tiered) {
  const iterations = tiered && Array.isArray(usage.iterations) ? usage.iterations : [];
  const messages = iterations.filter(
    (it) => typeof it === "object" && it !== null && it.type === "message"
  );
  const addsUp = messages.length > 0 && ITERATION_FIELDS.every(
    (f) => messages.every((m) => isCount(m[f])) && messages.reduce((sum2, m) => sum2 + (m[f] ?? 0), 0) === (usage[f] ?? 0)
  );
  if (!addsUp) return [toPiece(usage)];
  let unassigned = Math.max(
    0,
    splitWrites(usage).oneHour - messages.reduce((sum2, m) => sum2 + splitWrites(m).oneHour, 0)
  );
  return messages.map((m) => {
    const { fiveMinute, oneHour } = splitWrites(m);
    const extra = Math.min(unassigned, count(m.cache_creation_input_tokens) - fiveMinute - oneHour);
    unassigned -= extra;
    return toPiece(m, oneHour + extra);
  });
}
function countedInput(piece, long) {
  let total = 0;
  for (const kind of long.countedTokens) {
    if (kind === "input") total += piece.input;
    else if (kind === "cacheRead") total += piece.cacheRead;
    else if (kind === "cacheWrite") total += piece.cacheWrite;
    else if (kind === "output") total += piece.output;
  }
  return total;
}
function findOverride(overrides, model, canonical) {
  if (!overrides || typeof overrides !== "object")
    return { own: void 0, ownKey: void 0, star: void 0 };
  const star = overrides["*"];
  const wanted2 = model.toLowerCase().replace(/\[[12]m\]$/, "");
  let byCanonical;
  for (const [key, entry] of Object.entries(overrides)) {
    if (key === "*" || !entry || typeof entry !== "object") continue;
    if (key.toLowerCase().replace(/\[[12]m\]$/, "") === wanted2) return { own: entry, ownKey: key, star };
    if (!byCanonical && canonical !== void 0 && canonicalModelId(key) === canonical)
      byCanonical = [key, entry];
  }
  return { own: byCanonical?.[1], ownKey: byCanonical?.[0], star };
}
function describeSet(set) {
  let text3 = described.get(set);
  if (text3 === void 0) {
    text3 = `input ${money(set.input)}, output ${money(set.output)}, 5m write ${money(set.cacheWrite5m)}, 1h write ${money(set.cacheWrite1h)}, cache read ${money(set.cacheRead)} per Mtok`;
    described.set(set, text3);
  }
  return text3;
}
function unknownResult(model, canonical, reason) {
  return {
    costUsd: void 0,
    known: false,
    canonicalModel: canonical,
    rule: `no price: ${reason}`,
    breakdown: {
      input: void 0,
      output: void 0,
      cacheWrite5m: void 0,
      cacheWrite1h: void 0,
      cacheRead: void 0,
      webSearch: void 0
    },
    reason: reason || `no price for ${JSON.stringify(model)}`
  };
}
function priceUsage(model, usage, options = {}) {
  try {
    return price(model, usage, options);
  } catch (error) {
    return unknownResult(String(model), void 0, `pricing failed: ${String(error)}`);
  }
}
function price(model, usage, options) {
  if (typeof model !== "string")
    return unknownResult(String(model), void 0, "the model id is not a string");
  const canonical = canonicalModelId(model);
  if (typeof usage !== "object" || usage === null || Array.isArray(usage))
    return unknownResult(model, canonical, "usage is not an object");
  const { own, ownKey, star } = findOverride(options.overrides, model, canonical);
  const categoryOverride = own ?? star;
  const entry = canonical !== void 0 && Object.hasOwn(PRICE_TABLE.models, canonical) ? PRICE_TABLE.models[canonical] : void 0;
  const fullOverride = explicitPrice(own, "input") !== void 0 && explicitPrice(own, "output") !== void 0 && explicitPrice(own, "cacheRead") !== void 0 && explicitPrice(own, "cacheWrite5m") !== void 0;
  if (!entry && !fullOverride) {
    return unknownResult(
      model,
      canonical,
      `Claude Code ${PRICE_TABLE.claudeCodeVersion} has no price for ${JSON.stringify(model)}${canonical && canonical !== model ? ` (${canonical})` : ""}; it reports costBasis "unknown" (add a price override to price it)`
    );
  }
  const speed = usage.speed;
  const fastRequested = typeof speed === "string" && speed !== "" && speed !== "standard";
  const fastSet = fastRequested ? entry?.fast : void 0;
  const baseSet = fastSet ?? entry?.standard;
  const long = fastSet ? void 0 : entry?.longContext;
  const geoValue = typeof usage.inference_geo === "string" ? usage.inference_geo : void 0;
  const geo = geoValue !== void 0 ? entry?.geoMultipliers[geoValue] ?? 1 : 1;
  const webSearchList = entry?.webSearchPerRequest ?? defaultWebSearchPrice();
  const fixed = {};
  for (const c of [...TOKEN_CATEGORIES, "webSearch"]) {
    const p = explicitPrice(categoryOverride, c);
    if (p !== void 0) fixed[c] = p;
  }
  if (!entry && fixed.cacheWrite1h === void 0) fixed.cacheWrite1h = fixed.cacheWrite5m;
  const catMult = (c) => multiplierOf(categoryOverride?.multipliers?.[c]);
  const listPrice = (set, c) => (set ? set[c] : 0) * catMult(c);
  const pieces = piecesOf(usage, long !== void 0);
  const parts = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  const flat = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  let tokens = 0;
  let longPieces = 0;
  for (const piece of pieces) {
    const set = long && countedInput(piece, long) > long.aboveInputTokens ? long : baseSet;
    if (long && set === long) longPieces++;
    const amounts = {
      input: piece.input,
      output: piece.output,
      cacheRead: piece.cacheRead,
      cacheWrite1h: piece.oneHour,
      cacheWrite5m: piece.cacheWrite - piece.oneHour
    };
    const cost = (c) => {
      const f = fixed[c];
      if (f !== void 0) {
        const v2 = amounts[c] / M * f;
        flat[c] += v2;
        return 0;
      }
      const v = amounts[c] / M * listPrice(set, c);
      parts[c] += v;
      return v;
    };
    const oneHourCost = cost("cacheWrite1h");
    const fiveMinuteCost = cost("cacheWrite5m");
    const writes = piece.oneHour > 0 ? oneHourCost + fiveMinuteCost : fiveMinuteCost;
    tokens += cost("input") + cost("output") + cost("cacheRead") + writes;
  }
  const flatTokens = flat.input + flat.output + flat.cacheRead + flat.cacheWrite5m + flat.cacheWrite1h;
  const searches = count(usage.server_tool_use?.web_search_requests);
  const webSearchFixed = fixed.webSearch;
  const geoOnSearch = PRICE_TABLE.rules.geoAppliesToWebSearch === true ? geo : 1;
  const webSearch = webSearchFixed !== void 0 ? searches * webSearchFixed : searches * webSearchList * catMult("webSearch") * geoOnSearch;
  const multiplier = multiplierOf(own?.multiplier) * multiplierOf(star?.multiplier);
  let costUsd = tokens * geo + flatTokens + webSearch;
  if (multiplier !== 1) costUsd *= multiplier;
  const scale = (v, c) => (v * geo + flat[c]) * multiplier;
  const rule = [];
  const name = canonical ?? model;
  if (entry && baseSet) {
    rule.push(`${name} ${fastSet ? "fast-mode" : "list"} prices: ${describeSet(baseSet)}`);
    if (fastRequested && !fastSet) rule.push(`speed "${speed}" costs the standard prices for this model`);
    if (long) {
      const what = long.countedTokens.join(" + ");
      rule.push(
        longPieces > 0 ? `long context (${what} > ${long.aboveInputTokens} tokens): every token at ${describeSet(long)}` : `under the long-context threshold (${what} <= ${long.aboveInputTokens} tokens)`
      );
      if (pieces.length > 1) rule.push(`${pieces.length} iterations priced one by one (${longPieces} above)`);
    }
  } else {
    rule.push(`${name} priced only by override ${JSON.stringify(ownKey)}`);
  }
  if (geo !== 1) rule.push(`inference_geo "${geoValue}" \xD7${geo} on tokens`);
  if (searches > 0)
    rule.push(
      `${searches} web search${searches === 1 ? "" : "es"} \xD7 ${money(webSearchFixed ?? webSearchList)}`
    );
  const fixedNames = Object.keys(fixed);
  if (fixedNames.length > 0 || categoryOverride?.multipliers || multiplier !== 1) {
    const from = own ? `override ${JSON.stringify(ownKey)}` : 'override "*"';
    const bits = [];
    if (fixedNames.length > 0)
      bits.push(`fixed ${fixedNames.map((c) => `${c} ${money(fixed[c] ?? 0)}`).join(", ")}`);
    if (categoryOverride?.multipliers)
      bits.push(`category multipliers ${JSON.stringify(categoryOverride.multipliers)}`);
    if (multiplier !== 1) bits.push(`\xD7${multiplier} overall`);
    rule.push(`${from}: ${bits.join("; ")}`);
  }
  return {
    costUsd,
    known: true,
    canonicalModel: canonical,
    rule: rule.join("; "),
    breakdown: {
      input: scale(parts.input, "input"),
      output: scale(parts.output, "output"),
      cacheWrite5m: scale(parts.cacheWrite5m, "cacheWrite5m"),
      cacheWrite1h: scale(parts.cacheWrite1h, "cacheWrite1h"),
      cacheRead: scale(parts.cacheRead, "cacheRead"),
      webSearch: webSearch * multiplier
    }
  };
}
function defaultWebSearchPrice() {
  return PRICE_TABLE.models[PRICE_TABLE.rules.referenceModel]?.webSearchPerRequest ?? 0;
}
var M, TOKEN_CATEGORIES, ITERATION_FIELDS, count, isCount, explicitPrice, multiplierOf, money, described;
var init_price_usage = __esm({
  "packages/pricing/src/price-usage.ts"() {
    "use strict";
    init_canonical_model_id();
    init_price_table();
    M = 1e6;
    TOKEN_CATEGORIES = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"];
    ITERATION_FIELDS = [
      "input_tokens",
      "output_tokens",
      "cache_read_input_tokens",
      "cache_creation_input_tokens"
    ];
    count = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
    isCount = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
    explicitPrice = (o, c) => {
      const v = o?.[c];
      return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
    };
    multiplierOf = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 1;
    money = (n) => `$${Number(n.toPrecision(12))}`;
    described = /* @__PURE__ */ new WeakMap();
  }
});

// packages/pricing/src/pricing-version.ts
function fnv1a(text3) {
  let hash = 2166136261;
  for (let i = 0; i < text3.length; i++) {
    hash ^= text3.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
var PRICING_VERSION;
var init_pricing_version = __esm({
  "packages/pricing/src/pricing-version.ts"() {
    "use strict";
    init_price_table();
    PRICING_VERSION = `pricing@${true ? "0.1.0" : "0.0.0-dev"}+cc${PRICE_TABLE.claudeCodeVersion}+${fnv1a(JSON.stringify(PRICE_TABLE))}`;
  }
});

// packages/pricing/src/sum-costs.ts
function sumCosts(costs) {
  let total = 0;
  for (const cost of costs) if (Number.isFinite(cost)) total += cost;
  return total;
}
var init_sum_costs = __esm({
  "packages/pricing/src/sum-costs.ts"() {
    "use strict";
  }
});

// packages/pricing/src/index.ts
var init_src = __esm({
  "packages/pricing/src/index.ts"() {
    "use strict";
    init_price_response();
    init_price_usage();
    init_pricing_version();
    init_sum_costs();
  }
});

// packages/cli/src/cli-pricing.ts
function cliPricing() {
  return { pricer: (model, usage) => priceUsage(model, usage), key: PRICING_VERSION };
}
var init_cli_pricing = __esm({
  "packages/cli/src/cli-pricing.ts"() {
    "use strict";
    init_src();
  }
});

// packages/spec/src/sha256.ts
function sha256(data) {
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const total = Math.ceil((data.length + 9) / 64) * 64;
  const block = new Uint8Array(total);
  block.set(data);
  block[data.length] = 128;
  const view = new DataView(block.buffer);
  const bits = data.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 4294967296));
  view.setUint32(total - 4, bits >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = rotr(a2, 7) ^ rotr(a2, 18) ^ a2 >>> 3;
      const s1 = rotr(b2, 17) ^ rotr(b2, 19) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = e & f ^ ~e & g;
      const t1 = hh + S1 + ch + K[i] + w[i] | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj | 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    h[0] = h[0] + a | 0;
    h[1] = h[1] + b | 0;
    h[2] = h[2] + c | 0;
    h[3] = h[3] + d | 0;
    h[4] = h[4] + e | 0;
    h[5] = h[5] + f | 0;
    h[6] = h[6] + g | 0;
    h[7] = h[7] + hh | 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}
function hmacSha256(key, data) {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + data.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = k[i] ^ 54;
    outer[i] = k[i] ^ 92;
  }
  inner.set(data, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}
function toHex(bytes) {
  let out = "";
  for (const b of bytes) out += HEX[b >> 4] + HEX[b & 15];
  return out;
}
function timingSafeEqualText(a, b) {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
var K, rotr, HEX;
var init_sha256 = __esm({
  "packages/spec/src/sha256.ts"() {
    "use strict";
    K = new Uint32Array([
      1116352408,
      1899447441,
      3049323471,
      3921009573,
      961987163,
      1508970993,
      2453635748,
      2870763221,
      3624381080,
      310598401,
      607225278,
      1426881987,
      1925078388,
      2162078206,
      2614888103,
      3248222580,
      3835390401,
      4022224774,
      264347078,
      604807628,
      770255983,
      1249150122,
      1555081692,
      1996064986,
      2554220882,
      2821834349,
      2952996808,
      3210313671,
      3336571891,
      3584528711,
      113926993,
      338241895,
      666307205,
      773529912,
      1294757372,
      1396182291,
      1695183700,
      1986661051,
      2177026350,
      2456956037,
      2730485921,
      2820302411,
      3259730800,
      3345764771,
      3516065817,
      3600352804,
      4094571909,
      275423344,
      430227734,
      506948616,
      659060556,
      883997877,
      958139571,
      1322822218,
      1537002063,
      1747873779,
      1955562222,
      2024104815,
      2227730452,
      2361852424,
      2428436474,
      2756734187,
      3204031479,
      3329325298
    ]);
    rotr = (x, n) => x >>> n | x << 32 - n;
    HEX = "0123456789abcdef";
  }
});

// packages/spec/src/agent-channel.ts
function utf8(text3) {
  return encoder.encode(text3);
}
function bodyDigest(body) {
  return toHex(sha256(typeof body === "string" ? utf8(body) : body));
}
function requestSigningText(method, path, ts, nonce, bodySha256Hex) {
  return `GB1
${method}
${path}
${ts}
${nonce}
${bodySha256Hex}`;
}
function replySigningText(nonce, status, bodySha256Hex) {
  return `GB1-reply
${nonce}
${status}
${bodySha256Hex}`;
}
function parseAgentKey(text3) {
  const hex = text3.endsWith("\n") ? text3.slice(0, -1) : text3;
  if (!/^[0-9a-f]{64}$/.test(hex)) return void 0;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function parseAgentEndpoint(text3) {
  const fields = {};
  for (const line of text3.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) fields[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  const int2 = (v) => v !== void 0 && /^\d{1,15}$/.test(v) ? Number(v) : void 0;
  const port = int2(fields.port);
  if (port === void 0 || port < 1 || port > 65535) return void 0;
  const pid = int2(fields.pid);
  const startedMs = int2(fields.started);
  return {
    port,
    ...pid !== void 0 ? { pid } : {},
    ...startedMs !== void 0 ? { startedMs } : {},
    ...fields.plugin ? { plugin: fields.plugin } : {}
  };
}
function signAgentRequest(options) {
  const nonceBytes = new Uint8Array(16);
  options.random(nonceBytes);
  const nonce = toHex(nonceBytes);
  const ts = String(Math.floor(options.nowMs));
  const text3 = requestSigningText(options.method, options.path, ts, nonce, bodyDigest(options.body ?? ""));
  return {
    nonce,
    headers: {
      [CHANNEL_HEADER_TS]: ts,
      [CHANNEL_HEADER_NONCE]: nonce,
      [CHANNEL_HEADER_SIG]: toHex(hmacSha256(options.key, utf8(text3)))
    }
  };
}
function verifyAgentReply(key, nonce, status, body, signature) {
  if (typeof signature !== "string" || signature.length !== 64) return false;
  const want = toHex(hmacSha256(key, utf8(replySigningText(nonce, status, bodyDigest(body)))));
  return timingSafeEqualText(want, signature);
}
var CHANNEL_HEADER_TS, CHANNEL_HEADER_NONCE, CHANNEL_HEADER_SIG, AGENT_KEY_FILE, AGENT_ENDPOINT_FILE, encoder;
var init_agent_channel = __esm({
  "packages/spec/src/agent-channel.ts"() {
    "use strict";
    init_sha256();
    CHANNEL_HEADER_TS = "x-glassbox-ts";
    CHANNEL_HEADER_NONCE = "x-glassbox-nonce";
    CHANNEL_HEADER_SIG = "x-glassbox-sig";
    AGENT_KEY_FILE = "agent.key";
    AGENT_ENDPOINT_FILE = "agent.endpoint";
    encoder = new TextEncoder();
  }
});

// packages/spec/src/glassbox-error.ts
var GlassboxError;
var init_glassbox_error = __esm({
  "packages/spec/src/glassbox-error.ts"() {
    "use strict";
    GlassboxError = class _GlassboxError extends Error {
      name = "GlassboxError";
      code;
      retryable;
      data;
      constructor(code, message, options = {}) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
        this.code = code;
        this.retryable = options.retryable ?? false;
        this.data = options.data;
      }
      /** True for any GlassboxError, even one from another copy of this package. */
      static is(value, code) {
        if (typeof value !== "object" || value === null) return false;
        const v = value;
        return v.name === "GlassboxError" && typeof v.code === "string" && (code === void 0 || v.code === code);
      }
      /** Wraps anything thrown into a GlassboxError without losing it. */
      static from(value, code = "INTERNAL") {
        if (_GlassboxError.is(value)) return value;
        const message = value instanceof Error ? value.message : String(value);
        return new _GlassboxError(code, message, { cause: value });
      }
    };
  }
});

// packages/spec/src/index.ts
var init_src2 = __esm({
  "packages/spec/src/index.ts"() {
    "use strict";
    init_agent_channel();
    init_glassbox_error();
  }
});

// packages/audit/src/canonical-json.ts
function canonicalJson(value) {
  if (value === null || typeof value !== "object") {
    const out = JSON.stringify(value);
    return out === void 0 ? "null" : out;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function" && typeof v !== "symbol").sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
var init_canonical_json = __esm({
  "packages/audit/src/canonical-json.ts"() {
    "use strict";
  }
});

// packages/audit/src/chain-record.ts
import { createHash } from "node:crypto";
function recordHash(record) {
  const { hash: _hash, ...rest } = record;
  return createHash("sha256").update(canonicalJson(rest)).digest("hex");
}
var ZERO_HASH;
var init_chain_record = __esm({
  "packages/audit/src/chain-record.ts"() {
    "use strict";
    init_canonical_json();
    ZERO_HASH = "0".repeat(64);
  }
});

// packages/audit/src/signing-key.ts
import {
  createHash as createHash2,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from "node:crypto";
function verifierKey(name, raw) {
  const keyId = createHash2("sha256").update(`${name}
`).update(Buffer.from([ED25519_ALG])).update(raw).digest().subarray(0, 4);
  return { name, raw, keyId };
}
function parseVerifierKey(text3) {
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text3.trim());
  const [, name, hex, encoded] = match ?? [];
  const bytes = Buffer.from(encoded ?? "", "base64");
  if (!name || bytes.length !== 33 || bytes[0] !== ED25519_ALG)
    throw new GlassboxError("INVALID_INPUT", "not an Ed25519 verifier key (name+keyid+base64)");
  const key = verifierKey(name, bytes.subarray(1));
  if (key.keyId.toString("hex") !== hex)
    throw new GlassboxError("INVALID_INPUT", "verifier key id does not match its key");
  return key;
}
function verifyBytes(key, message, signature) {
  try {
    const memo = `${key.raw.toString("hex")}:${signature.toString("base64")}:${message.toString("base64")}`;
    const known = verified.get(memo);
    if (known !== void 0) return known;
    const ok = verify(null, message, publicKeyObject(key.raw), signature);
    if (verified.size >= 1024) verified.delete(verified.keys().next().value);
    verified.set(memo, ok);
    return ok;
  } catch {
    return false;
  }
}
function publicKeyObject(raw) {
  const hex = raw.toString("hex");
  let object = keyObjects.get(hex);
  if (!object) {
    object = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: "der", type: "spki" });
    if (keyObjects.size >= 64) keyObjects.clear();
    keyObjects.set(hex, object);
  }
  return object;
}
var PUBLIC_KEY_FILE, ED25519_ALG, verified, keyObjects, SPKI_ED25519_PREFIX;
var init_signing_key = __esm({
  "packages/audit/src/signing-key.ts"() {
    "use strict";
    init_src2();
    PUBLIC_KEY_FILE = "audit-signing.pub";
    ED25519_ALG = 1;
    verified = /* @__PURE__ */ new Map();
    keyObjects = /* @__PURE__ */ new Map();
    SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
  }
});

// packages/audit/src/checkpoint-note.ts
function checkpointBody(c) {
  return `${c.origin}
${c.size}
${c.rootHash}
timestamp ${c.timestampMs}
`;
}
function parseCheckpoint(note) {
  const split = note.indexOf("\n\n");
  if (split < 0) throw invalid("no blank line before the signatures");
  const body = note.slice(0, split + 1);
  const lines = body.split("\n");
  const [origin, sizeText, rootHash] = lines;
  const stamp = lines.slice(3).find((l) => l.startsWith("timestamp "));
  const size = Number(sizeText);
  if (!origin || !Number.isSafeInteger(size) || size < 0 || !/^\d+$/.test(sizeText ?? ""))
    throw invalid("bad origin or size line");
  if (!rootHash || Buffer.from(rootHash, "base64").length !== 32) throw invalid("bad root hash line");
  const sigLine = note.slice(split + 2).split("\n")[0] ?? "";
  const match = /^\u2014 (\S+) (\S+)$/.exec(sigLine);
  if (!match) throw invalid("no signature line");
  const sig = Buffer.from(match[2], "base64");
  if (sig.length < 5) throw invalid("signature too short");
  return {
    origin,
    size,
    rootHash,
    timestampMs: stamp ? Number(stamp.slice("timestamp ".length)) : 0,
    note,
    signerName: match[1],
    signerKeyId: sig.subarray(0, 4).toString("hex")
  };
}
function checkCheckpointSignature(checkpoint, key) {
  if (checkpoint.signerName !== key.name || checkpoint.signerKeyId !== key.keyId.toString("hex"))
    return "key_changed";
  const split = checkpoint.note.indexOf("\n\n");
  const body = checkpoint.note.slice(0, split + 1);
  if (body !== checkpointBody(checkpoint)) return "bad_signature";
  const sigLine = checkpoint.note.slice(split + 2).split("\n")[0] ?? "";
  const sig = Buffer.from(sigLine.split(" ")[2] ?? "", "base64").subarray(4);
  return verifyBytes(key, Buffer.from(body, "utf8"), sig) ? "ok" : "bad_signature";
}
function invalid(why) {
  return new GlassboxError("INVALID_INPUT", `not a signed checkpoint: ${why}`);
}
var init_checkpoint_note = __esm({
  "packages/audit/src/checkpoint-note.ts"() {
    "use strict";
    init_src2();
    init_signing_key();
  }
});

// packages/audit/src/log-files.ts
import { readdir } from "node:fs/promises";
async function listSegments(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return names.filter((n) => SEGMENT_PATTERN.test(n)).sort((a, b) => Number(SEGMENT_PATTERN.exec(a)[1]) - Number(SEGMENT_PATTERN.exec(b)[1]));
}
var SEGMENT_PATTERN, CHECKPOINTS_FILE, RECOVERY_FILE;
var init_log_files = __esm({
  "packages/audit/src/log-files.ts"() {
    "use strict";
    SEGMENT_PATTERN = /^audit-(\d{6,})\.jsonl$/;
    CHECKPOINTS_FILE = "checkpoints.jsonl";
    RECOVERY_FILE = "recovery.jsonl";
  }
});

// packages/audit/src/merkle-tree.ts
import { createHash as createHash3 } from "node:crypto";
function leafHash(data) {
  return createHash3("sha256").update(LEAF).update(data).digest();
}
function nodeHash(left, right) {
  return createHash3("sha256").update(NODE).update(left).update(right).digest();
}
var LEAF, NODE, EMPTY_ROOT, MerkleAccumulator;
var init_merkle_tree = __esm({
  "packages/audit/src/merkle-tree.ts"() {
    "use strict";
    LEAF = Buffer.from([0]);
    NODE = Buffer.from([1]);
    EMPTY_ROOT = createHash3("sha256").digest();
    MerkleAccumulator = class {
      stack = [];
      count = 0;
      get size() {
        return this.count;
      }
      /** Appends one leaf (its data, not yet leaf-hashed). */
      push(data) {
        let item = { hash: leafHash(data), leaves: 1 };
        while (this.stack.length > 0 && this.stack[this.stack.length - 1].leaves === item.leaves) {
          const left = this.stack.pop();
          item = { hash: nodeHash(left.hash, item.hash), leaves: left.leaves * 2 };
        }
        this.stack.push(item);
        this.count++;
      }
      root() {
        if (this.stack.length === 0) return EMPTY_ROOT;
        let root = this.stack[this.stack.length - 1].hash;
        for (let i = this.stack.length - 2; i >= 0; i--) root = nodeHash(this.stack[i].hash, root);
        return root;
      }
    };
  }
});

// packages/audit/src/verify-audit-log.ts
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";
async function verifyAuditLog(dir, options = {}) {
  const segments = await Promise.all(
    (await listSegments(dir)).map(async (file) => ({ file, text: await readFile(join2(dir, file), "utf8") }))
  );
  const problems = [];
  const checkpoints = notesOf(await readOptional(join2(dir, CHECKPOINTS_FILE)), problems, CHECKPOINTS_FILE);
  if (options.checkpoint !== void 0)
    checkpoints.push(...notesOf(options.checkpoint, problems, "checkpoint"));
  let key;
  const keyText = options.publicKey ?? await readOptional(join2(dir, PUBLIC_KEY_FILE));
  if (keyText) {
    try {
      key = parseVerifierKey(keyText);
    } catch {
      problems.push({ kind: "key_changed", severity: "error", message: "the verifier key cannot be read" });
    }
  }
  const recoveries = [];
  for (const line of (await readOptional(join2(dir, RECOVERY_FILE)) ?? "").split("\n")) {
    try {
      if (line) recoveries.push(JSON.parse(line));
    } catch {
    }
  }
  const result = verifyAuditText({ segments, checkpoints, ...key ? { key } : {}, recoveries });
  const all = [...problems, ...result.problems];
  return { ...result, problems: all, ok: all.every((p) => p.severity !== "error") };
}
function verifyAuditText(input) {
  const problems = [];
  const hashes = [];
  let expected = 0;
  let prevHash = ZERO_HASH;
  const seen = /* @__PURE__ */ new Set();
  const missing = /* @__PURE__ */ new Map();
  for (const r of input.recoveries ?? [])
    problems.push({
      kind: "torn_last_line",
      severity: "notice",
      file: r.file,
      message: `a torn last line (${r.tornBytes} bytes, a write cut by a crash) was cut when the log was opened`
    });
  for (const [s, segment] of input.segments.entries()) {
    const lines = segment.text.split("\n");
    const last = lines.pop() ?? "";
    if (last !== "") {
      const atEnd = s === input.segments.length - 1;
      problems.push({
        kind: atEnd ? "torn_last_line" : "malformed",
        severity: atEnd ? "notice" : "error",
        file: segment.file,
        line: lines.length + 1,
        message: atEnd ? "the last line has no newline (a write cut by a crash); the writer cuts it at open" : "a segment before the last ends without a newline"
      });
    }
    for (const [i, text3] of lines.entries()) {
      const where = { file: segment.file, line: i + 1 };
      const record = parseRecord(text3);
      if (!record) {
        problems.push({ kind: "malformed", severity: "error", ...where, message: "not an audit record" });
        continue;
      }
      const seq = record.seq;
      if (recordHash(record) !== record.hash)
        problems.push({
          kind: "modified",
          severity: "error",
          seq,
          ...where,
          message: "content does not match its hash"
        });
      if (seq < expected) {
        const gap = missing.get(seq);
        if (gap && !seen.has(seq)) {
          missing.delete(seq);
          problems.push({
            kind: "reordered",
            severity: "error",
            seq,
            ...where,
            message: `record ${seq} is out of order`
          });
          seen.add(seq);
        } else {
          problems.push({
            kind: "inserted",
            severity: "error",
            seq,
            ...where,
            message: `a record numbered ${seq} where ${expected} belongs`
          });
        }
        hashes.push(Buffer.from(record.hash, "hex"));
        continue;
      }
      if (seq > expected) {
        for (let m = expected; m < seq && m < expected + 1e4; m++)
          missing.set(m, {
            kind: "deleted",
            severity: "error",
            seq: m,
            ...where,
            message: `record ${m} is missing`
          });
      } else if (record.prevHash !== prevHash) {
        problems.push({
          kind: "modified",
          severity: "error",
          seq: seq - 1,
          ...where,
          message: seq === 0 ? "the first record does not start the chain" : `record ${seq - 1} is not the one record ${seq} chains to`
        });
      }
      seen.add(seq);
      expected = seq + 1;
      prevHash = record.hash;
      hashes.push(Buffer.from(record.hash, "hex"));
    }
  }
  problems.push(...missing.values());
  const checked = checkCheckpoints(input, hashes, expected, problems);
  return {
    ok: problems.every((p) => p.severity !== "error"),
    records: hashes.length,
    segments: input.segments.length,
    checkpoints: checked.count,
    ...checked.latest ? { latestCheckpoint: checked.latest } : {},
    problems
  };
}
function checkCheckpoints(input, hashes, end, problems) {
  const parsed = [];
  for (const note of input.checkpoints) {
    try {
      parsed.push(parseCheckpoint(note));
    } catch (error) {
      problems.push({ kind: "bad_signature", severity: "error", message: error.message });
    }
  }
  parsed.sort((a, b) => a.size - b.size);
  const acc = new MerkleAccumulator();
  let latest;
  for (const cp of parsed) {
    if (input.key) {
      const sig = checkCheckpointSignature(cp, input.key);
      if (sig !== "ok")
        problems.push({
          kind: sig,
          severity: "error",
          message: sig === "key_changed" ? `checkpoint of size ${cp.size} is signed by key ${cp.signerName}+${cp.signerKeyId}, not the log's` : `checkpoint of size ${cp.size} has a bad signature`
        });
    }
    if (!latest || cp.size >= latest.size) latest = cp;
    if (cp.size > hashes.length) continue;
    while (acc.size < cp.size) acc.push(hashes[acc.size]);
    if (acc.root().toString("base64") !== cp.rootHash)
      problems.push({
        kind: "checkpoint_mismatch",
        severity: "error",
        message: `the first ${cp.size} records do not hash to the root signed at ${new Date(cp.timestampMs).toISOString()}`
      });
  }
  if (latest && latest.size > end)
    problems.push({
      kind: "truncated",
      severity: "error",
      seq: end,
      message: `the latest checkpoint covers ${latest.size} records, the log ends at ${end}: ${latest.size - end} missing at the end`
    });
  return {
    count: parsed.length,
    ...latest ? { latest: { size: latest.size, timestampMs: latest.timestampMs } } : {}
  };
}
function parseRecord(text3) {
  try {
    const r = JSON.parse(text3);
    if (typeof r !== "object" || r === null) return void 0;
    if (!Number.isSafeInteger(r.seq) || r.seq < 0) return void 0;
    if (typeof r.hash !== "string" || !/^[0-9a-f]{64}$/.test(r.hash)) return void 0;
    if (typeof r.prevHash !== "string") return void 0;
    return r;
  } catch {
    return void 0;
  }
}
function notesOf(text3, problems, file) {
  if (!text3) return [];
  if (!text3.trimStart().startsWith("{")) return [text3];
  const notes = [];
  const lines = text3.split("\n");
  const tail = lines.pop();
  for (const [i, line] of lines.entries()) {
    try {
      const note = JSON.parse(line).note;
      if (typeof note === "string") notes.push(note);
      else throw new Error("no note");
    } catch {
      problems.push({
        kind: "malformed",
        severity: "error",
        file,
        line: i + 1,
        message: "not a checkpoint line"
      });
    }
  }
  if (tail)
    problems.push({
      kind: "torn_last_line",
      severity: "notice",
      file,
      line: lines.length + 1,
      message: "the last checkpoint line has no newline (a write cut by a crash)"
    });
  return notes;
}
async function readOptional(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
var init_verify_audit_log = __esm({
  "packages/audit/src/verify-audit-log.ts"() {
    "use strict";
    init_chain_record();
    init_checkpoint_note();
    init_log_files();
    init_merkle_tree();
    init_signing_key();
  }
});

// packages/audit/src/index.ts
var init_src3 = __esm({
  "packages/audit/src/index.ts"() {
    "use strict";
    init_log_files();
    init_verify_audit_log();
  }
});

// packages/core/src/record-fields.ts
function parseTime(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v !== "string") return void 0;
  const t = Date.parse(v);
  return Number.isNaN(t) ? void 0 : t;
}
function contentText(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let out = "";
  for (const block of content) {
    if (isObject(block) && block.type === "text" && typeof block.text === "string")
      out += out ? `
${block.text}` : block.text;
  }
  return out;
}
var isObject, str, num;
var init_record_fields = __esm({
  "packages/core/src/record-fields.ts"() {
    "use strict";
    isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    str = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
    num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
  }
});

// packages/core/src/transcript-signals.ts
function put(out, key, value) {
  if (value !== void 0) out[key] = value;
}
function statusOf(rec) {
  for (const v of [rec.error, rec.cause, isObject(rec.error) ? rec.error.error : void 0]) {
    if (!isObject(v)) continue;
    const s = num(v.status) ?? num(v.statusCode) ?? num(v.status_code);
    if (s !== void 0) return String(s);
  }
  const text3 = [str(rec.content), isObject(rec.error) ? str(rec.error.message) : str(rec.error)].join(" ");
  return /\b([45]\d\d)\b/.exec(text3)?.[1];
}
function systemSignals(rec) {
  const subtype = rec.subtype;
  if (subtype === "api_error") {
    const attributes = {};
    const retryInMs = num(rec.retryInMs);
    put(attributes, "statusCode", statusOf(rec) ?? "unknown");
    put(attributes, "attempt", num(rec.retryAttempt));
    put(attributes, "maxRetries", num(rec.maxRetries));
    put(attributes, "retryInMs", retryInMs);
    attributes.retrying = retryInMs !== void 0 || num(rec.retryAttempt) !== void 0;
    return [{ event: "api_error", key: "", severity: "warn", attributes }];
  }
  if (subtype === "stop_hook_summary" && Array.isArray(rec.hookInfos)) {
    const errors = Array.isArray(rec.hookErrors) ? rec.hookErrors.length : 0;
    const out = [];
    rec.hookInfos.forEach((info, i) => {
      if (!isObject(info)) return;
      const attributes = { hookEvent: "Stop" };
      put(attributes, "durationMs", num(info.durationMs));
      attributes.outcome = rec.preventedContinuation === true ? "blocking" : errors > 0 ? "non_blocking_error" : "success";
      out.push({ event: "hook_execution", key: String(i), attributes });
    });
    return out;
  }
  return [];
}
function mcpConnections(a) {
  if (!Array.isArray(a.addedNames)) return [];
  const servers = /* @__PURE__ */ new Map();
  for (const tool of a.addedNames) {
    const m = typeof tool === "string" ? /^mcp__(.+?)__/.exec(tool) : null;
    if (!m?.[1] || !NAME.test(m[1])) continue;
    const plugin = /^plugin_([^_]+)_(.+)$/.exec(m[1]);
    servers.set(plugin ? plugin[2] : m[1], plugin?.[1]);
  }
  return [...servers].map(([server, plugin]) => ({
    event: "mcp_server_connection",
    key: server,
    sessionKey: `${plugin ?? ""}/${server}`,
    attributes: { mcpServer: server, status: "connected", ...plugin ? { plugin } : {} }
  }));
}
function attachmentSignals(rec) {
  const a = isObject(rec.attachment) ? rec.attachment : void 0;
  if (a?.type === "deferred_tools_delta") return mcpConnections(a);
  const outcome = a ? HOOK_OUTCOMES[String(a.type)] : void 0;
  if (!a || !outcome) return [];
  const attributes = {
    hookEvent: safeLabel(a.hookEvent) ?? "unknown",
    outcome
  };
  put(attributes, "hookName", safeLabel(a.hookName));
  put(attributes, "toolUseId", safeLabel(a.toolUseID));
  put(attributes, "durationMs", num(a.durationMs));
  return [
    { event: "hook_execution", key: "", attributes, severity: outcome === "success" ? "info" : "warn" }
  ];
}
var NAME, safeLabel, HOOK_OUTCOMES;
var init_transcript_signals = __esm({
  "packages/core/src/transcript-signals.ts"() {
    "use strict";
    init_record_fields();
    NAME = /^[A-Za-z0-9_.:@-]{1,80}$/;
    safeLabel = (v) => {
      const s = str(v);
      return s && NAME.test(s) ? s : void 0;
    };
    HOOK_OUTCOMES = {
      hook_success: "success",
      hook_additional_context: "success",
      hook_system_message: "success",
      hook_permission_decision: "success",
      hook_non_blocking_error: "non_blocking_error",
      hook_error_during_execution: "non_blocking_error",
      hook_blocking_error: "blocking",
      hook_stopped_continuation: "blocking",
      hook_cancelled: "cancelled"
    };
  }
});

// packages/core/src/activity-scope.ts
function commandOfPrompt(text3) {
  if (!text3.includes("<command-name>")) return void 0;
  const name = safeLabel(COMMAND_NAME.exec(text3)?.[1]);
  return name ? `/${name}` : void 0;
}
function inheritScope(parent, local) {
  const skill = local.skill ?? parent.skill;
  const command = parent.command ?? local.command;
  return scopeOf(skill, command);
}
function scopeOf(skill, command) {
  if (!skill && !command) return NO_SCOPE;
  return { ...skill ? { skill } : {}, ...command ? { command } : {} };
}
function scopeAttributes(scope) {
  const out = {};
  if (scope?.skill) out[SCOPE_ATTRIBUTES.skill] = scope.skill;
  if (scope?.command) out[SCOPE_ATTRIBUTES.command] = scope.command;
  return out;
}
var NO_SCOPE, SCOPE_ATTRIBUTES, COMMAND_NAME, SKILL_EXPANSION, isSkillExpansion, ScopeCursor;
var init_activity_scope = __esm({
  "packages/core/src/activity-scope.ts"() {
    "use strict";
    init_transcript_signals();
    NO_SCOPE = Object.freeze({});
    SCOPE_ATTRIBUTES = { skill: "glassbox.skill", command: "glassbox.command" };
    COMMAND_NAME = /<command-name>\/?([^<\s]{1,200})<\/command-name>/;
    SKILL_EXPANSION = "Base directory for this skill:";
    isSkillExpansion = (text3) => text3.startsWith(SKILL_EXPANSION);
    ScopeCursor = class {
      #skill;
      #command;
      /** No model call yet since the prompt: a skill expansion here is the slash command's. */
      #fresh = false;
      #scope = NO_SCOPE;
      /** A user prompt (`command`: its `commandOfPrompt`), or a notification with the `inherited` scope. */
      prompt(command, inherited) {
        this.#command = command ?? inherited?.command;
        this.#skill = command ? void 0 : inherited?.skill;
        this.#fresh = command !== void 0;
        this.#update();
      }
      /** A skill's expansion (`isSkillExpansion`): right after a slash command, the command was that skill. */
      skillExpansion() {
        if (!this.#fresh || !this.#command) return;
        this.#skill = safeLabel(this.#command.slice(1));
        this.#fresh = false;
        this.#update();
      }
      /** A model call: the scope it belongs to. */
      call() {
        this.#fresh = false;
        return this.#scope;
      }
      /** A tool call the last model call asked for: a Skill call starts its skill, itself included. */
      tool(name, skill) {
        if (name === "Skill" && skill) {
          const label2 = safeLabel(skill);
          if (label2 && label2 !== this.#skill) {
            this.#skill = label2;
            this.#update();
          }
        }
        return this.#scope;
      }
      get scope() {
        return this.#scope;
      }
      #update() {
        this.#scope = scopeOf(this.#skill, this.#command);
      }
    };
  }
});

// packages/core/src/attribution.ts
function attributionAttributes(a) {
  const out = {};
  const put2 = (key, value) => {
    if (value) out[key] = value;
  };
  put2(ATTRIBUTION_ATTRIBUTES.user, a.user);
  put2(ATTRIBUTION_ATTRIBUTES.team, a.team);
  put2(ATTRIBUTION_ATTRIBUTES.repository, a.git?.repositoryUrl);
  put2(ATTRIBUTION_ATTRIBUTES.branch, a.git?.branch);
  put2(ATTRIBUTION_ATTRIBUTES.revision, a.git?.revision);
  return out;
}
function toolOrigin(name, skill) {
  const out = {};
  if (name.startsWith("mcp__")) {
    const rest = name.slice(5);
    const split = rest.indexOf("__");
    const server = split > 0 ? rest.slice(0, split) : rest;
    if (split > 0) out.mcpTool = rest.slice(split + 2);
    const plugin = /^plugin_([^_]+)_(.+)$/.exec(server);
    if (plugin) {
      out.plugin = plugin[1];
      out.mcpServer = plugin[2];
    } else out.mcpServer = server;
  }
  if (skill) {
    out.skill = skill;
    const colon = skill.indexOf(":");
    if (colon > 0) out.plugin ??= skill.slice(0, colon);
  }
  return out;
}
function toolOriginAttributes(origin) {
  const out = {};
  if (origin.mcpServer) out["mcp_server.name"] = origin.mcpServer;
  if (origin.mcpTool) out["mcp_tool.name"] = origin.mcpTool;
  if (origin.plugin) out["plugin.name"] = origin.plugin;
  if (origin.skill) out["skill.name"] = origin.skill;
  return out;
}
var ATTRIBUTION_ATTRIBUTES, SESSION_ONLY_ATTRIBUTES;
var init_attribution = __esm({
  "packages/core/src/attribution.ts"() {
    "use strict";
    ATTRIBUTION_ATTRIBUTES = {
      user: "user.id",
      team: "glassbox.team",
      repository: "vcs.repository.url.full",
      branch: "vcs.ref.head.name",
      revision: "vcs.ref.head.revision"
    };
    SESSION_ONLY_ATTRIBUTES = [ATTRIBUTION_ATTRIBUTES.revision];
  }
});

// packages/core/src/spend-ledger.ts
function utcDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function spendByDay(trace) {
  const out = {};
  const add2 = (day, usd2) => {
    out[day] = (out[day] ?? 0) + usd2;
  };
  let inTurns = 0;
  for (const turn of trace.turns) {
    if (turn.totals.costUsd <= 0) continue;
    add2(utcDay(turn.startMs), turn.totals.costUsd);
    inTurns += turn.totals.costUsd;
  }
  const rest = trace.totals.costUsd - inTurns;
  if (rest > 1e-9) add2(utcDay(trace.endMs), rest);
  return out;
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}
function sameSpend(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
var BUDGET_FILE, SpendLedger;
var init_spend_ledger = __esm({
  "packages/core/src/spend-ledger.ts"() {
    "use strict";
    BUDGET_FILE = "budget.json";
    SpendLedger = class _SpendLedger {
      #sessions = /* @__PURE__ */ new Map();
      /** Sets a session's spend by day; whether that changed anything. */
      set(sessionId, byDay) {
        const old = this.#sessions.get(sessionId);
        if (old ? sameSpend(old, byDay) : Object.keys(byDay).length === 0) return false;
        this.#sessions.delete(sessionId);
        this.#sessions.set(sessionId, { ...byDay });
        return true;
      }
      /** What one session cost (all its days). */
      session(sessionId) {
        return sum(Object.values(this.#sessions.get(sessionId) ?? {}));
      }
      /** What every session cost on a UTC day (`YYYY-MM-DD`), or in a month (`YYYY-MM`). */
      period(prefix) {
        let total = 0;
        for (const days of this.#sessions.values())
          for (const [day, usd2] of Object.entries(days)) if (day.startsWith(prefix)) total += usd2;
        return total;
      }
      /** Drops the days before `firstDay` (a session left with none goes); whether anything went. */
      prune(firstDay) {
        let changed = false;
        for (const [sessionId, days] of this.#sessions) {
          const kept = Object.entries(days).filter(([day]) => day >= firstDay);
          if (kept.length === Object.keys(days).length) continue;
          changed = true;
          if (kept.length === 0) this.#sessions.delete(sessionId);
          else this.#sessions.set(sessionId, Object.fromEntries(kept));
        }
        return changed;
      }
      toJSON() {
        return Object.fromEntries(this.#sessions);
      }
      /** A ledger from `toJSON`'s output; entries that are not a day and a finite amount are left out. */
      static fromJSON(value) {
        const ledger = new _SpendLedger();
        if (!value || typeof value !== "object") return ledger;
        for (const [sessionId, days] of Object.entries(value)) {
          if (!days || typeof days !== "object") continue;
          const kept = Object.entries(days).filter(
            (entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry[0]) && typeof entry[1] === "number" && Number.isFinite(entry[1])
          );
          if (kept.length > 0) ledger.#sessions.set(sessionId, Object.fromEntries(kept));
        }
        return ledger;
      }
    };
  }
});

// packages/core/src/budget-standing.ts
function hasBudget(settings) {
  return settings !== void 0 && [settings.sessionUsd, settings.dailyUsd, settings.monthlyUsd].some((v) => v);
}
function budgetStandings(settings, ledger, nowMs, sessionId) {
  if (!settings) return [];
  const day = utcDay(nowMs);
  const month = day.slice(0, 7);
  const out = [];
  const push2 = (period, window, limitUsd, spentUsd) => {
    if (!limitUsd || limitUsd <= 0) return;
    const percent = spentUsd / limitUsd * 100;
    const state = spentUsd >= limitUsd ? "reached" : percent >= settings.warnPercent ? "warn" : "ok";
    out.push({ period, window, limitUsd, spentUsd, percent, state });
  };
  if (sessionId !== void 0) push2("session", sessionId, settings.sessionUsd, ledger.session(sessionId));
  push2("day", day, settings.dailyUsd, ledger.period(day));
  push2("month", month, settings.monthlyUsd, ledger.period(month));
  return out;
}
function firstDayKept(nowMs) {
  const d = new Date(nowMs);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}
var BUDGET_SETTING_NAMES;
var init_budget_standing = __esm({
  "packages/core/src/budget-standing.ts"() {
    "use strict";
    init_spend_ledger();
    BUDGET_SETTING_NAMES = {
      session: "budgetSessionUsd",
      day: "budgetDailyUsd",
      month: "budgetMonthlyUsd"
    };
  }
});

// packages/core/src/error-summary.ts
function errorKind(text3, fallback = "error") {
  if (CODE.test(text3)) return text3;
  const head = text3.slice(0, 500);
  for (const [kind, pattern] of KINDS) if (pattern.test(head)) return kind;
  return fallback;
}
function errorSummary(text3, fallback = "error") {
  if (CODE.test(text3) || SUMMARY.test(text3)) return text3;
  return `${errorKind(text3, fallback)} (${text3.length} chars)`;
}
var KINDS, CODE, SUMMARY;
var init_error_summary = __esm({
  "packages/core/src/error-summary.ts"() {
    "use strict";
    KINDS = [
      [
        "permission_denied",
        /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed|tool use was rejected|denied by|blocked by/i
      ],
      ["interrupted", /interrupted|aborted|AbortError/i],
      ["timeout", /timed? ?out|timeout|ETIMEDOUT/i],
      ["rate_limit", /rate.?limit|\b429\b|too many requests/i],
      ["overloaded", /overloaded|\b529\b/i],
      ["authentication", /authenticat|unauthori[sz]ed|\b401\b|invalid api key|\b403\b|forbidden/i],
      ["not_found", /not found|no such file|ENOENT|does not exist|\b404\b/i],
      ["access", /EACCES|EPERM|permission denied|read-only/i],
      ["too_large", /too (?:long|large|big)|exceeds|maximum|E2BIG|EFBIG/i],
      ["network", /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|network|socket hang up/i],
      ["invalid_input", /invalid|malformed|unexpected token|syntax ?error|parse error|InputValidationError/i],
      ["exit_code", /exit(?:ed)? (?:code|status) ?\d+|non-zero exit/i],
      ["server_error", /\b5\d\d\b|internal server error|server error/i]
    ];
    CODE = /^[a-z][a-z0-9_]{0,39}$/;
    SUMMARY = /^[a-z][a-z0-9_]{0,39} \(\d{1,12} chars\)$/;
  }
});

// packages/core/src/git-info.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { dirname, isAbsolute, join as join3, resolve } from "node:path";
async function readSmall(path) {
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > MAX_FILE_BYTES) return void 0;
    return await readFile2(path, "utf8");
  } catch {
    return void 0;
  }
}
async function gitDirOf(dotGit) {
  try {
    const s = await stat(dotGit);
    if (s.isDirectory()) return dotGit;
    if (!s.isFile()) return void 0;
  } catch {
    return void 0;
  }
  const text3 = await readSmall(dotGit);
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text3 ?? "");
  if (!m) return void 0;
  return isAbsolute(m[1]) ? m[1] : resolve(dirname(dotGit), m[1]);
}
async function findGitDir(cwd) {
  let dir = resolve(cwd);
  for (let i = 0; i < MAX_DEPTH; i++) {
    const found = await gitDirOf(join3(dir, ".git"));
    if (found) return found;
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
  return void 0;
}
async function commonDirOf(gitDir) {
  const text3 = (await readSmall(join3(gitDir, "commondir")))?.trim();
  if (!text3) return gitDir;
  return isAbsolute(text3) ? text3 : resolve(gitDir, text3);
}
async function resolveRef(ref, gitDir, commonDir) {
  for (const dir of gitDir === commonDir ? [gitDir] : [gitDir, commonDir]) {
    const loose = (await readSmall(join3(dir, ref)))?.trim();
    if (loose && HEX2.test(loose)) return loose;
    if (loose?.startsWith("ref: ")) return resolveRef(loose.slice(5).trim(), gitDir, commonDir);
  }
  const packed = await readSmall(join3(commonDir, "packed-refs"));
  if (!packed) return void 0;
  for (const line of packed.split("\n")) {
    if (line.startsWith("#") || line.startsWith("^")) continue;
    const space = line.indexOf(" ");
    if (space > 0 && line.slice(space + 1).trim() === ref) {
      const sha = line.slice(0, space);
      return HEX2.test(sha) ? sha : void 0;
    }
  }
  return void 0;
}
function remoteUrlOf(config) {
  let section;
  const urls = /* @__PURE__ */ new Map();
  for (const raw of config.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      const m2 = /^\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
      section = m2 ? m2[1] : void 0;
      continue;
    }
    if (section === void 0 || urls.has(section)) continue;
    const m = /^url\s*=\s*(.*)$/i.exec(line);
    if (m) urls.set(section, m[1].replace(/^"(.*)"$/, "$1").trim());
  }
  return urls.get("origin") ?? urls.values().next().value;
}
function stripUrlCredentials(url) {
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(url);
  if (scheme) {
    const host = scheme[2].slice(scheme[2].lastIndexOf("@") + 1);
    return `${scheme[1]}${host}${scheme[3].replace(/[?#].*$/, "")}`;
  }
  return url;
}
async function readGitInfo(cwd) {
  try {
    const gitDir = await findGitDir(cwd);
    if (!gitDir) return void 0;
    const commonDir = await commonDirOf(gitDir);
    const head = (await readSmall(join3(gitDir, "HEAD")))?.trim();
    const info = {};
    if (head?.startsWith("ref: ")) {
      const ref = head.slice(5).trim();
      if (ref.startsWith("refs/heads/")) info.branch = ref.slice("refs/heads/".length);
      const sha = await resolveRef(ref, gitDir, commonDir);
      if (sha) info.revision = sha;
    } else if (head && HEX2.test(head)) info.revision = head;
    const config = await readSmall(join3(commonDir, "config"));
    const url = config ? remoteUrlOf(config) : void 0;
    if (url) info.repositoryUrl = stripUrlCredentials(url);
    return info;
  } catch {
    return void 0;
  }
}
var MAX_DEPTH, MAX_FILE_BYTES, HEX2;
var init_git_info = __esm({
  "packages/core/src/git-info.ts"() {
    "use strict";
    MAX_DEPTH = 40;
    MAX_FILE_BYTES = 4 * 1024 * 1024;
    HEX2 = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
  }
});

// packages/core/src/glassbox-bundles.ts
function pluginRank(plugin) {
  return plugin !== void 0 && Object.hasOwn(PLUGIN_RANKS, plugin) ? PLUGIN_RANKS[plugin] ?? 0 : 0;
}
function exporterNamesOf(value) {
  const text3 = value.trim();
  let entries = text3.split(/[\s,]+/);
  if (text3.startsWith("[")) {
    try {
      const parsed = JSON.parse(text3);
      if (Array.isArray(parsed)) entries = parsed.map((e) => Array.isArray(e) ? e[0] : e);
    } catch {
    }
  }
  const names = [];
  for (const entry of entries) {
    if (typeof entry !== "string") continue;
    const name = entry.trim().toLowerCase();
    if (name !== "" && name !== "none" && !names.includes(name)) names.push(name);
  }
  return names;
}
var GLASSBOX_BUNDLES, PLUGIN_RANKS;
var init_glassbox_bundles = __esm({
  "packages/core/src/glassbox-bundles.ts"() {
    "use strict";
    GLASSBOX_BUNDLES = Object.freeze({
      glassbox: {
        rank: 4,
        exporters: ["console", "file", "otlp", "prometheus", "audit"],
        defaultExporters: "otlp,file"
      },
      "glassbox-audit": { rank: 3, exporters: ["console", "file", "audit"], defaultExporters: "audit,file" },
      "glassbox-datadog": {
        rank: 2,
        exporters: ["console", "file", "datadog", "audit"],
        defaultExporters: "datadog,file"
      },
      "glassbox-lite": { rank: 1, exporters: ["console", "file", "audit"], defaultExporters: "file" }
    });
    PLUGIN_RANKS = Object.freeze(
      Object.fromEntries(Object.entries(GLASSBOX_BUNDLES).map(([name, b]) => [name, b.rank]))
    );
  }
});

// packages/core/src/shape-of.ts
import { createHmac } from "node:crypto";
function canonicalJson2(value) {
  const seen = /* @__PURE__ */ new WeakSet();
  const walk = (v) => {
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return "[Circular]";
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map(walk);
      const out = {};
      for (const k of Object.keys(v).sort()) out[k] = walk(v[k]);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return JSON.stringify(walk(value)) ?? "undefined";
  } catch {
    return String(value);
  }
}
function shapeOf(value, hashKey) {
  const text3 = typeof value === "string" ? value : canonicalJson2(value);
  const hash = createHmac("sha256", hashKey).update(text3).digest("hex").slice(0, 32);
  const bytes = Buffer.byteLength(text3, "utf8");
  if (value === null) return { type: "null", bytes, hash };
  if (value === void 0) return { type: "undefined", bytes: 0, hash };
  if (typeof value === "string") return { type: "string", length: value.length, bytes, hash };
  if (typeof value === "number" || typeof value === "bigint") return { type: "number", bytes, hash };
  if (typeof value === "boolean") return { type: "boolean", bytes, hash };
  if (Array.isArray(value)) return { type: "array", length: value.length, bytes, hash };
  if (typeof value === "object") {
    const keys = Object.keys(value).sort().slice(0, MAX_KEYS);
    return { type: "object", keys, bytes, hash };
  }
  return { type: "string", length: text3.length, bytes, hash };
}
function byteSize(value) {
  if (value === void 0) return 0;
  if (typeof value === "string") return Buffer.byteLength(value, "utf8");
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return 0;
  }
}
var MAX_KEYS;
var init_shape_of = __esm({
  "packages/core/src/shape-of.ts"() {
    "use strict";
    MAX_KEYS = 64;
  }
});

// packages/core/src/hook-input.ts
function parseHookInput(json) {
  let value = json;
  if (typeof value === "string" || value instanceof Uint8Array) {
    const text3 = typeof value === "string" ? value : Buffer.from(value).toString("utf8");
    try {
      value = JSON.parse(text3);
    } catch {
      return { ok: false, reason: "not JSON" };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, reason: "not a JSON object" };
  const raw = value;
  const event = raw.hook_event_name;
  if (typeof event !== "string" || event.length === 0)
    return { ok: false, reason: "missing hook_event_name" };
  if (typeof raw.session_id !== "string" || raw.session_id.length === 0)
    return { ok: false, reason: `${event}: missing session_id` };
  const input = { ...raw };
  let coerced = 0;
  for (const field of STRING_FIELDS) {
    const v = raw[field];
    if (v === void 0 || v === null) {
      delete input[field];
      continue;
    }
    if (typeof v === "string") continue;
    if (ID_FIELDS.has(field)) return { ok: false, reason: `${event}: ${field} must be a string` };
    delete input[field];
    coerced++;
  }
  const dropUnless = (field, ok) => {
    if (input[field] === void 0 || ok(input[field])) return;
    delete input[field];
    coerced++;
  };
  dropUnless("duration_ms", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0);
  dropUnless("is_interrupt", (v) => typeof v === "boolean");
  dropUnless("stop_hook_active", (v) => typeof v === "boolean");
  if (TOOL_EVENTS.has(event) && typeof input.tool_name !== "string")
    return { ok: false, reason: `${event}: missing tool_name` };
  return { ok: true, input, coerced };
}
function hookInputToCaptureEvents(input, receivedAtMs, options = {}) {
  try {
    return convert(input, receivedAtMs, options);
  } catch {
    return [];
  }
}
function convert(input, atMs, options) {
  const base = { source: "hook", sessionId: input.session_id, atMs };
  if (input.agent_id) base.agentId = input.agent_id;
  if (input.transcript_path) base.transcriptPath = input.transcript_path;
  if (input.cwd) base.cwd = input.cwd;
  if (input.prompt_id) base.promptId = input.prompt_id;
  const content = options.captureContent === true;
  const shapes = !content && options.hashKey !== void 0;
  const sizeOf = (field) => {
    const stored = input[`${field}_bytes`];
    return typeof stored === "number" ? stored : byteSize(input[field]);
  };
  const shapeOfField = (field) => {
    const stored = input[`${field}_shape`];
    return typeof stored === "object" && stored !== null ? stored : shapeOf(input[field], options.hashKey);
  };
  const errorOf = (text3, kind) => (content ? text3 : errorSummary(text3, kind)).slice(0, MAX_ERROR);
  switch (input.hook_event_name) {
    case "SessionStart":
      return [
        {
          ...base,
          type: "session.start",
          ...input.model ? { model: input.model } : {},
          ...input.source ? { trigger: input.source } : {}
        }
      ];
    case "SessionEnd":
      return [{ ...base, type: "session.end", ...input.reason ? { reason: input.reason } : {} }];
    case "UserPromptSubmit": {
      const text3 = input.prompt ?? "";
      return [
        {
          ...base,
          type: "prompt.submit",
          ...input.prompt_id ? { promptId: input.prompt_id } : {},
          textLength: input.prompt === void 0 && typeof input.prompt_length === "number" ? input.prompt_length : text3.length,
          ...content ? { text: text3 } : {}
        }
      ];
    }
    case "PreToolUse": {
      if (!input.tool_use_id || !input.tool_name) return [];
      return [
        {
          ...base,
          type: "tool.start",
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          inputBytes: sizeOf("tool_input"),
          ...content ? { input: input.tool_input } : {},
          ...shapes ? { inputShape: shapeOfField("tool_input") } : {}
        }
      ];
    }
    case "PostToolUse":
    case "PostToolUseFailure":
    case "PermissionDenied": {
      if (!input.tool_use_id || !input.tool_name) return [];
      const event = input.hook_event_name;
      const status = event === "PostToolUse" ? "ok" : event === "PermissionDenied" ? "denied" : input.is_interrupt === true ? "interrupted" : "error";
      const errorText = event === "PermissionDenied" ? input.reason : event === "PostToolUseFailure" ? input.error : void 0;
      const output = event === "PostToolUse" ? input.tool_response : void 0;
      const hasOutput = event === "PostToolUse" && (output !== void 0 || typeof input.tool_response_bytes === "number");
      const out = [
        {
          ...base,
          type: "tool.end",
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          status,
          ...input.duration_ms !== void 0 ? { durationMs: input.duration_ms } : {},
          ...errorText ? { errorText: errorOf(errorText, status === "denied" ? "permission_denied" : void 0) } : {},
          ...hasOutput ? { outputBytes: sizeOf("tool_response") } : {},
          ...content && output !== void 0 ? { output } : {},
          ...shapes && hasOutput ? { outputShape: shapeOfField("tool_response") } : {}
        }
      ];
      const spawn = agentSpawnFrom(input);
      if (spawn) out.push({ ...base, type: "agent.spawn", toolUseId: input.tool_use_id, ...spawn });
      return out;
    }
    case "Stop":
      return [{ ...base, type: "turn.end" }];
    case "StopFailure":
      return [
        {
          ...base,
          type: "turn.end",
          failed: true,
          ...input.error ? { error: errorOf(input.error) } : {}
        }
      ];
    case "SubagentStart": {
      const { agentId: _child, ...parent } = base;
      return [
        {
          ...parent,
          type: "agent.spawn",
          ...input.agent_id ? { spawnedAgentId: input.agent_id } : {},
          ...input.agent_type ? { subagentType: input.agent_type } : {}
        }
      ];
    }
    case "SubagentStop":
      return [
        {
          ...base,
          type: "subagent.stop",
          ...input.agent_transcript_path ? { agentTranscriptPath: input.agent_transcript_path } : {}
        }
      ];
    case "PreCompact":
      return [{ ...base, type: "session.compact", ...input.trigger ? { trigger: input.trigger } : {} }];
    default:
      return [];
  }
}
function agentSpawnFrom(input) {
  if (input.tool_name !== "Agent" && input.tool_name !== "Task") return void 0;
  const response = input.tool_response;
  if (typeof response !== "object" || response === null) return void 0;
  const r = response;
  if (typeof r.agentId !== "string" || r.agentId.length === 0) return void 0;
  const toolInput = typeof input.tool_input === "object" && input.tool_input !== null ? input.tool_input : {};
  return {
    spawnedAgentId: r.agentId,
    ...typeof toolInput.subagent_type === "string" ? { subagentType: toolInput.subagent_type } : {},
    ...typeof r.resolvedModel === "string" ? { model: r.resolvedModel } : {}
  };
}
var STRING_FIELDS, ID_FIELDS, TOOL_EVENTS, MAX_ERROR;
var init_hook_input = __esm({
  "packages/core/src/hook-input.ts"() {
    "use strict";
    init_error_summary();
    init_shape_of();
    STRING_FIELDS = [
      "transcript_path",
      "cwd",
      "prompt_id",
      "permission_mode",
      "agent_id",
      "agent_type",
      "model",
      "source",
      "prompt",
      "tool_name",
      "tool_use_id",
      "error",
      "error_details",
      "reason",
      "trigger",
      "agent_transcript_path",
      "last_assistant_message"
    ];
    ID_FIELDS = /* @__PURE__ */ new Set(["prompt_id", "agent_id", "tool_use_id", "tool_name"]);
    TOOL_EVENTS = /* @__PURE__ */ new Set(["PreToolUse", "PostToolUse", "PostToolUseFailure", "PermissionDenied"]);
    MAX_ERROR = 4e3;
  }
});

// packages/core/src/merge-llm-responses.ts
function numericMax(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.max(a, b);
}
function mergeUsage(a, b) {
  const out = {
    input_tokens: numericMax(a.input_tokens, b.input_tokens),
    output_tokens: numericMax(a.output_tokens, b.output_tokens),
    cache_creation_input_tokens: numericMax(a.cache_creation_input_tokens, b.cache_creation_input_tokens),
    cache_read_input_tokens: numericMax(a.cache_read_input_tokens, b.cache_read_input_tokens)
  };
  if (a.cache_creation || b.cache_creation) {
    out.cache_creation = {
      ephemeral_5m_input_tokens: numericMax(
        a.cache_creation?.ephemeral_5m_input_tokens,
        b.cache_creation?.ephemeral_5m_input_tokens
      ),
      ephemeral_1h_input_tokens: numericMax(
        a.cache_creation?.ephemeral_1h_input_tokens,
        b.cache_creation?.ephemeral_1h_input_tokens
      )
    };
  }
  if (a.server_tool_use || b.server_tool_use) {
    out.server_tool_use = {
      web_search_requests: numericMax(
        a.server_tool_use?.web_search_requests,
        b.server_tool_use?.web_search_requests
      ),
      web_fetch_requests: numericMax(
        a.server_tool_use?.web_fetch_requests,
        b.server_tool_use?.web_fetch_requests
      )
    };
  }
  const speed = b.speed ?? a.speed;
  if (speed != null) out.speed = speed;
  const geo = b.inference_geo ?? a.inference_geo;
  if (geo != null) out.inference_geo = geo;
  const tier = b.service_tier ?? a.service_tier;
  if (tier != null) out.service_tier = tier;
  const ai = iterationsOf(a);
  const bi = iterationsOf(b);
  const iterations = bi && (!ai || (b.output_tokens ?? 0) >= (a.output_tokens ?? 0)) ? bi : ai;
  if (iterations) out.iterations = iterations;
  for (const k of Object.keys(out)) if (out[k] === void 0) delete out[k];
  return out;
}
function iterationsOf(usage) {
  const list = usage.iterations;
  return Array.isArray(list) && list.length > 0 ? list : void 0;
}
function llmKeyOf(entry) {
  return `${entry.messageId}\0${entry.requestId ?? ""}`;
}
function mergeLlmResponses(a, b) {
  const toolUses = [...a.toolUses];
  const seen = new Set(toolUses.map((t) => t.id));
  for (const t of b.toolUses) if (!seen.has(t.id)) toolUses.push(t);
  const later = (b.lastTimeMs ?? 0) >= (a.lastTimeMs ?? 0) ? b : a;
  const earlier = later === b ? a : b;
  const merged = {
    ...earlier,
    kind: "llm",
    usage: mergeUsage(a.usage, b.usage),
    toolUses,
    stopReason: later.stopReason ?? earlier.stopReason,
    model: a.model || b.model,
    requestedModel: a.requestedModel ?? b.requestedModel,
    requestRef: a.requestRef ?? b.requestRef,
    requestId: a.requestId ?? b.requestId,
    firstTimeMs: minDefined(a.firstTimeMs, b.firstTimeMs),
    lastTimeMs: numericMax(a.lastTimeMs, b.lastTimeMs),
    timeMs: minDefined(a.timeMs, b.timeMs),
    // A non-sidechain copy is the original; a sidechain copy may be a replay.
    isSidechain: a.isSidechain && b.isSidechain,
    agentId: a.agentId ?? b.agentId,
    apiError: a.apiError ?? b.apiError,
    attributionAgent: a.attributionAgent ?? b.attributionAgent,
    recordedCostUsd: a.recordedCostUsd ?? b.recordedCostUsd,
    records: a.records + b.records
  };
  const thinking = a.thinking ?? b.thinking;
  return thinking === void 0 ? merged : { ...merged, thinking };
}
function minDefined(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.min(a, b);
}
var init_merge_llm_responses = __esm({
  "packages/core/src/merge-llm-responses.ts"() {
    "use strict";
  }
});

// packages/core/src/signal-metrics.ts
function signalIncrements(log) {
  const a = log.attributes;
  const out = [];
  const put2 = (name, attributes, value) => {
    if (value <= 0) return;
    const attrs = {};
    for (const [k, v] of Object.entries(attributes)) if (v !== void 0) attrs[k] = v;
    out.push({ name, attributes: attrs, value });
  };
  switch (log.event) {
    case "code_edit": {
      const labels = { tool: str2(a.toolName) ?? "unknown", language: str2(a.language) ?? "other" };
      put2("claude.lines_of_code.count", { ...labels, type: "added" }, num2(a.linesAdded));
      put2("claude.lines_of_code.count", { ...labels, type: "removed" }, num2(a.linesRemoved));
      break;
    }
    case "commit":
      put2("claude.commit.count", {}, num2(a.commits));
      break;
    case "pull_request":
      put2("claude.pull_request.count", {}, num2(a.pullRequests));
      break;
    case "active_time":
      put2("claude.active_time.total", { type: "cli" }, num2(a.cliSeconds));
      put2("claude.active_time.total", { type: "user" }, num2(a.userSeconds));
      break;
    case "api_error": {
      const labels = { model: str2(a.model) ?? "unknown", status_code: str2(a.statusCode) ?? "unknown" };
      put2("claude.api.errors_total", { ...labels, retrying: String(a.retrying === true) }, 1);
      if (a.retrying === true) put2("claude.api.retries_total", labels, 1);
      break;
    }
    case "api_refusal":
      put2("claude.api.refusals_total", { model: str2(a.model) ?? "unknown" }, 1);
      break;
    case "hook_execution":
      put2(
        "claude.hook.executions_total",
        { hook_event: str2(a.hookEvent) ?? "unknown", outcome: str2(a.outcome) ?? "unknown" },
        1
      );
      break;
    case "mcp_server_connection":
      put2(
        "claude.mcp.connections_total",
        { "mcp_server.name": str2(a.mcpServer) ?? "unknown", status: str2(a.status) ?? "unknown" },
        1
      );
      break;
    case "skill_activated":
      put2("claude.skill.activations_total", { "skill.name": str2(a.skill), "plugin.name": str2(a.plugin) }, 1);
      break;
    default:
      break;
  }
  return out;
}
var SIGNAL_METRIC_DEFINITIONS, str2, num2;
var init_signal_metrics = __esm({
  "packages/core/src/signal-metrics.ts"() {
    "use strict";
    SIGNAL_METRIC_DEFINITIONS = {
      "claude.lines_of_code.count": {
        kind: "sum",
        description: "Lines of code added and removed by edits (type: added, removed; tool, language)",
        unit: "{line}"
      },
      "claude.commit.count": { kind: "sum", description: "Git commits created by Bash calls", unit: "{commit}" },
      "claude.pull_request.count": {
        kind: "sum",
        description: "Pull requests created by Bash calls (gh pr create)",
        unit: "{pull_request}"
      },
      "claude.active_time.total": {
        kind: "sum",
        description: "Active time (type: cli = turns running, user = before a prompt, each pause at most 5 min)",
        unit: "s"
      },
      "claude.api.errors_total": {
        kind: "sum",
        description: "Failed API requests (every attempt; retrying: whether Claude Code retried it)",
        unit: "{error}"
      },
      "claude.api.retries_total": { kind: "sum", description: "API requests retried", unit: "{retry}" },
      "claude.api.refusals_total": {
        kind: "sum",
        description: "Responses the model refused (stop reason refusal)",
        unit: "{response}"
      },
      "claude.hook.executions_total": {
        kind: "sum",
        description: "Hook runs by hook event and outcome",
        unit: "{run}"
      },
      "claude.mcp.connections_total": {
        kind: "sum",
        description: "MCP server connections by server and status",
        unit: "{connection}"
      },
      "claude.skill.activations_total": {
        kind: "sum",
        description: "Skills activated (the Skill tool)",
        unit: "{activation}"
      }
    };
    str2 = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
    num2 = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
  }
});

// packages/core/src/metric-definitions.ts
var LATENCY_MS_BOUNDARIES, GEN_AI_TOKEN_BOUNDARIES, GEN_AI_DURATION_BOUNDARIES, METRIC_DEFINITIONS;
var init_metric_definitions = __esm({
  "packages/core/src/metric-definitions.ts"() {
    "use strict";
    init_signal_metrics();
    LATENCY_MS_BOUNDARIES = [
      5,
      10,
      25,
      50,
      100,
      250,
      500,
      1e3,
      2500,
      5e3,
      1e4,
      3e4,
      6e4,
      12e4,
      3e5,
      6e5
    ];
    GEN_AI_TOKEN_BOUNDARIES = [
      1,
      4,
      16,
      64,
      256,
      1024,
      4096,
      16384,
      65536,
      262144,
      1048576,
      4194304,
      16777216,
      67108864
    ];
    GEN_AI_DURATION_BOUNDARIES = [
      0.01,
      0.02,
      0.04,
      0.08,
      0.16,
      0.32,
      0.64,
      1.28,
      2.56,
      5.12,
      10.24,
      20.48,
      40.96,
      81.92
    ];
    METRIC_DEFINITIONS = {
      "claude.session.count": { kind: "sum", description: "Sessions", unit: "{session}" },
      "claude.tool.calls_total": {
        kind: "sum",
        description: "Tool calls by tool and success",
        unit: "{call}"
      },
      "claude.tool.errors_total": {
        kind: "sum",
        description: "Failed tool calls (status: error, denied, interrupted)",
        unit: "{call}"
      },
      "claude.tool.latency_ms": {
        kind: "histogram",
        description: "Tool call duration",
        unit: "ms",
        boundaries: LATENCY_MS_BOUNDARIES
      },
      "claude.llm.calls_total": {
        kind: "sum",
        description: "Model requests by model and success",
        unit: "{request}"
      },
      "claude.tokens.input": {
        kind: "sum",
        description: "Input tokens by model and type (uncached, cache_read, cache_write_5m, cache_write_1h)",
        unit: "{token}"
      },
      "claude.tokens.output": { kind: "sum", description: "Output tokens by model", unit: "{token}" },
      "claude.cost.usd": { kind: "sum", description: "Cost of model requests with a known price", unit: "USD" },
      "claude.response.latency": {
        kind: "histogram",
        description: "Time to first token of a model request (its duration when unknown)",
        unit: "ms",
        boundaries: LATENCY_MS_BOUNDARIES
      },
      "gen_ai.client.token.usage": {
        kind: "histogram",
        description: "Tokens per model request (input includes cache reads and writes)",
        unit: "{token}",
        boundaries: GEN_AI_TOKEN_BOUNDARIES
      },
      "gen_ai.client.operation.duration": {
        kind: "histogram",
        description: "Model request duration",
        unit: "s",
        boundaries: GEN_AI_DURATION_BOUNDARIES
      },
      ...SIGNAL_METRIC_DEFINITIONS
    };
  }
});

// packages/core/src/metric-series.ts
function series(store, name, attributes) {
  let byKey2 = store.get(name);
  if (!byKey2) {
    byKey2 = /* @__PURE__ */ new Map();
    store.set(name, byKey2);
  }
  const key = attributeKey(attributes);
  let s = byKey2.get(key);
  if (!s) {
    s = { attributes, value: 0 };
    byKey2.set(key, s);
  }
  return s;
}
function attributeKey(attributes) {
  return JSON.stringify(
    Object.keys(attributes).sort().map((k) => [k, attributes[k]])
  );
}
var init_metric_series = __esm({
  "packages/core/src/metric-series.ts"() {
    "use strict";
  }
});

// packages/core/src/metrics-registry.ts
function withoutSessionOnly(attributes) {
  if (!SESSION_ONLY_ATTRIBUTES.some((k) => k in attributes)) return attributes;
  const out = { ...attributes };
  for (const k of SESSION_ONLY_ATTRIBUTES) delete out[k];
  return out;
}
var TOOL_ORIGIN_KEYS, MetricsRegistry, str3, num3;
var init_metrics_registry = __esm({
  "packages/core/src/metrics-registry.ts"() {
    "use strict";
    init_src2();
    init_attribution();
    init_metric_definitions();
    init_metric_series();
    init_signal_metrics();
    TOOL_ORIGIN_KEYS = ["mcp_server.name", "plugin.name", "skill.name"];
    MetricsRegistry = class _MetricsRegistry {
      #recorded = /* @__PURE__ */ new Set();
      #base;
      #cumulative = /* @__PURE__ */ new Map();
      #delta = /* @__PURE__ */ new Map();
      #startTimeMs;
      #deltaStartMs;
      constructor(options = {}) {
        this.#base = { ...options.attributes ?? {} };
        this.#startTimeMs = options.startTimeMs;
      }
      /** True when the registry itself lists the span as counted (see `recordSpans`' `counted`). */
      has(spanId) {
        return this.#recorded.has(spanId);
      }
      /** How many span ids the registry itself keeps (`has`, `toJSON().recorded`). */
      get recordedCount() {
        return this.#recorded.size;
      }
      /** True while there is no cumulative total (nothing recorded or restored). */
      get empty() {
        return this.#cumulative.size === 0;
      }
      /**
       * Records each span not counted before; spans without a `glassbox.span.type` are ignored. Returns the ids
       * added to the set that says what was counted: `counted` when given, else the registry's own.
       *
       * With `counted` (the ids one session's spans contributed, which the caller keeps and persists with the
       * session), the registry keeps no id: a span is counted unless `counted` has it. An id the registry still
       * lists (restored from a state written before `counted` existed) moves to `counted` without being counted
       * again.
       */
      recordSpans(spans, attributes = {}, counted = this.#recorded) {
        const added = [];
        const own = counted === this.#recorded;
        for (const span of spans) {
          const id = span.spanId;
          if (counted.has(id)) continue;
          const type = span.attributes["glassbox.span.type"];
          if (typeof type !== "string") continue;
          counted.add(id);
          added.push(id);
          if (!own && this.#recorded.delete(id)) continue;
          this.#startTimeMs ??= span.endTimeMs;
          this.#deltaStartMs ??= this.#startTimeMs;
          const base = { ...this.#base, ...attributes };
          if (type === "session") this.#add("claude.session.count", base, 1);
          else if (type === "tool") this.#recordTool(span, withoutSessionOnly(base));
          else if (type === "llm") this.#recordLlm(span, withoutSessionOnly(base));
        }
        return added;
      }
      /**
       * Records the derived-signal log records (`traceToSignals`) not counted before, by log record id, exactly as
       * `recordSpans` records spans (same `counted` set); other records are ignored. Returns the ids added.
       */
      recordLogs(logs, attributes = {}, counted = this.#recorded) {
        const added = [];
        const own = counted === this.#recorded;
        for (const log of logs) {
          if (counted.has(log.id)) continue;
          const increments = signalIncrements(log);
          if (increments.length === 0) continue;
          counted.add(log.id);
          added.push(log.id);
          if (!own && this.#recorded.delete(log.id)) continue;
          this.#startTimeMs ??= log.timeMs;
          this.#deltaStartMs ??= this.#startTimeMs;
          const base = withoutSessionOnly({ ...this.#base, ...attributes });
          for (const i of increments) this.#add(i.name, { ...base, ...i.attributes }, i.value);
        }
        return added;
      }
      #recordTool(span, base) {
        const a = span.attributes;
        const tool = str3(a["gen_ai.tool.name"]) ?? "unknown";
        const status = str3(a["glassbox.tool.status"]) ?? (span.status.code === "error" ? "error" : "ok");
        const ok = status === "ok";
        const origin = {};
        for (const key of TOOL_ORIGIN_KEYS) {
          const value = str3(a[key]);
          if (value) origin[key] = value;
        }
        this.#add("claude.tool.calls_total", { ...base, ...origin, tool, success: String(ok) }, 1);
        if (!ok) this.#add("claude.tool.errors_total", { ...base, tool, status }, 1);
        const duration = num3(a["glassbox.tool.duration_ms"]) ?? span.endTimeMs - span.startTimeMs;
        this.#observe("claude.tool.latency_ms", { ...base, tool }, Math.max(0, duration));
      }
      #recordLlm(span, base) {
        const a = span.attributes;
        const model = str3(a["gen_ai.request.model"]) ?? "unknown";
        const responseModel = str3(a["gen_ai.response.model"]) ?? model;
        const failed = span.status.code === "error";
        this.#add("claude.llm.calls_total", { ...base, model, success: String(!failed) }, 1);
        const uncached = num3(a["glassbox.usage.uncached_input_tokens"]) ?? 0;
        const cacheRead = num3(a["gen_ai.usage.cache_read.input_tokens"]) ?? 0;
        const write5m = num3(a["glassbox.usage.cache_creation.5m.input_tokens"]) ?? 0;
        const write1h = num3(a["glassbox.usage.cache_creation.1h.input_tokens"]) ?? 0;
        const output = num3(a["gen_ai.usage.output_tokens"]) ?? 0;
        for (const [type, value] of [
          ["uncached", uncached],
          ["cache_read", cacheRead],
          ["cache_write_5m", write5m],
          ["cache_write_1h", write1h]
        ]) {
          if (value > 0) this.#add("claude.tokens.input", { ...base, model, type }, value);
        }
        if (output > 0) this.#add("claude.tokens.output", { ...base, model }, output);
        const cost = num3(a["glassbox.cost.usd"]);
        if (cost !== void 0 && a["glassbox.cost.known"] === true)
          this.#add("claude.cost.usd", { ...base, model }, cost);
        const durationMs = Math.max(0, span.endTimeMs - span.startTimeMs);
        const ttftS = num3(a["gen_ai.response.time_to_first_chunk"]);
        this.#observe(
          "claude.response.latency",
          { ...base, model },
          ttftS !== void 0 ? ttftS * 1e3 : durationMs
        );
        const genai = {
          ...base,
          "gen_ai.operation.name": "chat",
          "gen_ai.provider.name": "anthropic",
          "gen_ai.request.model": model,
          "gen_ai.response.model": responseModel
        };
        const semconvInput = num3(a["gen_ai.usage.input_tokens"]) ?? uncached + cacheRead + write5m + write1h;
        this.#observe("gen_ai.client.token.usage", { ...genai, "gen_ai.token.type": "input" }, semconvInput);
        this.#observe("gen_ai.client.token.usage", { ...genai, "gen_ai.token.type": "output" }, output);
        this.#observe(
          "gen_ai.client.operation.duration",
          failed ? { ...genai, "error.type": str3(a["error.type"]) ?? "error" } : genai,
          durationMs / 1e3
        );
      }
      #add(name, attributes, value) {
        for (const store of [this.#cumulative, this.#delta]) series(store, name, attributes).value += value;
      }
      #observe(name, attributes, value) {
        const def = METRIC_DEFINITIONS[name];
        for (const store of [this.#cumulative, this.#delta]) {
          const s = series(store, name, attributes);
          const h = s.hist ??= {
            count: 0,
            sum: 0,
            min: Number.POSITIVE_INFINITY,
            max: Number.NEGATIVE_INFINITY,
            buckets: new Array(def.boundaries.length + 1).fill(0)
          };
          h.count += 1;
          h.sum += value;
          h.min = Math.min(h.min, value);
          h.max = Math.max(h.max, value);
          let i = 0;
          while (i < def.boundaries.length && value > def.boundaries[i]) i += 1;
          h.buckets[i] += 1;
        }
      }
      /**
       * The metrics now. `cumulative`: totals since `startTimeMs`. `delta`: what was recorded since the last
       * delta collection (which this call resets).
       */
      collect(nowMs, temporality) {
        this.#startTimeMs ??= nowMs;
        let store;
        let startTimeMs;
        if (temporality === "delta") {
          store = this.#delta;
          startTimeMs = this.#deltaStartMs ?? this.#startTimeMs;
          this.#delta = /* @__PURE__ */ new Map();
          this.#deltaStartMs = nowMs;
        } else {
          store = this.#cumulative;
          startTimeMs = this.#startTimeMs;
        }
        const out = [];
        for (const [name, def] of Object.entries(METRIC_DEFINITIONS)) {
          const all = store.get(name);
          if (!all || all.size === 0) continue;
          if (def.kind === "sum") {
            const points = [...all.values()].map((s) => ({
              attributes: s.attributes,
              startTimeMs,
              timeMs: nowMs,
              value: s.value
            }));
            out.push({
              kind: "sum",
              name,
              description: def.description,
              unit: def.unit,
              temporality,
              monotonic: true,
              points
            });
          } else {
            const points = [...all.values()].filter((s) => s.hist).map((s) => ({
              attributes: s.attributes,
              startTimeMs,
              timeMs: nowMs,
              count: s.hist.count,
              sum: s.hist.sum,
              min: s.hist.min,
              max: s.hist.max,
              bucketCounts: [...s.hist.buckets]
            }));
            out.push({
              kind: "histogram",
              name,
              description: def.description,
              unit: def.unit,
              temporality,
              boundaries: def.boundaries,
              points
            });
          }
        }
        return out;
      }
      toJSON() {
        const cumulative = [];
        for (const [name, all] of this.#cumulative)
          for (const s of all.values())
            cumulative.push({
              name,
              attributes: s.attributes,
              value: s.value,
              ...s.hist ? { hist: { ...s.hist, buckets: [...s.hist.buckets] } } : {}
            });
        return {
          version: 1,
          ...this.#startTimeMs !== void 0 ? { startTimeMs: this.#startTimeMs } : {},
          recorded: [...this.#recorded],
          cumulative
        };
      }
      /** Restores a registry saved with `toJSON`. Rejects a state of another shape with `INVALID_INPUT`. */
      static fromJSON(state, options = {}) {
        const s = state;
        if (!s || typeof s !== "object" || s.version !== 1 || !Array.isArray(s.recorded) || !Array.isArray(s.cumulative))
          throw new GlassboxError("INVALID_INPUT", "not a saved MetricsRegistry state (version 1)");
        const registry = new _MetricsRegistry({
          ...options,
          startTimeMs: options.startTimeMs ?? (typeof s.startTimeMs === "number" ? s.startTimeMs : void 0)
        });
        for (const id of s.recorded) if (typeof id === "string") registry.#recorded.add(id);
        for (const item of s.cumulative) {
          const def = METRIC_DEFINITIONS[item?.name];
          if (!def || typeof item.value !== "number") continue;
          const entry = series(registry.#cumulative, item.name, item.attributes ?? {});
          entry.value = item.value;
          if (def.kind === "histogram" && item.hist && item.hist.buckets?.length === def.boundaries.length + 1)
            entry.hist = { ...item.hist, buckets: [...item.hist.buckets] };
        }
        registry.#deltaStartMs = registry.#startTimeMs;
        return registry;
      }
    };
    str3 = (v) => typeof v === "string" ? v : void 0;
    num3 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
  }
});

// packages/core/src/secret-rules.ts
var tag, PREFIXED, WORD_START, PREFIXED_PATTERN, PREFIXED_KINDS, SECRET_WORDS, SHORT_WORDS, PLACEHOLDER, WEAK_NAME, STRONG_NAME, STRONG_VALUE, secretValue, SECRET_RULES, SECRET_KEY;
var init_secret_rules = __esm({
  "packages/core/src/secret-rules.ts"() {
    "use strict";
    tag = (kind) => `[REDACTED:${kind}]`;
    PREFIXED = [
      ["anthropic_key", "sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_-]{20,}|sk-ant-[A-Za-z0-9_-]{20,}"],
      [
        "openai_key",
        "sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"
      ],
      ["github_token", "gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}"],
      [
        "gitlab_token",
        "gl(?:pat|dt|ptt|rt|cbt|imt|oas|soat|ffct|ft|agent|wt|sa)-[A-Za-z0-9_.-]{20,}|GR1348941[A-Za-z0-9_-]{20,}"
      ],
      ["npm_token", "npm_[A-Za-z0-9]{36}"],
      ["huggingface_token", "hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}"],
      ["sendgrid_key", "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"],
      ["databricks_token", "dapi[a-f0-9]{32}(?:-\\d)?"],
      ["slack_token", "xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+"],
      ["stripe_key", "(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}"],
      ["aws_access_key", "(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])"],
      ["google_api_key", "AIza[A-Za-z0-9_-]{35}"],
      ["google_oauth", "ya29\\.[A-Za-z0-9_-]{20,}|GOCSPX-[A-Za-z0-9_-]{28}"],
      ["azure_ad_secret", "[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}"],
      ["digitalocean_token", "do[por]_v1_[a-f0-9]{64}"],
      ["shopify_token", "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"],
      ["pypi_token", "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"],
      ["rubygems_token", "rubygems_[a-f0-9]{48}"],
      ["postman_key", "PMAK-[a-f0-9]{24}-[a-f0-9]{34}"],
      ["newrelic_key", "NR(?:AK|JS|II)-[A-Za-z0-9]{19,32}"],
      ["linear_key", "lin_api_[A-Za-z0-9]{40}"],
      ["planetscale_token", "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}"],
      ["doppler_token", "dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}"],
      ["vault_token", "hv[sb]\\.[A-Za-z0-9_-]{24,}"],
      ["terraform_token", "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}"],
      ["grafana_token", "gl(?:c|sa)_[A-Za-z0-9_+/=-]{32,}|eyJrIjoi[A-Za-z0-9+/=]{40,}"],
      ["atlassian_token", "ATATT3[A-Za-z0-9_=-]{100,}"],
      ["alibaba_key", "LTAI[A-Za-z0-9]{20}"],
      ["age_secret_key", "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"],
      ["onepassword_token", "ops_eyJ[A-Za-z0-9+/]{250,}={0,3}"],
      ["sentry_token", "sntr[ysu]_[A-Za-z0-9+/=_-]{40,}"],
      ["twilio_key", "SK[0-9a-f]{32}(?![A-Za-z0-9])"],
      ["square_token", "sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}|EAAA[A-Za-z0-9_-]{60}"],
      ["mailchimp_key", "[0-9a-f]{32}-us\\d{1,2}(?![A-Za-z0-9])"],
      ["mailgun_key", "(?:pub)?key-[0-9a-f]{32}"],
      ["sendinblue_key", "xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"],
      ["heroku_key", "HRKU-[A-Za-z0-9_-]{60}"],
      ["flyio_token", "fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=]{100,}"],
      ["sourcegraph_token", "sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}"],
      ["prefect_key", "pnu_[A-Za-z0-9]{36}"],
      ["pulumi_token", "pul-[a-f0-9]{40}"],
      ["readme_key", "rdme_[a-z0-9]{70}"],
      ["dynatrace_token", "dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}"],
      ["easypost_key", "EZ[AT]K[A-Za-z0-9]{54}"],
      ["flutterwave_key", "FLW(?:PUBK|SECK)_TEST-[a-h0-9]{32}-X"],
      ["frameio_token", "fio-u-[A-Za-z0-9_=-]{64}"],
      ["duffel_token", "duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"],
      ["clojars_token", "CLOJARS_[A-Za-z0-9]{60}"],
      ["infracost_key", "ico-[A-Za-z0-9]{32}"],
      ["scalingo_token", "tk-us-[A-Za-z0-9_-]{48}"],
      ["openshift_token", "sha256~[A-Za-z0-9_-]{43}"],
      ["harness_token", "pat\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}"],
      ["octopus_key", "API-[A-Z0-9]{26}"],
      ["artifactory_key", "AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59}"],
      ["facebook_token", "EAA[MC][A-Za-z0-9]{100,}"],
      ["mapbox_token", "[ps]k\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}"],
      ["perplexity_key", "pplx-[A-Za-z0-9]{48}"],
      ["xai_key", "xai-[A-Za-z0-9]{80}"],
      ["groq_key", "gsk_[A-Za-z0-9]{52}"],
      ["langsmith_key", "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"],
      ["notion_token", "ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}"],
      ["telegram_token", "[0-9]{5,16}:AA[A-Za-z0-9_-]{33}"],
      [
        "discord_webhook",
        "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{5,20}/[A-Za-z0-9_-]{20,}"
      ],
      ["slack_webhook", "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,}"],
      ["jwt", "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"]
    ];
    WORD_START = "(?:\\b|(?<=\\\\[nrt]))";
    PREFIXED_PATTERN = new RegExp(
      `${WORD_START}(?:${PREFIXED.map(([, source]) => source).join("|")})`,
      "g"
    );
    PREFIXED_KINDS = PREFIXED.map(([kind, source]) => [kind, new RegExp(`^(?:${source})$`)]);
    SECRET_WORDS = "PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_-]?KEY|APIKEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|AUTH[_-]?KEY|SIGNING[_-]?KEY|ENCRYPTION[_-]?KEY|MASTER[_-]?KEY|CREDENTIALS?|CREDS|CONNECTION[_-]?STRING|DSN";
    SHORT_WORDS = "PASS|PWD|PW|AUTH|KEY|SALT|COOKIE|SESSION[_-]?ID";
    PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\([^)]*\)|\{\{[^}]*\}\}|<[^>]*>|%[A-Za-z_]+%|true|false|null|none|nil|undefined|\*+|x+|\[REDACTED[^\]]*\]|process\.env\.[A-Za-z0-9_]+|os\.environ.*)$/i;
    WEAK_NAME = /(?:^|[^A-Za-z])(?:KEY|AUTH|PW)$/i;
    STRONG_NAME = new RegExp(`(?:${SECRET_WORDS})$`, "i");
    STRONG_VALUE = /^(?=[^\s]{12,}$)(?=.*\d)(?=.*[A-Za-z])/;
    secretValue = (value) => !PLACEHOLDER.test(value.trim());
    SECRET_RULES = [
      {
        kind: "private_key",
        pattern: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,20000}?-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|[\s\S]{0,8192})/g,
        replace: () => tag("private_key")
      },
      {
        kind: "prefixed",
        pattern: PREFIXED_PATTERN,
        replace: (match) => {
          for (const [kind, exact] of PREFIXED_KINDS) if (exact.test(match)) return tag(kind);
          return tag("token");
        }
      },
      {
        kind: "url_credentials",
        pattern: /\b([a-z][a-z0-9+.-]{0,20}:\/\/)([^\s:/@'"`]{0,256}):([^\s@/'"`]{1,256})@/gi,
        replace: (_m, scheme, user) => `${scheme}${user}:${tag("password")}@`
      },
      {
        // Azure storage / Service Bus connection strings and SAS signatures.
        kind: "azure_key",
        pattern: /\b((?:AccountKey|SharedAccessKey|SharedSecretValue)=|[?&]sig=)([A-Za-z0-9+/%=]{16,200})/gi,
        replace: (_m, head) => `${head}${tag("azure_key")}`
      },
      {
        kind: "aws_secret",
        pattern: /\b(aws_?secret_?access_?key|aws_?secret)(["']?\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
        replace: (_m, name, sep3) => `${name}${sep3}${tag("aws_secret")}`
      },
      {
        // Real tokens carry a digit; the lookahead spares prose such as "Bearer authentication".
        kind: "bearer",
        pattern: /\b(Bearer|Basic|Token)(\s+)(?=[A-Za-z._~+/=-]{0,4096}[0-9])[A-Za-z0-9._~+/=-]{8,}/g,
        replace: (_m, scheme, space) => `${scheme}${space}${tag("credential")}`
      },
      {
        kind: "authorization",
        pattern: /\b((?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?!Bearer\b|Basic\b)[A-Za-z]{1,20}[ \t]+)?)(?!\[REDACTED)([^\s"'`,;]{8,})/gi,
        replace: (_m, head) => `${head}${tag("credential")}`
      },
      {
        // curl/wget -u user:password, --user user:password (the user stays).
        kind: "cli_user",
        pattern: /(^|\s)(-u|--user|--proxy-user)([ \t]+|=)(["']?)([^\s:"'`]{1,256}):([^\s"'`]{1,256})/g,
        replace: (_m, pre, flag, sep3, q, user) => `${pre}${flag}${sep3}${q}${user}:${tag("password")}`
      },
      {
        // --password X, --password=X, --token X, --api-key=X … (quoted values may hold spaces).
        kind: "cli_flag",
        pattern: /(^|\s)(--?(?:[A-Za-z0-9]{1,30}-)?(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|auth-token|client-secret|private-key))([ \t]+|=)(?!-)("[^"\n]{1,4096}"|'[^'\n]{1,4096}'|(?:[^\s"'`\\]|\\(?![nrt"])){1,4096})/gi,
        replace: (m, pre, flag, sep3, value) => secretValue(value.replace(/^["']|["']$/g, "")) ? `${pre}${flag}${sep3}${tag("password")}` : m
      },
      {
        // mysql -pPASS (the password glued to -p), sshpass -p PASS.
        kind: "cli_glued_password",
        pattern: /(?:\b|(?<=\\[nrt]))((?:mysql\w*|mariadb\w*|mycli)\b[^\n]{0,300}?\s-p)("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"'`\\]{1,256})|\b(sshpass[ \t]+-p[ \t]*)("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"'`]{1,256})/g,
        replace: (_m, a, _v, b) => `${a ?? b ?? ""}${tag("password")}`
      },
      {
        // NAME=value, NAME: value, "name": "value", name := value where the name says secret. Quoted values may hold
        // spaces and commas. The lookbehind keeps start positions to name starts; the name length is bounded.
        kind: "assignment",
        pattern: new RegExp(
          `(?:(?<![A-Za-z0-9_.-])|(?<=\\\\[nrt]))((?:[A-Za-z0-9_.-]{0,64}?(?:${SECRET_WORDS})|(?:[A-Za-z0-9.-]{0,64}[_.-])?(?:${SHORT_WORDS}))(?![A-Za-z0-9]))(\\\\?["']?[ \\t]*(?::=|=>|[=:])[ \\t]*)(\\\\"[^"\\n]{1,4096}\\\\"|"[^"\\n]{1,4096}"|'[^'\\n]{1,4096}'|<[^<>\\n]{1,200}>|(?:[^\\s"'\`,;)}\\]\\\\]|\\\\(?![nrt"])){1,4096})`,
          "gi"
        ),
        replace: (m, name, sep3, value) => {
          const quote = value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : "";
          const inner = quote ? value.slice(quote.length, -quote.length) : value;
          if (!secretValue(inner) || inner.startsWith("[REDACTED")) return m;
          if (WEAK_NAME.test(name) && !STRONG_NAME.test(name) && !STRONG_VALUE.test(inner)) return m;
          return `${name}${sep3}${quote}${tag("secret")}${quote}`;
        }
      }
    ];
    SECRET_KEY = /^(?:[A-Za-z0-9_.-]*[_.-])?(?:password|passwd|passphrase|pass|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|authorization|auth|credentials?|creds|cookie|connection[_-]?string|dsn)$|(?:password|secret|token|apikey|passphrase)$/i;
  }
});

// packages/core/src/redact-secrets.ts
function redactString(input, options = {}) {
  try {
    const max = options.maxStringLength ?? DEFAULTS.maxStringLength;
    let s = input;
    if (s.length > max) s = `${s.slice(0, max)}\u2026[TRUNCATED ${s.length - max} chars]`;
    for (const rule of SECRET_RULES) {
      rule.pattern.lastIndex = 0;
      s = s.replace(rule.pattern, rule.replace);
    }
    return s;
  } catch {
    return tag("unredactable");
  }
}
function redactSecrets(value, options = {}) {
  const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
  const budget = { nodes: options.maxNodes ?? DEFAULTS.maxNodes };
  const seen = /* @__PURE__ */ new WeakSet();
  const walk = (v, depth, key) => {
    if (budget.nodes-- <= 0) return "[TRUNCATED]";
    if (typeof v === "string") {
      if (key !== void 0 && SECRET_KEY.test(key) && v.length > 0) return tag("secret");
      return redactString(v, options);
    }
    if (v === null || typeof v !== "object") return typeof v === "function" ? void 0 : v;
    if (depth >= maxDepth) return "[TRUNCATED]";
    if (seen.has(v)) return "[Circular]";
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
      if (v instanceof Date) return v.toISOString();
      const out = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item, depth + 1, k);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return walk(value, 0);
  } catch {
    return tag("unredactable");
  }
}
var DEFAULTS;
var init_redact_secrets = __esm({
  "packages/core/src/redact-secrets.ts"() {
    "use strict";
    init_secret_rules();
    DEFAULTS = { maxStringLength: 262144, maxDepth: 32, maxNodes: 1e5 };
  }
});

// packages/core/src/request-agent.ts
import { randomFillSync } from "node:crypto";
async function requestAgent(options) {
  const { request } = await import("node:http");
  const method = options.method ?? (options.body === void 0 ? "GET" : "POST");
  const signed = options.key ? signAgentRequest({
    key: options.key,
    method,
    path: options.path,
    body: options.body ?? "",
    nowMs: Date.now(),
    random: (b) => randomFillSync(b)
  }) : void 0;
  const body = options.body ?? "";
  const headers = {
    ...options.body !== void 0 ? { "content-type": "application/json" } : {},
    ...signed?.headers,
    "content-length": String(Buffer.byteLength(body)),
    ...options.headers
  };
  return new Promise((resolve5) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: options.port,
        path: options.path,
        method,
        headers,
        timeout: options.timeoutMs ?? 1e3
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("error", () => resolve5(void 0));
        res.on("end", () => {
          const text3 = Buffer.concat(chunks).toString("utf8");
          const status = res.statusCode ?? 0;
          const sig = res.headers[CHANNEL_HEADER_SIG];
          let json;
          try {
            json = text3 ? JSON.parse(text3) : void 0;
          } catch {
            json = void 0;
          }
          const verified2 = signed !== void 0 && options.key !== void 0 && verifyAgentReply(
            options.key,
            signed.nonce,
            status,
            text3,
            typeof sig === "string" ? sig : void 0
          );
          resolve5({ status, text: text3, json, verified: verified2 });
        });
      }
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve5(void 0));
    req.end(body);
  });
}
var AGENT_ENTRY_PATTERN;
var init_request_agent = __esm({
  "packages/core/src/request-agent.ts"() {
    "use strict";
    init_src2();
    AGENT_ENTRY_PATTERN = /(?:^|\/)(?:agent\.mjs|glassbox-agent|agent\/dist\/main\.js)$/;
  }
});

// packages/core/src/session-scopes.ts
var MAX_DEPTH2, SessionScopes;
var init_session_scopes = __esm({
  "packages/core/src/session-scopes.ts"() {
    "use strict";
    init_activity_scope();
    MAX_DEPTH2 = 16;
    SessionScopes = class {
      #cursors = /* @__PURE__ */ new Map();
      #responses = /* @__PURE__ */ new Map();
      #tools = /* @__PURE__ */ new Map();
      #parents = /* @__PURE__ */ new Map();
      /**
       * Adds one entry, in file order per thread; `entry.agentId` marks a subagent's (the caller sets it for
       * entries of `subagents/agent-<id>.jsonl`). A response's scope is fixed when it is first seen.
       */
      add(entry) {
        const agentId = entry.agentId;
        if (agentId && entry.parentToolUseId) this.#link(agentId, entry.parentToolUseId);
        switch (entry.kind) {
          case "prompt": {
            if (agentId) return;
            const n = entry.notification;
            if (n?.agentId && n.toolUseId) this.#link(n.agentId, n.toolUseId);
            const reportsOn = n?.toolUseId ? this.#tools.get(n.toolUseId)?.scope : void 0;
            this.#cursor(void 0).prompt(entry.command, reportsOn);
            return;
          }
          case "other":
            if (entry.type === "skill_expansion") this.#cursor(agentId).skillExpansion();
            return;
          case "llm": {
            if (entry.synthetic) return;
            this.addResponse(entry.messageId, agentId);
            const cursor = this.#cursor(agentId);
            for (const use of entry.toolUses)
              if (!this.#tools.has(use.id))
                this.#tools.set(use.id, {
                  scope: cursor.tool(use.name, use.skill),
                  ...agentId ? { agentId } : {}
                });
            return;
          }
          case "tool_result":
            if (entry.spawnedAgentId) this.#link(entry.spawnedAgentId, entry.toolUseId);
            return;
          default:
            return;
        }
      }
      /**
       * A response that calls no tool the scope needs (no Skill, Agent or Task call): all `glassbox report` reads of
       * most responses. Its scope is fixed when it is first seen, as in `add`.
       */
      addResponse(messageId, agentId) {
        if (this.#responses.has(messageId)) return;
        this.#responses.set(messageId, { scope: this.#cursor(agentId).call(), ...agentId ? { agentId } : {} });
      }
      /** The scope of a response, by message id (`NO_SCOPE` when unknown). */
      response(messageId, parentOf) {
        return this.#resolve(this.#responses.get(messageId), parentOf, 0);
      }
      /** The scope of a tool call, by tool_use id. */
      tool(toolUseId, parentOf) {
        return this.#resolve(this.#tools.get(toolUseId), parentOf, 0);
      }
      /** Every response's message id and scope (the links known now; for `glassbox report`). */
      *responses() {
        for (const [id, scoped] of this.#responses) yield [id, this.#resolve(scoped, void 0, 0)];
      }
      #resolve(scoped, parentOf, depth) {
        if (!scoped) return NO_SCOPE;
        if (!scoped.agentId || depth > MAX_DEPTH2) return scoped.scope;
        const parentId = parentOf?.(scoped.agentId) ?? this.#parents.get(scoped.agentId);
        const parent = parentId ? this.#tools.get(parentId) : void 0;
        if (!parent) return scoped.scope;
        return inheritScope(this.#resolve(parent, parentOf, depth + 1), scoped.scope);
      }
      #link(agentId, toolUseId) {
        if (!this.#parents.has(agentId)) this.#parents.set(agentId, toolUseId);
      }
      #cursor(agentId) {
        const key = agentId ?? "";
        let cursor = this.#cursors.get(key);
        if (!cursor) {
          cursor = new ScopeCursor();
          this.#cursors.set(key, cursor);
        }
        return cursor;
      }
    };
  }
});

// packages/core/src/session-spend.ts
function sessionBudgetStanding(ledger, limitUsd, warnPercent, today) {
  const spend = (sessionId) => {
    const spentUsd = ledger.session(sessionId);
    const percent = spentUsd / limitUsd * 100;
    const state = spentUsd >= limitUsd ? "reached" : percent >= warnPercent ? "warn" : "ok";
    return { sessionId, spentUsd, percent, state };
  };
  let last;
  let largest;
  for (const [id, days] of Object.entries(ledger.toJSON())) {
    const latestDay = Object.keys(days).sort().at(-1);
    if (latestDay === void 0) continue;
    if (!last || latestDay >= last.day) last = { id, day: latestDay };
    if ((days[today] ?? 0) > 0) {
      const s = spend(id);
      if (!largest || s.spentUsd > largest.spentUsd) largest = s;
    }
  }
  return {
    limitUsd,
    ...last ? { last: spend(last.id) } : {},
    ...largest ? { largestToday: largest } : {}
  };
}
var init_session_spend = __esm({
  "packages/core/src/session-spend.ts"() {
    "use strict";
  }
});

// packages/core/src/tracker-records.ts
function minOf(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.min(a, b);
}
function maxOf(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.max(a, b);
}
var turnCid, agentCid, agentOfCid, compareStr;
var init_tracker_records = __esm({
  "packages/core/src/tracker-records.ts"() {
    "use strict";
    turnCid = (key) => `t:${key}`;
    agentCid = (id) => `a:${id}`;
    agentOfCid = (cid) => cid.startsWith("a:") ? cid.slice(2) : void 0;
    compareStr = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// packages/core/src/tree-placement.ts
function placeTool(state, tool, cid, authoritative) {
  if (tool.cid === cid) {
    if (authoritative) tool.cidFromTranscript = true;
    return;
  }
  if (tool.cid && (tool.cidFromTranscript || !authoritative)) return;
  if (tool.cid) {
    state.bucket(tool.cid).tools.delete(tool);
    state.touch(tool.cid);
  }
  tool.cid = cid;
  tool.cidFromTranscript = authoritative;
  state.bucket(cid).tools.add(tool);
  state.touch(cid);
}
function placeLiveTool(state, tool, agentId, promptId) {
  if (agentId) tool.agentId ??= agentId;
  if (promptId) tool.promptId ??= promptId;
  if (!tool.cid) {
    const cid = agentId ? agentCid(agentId) : turnCid(
      promptId ? state.turn(promptId, "none").key : state.liveTurn ?? state.transcriptTurn ?? state.turn(`implicit:${tool.id}`, "none").key
    );
    placeTool(state, tool, cid, false);
  }
  state.touch(tool.cid);
}
function linkAgent(state, agent, toolUseId) {
  if (agent.parentToolUseId === toolUseId) return;
  if (state.tools.get(toolUseId)?.cid === agentCid(agent.id)) return;
  agent.parentToolUseId ??= toolUseId;
  state.touch(agentCid(agent.id));
}
function placementOf(state, agent) {
  if (agent.parentToolUseId) {
    const tool = state.tools.get(agent.parentToolUseId);
    if (tool?.cid && tool.cid !== agentCid(agent.id)) return { kind: "tool", id: tool.id };
  }
  if (agent.promptId && state.turns.has(agent.promptId)) return { kind: "turn", id: agent.promptId };
  return { kind: "session", id: "" };
}
function rootOf(state, agentId) {
  const seen = /* @__PURE__ */ new Set();
  let current = agentId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const agent = state.agents.get(current);
    if (!agent) return void 0;
    const place = placementOf(state, agent);
    if (place.kind === "turn") return turnCid(place.id);
    if (place.kind === "session") return void 0;
    const cid = state.tools.get(place.id)?.cid;
    if (!cid) return void 0;
    if (cid.startsWith("t:")) return cid;
    current = agentOfCid(cid);
  }
  return void 0;
}
function placeAgents(state, agentRoot) {
  const places = { agentsByTool: /* @__PURE__ */ new Map(), agentsByTurn: /* @__PURE__ */ new Map(), orphanAgents: [] };
  for (const agent of state.agents.values()) {
    const place = placementOf(state, agent);
    if (place.kind === "tool") push(places.agentsByTool, place.id, agent.id);
    else if (place.kind === "turn") push(places.agentsByTurn, place.id, agent.id);
    else places.orphanAgents.push(agent.id);
    const root = rootOf(state, agent.id);
    const previous = agentRoot.get(agent.id);
    if (previous !== root || !agentRoot.has(agent.id)) {
      if (previous) state.dirty.add(previous);
      if (root) state.dirty.add(root);
      state.dirty.add(agentCid(agent.id));
      agentRoot.set(agent.id, root);
    }
  }
  for (const cid of [...state.dirty]) {
    let current = agentOfCid(cid);
    const seen = /* @__PURE__ */ new Set();
    while (current && !seen.has(current)) {
      seen.add(current);
      const agent = state.agents.get(current);
      if (!agent) break;
      const place = placementOf(state, agent);
      const parentCid = place.kind === "tool" ? state.tools.get(place.id)?.cid : place.kind === "turn" ? turnCid(place.id) : void 0;
      if (!parentCid) break;
      state.dirty.add(parentCid);
      current = agentOfCid(parentCid);
    }
  }
  return places;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
var init_tree_placement = __esm({
  "packages/core/src/tree-placement.ts"() {
    "use strict";
    init_tracker_records();
  }
});

// packages/core/src/apply-capture-event.ts
function applyCaptureEvent(state, live, e) {
  if (e.sessionId !== state.sessionId) return;
  const session = state.session;
  if (e.cwd) session.cwd ??= e.cwd;
  if (e.transcriptPath && !e.agentId) session.transcriptPath ??= e.transcriptPath;
  if (e.type !== "session.end" && e.type !== "session.measure") state.activity(e.atMs);
  switch (e.type) {
    case "session.start":
      session.startMs = minOf(session.startMs, e.atMs);
      if (e.model) session.model ??= e.model;
      if (e.claudeVersion) session.claudeVersion = e.claudeVersion;
      if (e.trigger && e.trigger !== "startup")
        state.addEvent({ name: "session.resume", timeMs: e.atMs, attributes: { trigger: e.trigger } });
      break;
    case "session.end":
      session.sessionEndMs = maxOf(session.sessionEndMs, e.atMs);
      if (e.reason) session.endReason = e.reason;
      break;
    case "session.measure":
      if (e.costUsd !== void 0) session.measureCost = e.costUsd;
      break;
    case "session.compact":
      state.addEvent({
        name: "compaction",
        timeMs: e.atMs,
        attributes: e.trigger ? { trigger: e.trigger } : {}
      });
      break;
    case "prompt.submit": {
      if (e.agentId || !e.promptId) break;
      const turn = state.turn(e.promptId, "live");
      turn.promptId = e.promptId;
      turn.liveSubmitMs = minOf(turn.liveSubmitMs, e.atMs);
      turn.textLength ??= e.textLength;
      if (e.text !== void 0) turn.text ??= e.text;
      state.touch(turnCid(turn.key));
      break;
    }
    case "turn.start":
      if (!e.agentId) live.modTurnStarted(e.turnId, e.atMs);
      break;
    case "turn.step":
      live.addStep(e);
      break;
    case "turn.complete": {
      if (e.agentId) {
        const agent = state.agent(e.agentId);
        agent.stopped = true;
        agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
        state.touch(agentCid(agent.id));
      } else {
        live.addModComplete(e);
      }
      break;
    }
    case "turn.end": {
      if (e.agentId) break;
      const key = e.promptId ?? state.liveTurn ?? state.transcriptTurn;
      const turn = key ? state.turns.get(key) : void 0;
      if (!turn) break;
      turn.ended = true;
      turn.endSignalMs = maxOf(turn.endSignalMs, e.atMs);
      if (e.failed) {
        turn.failed = true;
        if (e.error) turn.error ??= e.error;
      }
      state.touch(turnCid(turn.key));
      break;
    }
    case "tool.start": {
      const tool = state.tool(e.toolUseId);
      tool.seenLive = true;
      tool.name ??= e.toolName;
      tool.liveStartMs = minOf(tool.liveStartMs, e.atMs);
      if (e.inputBytes !== void 0) tool.inputBytes ??= e.inputBytes;
      if (e.input !== void 0) tool.input ??= e.input;
      if (e.inputShape) tool.inputShape ??= e.inputShape;
      placeLiveTool(state, tool, e.agentId, e.promptId);
      break;
    }
    case "tool.end": {
      const tool = state.tool(e.toolUseId);
      tool.seenLive = true;
      tool.name ??= e.toolName;
      tool.liveEndMs = maxOf(tool.liveEndMs, e.atMs);
      tool.liveStatus = e.status;
      if (e.durationMs !== void 0 && (e.source === "hook" || !tool.durationFromHook)) {
        tool.durationMs = e.durationMs;
        tool.durationFromHook = e.source === "hook";
      }
      if (e.errorText) tool.liveErrorText = e.errorText;
      if (e.outputBytes !== void 0) tool.outputBytes ??= e.outputBytes;
      if (e.output !== void 0) tool.output ??= e.output;
      if (e.outputShape) tool.outputShape ??= e.outputShape;
      placeLiveTool(state, tool, e.agentId, e.promptId);
      break;
    }
    case "agent.spawn": {
      if (!e.spawnedAgentId) break;
      const agent = state.agent(e.spawnedAgentId);
      if (e.toolUseId) linkAgent(state, agent, e.toolUseId);
      if (e.subagentType) agent.type ??= e.subagentType;
      if (e.model) agent.model ??= e.model;
      if (e.promptId) agent.promptId ??= e.promptId;
      agent.liveStartMs = minOf(agent.liveStartMs, e.atMs);
      state.touch(agentCid(agent.id));
      break;
    }
    case "subagent.stop": {
      if (!e.agentId) break;
      const agent = state.agent(e.agentId);
      agent.stopped = true;
      agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
      state.touch(agentCid(agent.id));
      break;
    }
    default:
      break;
  }
}
var init_apply_capture_event = __esm({
  "packages/core/src/apply-capture-event.ts"() {
    "use strict";
    init_tracker_records();
    init_tree_placement();
  }
});

// packages/core/src/trace-ids.ts
import { createHash as createHash4 } from "node:crypto";
function digest(parts) {
  const hash = createHash4("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}\0`);
  return hash.digest("hex");
}
function deterministicId(parts, length) {
  let id = digest(parts).slice(0, length);
  if (id === (length === 32 ? ZERO_TRACE : ZERO_SPAN)) id = digest(["non-zero", ...parts]).slice(0, length);
  return id;
}
function traceIdForSession(sessionId) {
  return deterministicId(["glassbox/trace", sessionId], 32);
}
function spanIdFor(kind, sessionId, naturalId = "") {
  return deterministicId(["glassbox/span", kind, sessionId, naturalId], 16);
}
function logRecordId(sessionId, event, nodeKey) {
  return deterministicId(["glassbox/log", sessionId, event, nodeKey], 32);
}
var ZERO_TRACE, ZERO_SPAN, sessionSpanId, turnSpanId, llmSpanId, toolSpanId, agentSpanId;
var init_trace_ids = __esm({
  "packages/core/src/trace-ids.ts"() {
    "use strict";
    ZERO_TRACE = "0".repeat(32);
    ZERO_SPAN = "0".repeat(16);
    sessionSpanId = (sessionId) => spanIdFor("session", sessionId);
    turnSpanId = (sessionId, turnKey) => spanIdFor("turn", sessionId, turnKey);
    llmSpanId = (sessionId, llmKey) => spanIdFor("llm", sessionId, llmKey);
    toolSpanId = (sessionId, toolUseId) => spanIdFor("tool", sessionId, toolUseId);
    agentSpanId = (sessionId, agentId) => spanIdFor("agent", sessionId, agentId);
  }
});

// packages/core/src/collect-session-signals.ts
function addSessionSignals(state, facts, where) {
  if (where.timeMs === void 0) return;
  const turn = !where.agentId && state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
  for (const f of facts) {
    const key = f.sessionKey ?? `${where.uuid ?? where.timeMs}:${f.key}`;
    const id = logRecordId(state.sessionId, f.event, key);
    if (state.signals.has(id)) continue;
    const attributes = { ...f.attributes };
    if (turn?.promptId) attributes.promptId = turn.promptId;
    if (where.agentId) attributes.agentId = where.agentId;
    state.signals.set(id, {
      id,
      event: f.event,
      key,
      timeMs: where.timeMs,
      ...turn ? { spanId: turnSpanId(state.sessionId, turn.key) } : {},
      ...f.severity ? { severity: f.severity } : {},
      attributes
    });
  }
}
var init_collect_session_signals = __esm({
  "packages/core/src/collect-session-signals.ts"() {
    "use strict";
    init_trace_ids();
  }
});

// packages/core/src/apply-transcript-entries.ts
function applyTranscriptEntries(state, entries, source = {}) {
  for (const raw of entries) {
    const entry = source.agentId && !raw.agentId ? { ...raw, agentId: source.agentId } : raw;
    if (entry.sessionId && entry.sessionId !== state.sessionId && !entry.agentId) continue;
    state.activity(entry.timeMs);
    state.scopes.add(entry);
    switch (entry.kind) {
      case "prompt":
        addPrompt(state, entry);
        break;
      case "llm":
        addLlm(state, entry);
        break;
      case "tool_result":
        addToolResult(state, entry);
        break;
      case "api_request":
        addApiRequest(state, entry.id, entry.timeMs, entry.agentId, entry.querySource);
        if (!state.requestInfo.has(entry.id))
          state.requestInfo.set(entry.id, {
            ...state.transcriptTurn ? { turnKey: state.transcriptTurn } : {},
            ...entry.agentId ? { agentId: entry.agentId } : {},
            ...entry.model ? { model: entry.model } : {}
          });
        break;
      case "cost_state":
        if (entry.totalCostUsd !== void 0) state.session.costStateCost = entry.totalCostUsd;
        break;
      case "system":
        addSystem(state, entry);
        break;
      case "signal":
        addSessionSignals(state, entry.signals, entry);
        break;
      case "interrupt": {
        if (entry.agentId) break;
        const key = entry.promptId && state.turns.has(entry.promptId) ? entry.promptId : state.transcriptTurn;
        const turn = key ? state.turns.get(key) : void 0;
        if (turn) {
          turn.interrupted = true;
          state.touch(turnCid(turn.key));
        }
        break;
      }
      default:
        break;
    }
  }
}
function addPrompt(state, entry) {
  if (entry.agentId) {
    const agent = state.agent(entry.agentId);
    if (entry.promptId) agent.promptId ??= entry.promptId;
    if (entry.parentToolUseId) agent.parentToolUseId ??= entry.parentToolUseId;
    state.agentSeen(agent, entry.timeMs);
    return;
  }
  const key = entry.promptId ?? entry.uuid;
  if (!key) return;
  const turn = state.turn(key, "transcript");
  if (entry.promptId) turn.promptId = entry.promptId;
  if (entry.timeMs !== void 0) turn.promptMs = minOf(turn.promptMs, entry.timeMs);
  turn.textLength = entry.textLength;
  if (entry.text !== void 0) turn.text = entry.text;
  if (entry.textShape) turn.textShape = entry.textShape;
  if (entry.origin) turn.origin = entry.origin;
  const n = entry.notification;
  if (n?.agentId) {
    const agent = state.agent(n.agentId);
    if (n.toolUseId) linkAgent(state, agent, n.toolUseId);
    if (n.status && TERMINAL_NOTIFICATIONS.has(n.status)) {
      agent.notifiedStatus = n.status;
      if (entry.timeMs !== void 0) agent.liveStopMs ??= entry.timeMs;
    }
    state.touch(agentCid(agent.id));
  }
  state.touch(turnCid(key));
}
function addLlm(state, entry) {
  if (entry.synthetic) {
    if (entry.apiError && !entry.agentId) {
      const turn = state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
      if (turn) {
        turn.failed = true;
        turn.error ??= entry.apiError;
        state.touch(turnCid(turn.key));
      }
    }
    return;
  }
  const { state: response, isNew } = state.responses.add(
    entry,
    (dedupKey) => entry.agentId ? agentCid(entry.agentId) : turnCid(state.currentTranscriptTurn(dedupKey))
  );
  if (isNew) state.bucket(response.cid).llm.add(response);
  if (entry.agentId) {
    const agent = state.agent(entry.agentId);
    if (entry.attributionAgent) agent.type ??= entry.attributionAgent;
    agent.model ??= entry.requestedModel ?? entry.model;
    if (entry.parentToolUseId) linkAgent(state, agent, entry.parentToolUseId);
    state.agentSeen(agent, entry.firstTimeMs);
    state.agentSeen(agent, entry.lastTimeMs);
  } else {
    state.session.model ??= entry.requestedModel ?? entry.model;
  }
  state.activity(entry.lastTimeMs);
  for (const use of entry.toolUses) {
    const tool = state.tool(use.id);
    tool.name = use.name;
    tool.seenTranscript = true;
    if (tool.requestedBy !== response.spanKey || tool.requestIndex === void 0) {
      tool.requestedBy = response.spanKey;
      tool.requestIndex = blockIndex(response.entry.toolUses, use.id);
    }
    if (use.timeMs !== void 0) tool.assistantMs = minOf(tool.assistantMs, use.timeMs);
    tool.inputBytes ??= use.inputBytes;
    if (use.input !== void 0) tool.input ??= use.input;
    if (use.inputShape) tool.inputShape ??= use.inputShape;
    if (use.inputHash) tool.inputHash ??= use.inputHash;
    if (use.subagentType) tool.subagentType = use.subagentType;
    if (use.skill) tool.skill = use.skill;
    if (use.signal) tool.useSignal = use.signal;
    if (entry.agentId) tool.agentId = entry.agentId;
    placeTool(state, tool, response.cid, true);
  }
  state.touch(response.cid);
}
function blockIndex(uses, id) {
  for (let i = uses.length - 1; i >= 0; i--) if (uses[i].id === id) return i;
  return uses.length;
}
function addToolResult(state, entry) {
  const tool = state.tool(entry.toolUseId);
  tool.seenTranscript = true;
  tool.result = entry;
  if (entry.promptId) tool.promptId ??= entry.promptId;
  if (entry.agentId) tool.agentId ??= entry.agentId;
  if (entry.outputBytes !== void 0) tool.outputBytes ??= entry.outputBytes;
  if (entry.output !== void 0) tool.output ??= entry.output;
  if (entry.outputShape) tool.outputShape ??= entry.outputShape;
  if (!tool.cid) {
    const cid = entry.agentId ? agentCid(entry.agentId) : turnCid(
      entry.promptId ? state.turn(entry.promptId, "none").key : state.currentTranscriptTurn(`result:${entry.toolUseId}`)
    );
    placeTool(state, tool, cid, false);
  }
  if (entry.spawnedAgentId) {
    const agent = state.agent(entry.spawnedAgentId);
    linkAgent(state, agent, entry.toolUseId);
    if (tool.subagentType) agent.type ??= tool.subagentType;
    if (entry.resultStatus === "completed") {
      agent.resultCompleted = true;
      if (entry.timeMs !== void 0) agent.liveStopMs ??= entry.timeMs;
    }
    state.touch(agentCid(agent.id));
  }
  if (entry.agentId) state.agentSeen(state.agent(entry.agentId), entry.timeMs);
  state.touch(tool.cid);
}
function addApiRequest(state, id, timeMs, agentId, querySource) {
  if (timeMs === void 0) return;
  state.requestStart.set(id, timeMs);
  if (agentId && querySource) {
    const type = /^agent:(?:[^:]*:)?(.+)$/.exec(querySource)?.[1];
    if (type) state.agent(agentId).type ??= type;
  }
  const response = state.responses.byRequestRef(id);
  if (response) state.touch(response.cid);
}
function addSystem(state, entry) {
  if (entry.agentId) return;
  if (entry.hookStop && entry.uuid && entry.timeMs !== void 0) addHookStop(state, entry);
  if (entry.subtype === "compact_boundary" && entry.timeMs !== void 0) {
    const attributes = {};
    if (entry.compactTrigger) attributes.trigger = entry.compactTrigger;
    if (entry.compactPreTokens !== void 0) attributes.preTokens = entry.compactPreTokens;
    state.addEvent({ name: "compaction", timeMs: entry.timeMs, attributes });
    return;
  }
  const turn = state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
  if (!turn) return;
  if (entry.subtype === "stop_hook_summary" && entry.hookStop?.outcome === "continued") return;
  if (entry.subtype === "stop_hook_summary" || entry.subtype === "turn_duration") {
    turn.ended = true;
    if (entry.timeMs !== void 0) turn.endSignalMs = maxOf(turn.endSignalMs, entry.timeMs);
    state.touch(turnCid(turn.key));
  }
}
function addHookStop(state, entry) {
  const turn = entry.hookStop.event === "Stop" && state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
  state.session.hookStops.set(entry.uuid, {
    ...entry.hookStop,
    key: entry.uuid,
    timeMs: entry.timeMs,
    ...turn ? { turnKey: turn.key } : {},
    ...turn?.promptId ? { promptId: turn.promptId } : {}
  });
}
var TERMINAL_NOTIFICATIONS;
var init_apply_transcript_entries = __esm({
  "packages/core/src/apply-transcript-entries.ts"() {
    "use strict";
    init_collect_session_signals();
    init_tracker_records();
    init_tree_placement();
    TERMINAL_NOTIFICATIONS = /* @__PURE__ */ new Set(["completed", "failed", "killed", "error", "cancelled", "stopped"]);
  }
});

// packages/core/src/process-exit.ts
function markProcessExited(state, atMs) {
  const session = state.session;
  if (session.exitedMs !== void 0) return;
  session.exitedMs = atMs;
  session.sessionEndMs = maxOf(session.sessionEndMs, atMs);
  session.endReason ??= "process_exited";
  for (const key of state.turns.keys()) state.touch(turnCid(key));
}
function unansweredRequests(state, turnKey, parentSpanId) {
  const out = [];
  const exitedMs = state.session.exitedMs;
  if (exitedMs === void 0) return out;
  for (const [id, info] of state.requestInfo) {
    const startMs = state.requestStart.get(id);
    if (info.turnKey !== turnKey || state.responses.byRequestRef(id) || startMs === void 0) continue;
    out.push({
      spanId: llmSpanId(state.sessionId, `unanswered:${id}`),
      parentSpanId,
      requestRef: id,
      startMs,
      endMs: Math.max(exitedMs, startMs),
      ...info.model ? { model: info.model } : {},
      ...info.agentId ? { agentId: info.agentId } : {}
    });
  }
  return out;
}
function cutOff(state, turnEnded) {
  return state.session.exitedMs !== void 0 && !turnEnded;
}
var init_process_exit = __esm({
  "packages/core/src/process-exit.ts"() {
    "use strict";
    init_trace_ids();
    init_tracker_records();
  }
});

// packages/core/src/resolve-pricing.ts
function resolvePricing(pricing) {
  const priceOptions = pricing?.overrides ? { overrides: pricing.overrides } : void 0;
  return {
    pricer: pricing?.pricer ?? ((model, usage) => priceUsage(model, usage, priceOptions)),
    sum: pricing?.sumCosts ?? sumCosts
  };
}
function priceEntry(pricer, e) {
  const model = e.requestedModel ?? e.model;
  const p = priceResponse(pricer, model, e.usage, e.recordedCostUsd);
  const result = {
    costUsd: p.costUsd,
    known: p.source !== "unknown",
    ...p.rule ? { rule: p.rule } : {},
    ...p.canonicalModel ? { canonicalModel: p.canonicalModel } : {}
  };
  return { result, model };
}
var init_resolve_pricing = __esm({
  "packages/core/src/resolve-pricing.ts"() {
    "use strict";
    init_src();
  }
});

// packages/core/src/tool-signal.ts
function languageOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "other";
  return LANGUAGES[base.slice(dot + 1).toLowerCase()] ?? "other";
}
function toolUseSignal(name, input) {
  if (!isObject(input)) return void 0;
  if (EDIT_TOOLS.has(name)) {
    const path = input.file_path ?? input.notebook_path;
    return typeof path === "string" ? { language: languageOf(path) } : void 0;
  }
  if (name !== "Bash" || typeof input.command !== "string") return void 0;
  const command = input.command;
  if (GIT_COMMIT.test(command)) return { vcsAction: "commit" };
  if (GH_PR_CREATE.test(command)) return { vcsAction: "pull_request" };
  return void 0;
}
function lineCount(text3) {
  if (text3.length === 0) return 0;
  let n = 1;
  for (let i = text3.indexOf("\n"); i !== -1; i = text3.indexOf("\n", i + 1)) n += 1;
  return text3.endsWith("\n") ? n - 1 : n;
}
function patchLines(patch) {
  if (!Array.isArray(patch)) return void 0;
  let added = 0;
  let removed = 0;
  for (const hunk of patch) {
    if (!isObject(hunk) || !Array.isArray(hunk.lines)) continue;
    for (const line of hunk.lines) {
      if (typeof line !== "string") continue;
      if (line.startsWith("+")) added += 1;
      else if (line.startsWith("-")) removed += 1;
    }
  }
  return { added, removed };
}
function cellSource(source) {
  if (typeof source === "string") return source;
  if (Array.isArray(source)) return source.filter((s) => typeof s === "string").join("");
  return void 0;
}
function originalCell(result) {
  const id = result.cell_id;
  if (typeof result.original_file !== "string" || typeof id !== "string") return void 0;
  try {
    const cells = JSON.parse(result.original_file).cells;
    if (!Array.isArray(cells)) return void 0;
    const cell = cells.find((c) => isObject(c) && c.id === id) ?? cells[Number(/^cell-(\d+)$/.exec(id)?.[1])];
    return isObject(cell) ? cellSource(cell.source) : void 0;
  } catch {
    return void 0;
  }
}
function editLines(result) {
  if (typeof result.new_source === "string" || result.edit_mode === "delete") {
    const mode = result.edit_mode;
    const old = mode === "insert" ? "" : typeof result.old_source === "string" ? result.old_source : originalCell(result) ?? "";
    if (mode === "delete") return { added: 0, removed: lineCount(old) };
    return { added: lineCount(result.new_source), removed: lineCount(old) };
  }
  if (result.type === "create" && typeof result.content === "string")
    return { added: lineCount(result.content), removed: 0 };
  return patchLines(result.structuredPatch);
}
function toolResultSignal(result) {
  if (!isObject(result)) return void 0;
  if (typeof result.stdout === "string") {
    const op = isObject(result.gitOperation) ? result.gitOperation : void 0;
    const out = {};
    const sha = isObject(op?.commit) ? op.commit.sha : void 0;
    if (typeof sha === "string" && /^[0-9a-f]{4,64}$/.test(sha)) out.commitId = sha;
    const pr = isObject(op?.pr) && op.pr.action === "created" ? op.pr.number : void 0;
    if (typeof pr === "number" && Number.isSafeInteger(pr)) out.pullRequest = pr;
    return Object.keys(out).length > 0 ? out : void 0;
  }
  const lines = editLines(result);
  return lines ? { linesAdded: lines.added, linesRemoved: lines.removed } : void 0;
}
function mergeToolSignals(a, b) {
  if (!a) return b;
  if (!b) return a;
  return { ...a, ...b };
}
var EDIT_TOOLS, LANGUAGES, COMMAND_START, GIT_COMMIT, GH_PR_CREATE;
var init_tool_signal = __esm({
  "packages/core/src/tool-signal.ts"() {
    "use strict";
    init_record_fields();
    EDIT_TOOLS = /* @__PURE__ */ new Set(["Edit", "MultiEdit", "Write", "NotebookEdit"]);
    LANGUAGES = {
      ts: "TypeScript",
      tsx: "TypeScript",
      mts: "TypeScript",
      cts: "TypeScript",
      js: "JavaScript",
      jsx: "JavaScript",
      mjs: "JavaScript",
      cjs: "JavaScript",
      py: "Python",
      ipynb: "Jupyter Notebook",
      go: "Go",
      rs: "Rust",
      java: "Java",
      kt: "Kotlin",
      rb: "Ruby",
      php: "PHP",
      c: "C",
      h: "C",
      cc: "C++",
      cpp: "C++",
      cxx: "C++",
      hpp: "C++",
      cs: "C#",
      swift: "Swift",
      scala: "Scala",
      sh: "Shell",
      bash: "Shell",
      sql: "SQL",
      html: "HTML",
      css: "CSS",
      scss: "CSS",
      md: "Markdown",
      json: "JSON",
      yaml: "YAML",
      yml: "YAML",
      toml: "TOML",
      xml: "XML",
      txt: "Text"
    };
    COMMAND_START = String.raw`(?:^|[;&|(\n]|\bthen\b|\bdo\b)\s*(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*`;
    GIT_COMMIT = new RegExp(
      String.raw`${COMMAND_START}(?:\S*/)?git(?:\s+(?:-[cC]\s+\S+|--?[A-Za-z][\w-]*(?:=\S+)?))*\s+commit(?![\w-])`
    );
    GH_PR_CREATE = new RegExp(
      String.raw`${COMMAND_START}(?:\S*/)?gh(?:\s+(?:-R\s+\S+|--?[A-Za-z][\w-]*(?:=\S+)?))*\s+pr\s+create(?![\w-])`
    );
  }
});

// packages/core/src/usage-totals.ts
function emptyModelTotals() {
  return {
    llmCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
    cacheCreation5mInputTokens: 0,
    cacheCreation1hInputTokens: 0,
    webSearchRequests: 0,
    costUsd: 0,
    unpricedCalls: 0
  };
}
function cacheWriteSplit(usage) {
  const oneHourField = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const total = usage.cache_creation_input_tokens ?? (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
  const oneHour = Math.max(0, Math.min(oneHourField, total));
  return { fiveMinute: total - oneHour, oneHour };
}
function totalsOf(children, nested, sum2) {
  const own = emptyModelTotals();
  const byModel = {};
  const costs = [];
  let toolCalls = 0;
  let toolErrors = 0;
  let toolDenied = 0;
  let toolInterrupted = 0;
  for (const child of children) {
    if (child.kind === "tool") {
      toolCalls += 1;
      if (child.toolStatus === "error") toolErrors += 1;
      else if (child.toolStatus === "denied") toolDenied += 1;
      else if (child.toolStatus === "interrupted") toolInterrupted += 1;
      continue;
    }
    const m = byModel[child.pricedModel] ??= emptyModelTotals();
    const u = child.usage;
    const split = cacheWriteSplit(u);
    for (const t of [own, m]) {
      t.llmCalls += 1;
      t.inputTokens += u.input_tokens ?? 0;
      t.outputTokens += u.output_tokens ?? 0;
      t.cacheReadInputTokens += u.cache_read_input_tokens ?? 0;
      t.cacheCreationInputTokens += u.cache_creation_input_tokens ?? 0;
      t.cacheCreation5mInputTokens += split.fiveMinute;
      t.cacheCreation1hInputTokens += split.oneHour;
      t.webSearchRequests += u.server_tool_use?.web_search_requests ?? 0;
      if (child.costUsd === void 0) t.unpricedCalls += 1;
    }
    if (child.costUsd !== void 0) {
      costs.push(child.costUsd);
      m.costUsd += child.costUsd;
    }
  }
  own.costUsd = (sum2 ?? defaultSum)(costs);
  const mine = {
    ...own,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel
  };
  return sumTotals([mine, ...nested.map((n) => n.totals)], sum2 ?? defaultSum);
}
function sumTotals(parts, sum2 = defaultSum) {
  const out = emptyModelTotals();
  const byModel = {};
  let toolCalls = 0;
  let toolErrors = 0;
  let toolDenied = 0;
  let toolInterrupted = 0;
  const costs = [];
  const modelCosts = {};
  for (const p of parts) {
    out.llmCalls += p.llmCalls;
    out.inputTokens += p.inputTokens;
    out.outputTokens += p.outputTokens;
    out.cacheReadInputTokens += p.cacheReadInputTokens;
    out.cacheCreationInputTokens += p.cacheCreationInputTokens;
    out.cacheCreation5mInputTokens += p.cacheCreation5mInputTokens;
    out.cacheCreation1hInputTokens += p.cacheCreation1hInputTokens;
    out.webSearchRequests += p.webSearchRequests;
    out.unpricedCalls += p.unpricedCalls;
    costs.push(p.costUsd);
    toolCalls += p.toolCalls;
    toolErrors += p.toolErrors;
    toolDenied += p.toolDenied;
    toolInterrupted += p.toolInterrupted;
    for (const [model, m] of Object.entries(p.byModel)) {
      const t = byModel[model] ??= emptyModelTotals();
      t.llmCalls += m.llmCalls;
      t.inputTokens += m.inputTokens;
      t.outputTokens += m.outputTokens;
      t.cacheReadInputTokens += m.cacheReadInputTokens;
      t.cacheCreationInputTokens += m.cacheCreationInputTokens;
      t.cacheCreation5mInputTokens += m.cacheCreation5mInputTokens;
      t.cacheCreation1hInputTokens += m.cacheCreation1hInputTokens;
      t.webSearchRequests += m.webSearchRequests;
      t.unpricedCalls += m.unpricedCalls;
      (modelCosts[model] ??= []).push(m.costUsd);
    }
  }
  out.costUsd = sum2(costs);
  for (const [model, list] of Object.entries(modelCosts)) byModel[model].costUsd = sum2(list);
  return {
    ...out,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel
  };
}
var defaultSum;
var init_usage_totals = __esm({
  "packages/core/src/usage-totals.ts"() {
    "use strict";
    defaultSum = (costs) => {
      let total = 0;
      for (const c of costs) total += c;
      return total;
    };
  }
});

// packages/core/src/build-trace-nodes.ts
function buildChildren(ctx, cid, parentSpanId, visiting) {
  const { state } = ctx;
  const bucket = state.buckets.get(cid);
  const children = [];
  const nested = [];
  if (!bucket) return { children, nested };
  const placed = [];
  const llmNodes = /* @__PURE__ */ new Map();
  for (const response of bucket.llm) {
    const node = buildLlm(ctx, response, parentSpanId);
    llmNodes.set(response.spanKey, node);
    placed.push({ node, atMs: node.startMs, anchor: node.spanId, rank: -1 });
  }
  for (const tool of bucket.tools) {
    const toolSpan2 = toolSpanId(state.sessionId, tool.id);
    const subagents = (ctx.agentsByTool.get(tool.id) ?? []).map(
      (id) => buildAgent(ctx, id, toolSpan2, visiting)
    );
    nested.push(...subagents);
    const requester = tool.requestedBy !== void 0 ? llmNodes.get(tool.requestedBy) : void 0;
    const node = buildTool(ctx, tool, requester?.spanId ?? parentSpanId, subagents);
    placed.push(
      requester ? {
        node,
        atMs: requester.startMs,
        anchor: requester.spanId,
        rank: tool.requestIndex ?? Number.MAX_SAFE_INTEGER
      } : { node, atMs: node.startMs, anchor: node.spanId, rank: -1 }
    );
  }
  placed.sort(
    (a, b) => a.atMs - b.atMs || compareStr(a.anchor, b.anchor) || a.rank - b.rank || compareStr(a.node.spanId, b.node.spanId)
  );
  for (const p of placed) children.push(p.node);
  return { children, nested };
}
function buildTurn(ctx, turn) {
  const { state } = ctx;
  const spanId = turnSpanId(state.sessionId, turn.key);
  const visiting = /* @__PURE__ */ new Set();
  const { children, nested } = buildChildren(ctx, turnCid(turn.key), spanId, visiting);
  const direct = (ctx.agentsByTurn.get(turn.key) ?? []).map((id) => buildAgent(ctx, id, spanId, visiting));
  let startMs = minOf(turn.promptMs, turn.liveSubmitMs);
  let endMs = turn.endSignalMs;
  for (const child of children) {
    startMs = minOf(startMs, child.startMs);
    endMs = maxOf(endMs, child.endMs);
  }
  startMs ??= endMs ?? 0;
  endMs = Math.max(endMs ?? startMs, startMs);
  const complete = turn.ended || ctx.sessionComplete || ctx.final;
  const cut = cutOff(state, turn.ended);
  const unanswered = unansweredRequests(state, turn.key, spanId);
  for (const u of unanswered) endMs = Math.max(endMs, u.endMs);
  let error = turn.error ?? (cut ? "interrupted: Claude Code exited mid-turn" : void 0);
  for (const child of children) if (child.kind === "llm" && child.error) error ??= child.error;
  const failed = cut || turn.failed || children.some((c) => c.kind === "llm" && c.status === "error");
  const status = failed ? "error" : complete ? "ok" : "unset";
  const node = {
    kind: "turn",
    key: turn.key,
    spanId,
    parentSpanId: sessionSpanId(state.sessionId),
    startMs,
    endMs,
    complete,
    status,
    interrupted: turn.interrupted || cut,
    children,
    subagents: direct,
    totals: totalsOf(children, [...nested, ...direct], ctx.sum)
  };
  if (turn.promptId) node.promptId = turn.promptId;
  if (turn.textLength !== void 0) node.textLength = turn.textLength;
  if (turn.text !== void 0) node.text = turn.text;
  if (turn.textShape) node.textShape = turn.textShape;
  if (turn.origin) node.origin = turn.origin;
  if (failed) node.error = error ?? "turn failed";
  if (unanswered.length > 0) node.unanswered = unanswered;
  return node;
}
function buildAgent(ctx, id, parentSpanId, visiting) {
  const { state } = ctx;
  const cached = ctx.agentSnap.get(id);
  if (cached && cached.parentSpanId === parentSpanId) return cached;
  const agent = state.agents.get(id);
  const spanId = agentSpanId(state.sessionId, id);
  let result;
  if (visiting.has(id)) {
    result = emptyAgent(agent, spanId, parentSpanId);
  } else {
    visiting.add(id);
    const { children, nested } = buildChildren(ctx, agentCid(id), spanId, visiting);
    visiting.delete(id);
    let startMs = minOf(agent.liveStartMs, agent.firstMs);
    let endMs = maxOf(agent.lastMs, agent.liveStopMs);
    for (const child of children) {
      startMs = minOf(startMs, child.startMs);
      endMs = maxOf(endMs, child.endMs);
    }
    startMs ??= endMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const complete = agent.stopped || agent.resultCompleted || agent.notifiedStatus !== void 0 || ctx.sessionComplete || ctx.final;
    const failed = agent.notifiedStatus !== void 0 && agent.notifiedStatus !== "completed";
    const node = {
      kind: "subagent",
      agentId: id,
      spanId,
      parentSpanId,
      startMs,
      endMs,
      complete,
      status: failed ? "error" : complete ? "ok" : "unset",
      children,
      totals: totalsOf(children, nested, ctx.sum)
    };
    if (agent.type) node.agentType = agent.type;
    if (agent.model) node.model = agent.model;
    if (agent.parentToolUseId) node.parentToolUseId = agent.parentToolUseId;
    if (agent.promptId) node.promptId = agent.promptId;
    result = node;
  }
  ctx.agentSnap.set(id, result);
  return result;
}
function buildLlm(ctx, response, parentSpanId) {
  const { state } = ctx;
  const e = response.entry;
  if (!response.priced || response.priced.entry !== e)
    response.priced = { entry: e, ...priceEntry(ctx.pricer, e) };
  const { result: price2, model: pricedModel } = response.priced;
  const requestStart = e.requestRef ? state.requestStart.get(e.requestRef) : void 0;
  const startMs = response.step?.startMs ?? requestStart ?? e.firstTimeMs ?? e.timeMs ?? 0;
  const endMs = Math.max(response.step?.endMs ?? e.lastTimeMs ?? startMs, startMs);
  const node = {
    kind: "llm",
    key: response.spanKey,
    spanId: llmSpanId(state.sessionId, response.spanKey),
    parentSpanId,
    startMs,
    endMs,
    complete: true,
    status: e.apiError ? "error" : "ok",
    messageId: e.messageId,
    model: e.model,
    pricedModel,
    usage: e.usage,
    costKnown: price2.known && price2.costUsd !== void 0,
    toolUseIds: e.toolUses.map((t) => t.id)
  };
  if (e.requestId) node.requestId = e.requestId;
  if (e.requestedModel) node.requestedModel = e.requestedModel;
  if (price2.costUsd !== void 0 && price2.known) node.costUsd = price2.costUsd;
  if (price2.rule) node.costRule = price2.rule;
  if (price2.canonicalModel) node.canonicalModel = price2.canonicalModel;
  if (e.stopReason) node.stopReason = e.stopReason;
  const first = response.step?.firstChunkMs ?? e.firstTimeMs;
  if (first !== void 0) node.firstContentMs = Math.max(first, startMs);
  if (e.agentId) node.agentId = e.agentId;
  if (e.apiError) node.error = e.apiError;
  if (e.thinking) node.thinking = e.thinking;
  const scope = state.scopes.response(e.messageId, (id) => state.agents.get(id)?.parentToolUseId);
  if (scope.skill || scope.command) node.scope = scope;
  return node;
}
function buildTool(ctx, tool, parentSpanId, subagents) {
  const { state } = ctx;
  const r = tool.result;
  let status;
  if (r?.denied || tool.liveStatus === "denied") status = "denied";
  else if (r?.interrupted || tool.liveStatus === "interrupted") status = "interrupted";
  else if (tool.liveStatus) status = tool.liveStatus;
  else if (r) status = r.isError ? "error" : "ok";
  else status = "running";
  const startMs = tool.liveStartMs ?? tool.assistantMs ?? tool.liveEndMs ?? r?.timeMs ?? 0;
  const endCandidate = tool.liveEndMs ?? r?.timeMs;
  const endMs = Math.max(endCandidate ?? startMs, startMs);
  const node = {
    kind: "tool",
    toolUseId: tool.id,
    name: tool.name ?? "unknown",
    spanId: toolSpanId(state.sessionId, tool.id),
    parentSpanId,
    startMs,
    endMs,
    complete: status !== "running",
    status: status === "running" ? "unset" : status === "ok" ? "ok" : "error",
    toolStatus: status,
    seenIn: tool.seenTranscript && tool.seenLive ? "both" : tool.seenLive ? "live" : "transcript",
    subagents
  };
  if (status !== "running") {
    const d = tool.durationMs ?? (endCandidate !== void 0 ? endMs - startMs : void 0);
    if (d !== void 0) node.durationMs = d;
  }
  const errorText = r?.errorText ?? tool.liveErrorText ?? r?.errorSummary;
  if (status !== "ok" && status !== "running" && errorText) node.errorText = errorText;
  if (tool.inputBytes !== void 0) node.inputBytes = tool.inputBytes;
  if (tool.outputBytes !== void 0) node.outputBytes = tool.outputBytes;
  if (tool.input !== void 0) node.input = tool.input;
  if (tool.output !== void 0) node.output = tool.output;
  if (tool.inputShape) node.inputShape = tool.inputShape;
  if (tool.outputShape) node.outputShape = tool.outputShape;
  if (tool.inputHash) node.inputHash = tool.inputHash;
  if (r?.outputHash) node.outputHash = r.outputHash;
  if (r?.permissionDecision) node.permission = r.permissionDecision;
  if (r?.denialKind) node.denialKind = r.denialKind;
  if (tool.requestedBy) node.requestedBy = llmSpanId(state.sessionId, tool.requestedBy);
  if (tool.agentId) node.agentId = tool.agentId;
  if (tool.promptId) node.promptId = tool.promptId;
  if (tool.skill) node.skill = tool.skill;
  const scope = state.scopes.tool(tool.id, (id) => state.agents.get(id)?.parentToolUseId);
  if (scope.skill || scope.command) node.scope = scope;
  const signal = mergeToolSignals(tool.useSignal, r?.signal);
  if (signal) node.signal = signal;
  return node;
}
function emptyAgent(agent, spanId, parentSpanId) {
  const t = agent.firstMs ?? agent.liveStartMs ?? 0;
  return {
    kind: "subagent",
    agentId: agent.id,
    spanId,
    parentSpanId,
    startMs: t,
    endMs: t,
    complete: false,
    status: "unset",
    children: [],
    totals: sumTotals([], defaultSum)
  };
}
var init_build_trace_nodes = __esm({
  "packages/core/src/build-trace-nodes.ts"() {
    "use strict";
    init_process_exit();
    init_resolve_pricing();
    init_tool_signal();
    init_trace_ids();
    init_tracker_records();
    init_usage_totals();
  }
});

// packages/core/src/live-matching.ts
var MOD_TURN_BEFORE_MS, MOD_TURN_AFTER_MS, LiveMatcher;
var init_live_matching = __esm({
  "packages/core/src/live-matching.ts"() {
    "use strict";
    init_tracker_records();
    MOD_TURN_BEFORE_MS = 1e4;
    MOD_TURN_AFTER_MS = 2e3;
    LiveMatcher = class {
      /** Mod turn ids (main thread) → when they started; mod events carry no prompt id. */
      #modTurnStart = /* @__PURE__ */ new Map();
      #pendingModCompletes = [];
      #claimedByMod = /* @__PURE__ */ new Set();
      #pendingSteps = [];
      modTurnStarted(turnId, atMs) {
        this.#modTurnStart.set(turnId, atMs);
      }
      addStep(e) {
        this.#pendingSteps.push(e);
      }
      addModComplete(e) {
        this.#pendingModCompletes.push(e);
      }
      /** Matches what the transcript now allows; the rest keeps waiting. */
      match(state) {
        this.#matchSteps(state);
        this.#matchModCompletes(state);
      }
      #matchSteps(state) {
        if (this.#pendingSteps.length === 0) return;
        const left = [];
        for (const step of this.#pendingSteps) {
          const set = step.usage ? state.responses.unclaimedWithUsage(step.usage) : void 0;
          if (!set || set.size === 0) {
            left.push(step);
            continue;
          }
          let best;
          let bestGap = Number.POSITIVE_INFINITY;
          for (const candidate of set) {
            const gap = Math.abs((candidate.entry.firstTimeMs ?? step.startMs) - step.startMs);
            if (gap < bestGap) {
              best = candidate;
              bestGap = gap;
            }
          }
          if (!best) {
            left.push(step);
            continue;
          }
          state.responses.claim(best, {
            startMs: step.startMs,
            endMs: step.endMs,
            firstChunkMs: step.firstChunkMs
          });
          state.touch(best.cid);
        }
        this.#pendingSteps = left.length > 1e4 ? left.slice(-1e4) : left;
      }
      #matchModCompletes(state) {
        if (this.#pendingModCompletes.length === 0) return;
        const left = [];
        for (const e of this.#pendingModCompletes) {
          const startedAt = e.turnId ? this.#modTurnStart.get(e.turnId) : void 0;
          let best;
          let bestStart = Number.NEGATIVE_INFINITY;
          if (startedAt !== void 0) {
            for (const turn of state.turns.values()) {
              const start = minOf(turn.promptMs, turn.liveSubmitMs);
              if (start === void 0 || this.#claimedByMod.has(turn.key)) continue;
              if (start > startedAt + MOD_TURN_AFTER_MS || start < startedAt - MOD_TURN_BEFORE_MS) continue;
              if (start > bestStart) {
                best = turn;
                bestStart = start;
              }
            }
          }
          if (!best) {
            left.push(e);
            continue;
          }
          this.#claimedByMod.add(best.key);
          best.ended = true;
          best.endSignalMs = maxOf(best.endSignalMs, e.atMs);
          if (e.reason === "aborted") best.interrupted = true;
          if (e.reason === "error") best.failed = true;
          state.touch(turnCid(best.key));
        }
        this.#pendingModCompletes = left.length > 1e3 ? left.slice(-1e3) : left;
      }
    };
  }
});

// packages/core/src/trace-snapshots.ts
var TOTALS_BLOCK, TraceSnapshots;
var init_trace_snapshots = __esm({
  "packages/core/src/trace-snapshots.ts"() {
    "use strict";
    init_build_trace_nodes();
    init_tracker_records();
    init_usage_totals();
    TOTALS_BLOCK = 64;
    TraceSnapshots = class {
      #turnSnap = /* @__PURE__ */ new Map();
      agentSnap = /* @__PURE__ */ new Map();
      /** Each subagent's turn at the last build: a move dirties the old and the new one. */
      agentRoot = /* @__PURE__ */ new Map();
      #lastComplete = false;
      #blockCache = [];
      /** Completion of the session completes open turns and agents: those are rebuilt. */
      sessionCompletion(state, sessionComplete, final) {
        if (sessionComplete === this.#lastComplete && !final) return;
        for (const [key, snap] of this.#turnSnap) if (!snap.complete) state.dirty.add(turnCid(key));
        for (const [id, snap] of this.agentSnap) if (!snap.complete) state.dirty.add(agentCid(id));
        this.#lastComplete = sessionComplete;
      }
      /** Forgets the subagent nodes whose container changed (after placement has dirtied their ancestors). */
      dropChangedAgents(state) {
        for (const cid of state.dirty) {
          const id = agentOfCid(cid);
          if (id !== void 0) this.agentSnap.delete(id);
        }
      }
      /** Every turn's node, the changed ones rebuilt, in start order; clears the dirty marks. */
      turns(ctx) {
        const { state } = ctx;
        const turns = [];
        for (const turn of state.turns.values()) {
          const cid = turnCid(turn.key);
          if (turn.key.startsWith("implicit:") && state.isEmpty(cid) && !ctx.agentsByTurn.has(turn.key)) continue;
          let snap = state.dirty.has(cid) ? void 0 : this.#turnSnap.get(turn.key);
          if (!snap) {
            snap = buildTurn(ctx, turn);
            this.#turnSnap.set(turn.key, snap);
          }
          turns.push(snap);
        }
        state.dirty.clear();
        turns.sort((a, b) => a.startMs - b.startMs || compareStr(a.key, b.key));
        return turns;
      }
      /**
       * Session totals are sums of turn totals in blocks of consecutive turns; a block whose turns did not
       * change keeps its sum, so a build after one turn costs O(turns / block + block), not O(turns × models).
       * The partition depends only on the turn list, so the result does not depend on the build history.
       */
      turnBlockTotals(turns, sum2) {
        const out = [];
        const blocks = Math.ceil(turns.length / TOTALS_BLOCK);
        for (let b = 0; b < blocks; b += 1) {
          const members = turns.slice(b * TOTALS_BLOCK, (b + 1) * TOTALS_BLOCK);
          const cached = this.#blockCache[b];
          if (cached && cached.members.length === members.length && cached.members.every((m, i) => m === members[i])) {
            out.push(cached.totals);
            continue;
          }
          const totals = sumTotals(
            members.map((t) => t.totals),
            sum2
          );
          this.#blockCache[b] = { members, totals };
          out.push(totals);
        }
        this.#blockCache.length = blocks;
        return out;
      }
    };
  }
});

// packages/core/src/hook-stop.ts
function hookStopOf(rec, options) {
  const reasonOf = (value) => options.hookReasons && value ? { reason: String(redactSecrets(value)) } : {};
  const ending = isObject2(rec.promptSubmitEnding) ? rec.promptSubmitEnding.ending : void 0;
  if (isObject2(ending) && ending.kind === "blocked_by_hook") {
    const content = text(rec.content) ?? "";
    const at = content.lastIndexOf(ORIGINAL_PROMPT);
    const prompt = at >= 0 ? content.slice(at + ORIGINAL_PROMPT.length) : void 0;
    return {
      event: "UserPromptSubmit",
      outcome: "blocked",
      ...reasonOf(text(ending.reason)),
      ...prompt !== void 0 && options.contentHash ? { inputHash: options.contentHash(prompt) } : {}
    };
  }
  if (rec.subtype !== "stop_hook_summary") return void 0;
  if (rec.preventedContinuation === true)
    return { event: "Stop", outcome: "stopped", ...reasonOf(text(rec.stopReason)) };
  const failed = new Set(Array.isArray(rec.failedHookErrorIndexes) ? rec.failedHookErrorIndexes : []);
  const blocks = (Array.isArray(rec.hookErrors) ? rec.hookErrors : []).filter(
    (e, i) => typeof e === "string" && !failed.has(i)
  );
  if (blocks.length === 0) return void 0;
  return { event: "Stop", outcome: "continued", ...reasonOf(blocks.join("\n")) };
}
var isObject2, text, ORIGINAL_PROMPT;
var init_hook_stop = __esm({
  "packages/core/src/hook-stop.ts"() {
    "use strict";
    init_redact_secrets();
    isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    text = (v) => typeof v === "string" ? v : void 0;
    ORIGINAL_PROMPT = "\n\nOriginal prompt: ";
  }
});

// packages/core/src/transcript-entry.ts
function permissionDecisionOf(decision) {
  const out = {};
  for (const k of ["decision", "source", "reasonType", "reasonCode", "ruleSource"]) {
    const v = str(decision[k]);
    if (v !== void 0 && v.length <= 100) out[k] = v;
  }
  return out;
}
function parseNotification(text3) {
  if (!text3.startsWith("<task-notification>")) return void 0;
  const pick = (tag2) => new RegExp(`<${tag2}>([^<]{1,200})</${tag2}>`).exec(text3)?.[1]?.trim();
  return { agentId: pick("task-id"), toolUseId: pick("tool-use-id"), status: pick("status") };
}
function normalizeUsage(raw) {
  if (!isObject(raw)) return {};
  const cc = isObject(raw.cache_creation) ? raw.cache_creation : void 0;
  const stu = isObject(raw.server_tool_use) ? raw.server_tool_use : void 0;
  const iterations = Array.isArray(raw.iterations) ? raw.iterations.filter(isObject) : [];
  return mergeUsage(iterations.length > 0 ? { iterations } : {}, {
    input_tokens: num(raw.input_tokens),
    output_tokens: num(raw.output_tokens),
    cache_creation_input_tokens: num(raw.cache_creation_input_tokens),
    cache_read_input_tokens: num(raw.cache_read_input_tokens),
    cache_creation: cc ? {
      ephemeral_5m_input_tokens: num(cc.ephemeral_5m_input_tokens),
      ephemeral_1h_input_tokens: num(cc.ephemeral_1h_input_tokens)
    } : void 0,
    server_tool_use: stu ? {
      web_search_requests: num(stu.web_search_requests),
      web_fetch_requests: num(stu.web_fetch_requests)
    } : void 0,
    speed: str(raw.speed),
    inference_geo: typeof raw.inference_geo === "string" ? raw.inference_geo : void 0,
    service_tier: str(raw.service_tier)
  });
}
function envelope(rec, inherited) {
  const env = {
    timeMs: parseTime(rec.timestamp) ?? inherited?.timeMs,
    uuid: str(rec.uuid),
    sessionId: str(rec.sessionId) ?? inherited?.sessionId,
    isSidechain: rec.isSidechain === true || inherited?.isSidechain === true,
    agentId: str(rec.agentId) ?? inherited?.agentId
  };
  if (inherited?.viaProgress) env.viaProgress = true;
  if (inherited?.parentToolUseId) env.parentToolUseId = inherited.parentToolUseId;
  for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
  return env;
}
function normalizeAssistant(rec, env, opts) {
  const message = isObject(rec.message) ? rec.message : void 0;
  const messageId = str(message?.id);
  const model = str(message?.model);
  if (!message || !messageId || !model) return [{ ...env, kind: "other", type: "assistant" }];
  const toolUses = [];
  const content = Array.isArray(message.content) ? message.content : [];
  for (const block of content) {
    if (!isObject(block) || block.type !== "tool_use") continue;
    const id = str(block.id);
    if (!id) continue;
    const ref = { id, name: str(block.name) ?? "unknown", timeMs: env.timeMs, inputBytes: byteSize(block.input) };
    if (opts.content) ref.input = block.input;
    if (opts.hashKey !== void 0) ref.inputShape = shapeOf(block.input, opts.hashKey);
    if (opts.contentHash) ref.inputHash = opts.contentHash(block.input);
    if ((ref.name === "Agent" || ref.name === "Task") && isObject(block.input)) {
      const type = str(block.input.subagent_type);
      if (type) ref.subagentType = type;
    }
    if (ref.name === "Skill" && isObject(block.input)) {
      const skill = str(block.input.skill);
      if (skill) ref.skill = skill;
    }
    const signal = toolUseSignal(ref.name, block.input);
    if (signal) ref.signal = signal;
    toolUses.push(ref);
  }
  const synthetic = model === "<synthetic>";
  const entry = {
    ...env,
    kind: "llm",
    messageId,
    requestId: str(rec.requestId),
    requestRef: str(rec.requestRef),
    model,
    requestedModel: str(rec.requestedModel),
    stopReason: str(message.stop_reason),
    usage: normalizeUsage(message.usage),
    toolUses,
    firstTimeMs: env.timeMs,
    lastTimeMs: env.timeMs,
    records: 1
  };
  const out = entry;
  if (synthetic) out.synthetic = true;
  const recordedCost = num(rec.costUSD);
  if (recordedCost !== void 0) out.recordedCostUsd = recordedCost;
  const attribution = str(rec.attributionAgent);
  if (attribution) out.attributionAgent = attribution;
  const thinking = opts.thinkingChars ? thinkingOf(content, opts.thinkingChars) : void 0;
  if (thinking) out.thinking = thinking;
  if (rec.isApiErrorMessage === true || str(rec.error))
    out.apiError = apiErrorOf(str(rec.error) ?? contentText(message.content).slice(0, MAX_ERROR_TEXT), opts);
  for (const k of ["requestId", "requestRef", "requestedModel", "stopReason"])
    if (out[k] === void 0) delete out[k];
  return [out];
}
function apiErrorOf(text3, opts) {
  if (!text3) return "api_error";
  return opts.content ? text3 : errorSummary(text3);
}
function thinkingOf(content, max) {
  for (const block of content)
    if (isObject(block) && block.type === "thinking" && typeof block.thinking === "string" && block.thinking)
      return block.thinking.slice(0, max);
  return void 0;
}
function resultText(content) {
  if (typeof content === "string") return content;
  return contentText(content);
}
function normalizeUser(rec, env, opts) {
  const message = isObject(rec.message) ? rec.message : void 0;
  if (!message) return [{ ...env, kind: "other", type: "user" }];
  const content = message.content;
  const promptId = str(rec.promptId);
  const toolUseResult = rec.toolUseResult;
  const tur = isObject(toolUseResult) ? toolUseResult : void 0;
  const decision = isObject(rec.permissionDecision) ? rec.permissionDecision : void 0;
  const out = [];
  if (Array.isArray(content) && content.some((b) => isObject(b) && b.type === "tool_result")) {
    for (const block of content) {
      if (!isObject(block) || block.type !== "tool_result") continue;
      const toolUseId = str(block.tool_use_id);
      if (!toolUseId) continue;
      const isError = block.is_error === true;
      const text4 = resultText(block.content);
      const denied = isError && (str(rec.toolDenialKind) !== void 0 || DENY_DECISIONS.has(String(decision?.decision ?? "").toLowerCase()) || DENIAL_TEXT.test(text4.slice(0, 2e3)));
      const interrupted = !denied && (tur?.interrupted === true || isError && INTERRUPT_TEXT.test(text4.slice(0, 500)));
      const output = toolUseResult ?? block.content;
      const entry = {
        ...env,
        kind: "tool_result",
        toolUseId,
        isError,
        denied,
        interrupted,
        outputBytes: byteSize(block.content)
      };
      if (promptId) entry.promptId = promptId;
      if (isError && opts.content) entry.errorText = text4.slice(0, MAX_ERROR_TEXT);
      else if (isError) entry.errorSummary = errorSummary(text4);
      if (opts.content) entry.output = output;
      if (opts.hashKey !== void 0) entry.outputShape = shapeOf(output, opts.hashKey);
      if (decision) entry.permissionDecision = permissionDecisionOf(decision);
      const denialKind = str(rec.toolDenialKind) ?? (isError && TOOL_DISABLED.test(text4) ? "tool-disabled" : void 0);
      if (denialKind) entry.denialKind = denialKind;
      if (opts.contentHash) entry.outputHash = opts.contentHash(output);
      if (tur) {
        const spawned = str(tur.agentId);
        if (spawned) entry.spawnedAgentId = spawned;
        const status = str(tur.status);
        if (status) entry.resultStatus = status;
        const d = num(tur.totalDurationMs) ?? num(tur.durationMs);
        if (d !== void 0) entry.reportedDurationMs = d;
        const signal = toolResultSignal(tur);
        if (signal) entry.signal = signal;
      }
      out.push(entry);
    }
    return out;
  }
  const text3 = contentText(content);
  if (rec.isCompactSummary === true) return [{ ...env, kind: "summary", compaction: true }];
  const interrupt = INTERRUPT.exec(text3);
  if (interrupt) {
    const entry = { ...env, kind: "interrupt", duringToolUse: interrupt[1] !== void 0 };
    return [promptId ? { ...entry, promptId } : entry];
  }
  if (rec.isMeta === true && isSkillExpansion(text3))
    return [{ ...env, kind: "other", type: "skill_expansion" }];
  if (rec.isMeta === true || rec.isVisibleInTranscriptOnly === true || LOCAL_OUTPUT.test(text3))
    return opts.keepOther ? [{ ...env, kind: "other", type: "user-meta" }] : [];
  if (typeof content !== "string" && !Array.isArray(content))
    return [{ ...env, kind: "other", type: "user" }];
  const prompt = { ...env, kind: "prompt", textLength: text3.length };
  if (promptId) prompt.promptId = promptId;
  if (opts.content) prompt.text = text3;
  const command = commandOfPrompt(text3);
  if (command) prompt.command = command;
  if (opts.hashKey !== void 0) prompt.textShape = shapeOf(text3, opts.hashKey);
  const origin = isObject(rec.origin) ? str(rec.origin.kind) : void 0;
  const source = str(rec.promptSource);
  if (origin) prompt.origin = origin;
  else if (source && source !== "sdk" && source !== "user") prompt.origin = source;
  const notification = parseNotification(text3);
  if (notification) prompt.notification = notification;
  return [prompt];
}
function normalizeSystem(rec, env, opts) {
  const subtype = str(rec.subtype) ?? "unknown";
  const entry = { ...env, kind: "system", subtype };
  const d = num(rec.durationMs);
  if (d !== void 0) entry.durationMs = d;
  if (Array.isArray(rec.hookInfos)) {
    const durations = rec.hookInfos.map((h) => isObject(h) ? num(h.durationMs) : void 0).filter((x) => x !== void 0);
    if (durations.length > 0) entry.hookDurationsMs = durations;
  }
  if (isObject(rec.compactMetadata)) {
    const trigger = str(rec.compactMetadata.trigger);
    if (trigger) entry.compactTrigger = trigger;
    const pre = num(rec.compactMetadata.preTokens);
    if (pre !== void 0) entry.compactPreTokens = pre;
  }
  const level = str(rec.level);
  if (level) entry.level = level;
  const hookStop = hookStopOf(rec, opts);
  if (hookStop) entry.hookStop = hookStop;
  const signals = systemSignals(rec);
  return signals.length > 0 ? [entry, { ...env, kind: "signal", signals }] : [entry];
}
function normalizeProgress(rec, env, opts) {
  const data = isObject(rec.data) ? rec.data : void 0;
  if (data?.type !== "agent_progress" || !isObject(data.message))
    return opts.keepOther ? [{ ...env, kind: "other", type: `progress:${String(data?.type ?? "")}` }] : [];
  const inner = data.message;
  const innerRec = { ...inner, isSidechain: true };
  return normalizeRecord(innerRec, opts, {
    timeMs: env.timeMs,
    sessionId: env.sessionId,
    isSidechain: true,
    agentId: str(data.agentId) ?? env.agentId,
    viaProgress: true,
    parentToolUseId: str(rec.parentToolUseID)
  });
}
function normalizeRecord(rec, opts, inherited) {
  const role = isObject(rec.message) ? rec.message.role : void 0;
  const type = typeof rec.type === "string" ? rec.type : role === "assistant" || role === "user" ? role : "";
  const env = envelope(rec, inherited);
  switch (type) {
    case "assistant":
      return normalizeAssistant(rec, env, opts);
    case "user":
      return normalizeUser(rec, env, opts);
    case "system":
      return normalizeSystem(rec, env, opts);
    case "progress":
      return normalizeProgress(rec, env, opts);
    case "api-request": {
      const id = str(rec.id);
      if (!id) return [{ ...env, kind: "other", type }];
      const params = isObject(rec.params) ? rec.params : void 0;
      const entry = { ...env, kind: "api_request", id };
      const model = str(params?.model);
      const querySource = str(rec.querySource);
      return [{ ...entry, ...model ? { model } : {}, ...querySource ? { querySource } : {} }];
    }
    case "cost-state": {
      const modelUsage = isObject(rec.modelUsage) ? rec.modelUsage : {};
      return [{ ...env, kind: "cost_state", totalCostUsd: num(rec.totalCostUSD), modelUsage }];
    }
    case "summary":
      return [{ ...env, kind: "summary", compaction: false }];
    case "attachment": {
      const signals = attachmentSignals(rec);
      if (signals.length > 0) return [{ ...env, kind: "signal", signals }];
      return opts.keepOther ? [{ ...env, kind: "other", type }] : [];
    }
    default:
      if (!opts.keepOther && IGNORED_TYPES.has(type)) return [];
      return [{ ...env, kind: "other", type: type || "untyped" }];
  }
}
function normalizeTranscriptRecord(record, options = {}) {
  if (!isObject(record)) return [{ isSidechain: false, kind: "other", type: "not-an-object" }];
  try {
    return normalizeRecord(record, options);
  } catch {
    return [{ isSidechain: false, kind: "other", type: "unreadable" }];
  }
}
var MAX_ERROR_TEXT, INTERRUPT, LOCAL_OUTPUT, DENIAL_TEXT, INTERRUPT_TEXT, TOOL_DISABLED, DENY_DECISIONS, IGNORED_TYPES;
var init_transcript_entry = __esm({
  "packages/core/src/transcript-entry.ts"() {
    "use strict";
    init_activity_scope();
    init_error_summary();
    init_hook_stop();
    init_merge_llm_responses();
    init_record_fields();
    init_shape_of();
    init_tool_signal();
    init_transcript_signals();
    init_merge_llm_responses();
    MAX_ERROR_TEXT = 2e3;
    INTERRUPT = /^\[Request interrupted by user( for tool use)?\]/;
    LOCAL_OUTPUT = /^\s*<(local-command-stdout|local-command-stderr|local-command-caveat|bash-stdout|bash-stderr)>/;
    DENIAL_TEXT = /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed with this tool use|tool use was rejected|was blocked by (?:a |the )?(?:\S+ )?(?:hook|policy)|denied by (?:a |the )?(?:\S+ )?(?:hook|policy|permission)|Permission denied by|blocked by permission rules/i;
    INTERRUPT_TEXT = /interrupted by user|Request interrupted|was interrupted/i;
    TOOL_DISABLED = /^(?:<tool_use_error>)?(?:Error: )?No such tool available: \S+\. \S+ is disabled/;
    DENY_DECISIONS = /* @__PURE__ */ new Set(["reject", "deny", "denied", "block", "blocked"]);
    IGNORED_TYPES = /* @__PURE__ */ new Set([
      "file-history-snapshot",
      "queue-operation",
      "api-request-shape",
      "api-request-blob",
      "tools-used",
      "last-prompt",
      "atis-latch",
      "mode",
      "permission-mode",
      "custom-title",
      "ai-title",
      "agent-name",
      "agent-setting",
      "pr-link",
      "bridge-session",
      "worktree-state"
    ]);
  }
});

// packages/core/src/response-index.ts
function usageFingerprint(u) {
  return `${u.input_tokens ?? 0}|${u.output_tokens ?? 0}|${u.cache_read_input_tokens ?? 0}|${u.cache_creation_input_tokens ?? 0}`;
}
var ResponseIndex;
var init_response_index = __esm({
  "packages/core/src/response-index.ts"() {
    "use strict";
    init_transcript_entry();
    ResponseIndex = class {
      #byKey = /* @__PURE__ */ new Map();
      #byMessage = /* @__PURE__ */ new Map();
      #byRequestRef = /* @__PURE__ */ new Map();
      /** Responses no live step has claimed yet, by usage fingerprint. */
      #byFp = /* @__PURE__ */ new Map();
      /**
       * Adds one response, or merges it into the record of a copy already seen. `place` names the container of a
       * new record (it may open a turn, so it is called only then).
       */
      add(entry, place) {
        const dedupKey = llmKeyOf(entry);
        let state = this.#byKey.get(dedupKey);
        if (!state) {
          const byMessage = this.#byMessage.get(entry.messageId);
          if (byMessage && (byMessage.entry.isSidechain || entry.isSidechain)) state = byMessage;
        }
        let isNew = false;
        if (state) {
          this.#unindexFp(state);
          state.entry = mergeLlmResponses(state.entry, entry);
          this.#byKey.set(dedupKey, state);
        } else {
          state = { dedupKey, spanKey: entry.requestId ?? entry.messageId, entry, cid: place(dedupKey) };
          this.#byKey.set(dedupKey, state);
          this.#byMessage.set(entry.messageId, state);
          isNew = true;
        }
        if (state.entry.requestRef) this.#byRequestRef.set(state.entry.requestRef, state);
        this.#indexFp(state);
        return { state, isNew };
      }
      /** The response an `api-request` record (by its id) was answered with. */
      byRequestRef(requestRef) {
        return this.#byRequestRef.get(requestRef);
      }
      /** Responses with exactly this usage that no live step has claimed. */
      unclaimedWithUsage(usage) {
        return this.#byFp.get(usageFingerprint(usage));
      }
      /** A live step (the mod's timing of one request) claims a response. */
      claim(state, step) {
        this.#unindexFp(state);
        state.step = step;
      }
      #indexFp(state) {
        if (state.step) return;
        const fp = usageFingerprint(state.entry.usage);
        state.fp = fp;
        let set = this.#byFp.get(fp);
        if (!set) {
          set = /* @__PURE__ */ new Set();
          this.#byFp.set(fp, set);
        }
        set.add(state);
      }
      #unindexFp(state) {
        if (state.fp === void 0) return;
        const set = this.#byFp.get(state.fp);
        set?.delete(state);
        if (set && set.size === 0) this.#byFp.delete(state.fp);
        state.fp = void 0;
      }
    };
  }
});

// packages/core/src/tracker-state.ts
var TrackerState;
var init_tracker_state = __esm({
  "packages/core/src/tracker-state.ts"() {
    "use strict";
    init_response_index();
    init_session_scopes();
    init_tracker_records();
    TrackerState = class {
      sessionId;
      session = { events: [], hookStops: /* @__PURE__ */ new Map() };
      responses = new ResponseIndex();
      tools = /* @__PURE__ */ new Map();
      agents = /* @__PURE__ */ new Map();
      turns = /* @__PURE__ */ new Map();
      buckets = /* @__PURE__ */ new Map();
      requestStart = /* @__PURE__ */ new Map();
      /** `api-request` records of the main thread and subagents: where each belongs, for unanswered ones. */
      requestInfo = /* @__PURE__ */ new Map();
      /** Session-level derived signals by log record id (`session-signals.ts`). */
      signals = /* @__PURE__ */ new Map();
      /** The skill and slash command of each response and tool call (`session-scopes.ts`). */
      scopes = new SessionScopes();
      /** Containers whose spans changed since the last build. */
      dirty = /* @__PURE__ */ new Set();
      /** The turn the transcript is in now, and the one live events are in. */
      transcriptTurn;
      liveTurn;
      #turnSeq = 0;
      constructor(sessionId) {
        this.sessionId = sessionId;
      }
      activity(timeMs) {
        if (timeMs !== void 0) this.session.lastActivityMs = maxOf(this.session.lastActivityMs, timeMs);
      }
      addEvent(event) {
        const events = this.session.events;
        const dup = events.some((x) => x.name === event.name && Math.abs(x.timeMs - event.timeMs) < 1e3);
        if (!dup) events.push(event);
      }
      touch(cid) {
        this.dirty.add(cid);
      }
      bucket(cid) {
        let b = this.buckets.get(cid);
        if (!b) {
          b = { llm: /* @__PURE__ */ new Set(), tools: /* @__PURE__ */ new Set() };
          this.buckets.set(cid, b);
        }
        return b;
      }
      isEmpty(cid) {
        const bucket = this.buckets.get(cid);
        return !bucket || bucket.llm.size === 0 && bucket.tools.size === 0;
      }
      /** Finds or creates a turn. A new turn ends the previous one of the same channel. */
      turn(key, channel) {
        let turn = this.turns.get(key);
        if (!turn) {
          turn = { key, seq: this.#turnSeq++, ended: false, failed: false, interrupted: false };
          this.turns.set(key, turn);
        }
        if (channel === "transcript" && this.transcriptTurn !== key) {
          this.#endTurn(this.transcriptTurn);
          this.transcriptTurn = key;
        } else if (channel === "live" && this.liveTurn !== key) {
          this.#endTurn(this.liveTurn);
          this.liveTurn = key;
        }
        return turn;
      }
      #endTurn(key) {
        const prev = key ? this.turns.get(key) : void 0;
        if (prev && !prev.ended) {
          prev.ended = true;
          this.touch(turnCid(prev.key));
        }
      }
      /** The turn transcript entries belong to now; a response before any prompt opens an implicit turn. */
      currentTranscriptTurn(seed) {
        if (this.transcriptTurn) return this.transcriptTurn;
        return this.turn(`implicit:${seed}`, "transcript").key;
      }
      tool(id) {
        let tool = this.tools.get(id);
        if (!tool) {
          tool = {
            id,
            cidFromTranscript: false,
            seenTranscript: false,
            seenLive: false,
            durationFromHook: false
          };
          this.tools.set(id, tool);
        }
        return tool;
      }
      agent(id) {
        let agent = this.agents.get(id);
        if (!agent) {
          agent = { id, stopped: false, resultCompleted: false };
          this.agents.set(id, agent);
        }
        return agent;
      }
      agentSeen(agent, timeMs) {
        if (timeMs === void 0) return;
        agent.firstMs = minOf(agent.firstMs, timeMs);
        agent.lastMs = maxOf(agent.lastMs, timeMs);
        this.touch(agentCid(agent.id));
      }
    };
  }
});

// packages/core/src/session-tracker.ts
var SessionTracker;
var init_session_tracker = __esm({
  "packages/core/src/session-tracker.ts"() {
    "use strict";
    init_apply_capture_event();
    init_apply_transcript_entries();
    init_build_trace_nodes();
    init_live_matching();
    init_process_exit();
    init_resolve_pricing();
    init_trace_ids();
    init_trace_snapshots();
    init_tracker_records();
    init_tracker_state();
    init_tree_placement();
    init_usage_totals();
    SessionTracker = class {
      sessionId;
      traceId;
      #pricer;
      #sum;
      #state;
      #live = new LiveMatcher();
      #snapshots = new TraceSnapshots();
      constructor(options) {
        this.sessionId = options.sessionId;
        this.traceId = traceIdForSession(options.sessionId);
        const { pricer, sum: sum2 } = resolvePricing(options.pricing);
        this.#pricer = pricer;
        this.#sum = sum2;
        this.#state = new TrackerState(options.sessionId);
      }
      /**
       * Adds normalised transcript entries, in file order. `source.agentId` marks entries of a subagent
       * transcript (`subagents/agent-<id>.jsonl`) whose records do not carry it themselves.
       */
      addTranscriptEntries(entries, source = {}) {
        applyTranscriptEntries(this.#state, entries, source);
      }
      /** Adds one live event (mod batch item or hook payload, normalised). Events of other sessions are ignored. */
      addCaptureEvent(e) {
        applyCaptureEvent(this.#state, this.#live, e);
      }
      /**
       * Claude Code's process is gone and the session never ended (kill -9, crash, OOM): the session ends at
       * `atMs`, a turn still open is interrupted (status error), and requests the transcript logged without a
       * response are listed as unanswered. The first call wins, so a rebuild after a restart is the same.
       */
      processExited(atMs) {
        markProcessExited(this.#state, atMs);
      }
      /** The session's trace now. Cheap to call repeatedly: unchanged turns are reused. */
      build(options = {}) {
        const final = options.final === true;
        const state = this.#state;
        const s = state.session;
        this.#live.match(state);
        const sessionComplete = final || s.sessionEndMs !== void 0 && s.sessionEndMs >= (s.lastActivityMs ?? 0);
        this.#snapshots.sessionCompletion(state, sessionComplete, final);
        const places = placeAgents(state, this.#snapshots.agentRoot);
        this.#snapshots.dropChangedAgents(state);
        const ctx = {
          ...places,
          state,
          pricer: this.#pricer,
          sum: this.#sum,
          final,
          sessionComplete,
          agentSnap: this.#snapshots.agentSnap
        };
        const turns = this.#snapshots.turns(ctx);
        const sessionSpan = sessionSpanId(this.sessionId);
        const subagents = places.orphanAgents.map((id) => buildAgent(ctx, id, sessionSpan, /* @__PURE__ */ new Set()));
        const totals = sumTotals(
          [...this.#snapshots.turnBlockTotals(turns, this.#sum), ...subagents.map((a) => a.totals)],
          this.#sum
        );
        let startMs = s.startMs;
        let endMs = s.startMs;
        for (const node of [...turns, ...subagents]) {
          startMs = minOf(startMs, node.startMs);
          endMs = maxOf(endMs, node.endMs);
        }
        for (const ev of s.events) endMs = maxOf(endMs, ev.timeMs);
        if (sessionComplete && s.sessionEndMs !== void 0) endMs = maxOf(endMs, s.sessionEndMs);
        startMs ??= s.lastActivityMs ?? 0;
        endMs = Math.max(endMs ?? startMs, startMs);
        const claudeCostUsd = s.measureCost ?? s.costStateCost;
        const trace = {
          kind: "session",
          sessionId: this.sessionId,
          traceId: this.traceId,
          spanId: sessionSpan,
          startMs,
          endMs,
          complete: sessionComplete,
          status: s.exitedMs !== void 0 ? "error" : sessionComplete ? "ok" : "unset",
          turns,
          subagents,
          events: [...s.events].sort((a, b) => a.timeMs - b.timeMs),
          signals: [...state.signals.values()].sort((a, b) => a.timeMs - b.timeMs),
          totals
        };
        if (s.model) trace.model = s.model;
        if (s.cwd) trace.cwd = s.cwd;
        if (s.transcriptPath) trace.transcriptPath = s.transcriptPath;
        if (s.claudeVersion) trace.claudeVersion = s.claudeVersion;
        if (s.endReason) trace.endReason = s.endReason;
        if (s.exitedMs !== void 0) trace.interrupted = true;
        if (s.hookStops.size > 0) trace.hookStops = [...s.hookStops.values()];
        if (claudeCostUsd !== void 0) {
          trace.claudeCostUsd = claudeCostUsd;
          trace.costDriftUsd = totals.costUsd - claudeCostUsd;
        }
        return trace;
      }
    };
  }
});

// packages/core/src/should-sample.ts
import { createHash as createHash5 } from "node:crypto";
function parseSamplingRate(value, name = "samplingRate") {
  if (value === void 0 || value === null || value === "") return 1;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new GlassboxError(
      "INVALID_CONFIG",
      `${name} must be a number from 0 to 1 (e.g. 0.25), got ${JSON.stringify(value)}`,
      { data: { name, value: typeof value === "string" ? value : String(value) } }
    );
  }
  return n;
}
function sessionSampleValue(sessionId) {
  const h = createHash5("sha256").update(`glassbox/sample\0${sessionId}`).digest();
  return h.readUIntBE(0, 6) / 2 ** 48;
}
function shouldSample(sessionId, samplingRate) {
  if (!(samplingRate > 0)) return false;
  if (samplingRate >= 1) return true;
  return sessionSampleValue(sessionId) < samplingRate;
}
var init_should_sample = __esm({
  "packages/core/src/should-sample.ts"() {
    "use strict";
    init_src2();
  }
});

// packages/core/src/strip-content.ts
function stripHookContent(input, hashKey) {
  const out = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (typeof value === "string") {
      if (HOOK_ID_STRINGS.has(key)) out[key] = value;
      else if (HOOK_ERROR_STRINGS.has(key))
        out[key] = key === "reason" && input.hook_event_name === "SessionEnd" ? value : errorSummary(
          value,
          input.hook_event_name === "PermissionDenied" ? "permission_denied" : "error"
        );
    }
  }
  if (typeof input.prompt === "string") {
    out.prompt_length = input.prompt.length;
    out.prompt_shape = shapeOf(input.prompt, hashKey);
  }
  if (input.tool_input !== void 0) {
    out.tool_input_bytes = byteSize(input.tool_input);
    out.tool_input_shape = shapeOf(input.tool_input, hashKey);
  }
  if (input.tool_response !== void 0) {
    out.tool_response_bytes = byteSize(input.tool_response);
    out.tool_response_shape = shapeOf(input.tool_response, hashKey);
  }
  if (typeof input.last_assistant_message === "string") {
    const shape = shapeOf(input.last_assistant_message, hashKey);
    out.last_assistant_message_hmac = shape.hash;
    out.last_assistant_message_length = input.last_assistant_message.length;
  }
  if (input.tool_name === "Agent" || input.tool_name === "Task") {
    const ti = isRecord(input.tool_input) ? input.tool_input : {};
    const tr = isRecord(input.tool_response) ? input.tool_response : {};
    if (typeof ti.subagent_type === "string") out.tool_input = { subagent_type: ti.subagent_type };
    if (typeof tr.agentId === "string")
      out.tool_response = {
        agentId: tr.agentId,
        ...typeof tr.resolvedModel === "string" ? { resolvedModel: tr.resolvedModel } : {}
      };
  }
  return out;
}
function stripEventContent(event, hashKey) {
  const e = event;
  if (!EVENT_CONTENT.some((k) => e[k] !== void 0) && e.errorText === void 0 && e.error === void 0)
    return event;
  const out = { ...e };
  for (const k of EVENT_CONTENT) delete out[k];
  if (typeof e.errorText === "string") out.errorText = errorSummary(e.errorText);
  else delete out.errorText;
  if (typeof e.error === "string") out.error = errorSummary(e.error);
  else delete out.error;
  if (event.type === "prompt.submit" && typeof e.text === "string" && typeof e.textLength !== "number")
    out.textLength = e.text.length;
  if (event.type === "tool.start" && e.input !== void 0) {
    out.inputBytes ??= byteSize(e.input);
    out.inputShape ??= shapeOf(e.input, hashKey);
  }
  if (event.type === "tool.end" && e.output !== void 0) {
    out.outputBytes ??= byteSize(e.output);
    out.outputShape ??= shapeOf(e.output, hashKey);
  }
  return out;
}
var HOOK_ID_STRINGS, HOOK_ERROR_STRINGS, isRecord, EVENT_CONTENT;
var init_strip_content = __esm({
  "packages/core/src/strip-content.ts"() {
    "use strict";
    init_error_summary();
    init_shape_of();
    HOOK_ID_STRINGS = /* @__PURE__ */ new Set([
      "hook_event_name",
      "session_id",
      "transcript_path",
      "cwd",
      "prompt_id",
      "permission_mode",
      "agent_id",
      "agent_type",
      "model",
      "source",
      "tool_name",
      "tool_use_id",
      "trigger",
      "agent_transcript_path",
      "last_assistant_message_hmac",
      "matcher",
      "notification_type"
    ]);
    HOOK_ERROR_STRINGS = /* @__PURE__ */ new Set(["error", "reason"]);
    isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    EVENT_CONTENT = ["text", "input", "output", "prompt", "content", "message"];
  }
});

// packages/core/src/trace-to-audit-decisions.ts
import { createHash as createHash6 } from "node:crypto";
function traceToAuditDecisions(trace, options = {}) {
  const out = [];
  const sessionId = trace.sessionId;
  const userId = options.userId ?? "anonymous";
  const redact = options.redact ?? ((text3) => String(redactSecrets(text3)));
  const add2 = (type, naturalId, timeMs, fields) => {
    const id = auditDecisionId(sessionId, type, naturalId);
    if (options.skip?.has(id)) return;
    out.push({
      id,
      timestamp: new Date(timeMs).toISOString(),
      sessionId,
      userId,
      decisionType: type,
      ...fields,
      metadata: dropUndefined(fields.metadata)
    });
  };
  const hashOf = (known, value) => known ?? (value !== void 0 && options.contentHash ? options.contentHash(value) : void 0);
  const visitLlm = (node, turnIndex, promptId) => {
    if (!node.complete) return;
    const base = {
      turnIndex,
      promptId,
      agentId: node.agentId,
      model: node.model,
      requestId: node.requestId,
      messageId: node.messageId,
      stopReason: node.stopReason
    };
    const inputHash = fingerprint(`${node.messageId}
${node.requestId ?? ""}`);
    const reasoning = options.captureContent && node.thinking ? redact(node.thinking.slice(0, AUDIT_REASONING_CHARS)) : void 0;
    add2("response_generated", node.key, node.endMs, {
      decisionSource: "model",
      inputHash,
      ...reasoning ? { reasoning } : {},
      metadata: {
        ...base,
        inputTokens: node.usage.input_tokens ?? 0,
        outputTokens: node.usage.output_tokens ?? 0,
        cacheReadInputTokens: node.usage.cache_read_input_tokens ?? 0,
        cacheCreationInputTokens: node.usage.cache_creation_input_tokens ?? 0
      }
    });
    if (node.stopReason && SAFETY_STOPS.has(node.stopReason))
      add2("safety_block", `${node.key}:stop`, node.endMs, {
        decisionSource: "model",
        inputHash,
        metadata: { ...base, reasonCode: node.stopReason }
      });
  };
  const visitTool = (node, turnIndex, promptId, held) => {
    if (node.complete && !held) {
      const verdict = toolVerdict(node);
      const inputHash = hashOf(node.inputHash, node.input) ?? "";
      const outputHash = verdict.type === "tool_call" ? hashOf(node.outputHash, node.output) : void 0;
      add2(verdict.type, node.toolUseId, node.startMs, {
        toolName: node.name,
        toolUseId: node.toolUseId,
        ...verdict.source ? { decisionSource: verdict.source } : {},
        inputHash,
        ...outputHash ? { outputHash } : {},
        metadata: {
          turnIndex,
          promptId: node.promptId ?? promptId,
          agentId: node.agentId,
          outcome: verdict.outcome,
          reasonCode: verdict.reasonCode,
          durationMs: verdict.type === "tool_call" ? node.durationMs : void 0
        }
      });
    }
    for (const sub of node.subagents) visitAgent(sub, turnIndex, promptId);
  };
  const visitHookStop = (stop, turnIndex) => {
    add2("safety_block", `hook:${stop.key}`, stop.timeMs, {
      decisionSource: "hook",
      inputHash: stop.inputHash ?? fingerprint(`${stop.event}
${stop.key}`),
      metadata: {
        turnIndex,
        promptId: stop.promptId,
        hookEvent: stop.event,
        outcome: stop.outcome,
        reasonCode: `hook:${stop.event}`,
        reason: options.captureContent && stop.reason ? redact(stop.reason) : void 0
      }
    });
  };
  const stops = [...trace.hookStops ?? []].sort((a, b) => a.timeMs - b.timeMs);
  const flushStops = (turnKey, turnIndex, beforeMs = Number.POSITIVE_INFINITY) => {
    for (let i = 0; i < stops.length; i++) {
      const stop = stops[i];
      if (stop.turnKey !== turnKey || stop.timeMs > beforeMs) continue;
      visitHookStop(stop, turnIndex);
      stops.splice(i--, 1);
    }
  };
  const visitChildren = (container, turnIndex, promptId, turnKey) => {
    const running = /* @__PURE__ */ new Set();
    for (const child of container.children) {
      if (turnKey !== void 0) flushStops(turnKey, turnIndex, child.startMs);
      if (child.kind === "llm") {
        visitLlm(child, turnIndex, promptId);
        continue;
      }
      const request = child.requestedBy === child.parentSpanId ? child.requestedBy : void 0;
      const held = !container.complete && request !== void 0 && running.has(request);
      if (request !== void 0 && !child.complete) running.add(request);
      visitTool(child, turnIndex, promptId, held);
    }
  };
  const visitAgent = (agent, turnIndex, promptId) => visitChildren(agent, turnIndex, agent.promptId ?? promptId);
  trace.turns.forEach((turn, turnIndex) => {
    flushStops(void 0, -1, turn.startMs);
    visitChildren(turn, turnIndex, turn.promptId, turn.key);
    for (const sub of turn.subagents) visitAgent(sub, turnIndex, turn.promptId);
    flushStops(turn.key, turnIndex);
  });
  for (const sub of trace.subagents) visitAgent(sub, -1, void 0);
  for (const stop of stops) visitHookStop(stop, -1);
  return out;
}
function auditDecisionId(sessionId, type, naturalId) {
  return fingerprint(`audit
${sessionId}
${type}
${naturalId}`).slice(0, 32);
}
function toolVerdict(node) {
  const p = node.permission;
  const refused = node.toolStatus === "denied" || node.denialKind !== void 0 || p?.decision === "reject" || p?.decision === "deny";
  if (!refused) {
    const outcome = node.toolStatus === "ok" ? "ok" : node.toolStatus === "interrupted" ? "interrupted" : "failed";
    return {
      type: "tool_call",
      outcome,
      ...p?.source ? { source: p.source } : {},
      ...p?.reasonCode || p?.ruleSource ? { reasonCode: p.reasonCode ?? `rule:${p.ruleSource}` } : {}
    };
  }
  const reasonCode = p?.reasonCode === "unknown" ? void 0 : p?.reasonCode;
  const code = reasonCode ?? node.denialKind ?? p?.reasonType ?? "denied";
  const text3 = `${p?.source ?? ""} ${p?.reasonType ?? ""} ${p?.reasonCode ?? ""}`;
  if (p?.source === "hook" || p?.reasonType === "hook" || p?.reasonCode?.startsWith("hook:"))
    return { type: "safety_block", source: "hook", reasonCode: code, outcome: "blocked" };
  if (p?.ruleSource === "policySettings" || /\bpolicy\b/i.test(text3))
    return { type: "safety_block", source: "policy", reasonCode: code, outcome: "blocked" };
  if (/sandbox/i.test(text3))
    return { type: "safety_block", source: "sandbox", reasonCode: code, outcome: "blocked" };
  if (node.denialKind === "tool-disabled")
    return { type: "tool_skip", source: "config", reasonCode: "tool-disabled", outcome: "denied" };
  const source = p?.source ?? (node.denialKind === "user-rejected" ? "user" : void 0);
  return { type: "tool_skip", ...source ? { source } : {}, reasonCode: code, outcome: "denied" };
}
function fingerprint(text3) {
  return createHash6("sha256").update(text3).digest("hex");
}
function dropUndefined(record) {
  const out = {};
  for (const [k, v] of Object.entries(record)) if (v !== void 0) out[k] = v;
  return out;
}
var AUDIT_REASONING_CHARS, SAFETY_STOPS;
var init_trace_to_audit_decisions = __esm({
  "packages/core/src/trace-to-audit-decisions.ts"() {
    "use strict";
    init_redact_secrets();
    AUDIT_REASONING_CHARS = 500;
    SAFETY_STOPS = /* @__PURE__ */ new Set(["refusal"]);
  }
});

// packages/core/src/telemetry-attributes.ts
function spanStatus(status, message) {
  if (status === "error") return message ? { code: "error", message } : { code: "error" };
  return { code: status === "ok" ? "ok" : "unset" };
}
function usageAttributes(t) {
  return {
    "gen_ai.usage.input_tokens": t.inputTokens + t.cacheReadInputTokens + t.cacheCreationInputTokens,
    "gen_ai.usage.output_tokens": t.outputTokens,
    "gen_ai.usage.cache_read.input_tokens": t.cacheReadInputTokens,
    "gen_ai.usage.cache_creation.input_tokens": t.cacheCreationInputTokens,
    "glassbox.usage.uncached_input_tokens": t.inputTokens,
    "glassbox.usage.cache_creation.5m.input_tokens": t.cacheCreation5mInputTokens,
    "glassbox.usage.cache_creation.1h.input_tokens": t.cacheCreation1hInputTokens,
    "glassbox.cost.usd": t.costUsd,
    "glassbox.cost.known": t.unpricedCalls === 0,
    "glassbox.llm.calls": t.llmCalls,
    "glassbox.tool.calls": t.toolCalls,
    "glassbox.tool.failures": t.toolFailures
  };
}
function shapeAttributes(prefix, shape, bytes) {
  if (!shape) return bytes === void 0 ? {} : { [`${prefix}.bytes`]: bytes };
  const out = {
    [`${prefix}.type`]: shape.type,
    [`${prefix}.bytes`]: shape.bytes,
    [`${prefix}.hash`]: shape.hash
  };
  if (shape.keys) out[`${prefix}.keys`] = [...shape.keys];
  if (shape.length !== void 0) out[`${prefix}.length`] = shape.length;
  return out;
}
function clean(attrs) {
  const out = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== void 0) out[k] = v;
  return out;
}
var init_telemetry_attributes = __esm({
  "packages/core/src/telemetry-attributes.ts"() {
    "use strict";
  }
});

// packages/core/src/call-records.ts
function callSpan(walk, node, span) {
  return {
    traceId: walk.trace.traceId,
    spanId: node.spanId,
    parentSpanId: node.parentSpanId,
    name: span.name,
    kind: span.kind,
    startTimeMs: node.startMs,
    endTimeMs: node.endMs,
    status: span.status,
    attributes: clean(span.attributes),
    events: []
  };
}
function callLog(walk, node, id, log) {
  return {
    id,
    timeMs: node.endMs,
    severity: log.severity,
    event: log.event,
    traceId: walk.trace.traceId,
    spanId: node.spanId,
    attributes: clean({
      ...walk.resource,
      sessionId: walk.sid,
      promptId: log.promptId,
      agentId: log.agent?.agentId,
      ...log.attributes
    })
  };
}
var init_call_records = __esm({
  "packages/core/src/call-records.ts"() {
    "use strict";
    init_telemetry_attributes();
  }
});

// packages/core/src/telemetry-walk.ts
function createTelemetryWalk(trace, opts, spans, logs) {
  const redact = opts.redact ?? ((v) => redactSecrets(v));
  const agentName = opts.agentName ?? "claude-code";
  const resource = { ...opts.resource ?? {} };
  const skip = opts.skip;
  const sid = trace.sessionId;
  const common = {
    ...resource,
    "gen_ai.conversation.id": sid,
    "gen_ai.provider.name": "anthropic"
  };
  const cleanText = (text3, max) => {
    if (text3 === void 0) return void 0;
    const out = redact(text3);
    const s = typeof out === "string" ? out : JSON.stringify(out);
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
  };
  const contentAttr = (value) => {
    if (value === void 0) return void 0;
    const out = redact(value);
    const s = typeof out === "string" ? out : JSON.stringify(out) ?? "";
    return s.length > MAX_CONTENT_ATTR ? `${s.slice(0, MAX_CONTENT_ATTR)}\u2026` : s;
  };
  const addSpan = (spanId, make) => {
    if (!skip?.has(spanId)) spans.push(make());
  };
  const addLog = (id, make) => {
    if (!skip?.has(id)) logs.push(make(id));
  };
  return { trace, opts, redact, agentName, resource, sid, common, cleanText, contentAttr, addSpan, addLog };
}
var MAX_ERROR2, MAX_CONTENT_ATTR;
var init_telemetry_walk = __esm({
  "packages/core/src/telemetry-walk.ts"() {
    "use strict";
    init_redact_secrets();
    MAX_ERROR2 = 1e3;
    MAX_CONTENT_ATTR = 8192;
  }
});

// packages/core/src/llm-call-telemetry.ts
function llmCallTelemetry(walk, node, promptId, agent) {
  const { sid, common, agentName, cleanText, addSpan, addLog } = walk;
  const u = node.usage;
  const split = cacheWriteSplit(u);
  const cacheRead = u.cache_read_input_tokens ?? 0;
  const cacheWrite = u.cache_creation_input_tokens ?? 0;
  const input = u.input_tokens ?? 0;
  const output = u.output_tokens ?? 0;
  const latencyMs = node.endMs - node.startMs;
  const requested = node.requestedModel ?? node.model;
  const error = cleanText(node.error, MAX_ERROR2);
  addSpan(
    node.spanId,
    () => callSpan(walk, node, {
      name: `chat ${requested}`,
      kind: "client",
      status: spanStatus(node.status, error),
      attributes: {
        ...common,
        "glassbox.span.type": "llm",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": requested,
        "gen_ai.response.model": node.model,
        "gen_ai.response.id": node.messageId,
        "gen_ai.response.finish_reasons": node.stopReason ? [node.stopReason] : void 0,
        // GenAI semconv (Anthropic): input_tokens includes cache reads and writes.
        "gen_ai.usage.input_tokens": input + cacheRead + cacheWrite,
        "gen_ai.usage.output_tokens": output,
        "gen_ai.usage.cache_read.input_tokens": cacheRead,
        "gen_ai.usage.cache_creation.input_tokens": cacheWrite,
        "glassbox.usage.uncached_input_tokens": input,
        "glassbox.usage.cache_creation.5m.input_tokens": split.fiveMinute,
        "glassbox.usage.cache_creation.1h.input_tokens": split.oneHour,
        "glassbox.usage.web_search_requests": u.server_tool_use?.web_search_requests,
        "glassbox.usage.speed": u.speed ?? void 0,
        "glassbox.usage.inference_geo": u.inference_geo || void 0,
        "gen_ai.response.time_to_first_chunk": node.firstContentMs !== void 0 ? (node.firstContentMs - node.startMs) / 1e3 : void 0,
        "glassbox.cost.usd": node.costUsd,
        "glassbox.cost.known": node.costKnown,
        "glassbox.cost.rule": node.costRule,
        "glassbox.cost.model": node.pricedModel,
        "claude.request.id": node.requestId,
        "claude.prompt.id": promptId,
        "gen_ai.agent.id": agent?.agentId,
        "gen_ai.agent.name": agent ? agent.agentType ?? "subagent" : agentName,
        ...scopeAttributes(node.scope),
        "error.type": node.status === "error" ? "api_error" : void 0
      }
    })
  );
  addLog(
    logRecordId(sid, "llm_call", node.key),
    (id) => callLog(walk, node, id, {
      event: "llm_call",
      severity: node.status === "error" ? "error" : "info",
      promptId,
      agent,
      attributes: {
        model: requested,
        responseModel: node.model,
        requestId: node.requestId,
        messageId: node.messageId,
        inputTokens: input,
        outputTokens: output,
        cacheReadTokens: cacheRead,
        cacheCreationTokens: cacheWrite,
        cacheCreation5mTokens: split.fiveMinute,
        cacheCreation1hTokens: split.oneHour,
        costUsd: node.costUsd,
        costKnown: node.costKnown,
        latencyMs,
        timeToFirstTokenMs: node.firstContentMs !== void 0 ? node.firstContentMs - node.startMs : void 0,
        stopReason: node.stopReason,
        skill: node.scope?.skill,
        command: node.scope?.command,
        status: node.status === "error" ? "error" : "ok",
        error
      }
    })
  );
}
function unansweredRequestTelemetry(walk, u, promptId) {
  const { trace, sid, common, resource, addSpan, addLog } = walk;
  addSpan(u.spanId, () => ({
    traceId: trace.traceId,
    spanId: u.spanId,
    parentSpanId: u.parentSpanId,
    name: `chat ${u.model ?? "unknown"}`,
    kind: "client",
    startTimeMs: u.startMs,
    endTimeMs: u.endMs,
    status: { code: "error", message: "interrupted: no response" },
    attributes: clean({
      ...common,
      "glassbox.span.type": "llm_unanswered",
      "gen_ai.operation.name": "chat",
      "gen_ai.request.model": u.model,
      "glassbox.llm.unanswered": true,
      "claude.request.ref": u.requestRef,
      "claude.prompt.id": promptId,
      "gen_ai.agent.id": u.agentId,
      "error.type": "interrupted"
    }),
    events: []
  }));
  addLog(logRecordId(sid, "llm_request_unanswered", u.requestRef), (id) => ({
    id,
    timeMs: u.startMs,
    severity: "warn",
    event: "llm_request_unanswered",
    traceId: trace.traceId,
    spanId: u.spanId,
    attributes: clean({
      ...resource,
      sessionId: sid,
      promptId,
      model: u.model,
      requestRef: u.requestRef,
      agentId: u.agentId,
      status: "interrupted"
    })
  }));
}
var init_llm_call_telemetry = __esm({
  "packages/core/src/llm-call-telemetry.ts"() {
    "use strict";
    init_activity_scope();
    init_call_records();
    init_telemetry_attributes();
    init_telemetry_walk();
    init_trace_ids();
    init_usage_totals();
  }
});

// packages/core/src/tool-call-telemetry.ts
function toolCallTelemetry(walk, node, promptId, agent) {
  const { opts, sid, common, redact, cleanText, contentAttr, addSpan, addLog } = walk;
  const error = node.toolStatus === "ok" ? void 0 : cleanText(node.errorText, MAX_ERROR2);
  const errorType = node.toolStatus === "denied" ? "permission_denied" : node.toolStatus === "interrupted" ? "interrupted" : node.toolStatus === "error" ? "tool_error" : void 0;
  const contentAttrs = {};
  if (opts.captureContent) {
    const args = contentAttr(node.input);
    const result = contentAttr(node.output);
    if (args !== void 0) contentAttrs["gen_ai.tool.call.arguments"] = args;
    if (result !== void 0) contentAttrs["gen_ai.tool.call.result"] = result;
  }
  const origin = toolOrigin(node.name, node.skill);
  addSpan(
    node.spanId,
    () => callSpan(walk, node, {
      name: `execute_tool ${node.name}`,
      kind: "internal",
      status: spanStatus(node.status, error ?? errorType),
      attributes: {
        ...common,
        "glassbox.span.type": "tool",
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": node.name,
        "gen_ai.tool.call.id": node.toolUseId,
        "gen_ai.tool.type": node.name.startsWith("mcp__") ? "extension" : "function",
        "gen_ai.agent.id": agent?.agentId,
        "gen_ai.agent.name": agent?.agentType,
        "claude.prompt.id": promptId,
        ...toolOriginAttributes(origin),
        ...scopeAttributes(node.scope),
        "glassbox.tool.status": node.toolStatus,
        "glassbox.tool.duration_ms": node.durationMs,
        "glassbox.tool.input_bytes": node.inputBytes,
        "glassbox.tool.output_bytes": node.outputBytes,
        "glassbox.tool.requested_by": node.requestedBy,
        "glassbox.tool.seen_in": node.seenIn,
        "error.type": errorType,
        ...contentAttrs
      }
    })
  );
  const body = {};
  if (opts.captureContent) {
    if (node.input !== void 0) body.input = redact(node.input);
    if (node.output !== void 0) body.output = redact(node.output);
  }
  addLog(logRecordId(sid, "tool_call", node.toolUseId), (id) => ({
    ...callLog(walk, node, id, {
      event: "tool_call",
      severity: toolSeverity(node),
      promptId,
      agent,
      attributes: {
        agentType: agent?.agentType,
        toolName: node.name,
        toolUseId: node.toolUseId,
        mcpServer: origin.mcpServer,
        plugin: origin.plugin,
        skill: node.scope?.skill ?? origin.skill,
        command: node.scope?.command,
        latencyMs: node.durationMs ?? node.endMs - node.startMs,
        status: node.toolStatus,
        error,
        ...opts.captureContent ? {} : shapeAttributes("inputShape", node.inputShape, node.inputBytes),
        ...opts.captureContent ? {} : shapeAttributes("outputShape", node.outputShape, node.outputBytes)
      }
    }),
    ...Object.keys(body).length > 0 ? { body } : {}
  }));
}
function toolSeverity(node) {
  if (node.toolStatus === "error") return "error";
  if (node.toolStatus === "denied" || node.toolStatus === "interrupted") return "warn";
  return "info";
}
var init_tool_call_telemetry = __esm({
  "packages/core/src/tool-call-telemetry.ts"() {
    "use strict";
    init_activity_scope();
    init_attribution();
    init_call_records();
    init_telemetry_attributes();
    init_telemetry_walk();
    init_trace_ids();
  }
});

// packages/core/src/trace-to-signals.ts
function traceToSignals(trace, opts = {}) {
  const resource = { ...opts.resource ?? {} };
  const skip = opts.skip;
  const sid = trace.sessionId;
  const logs = [];
  let done;
  if (skip) {
    done = deliveredTurns.get(skip);
    if (!done) deliveredTurns.set(skip, done = /* @__PURE__ */ new WeakSet());
  }
  let pending = false;
  const add2 = (event, key, timeMs, spanId, attributes, severity = "info", id = logRecordId(sid, event, key)) => {
    if (skip?.has(id)) return;
    logs.push({
      id,
      timeMs,
      severity,
      event,
      traceId: trace.traceId,
      spanId,
      attributes: clean2({ ...resource, sessionId: sid, ...attributes })
    });
  };
  const visitTool = (node, promptId, agent) => {
    if (!node.complete) pending = true;
    for (const sub of node.subagents) visitAgent(sub, promptId);
    if (!node.complete || node.toolStatus !== "ok") return;
    const s = node.signal;
    const common = { promptId, agentId: agent?.agentId, toolName: node.name, toolUseId: node.toolUseId };
    if (s && EDIT_TOOLS.has(node.name) && (s.linesAdded !== void 0 || s.linesRemoved !== void 0))
      add2("code_edit", node.toolUseId, node.endMs, node.spanId, {
        ...common,
        language: s.language ?? "other",
        linesAdded: s.linesAdded ?? 0,
        linesRemoved: s.linesRemoved ?? 0
      });
    if (s?.commitId !== void 0 || s?.vcsAction === "commit")
      add2("commit", node.toolUseId, node.endMs, node.spanId, { ...common, commits: 1, commitId: s.commitId });
    if (s?.pullRequest !== void 0 || s?.vcsAction === "pull_request")
      add2("pull_request", node.toolUseId, node.endMs, node.spanId, {
        ...common,
        pullRequests: 1,
        pullRequestNumber: s.pullRequest
      });
    if (node.name === "Skill" && node.skill) {
      const origin = toolOrigin(node.name, node.skill);
      add2("skill_activated", node.toolUseId, node.endMs, node.spanId, {
        ...common,
        skill: origin.skill,
        plugin: origin.plugin,
        trigger: "model"
      });
    }
  };
  const visitLlm = (node, promptId, agent) => {
    if (!node.complete) pending = true;
    else if (node.stopReason === "refusal")
      add2(
        "api_refusal",
        node.key,
        node.endMs,
        node.spanId,
        {
          promptId,
          agentId: agent?.agentId,
          model: node.requestedModel ?? node.model,
          requestId: node.requestId
        },
        "warn"
      );
  };
  const visitAgent = (node, promptId) => {
    if (!node.complete) pending = true;
    const pid = node.promptId ?? promptId;
    for (const child of node.children)
      if (child.kind === "llm") visitLlm(child, pid, node);
      else visitTool(child, pid, node);
  };
  let previousEnd;
  for (const turn of trace.turns) {
    const gapStart = previousEnd;
    previousEnd = turn.complete ? turn.endMs : void 0;
    if (done?.has(turn)) continue;
    const before = logs.length;
    pending = false;
    for (const child of turn.children)
      if (child.kind === "llm") visitLlm(child, turn.promptId);
      else visitTool(child, turn.promptId);
    for (const sub of turn.subagents) visitAgent(sub, turn.promptId);
    if (turn.complete) {
      const userMs = turn.origin === void 0 && gapStart !== void 0 ? Math.min(Math.max(0, turn.startMs - gapStart), USER_ACTIVE_CAP_MS) : 0;
      add2("active_time", turn.key, turn.endMs, turn.spanId, {
        promptId: turn.promptId,
        cliSeconds: Math.max(0, turn.endMs - turn.startMs) / 1e3,
        userSeconds: userMs / 1e3
      });
    } else pending = true;
    if (done && turn.complete && !pending && logs.length === before) done.add(turn);
  }
  for (const s of trace.signals ?? [])
    add2(s.event, s.key, s.timeMs, s.spanId ?? trace.spanId, { ...s.attributes }, s.severity, s.id);
  return logs;
}
function clean2(attrs) {
  const out = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== void 0) out[k] = v;
  return out;
}
var USER_ACTIVE_CAP_MS, deliveredTurns;
var init_trace_to_signals = __esm({
  "packages/core/src/trace-to-signals.ts"() {
    "use strict";
    init_attribution();
    init_tool_signal();
    init_trace_ids();
    USER_ACTIVE_CAP_MS = 5 * 6e4;
    deliveredTurns = /* @__PURE__ */ new WeakMap();
  }
});

// packages/core/src/trace-to-telemetry.ts
function traceToTelemetry(trace, opts) {
  const skip = opts.skip;
  let done;
  if (skip && typeof skip === "object") {
    done = deliveredTurns2.get(skip);
    if (!done) {
      done = /* @__PURE__ */ new WeakSet();
      deliveredTurns2.set(skip, done);
    }
  }
  let incomplete = false;
  const spans = [];
  const logs = [];
  const walk = createTelemetryWalk(trace, opts, spans, logs);
  const { redact, agentName, resource, sid, common, cleanText, addSpan, addLog } = walk;
  addLog(logRecordId(sid, "session_start", ""), (id) => ({
    id,
    timeMs: trace.startMs,
    severity: "info",
    event: "session_start",
    traceId: trace.traceId,
    spanId: trace.spanId,
    attributes: clean({
      ...resource,
      sessionId: sid,
      model: trace.model
    })
  }));
  if (trace.complete) {
    const events = trace.events.map((e) => ({
      name: e.name,
      timeMs: e.timeMs,
      ...e.attributes ? { attributes: e.attributes } : {}
    }));
    addSpan(trace.spanId, () => ({
      traceId: trace.traceId,
      spanId: trace.spanId,
      name: `invoke_agent ${agentName}`,
      kind: "internal",
      startTimeMs: trace.startMs,
      endTimeMs: trace.endMs,
      status: trace.status === "error" ? { code: "error", ...trace.interrupted ? { message: "interrupted: Claude Code exited" } : {} } : { code: "ok" },
      attributes: clean({
        ...common,
        "glassbox.span.type": "session",
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": agentName,
        "gen_ai.request.model": trace.model,
        ...usageAttributes(trace.totals),
        "glassbox.turns": trace.turns.length,
        "claude.session.end_reason": trace.endReason,
        "glassbox.session.interrupted": trace.interrupted,
        "claude.version": trace.claudeVersion,
        "glassbox.claude_cost.usd": trace.claudeCostUsd,
        "glassbox.cost.drift_usd": trace.costDriftUsd
      }),
      events
    }));
  }
  const visitChildren = (children, promptId, agent) => {
    for (const child of children) {
      if (child.kind === "llm") visitLlm(child, promptId, agent);
      else visitTool(child, promptId, agent);
    }
  };
  const visitAgent = (node, promptId) => {
    const pid = node.promptId ?? promptId;
    if (!node.complete) incomplete = true;
    if (node.complete) {
      const name = node.agentType ?? "subagent";
      addSpan(node.spanId, () => ({
        traceId: trace.traceId,
        spanId: node.spanId,
        parentSpanId: node.parentSpanId,
        name: `invoke_agent ${name}`,
        kind: "internal",
        startTimeMs: node.startMs,
        endTimeMs: node.endMs,
        status: spanStatus(node.status, void 0),
        attributes: clean({
          ...common,
          "glassbox.span.type": "subagent",
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": name,
          "gen_ai.agent.id": node.agentId,
          "gen_ai.request.model": node.model,
          "claude.prompt.id": pid,
          "gen_ai.tool.call.id": node.parentToolUseId,
          ...usageAttributes(node.totals),
          "error.type": node.status === "error" ? "subagent_failed" : void 0
        }),
        events: []
      }));
    }
    visitChildren(node.children, pid, node);
  };
  const visitLlm = (node, promptId, agent) => {
    if (!node.complete) {
      incomplete = true;
      return;
    }
    llmCallTelemetry(walk, node, promptId, agent);
  };
  const visitTool = (node, promptId, agent) => {
    if (!node.complete) incomplete = true;
    if (node.complete) toolCallTelemetry(walk, node, promptId, agent);
    for (const sub of node.subagents) visitAgent(sub, promptId);
  };
  const visitTurn = (turn) => {
    if (done?.has(turn)) return;
    const before = spans.length + logs.length;
    incomplete = false;
    visitTurnTree(turn);
    if (done && turn.complete && !incomplete && spans.length + logs.length === before) done.add(turn);
  };
  const visitTurnTree = (turn) => {
    const pid = turn.promptId;
    const body = {};
    if (opts.captureContent && turn.text !== void 0) body.text = redact(turn.text);
    addLog(logRecordId(sid, "prompt", turn.key), (id) => ({
      id,
      timeMs: turn.startMs,
      severity: "info",
      event: "prompt",
      traceId: trace.traceId,
      spanId: turn.spanId,
      attributes: clean({
        ...resource,
        sessionId: sid,
        promptId: pid,
        promptLength: turn.textLength,
        origin: turn.origin,
        ...opts.captureContent ? {} : shapeAttributes("promptShape", turn.textShape, void 0)
      }),
      ...Object.keys(body).length > 0 ? { body } : {}
    }));
    if (turn.complete) {
      const error = cleanText(turn.error, MAX_ERROR2);
      addSpan(turn.spanId, () => ({
        traceId: trace.traceId,
        spanId: turn.spanId,
        parentSpanId: turn.parentSpanId,
        name: `invoke_agent ${agentName}`,
        kind: "internal",
        startTimeMs: turn.startMs,
        endTimeMs: turn.endMs,
        status: spanStatus(turn.status, error),
        attributes: clean({
          ...common,
          "glassbox.span.type": "turn",
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": agentName,
          "claude.prompt.id": pid,
          "glassbox.turn.key": turn.key,
          "glassbox.prompt.length": turn.textLength,
          "glassbox.turn.origin": turn.origin,
          "glassbox.turn.interrupted": turn.interrupted,
          ...usageAttributes(turn.totals),
          "error.type": turn.status === "error" ? "turn_failed" : void 0
        }),
        events: []
      }));
    }
    visitChildren(turn.children, pid);
    for (const sub of turn.subagents) visitAgent(sub, pid);
    for (const u of turn.unanswered ?? []) unansweredRequestTelemetry(walk, u, pid);
  };
  for (const turn of trace.turns) visitTurn(turn);
  for (const sub of trace.subagents) visitAgent(sub, void 0);
  logs.push(...traceToSignals(trace, { resource, ...skip ? { skip } : {} }));
  return { spans, logs };
}
var deliveredTurns2;
var init_trace_to_telemetry = __esm({
  "packages/core/src/trace-to-telemetry.ts"() {
    "use strict";
    init_llm_call_telemetry();
    init_telemetry_attributes();
    init_telemetry_walk();
    init_tool_call_telemetry();
    init_trace_ids();
    init_trace_to_signals();
    deliveredTurns2 = /* @__PURE__ */ new WeakMap();
  }
});

// packages/core/src/transcript-reader.ts
import { open, readdir as readdir2, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join4 } from "node:path";
function unreadable(path, error) {
  const code = error?.code;
  return new GlassboxError("TRANSCRIPT_UNREADABLE", `cannot read transcript ${path}: ${String(error)}`, {
    cause: error,
    // A transcript that does not exist yet may appear: Claude Code writes it asynchronously.
    retryable: code === "ENOENT" || code === "EAGAIN" || code === "EMFILE",
    data: { path, code }
  });
}
function readTranscript(path, options = {}) {
  return new TranscriptStream(path, options);
}
async function readTranscriptIncrement(path, fromOffset = 0, options = {}) {
  const stream = new TranscriptStream(path, { ...options, fromOffset });
  const entries = [];
  const llmIndex = /* @__PURE__ */ new Map();
  for await (const entry of stream) {
    if (entry.kind === "llm") {
      const key = llmKeyOf(entry);
      const at = llmIndex.get(key);
      if (at !== void 0) {
        entries[at] = mergeLlmResponses(entries[at], entry);
        continue;
      }
      llmIndex.set(key, entries.length);
    }
    entries.push(entry);
  }
  return {
    entries,
    nextOffset: stream.nextOffset,
    malformedLines: stream.malformedLines,
    bytesRead: stream.bytesRead,
    ignoredRecords: stream.ignoredRecords,
    restarted: stream.restarted
  };
}
async function findSubagentTranscripts(mainPath) {
  const session = basename(mainPath).replace(/\.jsonl$/, "");
  const dir = join4(dirname2(mainPath), session, "subagents");
  try {
    const names = await readdir2(dir);
    return names.filter((n) => n.startsWith("agent-") && n.endsWith(".jsonl")).sort().map((n) => join4(dir, n));
  } catch {
    return [];
  }
}
function agentIdFromPath(path) {
  const m = /^agent-(.+)\.jsonl$/.exec(basename(path));
  return m?.[1];
}
async function transcriptSize(path) {
  try {
    return (await stat2(path)).size;
  } catch {
    return void 0;
  }
}
var NEWLINE, DEFAULT_MAX_LINE, DEFAULT_CHUNK, MERGE_WINDOW, TranscriptStream;
var init_transcript_reader = __esm({
  "packages/core/src/transcript-reader.ts"() {
    "use strict";
    init_src2();
    init_transcript_entry();
    NEWLINE = 10;
    DEFAULT_MAX_LINE = 64 * 1024 * 1024;
    DEFAULT_CHUNK = 1024 * 1024;
    MERGE_WINDOW = 512;
    TranscriptStream = class {
      nextOffset;
      malformedLines = 0;
      bytesRead = 0;
      ignoredRecords = 0;
      restarted = false;
      #path;
      #options;
      constructor(path, options = {}) {
        this.#path = path;
        this.#options = options;
        this.nextOffset = Math.max(0, Math.floor(options.fromOffset ?? 0));
      }
      async *[Symbol.asyncIterator]() {
        const maxLine = this.#options.maxLineBytes ?? DEFAULT_MAX_LINE;
        const chunkSize = this.#options.chunkBytes ?? DEFAULT_CHUNK;
        let handle;
        try {
          handle = await open(this.#path, "r");
        } catch (error) {
          throw unreadable(this.#path, error);
        }
        const pending = /* @__PURE__ */ new Map();
        let recordNo = 0;
        try {
          const size = (await handle.stat()).size;
          let position = this.nextOffset;
          if (position > size) {
            this.restarted = true;
            position = 0;
          }
          const lineStart = position;
          let consumedTo = lineStart;
          let carry = [];
          let carryBytes = 0;
          let skipping = false;
          const buffer = Buffer.allocUnsafe(chunkSize);
          for (; ; ) {
            const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
            if (bytesRead === 0) break;
            const chunk = buffer.subarray(0, bytesRead);
            position += bytesRead;
            let start = 0;
            for (; ; ) {
              const nl = chunk.indexOf(NEWLINE, start);
              if (nl === -1) break;
              const piece = chunk.subarray(start, nl);
              const lineBytes = carryBytes + piece.length;
              consumedTo += lineBytes + 1;
              if (skipping || lineBytes > maxLine) {
                this.malformedLines += 1;
              } else {
                const line = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece;
                for (const entry of this.#parse(line)) {
                  recordNo += 1;
                  yield* this.#route(entry, pending, recordNo);
                }
              }
              carry = [];
              carryBytes = 0;
              skipping = false;
              start = nl + 1;
            }
            if (start < chunk.length) {
              const rest = chunk.subarray(start);
              carryBytes += rest.length;
              if (carryBytes > maxLine) {
                skipping = true;
                carry = [];
              } else if (!skipping) {
                carry.push(Buffer.from(rest));
              }
            }
          }
          this.bytesRead = consumedTo - lineStart;
          this.nextOffset = consumedTo;
        } finally {
          await handle.close().catch(() => void 0);
        }
        for (const { entry } of pending.values()) yield entry;
      }
      *#parse(line) {
        let text3 = line.toString("utf8");
        if (text3.endsWith("\r")) text3 = text3.slice(0, -1);
        if (text3.trim() === "") return;
        let record;
        try {
          record = JSON.parse(text3);
        } catch {
          this.malformedLines += 1;
          return;
        }
        if (typeof record !== "object" || record === null || Array.isArray(record)) {
          this.malformedLines += 1;
          return;
        }
        const entries = normalizeTranscriptRecord(record, this.#options);
        if (entries.length === 0) this.ignoredRecords += 1;
        yield* entries;
      }
      *#route(entry, pending, recordNo) {
        if (entry.kind === "llm") {
          const key = llmKeyOf(entry);
          const open4 = pending.get(key);
          if (open4) open4.entry = mergeLlmResponses(open4.entry, entry);
          else pending.set(key, { entry, seenAt: recordNo });
          for (const [k, p] of pending) {
            if (recordNo - p.seenAt <= MERGE_WINDOW && pending.size <= MERGE_WINDOW) break;
            pending.delete(k);
            yield p.entry;
          }
          return;
        }
        for (const p of pending.values()) yield p.entry;
        pending.clear();
        yield entry;
      }
    };
  }
});

// packages/core/src/index.ts
var src_exports = {};
__export(src_exports, {
  AGENT_ENTRY_PATTERN: () => AGENT_ENTRY_PATTERN,
  AUDIT_REASONING_CHARS: () => AUDIT_REASONING_CHARS,
  BUDGET_FILE: () => BUDGET_FILE,
  BUDGET_SETTING_NAMES: () => BUDGET_SETTING_NAMES,
  GLASSBOX_BUNDLES: () => GLASSBOX_BUNDLES,
  MetricsRegistry: () => MetricsRegistry,
  NO_SCOPE: () => NO_SCOPE,
  PLUGIN_RANKS: () => PLUGIN_RANKS,
  SCOPE_ATTRIBUTES: () => SCOPE_ATTRIBUTES,
  ScopeCursor: () => ScopeCursor,
  SessionScopes: () => SessionScopes,
  SessionTracker: () => SessionTracker,
  SpendLedger: () => SpendLedger,
  TranscriptStream: () => TranscriptStream,
  agentIdFromPath: () => agentIdFromPath,
  attributionAttributes: () => attributionAttributes,
  auditDecisionId: () => auditDecisionId,
  budgetStandings: () => budgetStandings,
  canonicalJson: () => canonicalJson2,
  commandOfPrompt: () => commandOfPrompt,
  errorSummary: () => errorSummary,
  exporterNamesOf: () => exporterNamesOf,
  findSubagentTranscripts: () => findSubagentTranscripts,
  firstDayKept: () => firstDayKept,
  hasBudget: () => hasBudget,
  hookInputToCaptureEvents: () => hookInputToCaptureEvents,
  inheritScope: () => inheritScope,
  isSkillExpansion: () => isSkillExpansion,
  iterationsOf: () => iterationsOf,
  normalizeTranscriptRecord: () => normalizeTranscriptRecord,
  parseHookInput: () => parseHookInput,
  parseSamplingRate: () => parseSamplingRate,
  pluginRank: () => pluginRank,
  readGitInfo: () => readGitInfo,
  readTranscript: () => readTranscript,
  readTranscriptIncrement: () => readTranscriptIncrement,
  redactSecrets: () => redactSecrets,
  redactString: () => redactString,
  requestAgent: () => requestAgent,
  scopeAttributes: () => scopeAttributes,
  sessionBudgetStanding: () => sessionBudgetStanding,
  sessionSpanId: () => sessionSpanId,
  shouldSample: () => shouldSample,
  spendByDay: () => spendByDay,
  stripEventContent: () => stripEventContent,
  stripHookContent: () => stripHookContent,
  toolOrigin: () => toolOrigin,
  toolVerdict: () => toolVerdict,
  traceToAuditDecisions: () => traceToAuditDecisions,
  traceToTelemetry: () => traceToTelemetry,
  transcriptSize: () => transcriptSize,
  utcDay: () => utcDay
});
var init_src4 = __esm({
  "packages/core/src/index.ts"() {
    "use strict";
    init_activity_scope();
    init_attribution();
    init_budget_standing();
    init_error_summary();
    init_git_info();
    init_glassbox_bundles();
    init_hook_input();
    init_merge_llm_responses();
    init_metrics_registry();
    init_redact_secrets();
    init_request_agent();
    init_session_scopes();
    init_session_spend();
    init_session_tracker();
    init_shape_of();
    init_should_sample();
    init_spend_ledger();
    init_strip_content();
    init_trace_ids();
    init_trace_to_audit_decisions();
    init_trace_to_telemetry();
    init_transcript_entry();
    init_transcript_reader();
  }
});

// packages/cli/src/agent-data.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join5, sep } from "node:path";
function isAgentDataDir(data, name) {
  if (!PLUGIN_NAMES.some((p) => name === p || name.startsWith(`${p}-`))) return false;
  return AGENT_FILES.some((f) => existsSync2(join5(data, name, f)));
}
function agentDataDirs(configDirs, env) {
  const out = [];
  if (env.GLASSBOX_AGENT_DATA_DIR) out.push(env.GLASSBOX_AGENT_DATA_DIR);
  for (const dir of configDirs) {
    const data = join5(dir, "plugins", "data");
    try {
      for (const name of readdirSync(data).sort()) if (isAgentDataDir(data, name)) out.push(join5(data, name));
    } catch {
    }
  }
  if (env.HOME) out.push(join5(env.HOME, ".glassbox", "agent"));
  return [...new Set(out)].filter((d) => existsSync2(d));
}
function listAgentTraces(dataDirs) {
  const out = /* @__PURE__ */ new Map();
  for (const dir of dataDirs) {
    const sessions = join5(dir, "sessions");
    let names;
    try {
      names = readdirSync(sessions);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TRACE_FILE.exec(name);
      if (!m || name.endsWith(".state.json") || out.has(m[1])) continue;
      const path = `${sessions}${sep}${name}`;
      const st = statSync(path, { throwIfNoEntry: false });
      if (st?.isFile()) out.set(m[1], { sessionId: m[1], path, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  return [...out.values()];
}
function readAgentTrace(path) {
  try {
    const trace = JSON.parse(readFileSync2(path, "utf8"));
    return trace?.kind === "session" && typeof trace.sessionId === "string" && Array.isArray(trace.turns) ? trace : void 0;
  } catch {
    return void 0;
  }
}
function* callsOf(trace) {
  const agent = function* (a) {
    for (const c of a.children) yield* child(c);
  };
  const child = function* (c) {
    yield c;
    if (c.kind === "tool") for (const a of c.subagents ?? []) yield* agent(a);
  };
  const turn = function* (t) {
    for (const c of t.children) yield* child(c);
    for (const a of t.subagents ?? []) yield* agent(a);
  };
  for (const t of trace.turns) yield* turn(t);
  for (const a of trace.subagents ?? []) yield* agent(a);
}
function scanAgentTrace(path, sink) {
  const trace = readAgentTrace(path);
  if (!trace) return;
  for (const c of callsOf(trace)) {
    if (c.kind === "llm") {
      sink.response({
        messageId: c.messageId,
        requestId: c.requestId ?? "",
        model: c.pricedModel ?? c.model,
        timeMs: c.startMs,
        sessionId: trace.sessionId,
        isSidechain: c.agentId !== void 0,
        usage: c.usage ?? {},
        recordedCostUsd: void 0
      });
    } else {
      sink.toolUse({ id: c.toolUseId, name: c.name, timeMs: c.startMs, sessionId: trace.sessionId });
      if (c.toolStatus !== "running")
        sink.toolResult({ id: c.toolUseId, timeMs: c.endMs, isError: c.status === "error" });
    }
  }
}
var PLUGIN_NAMES, AGENT_FILES, TRACE_FILE;
var init_agent_data = __esm({
  "packages/cli/src/agent-data.ts"() {
    "use strict";
    init_src4();
    PLUGIN_NAMES = Object.keys(GLASSBOX_BUNDLES);
    AGENT_FILES = ["hash.key", "agent.lock", "agent.log", "spool"];
    TRACE_FILE = /^([A-Za-z0-9._-]{1,200})\.json$/;
  }
});

// packages/cli/src/claude-config-dirs.ts
import { existsSync as existsSync3 } from "node:fs";
import { homedir } from "node:os";
import { join as join6, resolve as resolve2 } from "node:path";
function claudeConfigDirs(given, env, cwd) {
  const list = (values) => [
    ...new Set(
      values.map((v) => v.trim()).filter(Boolean).map((v) => resolve2(cwd, v))
    )
  ];
  if (given.length > 0) return list(given.flatMap((g) => g.split(",")));
  if (env.CLAUDE_CONFIG_DIR) return list(env.CLAUDE_CONFIG_DIR.split(","));
  const home = env.HOME || homedir();
  const candidates = [join6(home, ".claude"), join6(home, ".config", "claude")];
  const existing = candidates.filter((c) => existsSync3(join6(c, "projects")));
  return existing.length > 0 ? existing : [candidates[0]];
}
var init_claude_config_dirs = __esm({
  "packages/cli/src/claude-config-dirs.ts"() {
    "use strict";
  }
});

// packages/cli/src/audit-records.ts
import { existsSync as existsSync4 } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { join as join7 } from "node:path";
function findAuditDir(given, env, cwd) {
  if (given) return given;
  if (env.GLASSBOX_AUDIT_DIR) return env.GLASSBOX_AUDIT_DIR;
  for (const data of agentDataDirs(claudeConfigDirs([], env, cwd), env))
    if (existsSync4(join7(data, "audit"))) return join7(data, "audit");
  return void 0;
}
async function readAuditRecords(dir) {
  const out = [];
  for (const file of await listSegments(dir)) {
    for (const line of (await readFile3(join7(dir, file), "utf8")).split("\n")) {
      if (!line) continue;
      try {
        out.push(JSON.parse(line));
      } catch {
      }
    }
  }
  return out;
}
function filterAuditRecords(records, filter) {
  return records.filter(
    (r) => (filter.session === void 0 || r.sessionId.startsWith(filter.session)) && (filter.type === void 0 || r.decisionType === filter.type) && (filter.tool === void 0 || r.toolName === filter.tool) && (filter.sinceMs === void 0 || Date.parse(r.timestamp) >= filter.sinceMs)
  );
}
function parseSince(text3, nowMs) {
  const ago2 = /^(\d+)([mhd])$/.exec(text3);
  if (ago2)
    return nowMs - Number(ago2[1]) * { m: 6e4, h: 36e5, d: 864e5 }[ago2[2]];
  const ms = Date.parse(text3);
  return Number.isNaN(ms) ? void 0 : ms;
}
function otlpValue(value) {
  if (typeof value === "boolean") return { boolValue: value };
  if (typeof value === "number")
    return Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value };
  return { stringValue: typeof value === "string" ? value : JSON.stringify(value) };
}
function auditRecordsToOtlp(records, serviceName = "claude-code") {
  return {
    resourceLogs: [
      {
        resource: { attributes: [{ key: "service.name", value: { stringValue: serviceName } }] },
        scopeLogs: [
          {
            scope: { name: "@glassbox/audit" },
            logRecords: records.map((r) => {
              const fields = {
                "glassbox.audit.id": r.id,
                "glassbox.audit.seq": r.seq,
                "glassbox.audit.prev_hash": r.prevHash,
                "glassbox.audit.hash": r.hash,
                "glassbox.audit.decision_type": r.decisionType,
                "glassbox.audit.decision_source": r.decisionSource,
                "glassbox.audit.input_hash": r.inputHash,
                "glassbox.audit.output_hash": r.outputHash,
                "glassbox.audit.reasoning": r.reasoning,
                "session.id": r.sessionId,
                "user.id": r.userId,
                "gen_ai.tool.name": r.toolName,
                "gen_ai.tool.call.id": r.toolUseId
              };
              for (const [k, v] of Object.entries(r.metadata)) fields[`glassbox.audit.metadata.${k}`] = v;
              return {
                timeUnixNano: `${BigInt(Date.parse(r.timestamp)) * 1000000n}`,
                severityNumber: r.decisionType === "safety_block" ? 13 : 9,
                severityText: r.decisionType === "safety_block" ? "WARN" : "INFO",
                body: { stringValue: r.decisionType },
                attributes: Object.entries(fields).filter(([, v]) => v !== void 0 && v !== null).map(([key, v]) => ({ key, value: otlpValue(v) }))
              };
            })
          }
        ]
      }
    ]
  };
}
var init_audit_records = __esm({
  "packages/cli/src/audit-records.ts"() {
    "use strict";
    init_src3();
    init_agent_data();
    init_claude_config_dirs();
  }
});

// packages/cli/src/define-command.ts
import { parseArgs } from "node:util";
function defineCommand(command) {
  return command;
}
function parseCommandLine(command, argv, io) {
  const specs = { ...command.options, ...GLOBAL_OPTIONS };
  const config = {};
  for (const [name, spec] of Object.entries(specs)) {
    config[name] = { type: spec.type, multiple: spec.multiple ?? false };
    if (spec.short) config[name].short = spec.short;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new GlassboxError("INVALID_INPUT", cleanParseError(error), {
      cause: error,
      data: { hint: `see 'glassbox ${command.name} --help'` }
    });
  }
  const values = parsed.values;
  const help = values.help === true;
  for (const [name, spec] of Object.entries(specs)) {
    if (!spec.choices) continue;
    const raw = values[name];
    for (const v of Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw]) {
      if (typeof v === "string" && !spec.choices.includes(v))
        throw new GlassboxError(
          "INVALID_INPUT",
          `--${name} must be one of ${spec.choices.join(", ")} (got '${v}')`,
          { data: { hint: `see 'glassbox ${command.name} --help'` } }
        );
    }
  }
  const positionals = parsed.positionals;
  if (!help) {
    const allowed = command.positionals ?? [];
    const required = allowed.filter((p) => p.required).length;
    if (positionals.length < required) {
      const missing = allowed[positionals.length];
      throw new GlassboxError("INVALID_INPUT", `missing <${missing.name}>`, {
        data: { hint: `usage: ${usageLine(command)}` }
      });
    }
    if (positionals.length > allowed.length)
      throw new GlassboxError("INVALID_INPUT", `unexpected argument '${positionals[allowed.length]}'`, {
        data: { hint: `usage: ${usageLine(command)}` }
      });
  }
  const last = (name) => {
    const v = values[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const context = {
    io,
    positionals,
    json: values.json === true,
    debug: values.debug === true,
    string: (name) => {
      const v = last(name);
      return typeof v === "string" ? v : void 0;
    },
    strings: (name) => {
      const v = values[name];
      const list = Array.isArray(v) ? v : v === void 0 ? [] : [v];
      return list.filter((x) => typeof x === "string");
    },
    flag: (name) => last(name) === true
  };
  return { help, context };
}
function cleanParseError(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Unknown option '([^']+)'.*$/s, "unknown option '$1'").replace(/^Option '([^']+)' argument missing$/s, "option '$1' needs a value").replace(/\. To specify a positional argument.*$/s, "").replace(/^Unexpected argument '([^']+)'.*$/s, "unexpected argument '$1'");
}
function usageLine(command) {
  const args = (command.positionals ?? []).map((p) => p.required ? `<${p.name}>` : `[${p.name}]`);
  return ["glassbox", command.name, ...args, "[options]"].join(" ");
}
function wrap(text3, width, indent = "") {
  const words = text3.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (line && `${indent + line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => i === 0 ? l : indent + l).join("\n");
}
function formatCommandHelp(command, width = 80) {
  const out = [
    wrap(`glassbox ${command.name} \u2014 ${command.summary}`, width, "  "),
    "",
    `Usage: ${usageLine(command)}`
  ];
  for (const paragraph of command.description ?? []) out.push("", wrap(paragraph, width));
  const rows = [];
  for (const p of command.positionals ?? []) rows.push([`<${p.name}>`, p.description]);
  const optionRows = [];
  for (const [name, spec] of Object.entries({ ...command.options, ...GLOBAL_OPTIONS })) {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    const choices = spec.choices ? ` (one of ${spec.choices.join(", ")})` : "";
    optionRows.push([flag, spec.description + choices]);
  }
  const col = Math.min(28, Math.max(...[...rows, ...optionRows].map(([a]) => a.length)) + 2);
  const table = (list) => list.map(([a, b]) => {
    const head = `  ${a}`;
    const pad = head.length + 1 > col + 2 ? `${head}
${" ".repeat(col + 2)}` : head.padEnd(col + 2);
    return pad + wrap(b, width, " ".repeat(col + 2)).trimStart();
  });
  if (rows.length) out.push("", "Arguments:", ...table(rows));
  out.push("", "Options:", ...table(optionRows));
  if (command.examples?.length)
    out.push("", "Examples:", ...command.examples.map((e) => `  ${wrap(e, width - 2, "      ")}`));
  const codes = ["0 success", ...command.exitCodes ?? [], "2 bad arguments or input"];
  out.push("", wrap(`Exit codes: ${codes.join("; ")}.`, width));
  return `${out.join("\n")}
`;
}
var GLOBAL_OPTIONS, EXIT_OK, EXIT_FAILURE, EXIT_USAGE;
var init_define_command = __esm({
  "packages/cli/src/define-command.ts"() {
    "use strict";
    init_src2();
    GLOBAL_OPTIONS = {
      json: { type: "boolean", description: "print JSON on stdout (for scripts)" },
      debug: { type: "boolean", description: "print stack traces and causes on errors" },
      help: { type: "boolean", short: "h", description: "show this help" }
    };
    EXIT_OK = 0;
    EXIT_FAILURE = 1;
    EXIT_USAGE = 2;
  }
});

// packages/cli/src/format-units.ts
function formatInteger(n) {
  grouped ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  return grouped.format(n);
}
function formatCompact(n) {
  const abs = Math.abs(n);
  if (abs < 1e3) return String(Math.round(n));
  const units = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "k"]
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) {
      const v = n / size;
      const text3 = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
      return `${text3.includes(".") ? text3.replace(/\.?0+$/, "") : text3}${suffix}`;
    }
  }
  return String(n);
}
function formatUsd(n) {
  if (!Number.isFinite(n)) return "?";
  if (n === 0) return "$0.00";
  const abs = Math.abs(n);
  grouped2 ??= new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const text3 = abs >= 1 ? grouped2.format(abs) : abs >= 1e-4 ? abs.toFixed(4) : abs.toExponential(1);
  return `${n < 0 ? "-" : ""}$${text3}`;
}
function formatDuration(ms) {
  if (ms === void 0 || !Number.isFinite(ms)) return "\u2014";
  if (ms < 0) ms = 0;
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 1e4) return `${(ms / 1e3).toFixed(2)}s`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)}s`;
  const totalSeconds = Math.round(ms / 1e3);
  if (totalSeconds < 3600)
    return `${Math.floor(totalSeconds / 60)}m ${String(totalSeconds % 60).padStart(2, "0")}s`;
  const minutes = Math.floor(totalSeconds / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}
function displayWidth(text3) {
  let n = 0;
  for (const _ of text3) n += 1;
  return n;
}
function truncate(text3, width) {
  if (width <= 0) return "";
  if (displayWidth(text3) <= width) return text3;
  const chars = [...text3];
  return `${chars.slice(0, Math.max(0, width - 1)).join("")}\u2026`;
}
function padEnd(text3, width) {
  const w = displayWidth(text3);
  return w >= width ? text3 : text3 + " ".repeat(width - w);
}
function padStart(text3, width) {
  const w = displayWidth(text3);
  return w >= width ? text3 : " ".repeat(width - w) + text3;
}
var grouped, grouped2;
var init_format_units = __esm({
  "packages/cli/src/format-units.ts"() {
    "use strict";
  }
});

// packages/cli/src/format-table.ts
function naturalWidths(table) {
  return table.columns.map((c, i) => {
    let w = displayWidth(c.header);
    for (const row of table.rows) if (row !== "rule") w = Math.max(w, displayWidth(row[i] ?? ""));
    return w;
  });
}
function formatTable(table, maxWidth = 80) {
  const widths = naturalWidths(table);
  const gaps = GAP.length * Math.max(0, widths.length - 1);
  let total = widths.reduce((a, b) => a + b, 0) + gaps;
  while (total > maxWidth) {
    let widest = -1;
    for (let i = 0; i < widths.length; i += 1) {
      const c = table.columns[i];
      const floor = Math.max(c.minWidth ?? 6, 1);
      if (!c.shrink || widths[i] <= floor) continue;
      if (widest === -1 || widths[i] > widths[widest]) widest = i;
    }
    if (widest === -1) break;
    widths[widest] -= 1;
    total -= 1;
  }
  const cell = (text3, i) => {
    const c = table.columns[i];
    const w = widths[i];
    const cut = truncate(text3, w);
    return c.align === "right" ? padStart(cut, w) : padEnd(cut, w);
  };
  const line = (cells) => cells.map((t, i) => cell(t, i)).join(GAP).trimEnd();
  const rule = widths.map((w) => "\u2500".repeat(w)).join(GAP);
  const out = [line(table.columns.map((c) => c.header)), rule];
  for (const row of table.rows) out.push(row === "rule" ? rule : line(row));
  return { text: `${out.join("\n")}
`, fits: total <= maxWidth };
}
function fitTable(variants, maxWidth = 80) {
  let last = "";
  for (const table of variants) {
    const { text: text3, fits } = formatTable(table, maxWidth);
    if (fits) return text3;
    last = text3;
  }
  return last;
}
var GAP;
var init_format_table = __esm({
  "packages/cli/src/format-table.ts"() {
    "use strict";
    init_format_units();
    GAP = "  ";
  }
});

// packages/cli/src/audit-command.ts
import { readFile as readFile4 } from "node:fs/promises";
function filterOf(ctx) {
  const since = ctx.string("since");
  const sinceMs = since === void 0 ? void 0 : parseSince(since, ctx.io.now());
  if (since !== void 0 && sinceMs === void 0)
    throw new GlassboxError("INVALID_INPUT", `--since: cannot read '${since}'`, {
      data: { hint: "an ISO date (2026-12-01), a time, or 30m, 12h, 7d" }
    });
  const filter = {};
  const session = ctx.string("session");
  const type = ctx.string("type");
  const tool = ctx.string("tool");
  if (session) filter.session = session;
  if (type) filter.type = type;
  if (tool) filter.tool = tool;
  if (sinceMs !== void 0) filter.sinceMs = sinceMs;
  return filter;
}
async function verify2(ctx, dir) {
  const file = ctx.string("checkpoint");
  let checkpoint;
  if (file !== void 0) {
    try {
      checkpoint = await readFile4(file, "utf8");
    } catch (error) {
      throw new GlassboxError("INVALID_INPUT", `--checkpoint: cannot read ${file}`, { cause: error });
    }
  }
  const report = await verifyAuditLog(dir, checkpoint === void 0 ? {} : { checkpoint });
  if (ctx.json) ctx.io.stdout.write(`${JSON.stringify({ dir, ...report })}
`);
  else {
    const where = (p) => p.seq !== void 0 ? ` (record ${p.seq})` : p.file ? ` (${p.file}${p.line ? `:${p.line}` : ""})` : "";
    for (const p of report.problems)
      ctx.io.stdout.write(
        `${p.severity === "error" ? "PROBLEM" : "notice"} ${p.kind}${where(p)}: ${p.message}
`
      );
    const covered = report.latestCheckpoint ? `; latest signed checkpoint covers ${report.latestCheckpoint.size}` : "; no signed checkpoint yet";
    ctx.io.stdout.write(
      `${report.ok ? "intact" : "NOT INTACT"}: ${report.records} records in ${report.segments} file(s), ${report.checkpoints} checkpoint(s)${covered} \u2014 ${dir}
`
    );
  }
  return report.ok ? EXIT_OK : EXIT_FAILURE;
}
var ACTIONS, TYPES, auditCommand;
var init_audit_command = __esm({
  "packages/cli/src/audit-command.ts"() {
    "use strict";
    init_src3();
    init_src2();
    init_audit_records();
    init_define_command();
    init_format_table();
    ACTIONS = ["verify", "show", "export"];
    TYPES = ["tool_call", "tool_skip", "safety_block", "response_generated"];
    auditCommand = defineCommand({
      name: "audit",
      summary: "check, list or export the tamper-evident decision log (verify, show, export)",
      description: [
        "verify recomputes every record hash, the chain across files and the Merkle root each signed checkpoint covers, and checks the signatures: it lists each problem (modified, deleted, inserted, reordered, truncated against the latest checkpoint, bad signature, key changed) and exits 1 on any. A torn last line a crash left is reported as a notice.",
        "show lists the decisions (tool calls, skips, safety blocks, model responses); export writes them as JSON lines or as one OTLP/JSON logs request, for a SIEM.",
        "The log is --dir, else $GLASSBOX_AUDIT_DIR, else audit/ in the Glassbox agent data directory."
      ],
      positionals: [{ name: "verify|show|export", description: "what to do", required: true }],
      options: {
        dir: { type: "string", value: "DIR", description: "the audit log directory" },
        checkpoint: {
          type: "string",
          value: "FILE",
          description: "verify: a checkpoint kept outside the log (a witness file, or a note)"
        },
        session: { type: "string", value: "ID", description: "show/export: one session (an id prefix)" },
        type: { type: "string", value: "TYPE", choices: TYPES, description: "show/export: one decision type" },
        tool: { type: "string", value: "NAME", description: "show/export: one tool" },
        since: {
          type: "string",
          value: "WHEN",
          description: "show/export: from this time (ISO date or time, or 30m, 12h, 7d ago)"
        },
        format: {
          type: "string",
          value: "FORMAT",
          choices: ["jsonl", "otlp"],
          description: "export: default jsonl"
        }
      },
      examples: [
        "glassbox audit verify",
        "glassbox audit verify --checkpoint /mnt/witness/audit-witness.jsonl --json",
        "glassbox audit show --type safety_block --since 7d",
        "glassbox audit export --format otlp > audit-otlp.json"
      ],
      exitCodes: ["1 verify found a problem, or there is no audit log"],
      async run(ctx) {
        const action = ctx.positionals[0];
        if (!ACTIONS.includes(action))
          throw new GlassboxError("INVALID_INPUT", `unknown audit action '${action}'`, {
            data: { hint: `one of ${ACTIONS.join(", ")}` }
          });
        const dir = findAuditDir(ctx.string("dir"), ctx.io.env, ctx.io.cwd);
        if (!dir)
          throw new GlassboxError("INVALID_INPUT", "no audit log found", {
            data: {
              notFound: true,
              hint: 'give --dir, or turn the audit trail on (the exporters option with audit, e.g. "file,audit")'
            }
          });
        if (action === "verify") return verify2(ctx, dir);
        const records = filterAuditRecords(await readAuditRecords(dir), filterOf(ctx));
        if (action === "export") {
          if (ctx.string("format") === "otlp")
            ctx.io.stdout.write(`${JSON.stringify(auditRecordsToOtlp(records))}
`);
          else for (const r of records) ctx.io.stdout.write(`${JSON.stringify(r)}
`);
          return EXIT_OK;
        }
        if (ctx.json) {
          ctx.io.stdout.write(`${JSON.stringify(records)}
`);
          return EXIT_OK;
        }
        const rows = records.map((r) => [
          String(r.seq),
          r.timestamp.replace("T", " ").slice(0, 19),
          r.sessionId.slice(0, 8),
          String(r.metadata.turnIndex ?? ""),
          r.decisionType,
          r.toolName ?? String(r.metadata.model ?? ""),
          r.decisionSource ?? "",
          String(r.metadata.reasonCode ?? r.metadata.outcome ?? r.metadata.stopReason ?? "")
        ]);
        const headers = ["seq", "time (UTC)", "session", "turn", "decision", "tool / model", "source", "reason"];
        const columns = headers.map((header, i) => ({
          header,
          ...i === 0 || i === 3 ? { align: "right" } : {},
          ...i >= 5 ? { shrink: true, minWidth: 6 } : {}
        }));
        ctx.io.stdout.write(`${formatTable({ columns, rows }, ctx.io.columns).text}
`);
        ctx.io.stdout.write(`${records.length} decision${records.length === 1 ? "" : "s"} in ${dir}
`);
        return EXIT_OK;
      }
    });
  }
});

// packages/cli/src/cli-version.ts
var CLI_VERSION;
var init_cli_version = __esm({
  "packages/cli/src/cli-version.ts"() {
    "use strict";
    CLI_VERSION = true ? "0.1.0" : "0.0.0-dev";
  }
});

// packages/cli/src/agent-client.ts
import { lstatSync, readFileSync as readFileSync3 } from "node:fs";
import { join as join8 } from "node:path";
function agentHomes(configDirs, env) {
  const home = env.GLASSBOX_HOME?.trim();
  return home ? [home] : configDirs.map((d) => join8(d, "glassbox"));
}
function readAgentKeyFile(home) {
  const path = join8(home, AGENT_KEY_FILE);
  try {
    const st = lstatSync(path);
    const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
    if (!st.isFile()) return { path, problem: "is not a regular file" };
    if (uid !== void 0 && st.uid !== uid)
      return { path, problem: `is owned by uid ${st.uid}, not ${uid}` };
    const mode = st.mode & 511;
    if (mode !== 384) return { path, problem: `has mode ${mode.toString(8).padStart(4, "0")}, not 0600` };
    const key = parseAgentKey(readFileSync3(path, "utf8"));
    return key ? { path, key } : { path, problem: "does not hold 64 lowercase hex digits" };
  } catch (error) {
    const absent = error.code === "ENOENT";
    return { path, absent, problem: absent ? "does not exist" : String(error) };
  }
}
function readAgentEndpoint(home) {
  try {
    return parseAgentEndpoint(readFileSync3(join8(home, AGENT_ENDPOINT_FILE), "utf8"));
  } catch {
    return void 0;
  }
}
function lockHolderState(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return "gone";
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return "gone";
  }
  try {
    const stat4 = readFileSync3(`/proc/${pid}/stat`, "utf8");
    const state = stat4.slice(stat4.lastIndexOf(")") + 2, stat4.lastIndexOf(")") + 3);
    if (state === "Z" || state === "X") return "gone";
    const argv = readFileSync3(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return argv.some((a) => AGENT_ENTRY_PATTERN.test(a)) ? "agent" : "other";
  } catch {
    return "unknown";
  }
}
var init_agent_client = __esm({
  "packages/cli/src/agent-client.ts"() {
    "use strict";
    init_src4();
    init_src2();
  }
});

// packages/cli/src/doctor/agent-check.ts
import { join as join9 } from "node:path";
function agentDownCheck(port, answered, lockPid, dataDir) {
  const where = `127.0.0.1:${port}`;
  const lockPath = dataDir ? join9(dataDir, "agent.lock") : "agent.lock";
  const holder = lockPid === void 0 ? void 0 : lockHolderState(lockPid);
  if (answered)
    return {
      name: "agent",
      level: "warn",
      message: `something answers on ${where} but is not your Glassbox agent (its reply is not signed with your key)`,
      fix: "stop what listens there, or set the plugin option agentPort to a free port"
    };
  if (holder === "agent" || holder === "unknown")
    return {
      name: "agent",
      level: "warn",
      message: `the agent's lock names pid ${lockPid}${holder === "agent" ? ", whose command line is the agent," : ""} but nothing proves it is your agent: no signed answer on ${where}`,
      fix: `it may be starting or stuck; the next session start replaces an agent silent for 30 s${dataDir ? `; its log is ${join9(dataDir, "agent.log")}` : ""}`
    };
  if (holder === "other")
    return {
      name: "agent",
      level: "info",
      message: `the agent is not running; its lock names pid ${lockPid}, which now runs another program (pid reused): the lock is stale`,
      fix: `the lock is safe to remove (rm ${lockPath}); doctor removed nothing, and the next session start takes it over anyway. Pid ${lockPid} is not the agent: leave it alone`
    };
  if (holder === "gone")
    return {
      name: "agent",
      level: "info",
      message: `the agent is not running; its lock names pid ${lockPid}, which no longer exists: the lock is stale`,
      fix: `the lock is safe to remove (rm ${lockPath}); doctor removed nothing, and the next session start takes it over anyway`
    };
  return {
    name: "agent",
    level: "info",
    message: `the agent is not running (nothing answers on ${where})`,
    fix: "it starts with the next Claude Code session (SessionStart hook) and exits when idle; nothing is lost meanwhile: the transcripts are read when it starts"
  };
}
var agentCheck;
var init_agent_check = __esm({
  "packages/cli/src/doctor/agent-check.ts"() {
    "use strict";
    init_agent_client();
    init_format_units();
    agentCheck = ({ status, port, answered, lock, dataDir }) => status ? {
      name: "agent",
      level: "ok",
      message: `agent ${status.version ?? "?"} running on 127.0.0.1:${port} (pid ${status.pid ?? "?"}, up ${formatDuration(status.uptimeMs)})`
    } : agentDownCheck(port, answered, lock?.pid, dataDir);
  }
});

// packages/cli/src/doctor/agent-key-check.ts
var agentKeyCheck;
var init_agent_key_check = __esm({
  "packages/cli/src/doctor/agent-key-check.ts"() {
    "use strict";
    agentKeyCheck = ({ keyFile }) => {
      if (!keyFile) return void 0;
      return keyFile.key ? { name: "agent key", level: "ok", message: `channel key ${keyFile.path} (0600, yours)` } : keyFile.absent ? {
        name: "agent key",
        level: "info",
        message: `no channel key yet (${keyFile.path})`,
        fix: "the agent creates it when it first starts"
      } : {
        name: "agent key",
        level: "warn",
        message: `${keyFile.path} ${keyFile.problem}: the agent and its clients refuse it`,
        fix: keyFile.problem?.startsWith("has mode") ? `chmod 600 ${keyFile.path}` : `remove it (rm ${keyFile.path}); the next agent start creates a new one`
      };
    };
  }
});

// packages/cli/src/doctor/doctor-input.ts
import { existsSync as existsSync5, readFileSync as readFileSync4 } from "node:fs";
import { dirname as dirname3, join as join10 } from "node:path";
function readJson(path) {
  try {
    return JSON.parse(readFileSync4(path, "utf8"));
  } catch {
    return void 0;
  }
}
function configuredPort(configDirs) {
  for (const dir of configDirs) {
    const settings = readJson(join10(dir, "settings.json"));
    if (!isObject3(settings) || !isObject3(settings.pluginConfigs)) continue;
    for (const [id, value] of Object.entries(settings.pluginConfigs)) {
      if (!PLUGIN_NAMES.some((p) => id.startsWith(`${p}@`)) || !isObject3(value) || !isObject3(value.options))
        continue;
      const port = Number(value.options.agentPort);
      if (Number.isInteger(port) && port > 0 && port < 65536) return port;
    }
  }
  return void 0;
}
async function gatherDoctorInput(ctx) {
  const io = ctx.io;
  const now = io.now();
  const configDirs = claudeConfigDirs(ctx.strings("config-dir"), io.env, io.cwd);
  const found = ctx.string("data-dir") ? [ctx.string("data-dir")] : agentDataDirs(configDirs, io.env);
  const dataDir = ctx.string("data-dir") || io.env.GLASSBOX_AGENT_DATA_DIR ? found[0] : found.find((d) => existsSync5(join10(d, "agent.lock"))) ?? found[0];
  const dataDirs = dataDir ? [dataDir, ...found.filter((d) => d !== dataDir)] : [];
  const lock = dataDir ? readJson(join10(dataDir, "agent.lock")) : void 0;
  const keyFiles = agentHomes(configDirs, io.env).map(readAgentKeyFile);
  const keyFile = keyFiles.find((k) => !k.absent) ?? keyFiles[0];
  const endpoint = keyFile ? readAgentEndpoint(dirname3(keyFile.path)) : void 0;
  const givenPort = ctx.string("port") === void 0 ? void 0 : Number(ctx.string("port"));
  const port = givenPort !== void 0 && Number.isInteger(givenPort) && givenPort > 0 ? givenPort : endpoint?.port ?? lock?.port ?? configuredPort(configDirs) ?? DEFAULT_AGENT_PORT;
  const answer = keyFile?.key ? await requestAgent({ port, key: keyFile.key, path: "/status" }) : void 0;
  const raw = answer?.verified && answer.status === 200 ? answer.json : void 0;
  const status = isObject3(raw) && raw.name === "glassbox-agent" ? raw : void 0;
  return {
    ctx,
    now,
    configDirs,
    dataDir,
    dataDirs,
    lock,
    keyFile,
    port,
    answered: answer !== void 0,
    raw,
    status
  };
}
var DEFAULT_AGENT_PORT, isObject3;
var init_doctor_input = __esm({
  "packages/cli/src/doctor/doctor-input.ts"() {
    "use strict";
    init_src4();
    init_agent_client();
    init_agent_data();
    init_claude_config_dirs();
    DEFAULT_AGENT_PORT = 47821;
    isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  }
});

// packages/cli/src/doctor/installed-bundles.ts
import { isAbsolute as isAbsolute2, join as join11, relative } from "node:path";
function applies(record, cwd) {
  const scope = typeof record.scope === "string" ? record.scope : "user";
  if (scope !== "project" && scope !== "local") return true;
  if (typeof record.projectPath !== "string") return false;
  const rel = relative(record.projectPath, cwd);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function enabledIn(settings, id) {
  for (const s of settings) {
    if (!isObject3(s) || !isObject3(s.enabledPlugins)) continue;
    const value = s.enabledPlugins[id];
    if (typeof value === "boolean") return value;
  }
  return true;
}
function readInstalledBundles(configDirs, cwd) {
  const files = [];
  const bundles = [];
  const project = [
    readJson(join11(cwd, ".claude", "settings.local.json")),
    readJson(join11(cwd, ".claude", "settings.json"))
  ];
  for (const configDir of configDirs) {
    const file = join11(configDir, "plugins", "installed_plugins.json");
    const installed = readJson(file);
    if (installed === void 0) continue;
    files.push(file);
    if (!isObject3(installed) || !isObject3(installed.plugins)) continue;
    const user = readJson(join11(configDir, "settings.json"));
    for (const [id, records] of Object.entries(installed.plugins)) {
      const plugin = id.slice(0, id.lastIndexOf("@"));
      if (!Object.hasOwn(GLASSBOX_BUNDLES, plugin) || !Array.isArray(records)) continue;
      const scopes = records.filter((r) => isObject3(r) && applies(r, cwd)).map((r) => typeof r.scope === "string" ? r.scope : "user");
      if (scopes.length === 0 || bundles.some((b) => b.id === id)) continue;
      const config = isObject3(user) && isObject3(user.pluginConfigs) ? user.pluginConfigs[id] : void 0;
      const options = isObject3(config) && isObject3(config.options) ? config.options : {};
      const setting = typeof options.exporters === "string" ? options.exporters : void 0;
      const exporters = exporterNamesOf(setting ?? GLASSBOX_BUNDLES[plugin].defaultExporters);
      const metricsPort = Number(options.metricsPort);
      if (plugin === "glassbox" && metricsPort > 0 && !exporters.includes("prometheus"))
        exporters.push("prometheus");
      bundles.push({
        id,
        plugin,
        scopes,
        enabled: enabledIn([...project, user], id),
        exporters,
        ...setting !== void 0 ? { exportersSetting: setting } : {}
      });
    }
  }
  return { files, bundles };
}
var init_installed_bundles = __esm({
  "packages/cli/src/doctor/installed-bundles.ts"() {
    "use strict";
    init_src4();
    init_doctor_input();
  }
});

// packages/cli/src/doctor/plugin-settings.ts
import { join as join12 } from "node:path";
function glassboxPluginSettings(configDirs) {
  const out = [];
  for (const configDir of configDirs) {
    const settings = readJson(join12(configDir, "settings.json"));
    const configs = isObject3(settings) && isObject3(settings.pluginConfigs) ? settings.pluginConfigs : {};
    const credentials = readJson(join12(configDir, ".credentials.json"));
    const secrets = isObject3(credentials) && isObject3(credentials.pluginSecrets) ? credentials.pluginSecrets : void 0;
    for (const [id, value] of Object.entries(configs)) {
      const plugin = id.slice(0, id.lastIndexOf("@"));
      if (!Object.hasOwn(GLASSBOX_BUNDLES, plugin) || out.some((p) => p.id === id)) continue;
      const options = isObject3(value) && isObject3(value.options) ? value.options : {};
      out.push({
        id,
        plugin,
        options,
        hasSecret(key) {
          if (secrets === void 0) return void 0;
          const mine = secrets[id];
          const secret = isObject3(mine) ? mine[key] : void 0;
          return typeof secret === "string" && secret.trim() !== "";
        }
      });
    }
  }
  return out.sort((a, b) => pluginRank(b.plugin) - pluginRank(a.plugin));
}
function exporterEntryOptions(setting, exporter) {
  if (typeof setting !== "string" || !setting.trim().startsWith("[")) return void 0;
  try {
    const list = JSON.parse(setting);
    if (!Array.isArray(list)) return void 0;
    for (const entry of list)
      if (Array.isArray(entry) && entry[0] === exporter && isObject3(entry[1])) return entry[1];
  } catch {
  }
  return void 0;
}
var init_plugin_settings = __esm({
  "packages/cli/src/doctor/plugin-settings.ts"() {
    "use strict";
    init_src4();
    init_doctor_input();
  }
});

// packages/cli/src/doctor/audit-check.ts
import { existsSync as existsSync6 } from "node:fs";
import { open as open2, readFile as readFile5, stat as stat3 } from "node:fs/promises";
import { join as join13 } from "node:path";
async function lastLine(path) {
  const handle = await open2(path, "r").catch(() => void 0);
  if (!handle) return void 0;
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString("utf8").split("\n");
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      try {
        const parsed = JSON.parse(lines[i]);
        if (typeof parsed === "object" && parsed !== null) return parsed;
      } catch {
      }
    }
    return void 0;
  } finally {
    await handle.close();
  }
}
function auditEnabled(input) {
  const { status, configDirs, ctx } = input;
  if (status)
    return status.exporters?.some((e) => e.name === "audit") ? { on: true, why: "the running agent runs the audit exporter" } : { on: false, why: "the running agent has no audit exporter" };
  const serving = readInstalledBundles(configDirs, ctx.io.cwd).bundles.filter((b) => b.enabled).sort((a, b) => pluginRank(b.plugin) - pluginRank(a.plugin))[0];
  const settings = glassboxPluginSettings(configDirs)[0];
  const id = serving?.id ?? settings?.id;
  if (!id) return { on: void 0, why: "no agent running and no Glassbox bundle configured" };
  const names = serving ? serving.exporters : exporterNamesOf(String(settings?.options.exporters ?? ""));
  return names.includes("audit") ? { on: true, why: `${id}'s exporters include audit (agent not running)` } : { on: false, why: `${id}'s exporters do not include audit (agent not running)` };
}
var VERIFY_LIMIT_BYTES, auditCheck;
var init_audit_check = __esm({
  "packages/cli/src/doctor/audit-check.ts"() {
    "use strict";
    init_src3();
    init_src4();
    init_format_units();
    init_installed_bundles();
    init_plugin_settings();
    VERIFY_LIMIT_BYTES = 32 * 1024 * 1024;
    auditCheck = async (input) => {
      const { ctx, now, configDirs, dataDir, dataDirs } = input;
      const env = ctx.io.env;
      const options = glassboxPluginSettings(configDirs).map((s) => exporterEntryOptions(s.options.exporters, "audit")).find((o) => o !== void 0) ?? {};
      const running = input.status?.audit;
      const text3 = (v) => typeof v === "string" && v ? v : void 0;
      const dir = text3(running?.dir) || env.GLASSBOX_AUDIT_DIR || (typeof options.dir === "string" ? options.dir : void 0) || dataDirs.map((d) => join13(d, "audit")).find((d) => existsSync6(d)) || (dataDir ? join13(dataDir, "audit") : void 0);
      const witness = running ? text3(running.witnessFile) : env.GLASSBOX_AUDIT_WITNESS || text3(options.witnessFile);
      const whose = running ? "the running agent's " : "";
      const { on, why } = auditEnabled(input);
      const segments = dir ? await listSegments(dir).catch(() => []) : [];
      const state = on === void 0 ? "on or off: unknown" : on ? "on" : "off";
      if (!dir || segments.length === 0)
        return {
          name: "audit trail",
          level: "info",
          message: `${state} (${why}); no audit log${dir ? ` in ${dir}` : ""} yet`,
          ...on ? {} : {
            fix: "to keep a tamper-evident decision log, install the glassbox-audit plugin or add audit to your bundle\u2019s exporters setting"
          }
        };
      const checks = [];
      const last = await lastLine(join13(dir, segments.at(-1)));
      const checkpoint = await lastLine(join13(dir, CHECKPOINTS_FILE));
      const seq = typeof last?.seq === "number" ? last.seq : void 0;
      const cpSize = typeof checkpoint?.size === "number" ? checkpoint.size : void 0;
      const cpTime = typeof checkpoint?.timestampMs === "number" ? checkpoint.timestampMs : void 0;
      checks.push({
        name: "audit trail",
        level: "ok",
        message: `${state} (${why}); ${dir}: ${formatInteger(segments.length)} file(s), last record #${seq ?? "?"}` + (typeof last?.timestamp === "string" ? ` at ${last.timestamp}` : "") + (cpSize === void 0 ? "; no signed checkpoint yet (one is signed every N records or T seconds, and when the agent stops)" : `; last checkpoint: ${formatInteger(cpSize)} record(s), signed ${cpTime === void 0 ? "?" : `${formatDuration(Math.max(0, now - cpTime))} ago`}`)
      });
      let witnessText;
      if (witness) {
        witnessText = await readFile5(witness, "utf8").catch(() => void 0);
        const witnessLast = witnessText ? await lastLine(witness) : void 0;
        checks.push(
          witnessText !== void 0 ? {
            name: "audit witness",
            level: "ok",
            message: `${whose}witness file ${witness}: its last checkpoint covers ${formatInteger(Number(witnessLast?.size ?? 0))} record(s)`
          } : {
            name: "audit witness",
            level: cpSize === void 0 ? "info" : "warn",
            message: `${whose}witness file ${witness} is configured but cannot be read`,
            fix: cpSize === void 0 ? "the first signed checkpoint creates it" : "checkpoints were signed but the witness has none: is its directory writable by the agent (see agent.log)?"
          }
        );
      } else
        checks.push({
          name: "audit witness",
          level: "info",
          message: `${running ? "the running agent writes no witness file" : "no witness file"}: checkpoints are kept beside the log only, so a cut tail cannot be proven`,
          fix: 'set witnessFile where the log cannot be rewritten, e.g. exporters [["audit",{"witnessFile":"/mnt/other/witness.jsonl"}],"file"]'
        });
      let bytes = 0;
      for (const s of segments) bytes += (await stat3(join13(dir, s)).catch(() => void 0))?.size ?? 0;
      const command = `glassbox audit verify --dir ${dir}${witness ? ` --checkpoint ${witness}` : ""}`;
      if (bytes > VERIFY_LIMIT_BYTES) {
        checks.push({
          name: "audit verify",
          level: "info",
          message: `not verified here (${formatBytes(bytes)}, over ${formatBytes(VERIFY_LIMIT_BYTES)})`,
          fix: `run ${command}`
        });
        return checks;
      }
      const report = await verifyAuditLog(dir, witnessText ? { checkpoint: witnessText } : {}).catch(
        (error) => error
      );
      if (report instanceof Error)
        checks.push({ name: "audit verify", level: "warn", message: `could not verify: ${report.message}` });
      else {
        const errors = report.problems.filter((p) => p.severity === "error");
        const notices = report.problems.length - errors.length;
        const kinds = [...new Set(errors.map((p) => p.kind))];
        checks.push(
          report.ok ? {
            name: "audit verify",
            level: "ok",
            message: `intact: ${formatInteger(report.records)} record(s), ${formatInteger(report.checkpoints)} checkpoint(s)${witnessText ? ", the witness included" : ""}` + (notices > 0 ? `; ${notices} notice(s) (a torn line a crash left, cut and noted)` : "")
          } : {
            name: "audit verify",
            level: "fail",
            message: `${formatInteger(errors.length)} problem(s) (${kinds.join(", ")}) in ${formatInteger(report.records)} record(s): ${errors[0].message}`,
            fix: `${command} lists each one; the log changed after it was written: keep the files as they are for review`
          }
        );
      }
      return checks;
    };
  }
});

// packages/cli/src/session-budget-text.ts
function sessionBudgetText(s) {
  const parts = [`${formatUsd(s.limitUsd)} per session`];
  if (!s.last) return `${parts[0]}; no session has spent yet`;
  parts.push(`last session ${spendText(s.last)}`);
  if (!s.largestToday) parts.push("none spent today");
  else if (s.largestToday.sessionId === s.last.sessionId) parts.push("today's largest");
  else parts.push(`largest today ${spendText(s.largestToday)}`);
  return parts.join("; ");
}
function sessionBudgetState(s) {
  const states = [s.last?.state, s.largestToday?.state];
  return states.includes("reached") ? "reached" : states.includes("warn") ? "warn" : "ok";
}
var short, spendText;
var init_session_budget_text = __esm({
  "packages/cli/src/session-budget-text.ts"() {
    "use strict";
    init_format_units();
    short = (sessionId) => sessionId.slice(0, 8);
    spendText = (s) => `${short(s.sessionId)} ${formatUsd(s.spentUsd)} (${Math.floor(s.percent)}%)${s.state === "reached" ? " \u2190 reached" : s.state === "warn" ? " \u2190 past the warning" : ""}`;
  }
});

// packages/cli/src/budget-view.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join14 } from "node:path";
function readBudgets(homes, nowMs) {
  for (const home of homes) {
    const file = join14(home, BUDGET_FILE);
    let saved;
    try {
      saved = JSON.parse(readFileSync5(file, "utf8"));
    } catch {
      continue;
    }
    const settings = parseSettings(saved.settings);
    if (!settings) return void 0;
    const ledger = SpendLedger.fromJSON(saved.sessions);
    const { sessionUsd, warnPercent } = settings;
    return {
      file,
      ...typeof saved.plugin === "string" ? { plugin: saved.plugin } : {},
      settings,
      standings: budgetStandings(settings, ledger, nowMs),
      ...sessionUsd ? { session: sessionBudgetStanding(ledger, sessionUsd, warnPercent, utcDay(nowMs)) } : {}
    };
  }
  return void 0;
}
function parseSettings(value) {
  if (!value || typeof value !== "object") return void 0;
  const v = value;
  const limit = (x) => typeof x === "number" && x > 0 ? x : void 0;
  const settings = {
    ...limit(v.sessionUsd) ? { sessionUsd: limit(v.sessionUsd) } : {},
    ...limit(v.dailyUsd) ? { dailyUsd: limit(v.dailyUsd) } : {},
    ...limit(v.monthlyUsd) ? { monthlyUsd: limit(v.monthlyUsd) } : {},
    warnPercent: typeof v.warnPercent === "number" ? v.warnPercent : 80,
    enforce: v.enforce === true
  };
  return hasBudget(settings) ? settings : void 0;
}
function standingText(s) {
  const window = s.period === "day" ? `today (UTC ${s.window})` : `this month (UTC ${s.window})`;
  return `${formatUsd(s.spentUsd)} of ${formatUsd(s.limitUsd)} spent ${window}, ${Math.floor(s.percent)}%`;
}
function renderBudgets(view) {
  const { settings } = view;
  const lines = [
    `Budgets (${settings.enforce ? "enforced: a new prompt is stopped at the limit" : "warnings only"}; warning at ${settings.warnPercent}%):`
  ];
  if (view.session) lines.push(`  session  ${sessionBudgetText(view.session)}`);
  for (const s of view.standings) {
    const mark = s.state === "reached" ? "  \u2190 reached" : s.state === "warn" ? "  \u2190 past the warning" : "";
    lines.push(`  ${BUDGET_NAMES[s.period].padEnd(8)} ${standingText(s)}${mark}`);
  }
  return `${lines.join("\n")}
`;
}
var BUDGET_NAMES;
var init_budget_view = __esm({
  "packages/cli/src/budget-view.ts"() {
    "use strict";
    init_src4();
    init_format_units();
    init_session_budget_text();
    BUDGET_NAMES = { session: "session", day: "daily", month: "monthly" };
  }
});

// packages/cli/src/doctor/budgets-check.ts
var budgetsCheck;
var init_budgets_check = __esm({
  "packages/cli/src/doctor/budgets-check.ts"() {
    "use strict";
    init_src4();
    init_agent_client();
    init_budget_view();
    init_session_budget_text();
    budgetsCheck = ({ configDirs, ctx, now }) => {
      const view = readBudgets(agentHomes(configDirs, ctx.io.env), now);
      if (!view) return void 0;
      const how = `in the ${view.plugin ?? "Glassbox"} plugin's options (/config)`;
      const enforced = view.settings.enforce ? "enforced" : "not enforced (warnings only)";
      const checks = [];
      if (view.session) {
        const state = sessionBudgetState(view.session);
        checks.push({
          name: "budget",
          level: state === "ok" ? "ok" : "info",
          message: `session budget ${sessionBudgetText(view.session)}, ${enforced}`,
          ...state === "ok" ? {} : { fix: `raise ${BUDGET_SETTING_NAMES.session} ${how} if sessions this large are expected` }
        });
      }
      for (const s of view.standings)
        checks.push({
          name: "budget",
          level: s.state === "reached" ? "warn" : s.state === "warn" ? "info" : "ok",
          message: `${BUDGET_NAMES[s.period]} budget: ${standingText(s)}, ${enforced}`,
          ...s.state === "ok" ? {} : {
            fix: s.state === "reached" && view.settings.enforce ? `new prompts are stopped: raise ${BUDGET_SETTING_NAMES[s.period]} or set budgetEnforce to false ${how}` : `raise ${BUDGET_SETTING_NAMES[s.period]} ${how} if this spend is expected`
          }
        });
      return checks;
    };
  }
});

// packages/cli/src/doctor/bundles-check.ts
function standsDown(serving, lower) {
  const lost = lower.exporters.filter((e) => !serving.exporters.includes(e));
  const head = `${lower.plugin} and ${serving.plugin} are both enabled; one agent serves per user, ${serving.plugin}'s (rank ${pluginRank(serving.plugin)} > ${pluginRank(lower.plugin)}), and it runs only its own exporters (${listOf(serving.exporters)})`;
  const uninstall = `claude plugin uninstall ${lower.id}`;
  if (lost.length === 0)
    return {
      name: "bundles",
      level: "warn",
      message: `${head}: none of ${lower.plugin}'s exporters (${listOf(lower.exporters)}) is lost, but every hook and mod event is handled twice`,
      fix: `uninstall ${lower.plugin} (${uninstall}): ${serving.plugin} already exports all it would`
    };
  const carried = lost.filter((e) => GLASSBOX_BUNDLES[serving.plugin].exporters.includes(e));
  const missing = lost.filter((e) => !carried.includes(e));
  const fixes = [];
  if (carried.length > 0)
    fixes.push(
      `add ${carried.join(", ")} to ${serving.plugin}'s exporters setting (now "${serving.exportersSetting ?? GLASSBOX_BUNDLES[serving.plugin].defaultExporters}"; /plugin \u2192 ${serving.plugin} \u2192 configure, or pluginConfigs["${serving.id}"].options.exporters in settings.json) and uninstall ${lower.plugin} (${uninstall})`
    );
  if (missing.length > 0)
    fixes.push(
      `${serving.plugin} cannot run ${missing.join(", ")}: keep one of the two \u2014 ${uninstall}, or claude plugin uninstall ${serving.id} to let ${lower.plugin} serve`
    );
  return {
    name: "bundles",
    level: "warn",
    message: `${head}: ${lower.plugin}'s ${lost.join(", ")} export${lost.length > 1 ? "s do" : " does"} NOT run`,
    fix: fixes.join("; or ")
  };
}
var NOT_LISTED, listOf, bundlesCheck;
var init_bundles_check = __esm({
  "packages/cli/src/doctor/bundles-check.ts"() {
    "use strict";
    init_src4();
    init_installed_bundles();
    NOT_LISTED = "plugins loaded with --plugin-dir (or CLAUDE_CODE_PLUGIN_DIRS) are not listed in installed_plugins.json";
    listOf = (names) => names.length === 0 ? "none" : names.join(",");
    bundlesCheck = ({ configDirs, ctx }) => {
      const { files, bundles } = readInstalledBundles(configDirs, ctx.io.cwd);
      if (files.length === 0)
        return {
          name: "bundles",
          level: "info",
          message: `no installed_plugins.json in ${configDirs.join(", ")}: no plugin is installed from a marketplace (${NOT_LISTED})`
        };
      const enabled = bundles.filter((b) => b.enabled).sort((a, b) => pluginRank(b.plugin) - pluginRank(a.plugin));
      const disabled = bundles.filter((b) => !b.enabled).map((b) => `${b.id} (disabled)`);
      const serving = enabled[0];
      if (!serving || enabled.length === 1)
        return {
          name: "bundles",
          level: serving ? "ok" : "info",
          message: `${serving ? `Glassbox bundle ${serving.id} (exporters ${listOf(serving.exporters)})` : "no Glassbox bundle enabled"}${disabled.length > 0 ? `; also installed: ${disabled.join(", ")}` : ""} (${NOT_LISTED})`
        };
      return enabled.slice(1).map((lower) => standsDown(serving, lower));
    };
  }
});

// packages/cli/src/doctor/configuration-check.ts
var configurationCheck;
var init_configuration_check = __esm({
  "packages/cli/src/doctor/configuration-check.ts"() {
    "use strict";
    configurationCheck = ({ status }) => (status?.configProblems ?? []).map((problem) => ({
      name: "configuration",
      level: "warn",
      message: String(problem),
      fix: "fix the plugin option in /config (Glassbox Lite); the default is used meanwhile"
    }));
  }
});

// packages/cli/src/doctor/cost-drift-check.ts
var costDriftCheck;
var init_cost_drift_check = __esm({
  "packages/cli/src/doctor/cost-drift-check.ts"() {
    "use strict";
    costDriftCheck = ({ status }) => {
      const drift = (status?.sessions ?? []).filter(
        (s) => typeof s.costDriftUsd === "number" && Math.abs(s.costDriftUsd) > 1e-6
      );
      if (drift.length === 0) return void 0;
      return {
        name: "cost",
        level: "warn",
        message: `${drift.length} session(s) where Glassbox's cost differs from Claude Code's own total`,
        fix: "a model or pricing rule newer than this build: update Glassbox"
      };
    };
  }
});

// packages/cli/src/doctor/datadog-check.ts
async function probeAgent(agentUrl, logsViaAgent) {
  let url;
  try {
    url = new URL("/info", agentUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(url.protocol);
  } catch {
    return {
      name: "datadog agent",
      level: "warn",
      message: `the Agent URL ${agentUrl} is not an http(s) URL`,
      fix: "set datadogAgentUrl to the trace Agent, e.g. http://127.0.0.1:8126"
    };
  }
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS), redirect: "manual" });
    const info = await reply.json().catch(() => void 0);
    const endpoints = Array.isArray(info?.endpoints) ? info.endpoints : [];
    if (reply.ok && logsViaAgent && !endpoints.includes("/evp_proxy/v2/"))
      return {
        name: "datadog agent",
        level: "warn",
        message: `the Datadog Agent at ${url.origin} answers but lists no EVP proxy (/evp_proxy/v2/): it refuses the logs sent through it`,
        fix: "enable the Agent's EVP proxy (evp_proxy_config.enabled: true, the default since Agent 7.40), or set datadogLogsVia to intake with an API key"
      };
    return reply.ok ? {
      name: "datadog agent",
      level: "ok",
      message: `the Datadog Agent at ${url.origin} answers${typeof info?.version === "string" ? ` (version ${info.version})` : ""}`
    } : {
      name: "datadog agent",
      level: "warn",
      message: `${url.origin}/info answered HTTP ${reply.status}: not a Datadog trace Agent?`,
      fix: "check datadogAgentUrl; the trace Agent listens on 8126 by default (apm_config.enabled)"
    };
  } catch (error) {
    return {
      name: "datadog agent",
      level: "warn",
      message: `the Datadog Agent at ${url.origin} does not answer (${error.name === "TimeoutError" ? `no reply in ${PROBE_TIMEOUT_MS} ms` : error.cause?.code ?? error.message})`,
      fix: "start the Datadog Agent (or fix datadogAgentUrl); spans and metrics wait in the spool and are sent when it is back"
    };
  }
}
function logsCheck({ apiKey, logsVia, agentless, site, agentUrl }) {
  const intake = `https://http-intake.logs.${site}`;
  if (logsVia !== void 0 && logsVia !== "intake" && logsVia !== "agent")
    return {
      name: "datadog logs",
      level: "warn",
      message: `datadogLogsVia must be intake or agent, got ${JSON.stringify(logsVia)}: the Datadog exporter refuses its configuration and sends nothing`,
      fix: "set datadogLogsVia to intake (the logs intake, with the API key), agent (the Datadog Agent), or leave it empty"
    };
  if (logsVia === "agent")
    return agentless ? {
      name: "datadog logs",
      level: "warn",
      message: "datadogLogsVia is agent but there is no Agent (an API key and no Agent URL is agentless): the Datadog exporter refuses its configuration and sends nothing",
      fix: "set datadogAgentUrl to your Datadog Agent, or set datadogLogsVia to intake"
    } : {
      name: "datadog logs",
      level: "ok",
      message: `logs (prompts, model and tool calls, audit records) go through the Datadog Agent's EVP proxy at ${agentUrl}, which forwards them to the logs intake of its own site with its own API key`
    };
  if (logsVia === "intake" && apiKey === false)
    return {
      name: "datadog logs",
      level: "warn",
      message: "datadogLogsVia is intake but no API key is set: the Datadog exporter refuses its configuration and sends nothing",
      fix: "set datadogApiKey, or set datadogLogsVia to agent to send logs through the Datadog Agent"
    };
  if (apiKey === true)
    return {
      name: "datadog logs",
      level: "ok",
      message: `logs (prompts, model and tool calls, audit records) go to the logs intake ${intake} with the API key`
    };
  return {
    name: "datadog logs",
    level: "info",
    message: apiKey === false ? "logs are not sent to Datadog: no API key, and datadogLogsVia is not agent" : `logs go to the logs intake ${intake} only if an API key is set (not readable here)`,
    fix: "set datadogApiKey to send them to the logs intake (traces still go through the Agent), set datadogLogsVia to agent to send them through the Agent's EVP proxy, or have the Agent tail the file exporter's glassbox.jsonl (logs_config type: file, source: glassbox)"
  };
}
var PLUGIN, DEFAULT_AGENT_URL, DEFAULT_SITE, DEFAULT_DOGSTATSD_PORT, DEFAULT_SERVICE, PROBE_TIMEOUT_MS, text2, datadogCheck;
var init_datadog_check = __esm({
  "packages/cli/src/doctor/datadog-check.ts"() {
    "use strict";
    init_installed_bundles();
    init_plugin_settings();
    PLUGIN = "glassbox-datadog";
    DEFAULT_AGENT_URL = "http://127.0.0.1:8126";
    DEFAULT_SITE = "datadoghq.com";
    DEFAULT_DOGSTATSD_PORT = 8125;
    DEFAULT_SERVICE = "claude-code";
    PROBE_TIMEOUT_MS = 1500;
    text2 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
    datadogCheck = async ({ configDirs, ctx, status }) => {
      const settings = glassboxPluginSettings(configDirs).find((s) => s.plugin === PLUGIN);
      const installed = readInstalledBundles(configDirs, ctx.io.cwd).bundles.find((b) => b.plugin === PLUGIN);
      const running = status?.exporters?.some((e) => e.name === "datadog") ?? false;
      if (!settings && !installed && !running) return void 0;
      const o = settings?.options ?? {};
      const apiKey = settings?.hasSecret("datadogApiKey");
      const agentUrl = text2(o.datadogAgentUrl);
      const agentless = apiKey === true && agentUrl === void 0;
      const port = Number(o.dogstatsdPort) > 0 ? Number(o.dogstatsdPort) : DEFAULT_DOGSTATSD_PORT;
      const id = settings?.id ?? installed?.id ?? PLUGIN;
      const checks = [
        {
          name: "datadog",
          level: "ok",
          message: `${id}${installed && !installed.enabled ? " (disabled)" : ""}: site ${text2(o.datadogSite) ?? DEFAULT_SITE}, Agent ${agentless ? "none (agentless: an API key and no Agent URL)" : agentUrl ?? `${DEFAULT_AGENT_URL} (default)`}, DogStatsD port ${port}, service ${text2(o.service) ?? DEFAULT_SERVICE}, env ${text2(o.env) ?? "(none)"}, API key ${apiKey === void 0 ? "unknown (not in .credentials.json: a keychain holds secrets here)" : apiKey ? "set" : "not set"}${running ? "; the running agent exports to Datadog" : ""}`
        }
      ];
      const logsVia = text2(o.datadogLogsVia);
      checks.push(
        logsCheck({
          apiKey,
          logsVia,
          agentless,
          site: text2(o.datadogSite) ?? DEFAULT_SITE,
          agentUrl: agentUrl ?? DEFAULT_AGENT_URL
        })
      );
      if (!agentless) checks.push(await probeAgent(agentUrl ?? DEFAULT_AGENT_URL, logsVia === "agent"));
      return checks;
    };
  }
});

// packages/cli/src/doctor/events-check.ts
var eventsCheck;
var init_events_check = __esm({
  "packages/cli/src/doctor/events-check.ts"() {
    "use strict";
    init_format_units();
    eventsCheck = ({ status }) => {
      if (!status) return void 0;
      const ignored = Object.entries(status.ignored ?? {}).filter(([, n]) => n > 0);
      return ignored.length === 0 ? { name: "events", level: "ok", message: "no event was dropped or ignored" } : {
        name: "events",
        level: "info",
        message: `ignored or dropped: ${ignored.map(([k, n]) => `${k} ${formatInteger(n)}`).join(", ")}`,
        fix: "ignored events are expected (other sessions, duplicates); drops mean the agent was overloaded or input was malformed"
      };
    };
  }
});

// packages/cli/src/doctor/exporters-check.ts
var ago, exportersCheck;
var init_exporters_check = __esm({
  "packages/cli/src/doctor/exporters-check.ts"() {
    "use strict";
    init_format_units();
    ago = (now, ms) => ms === void 0 ? "never" : `${formatDuration(Math.max(0, now - ms))} ago`;
    exportersCheck = ({ status, now }) => (status?.exporters ?? []).map((e) => {
      const failing = e.lastErrorMs !== void 0 && (e.lastSuccessMs === void 0 || e.lastErrorMs > e.lastSuccessMs);
      const pending = (e.pendingSpans ?? 0) + (e.pendingLogs ?? 0);
      return {
        name: `exporter ${e.name ?? "?"}`,
        level: failing ? "fail" : "ok",
        message: `last export ${ago(now, e.lastSuccessMs)}, ${formatInteger(e.exportedBatches ?? 0)} batch(es) sent, ${formatInteger(e.failedBatches ?? 0)} failed, ${formatInteger(pending)} record(s) waiting` + (e.lastError ? `; last error ${ago(now, e.lastErrorMs)}: ${e.lastError}` : "") + ((e.rejectedItems ?? 0) > 0 ? `; ${formatInteger(e.rejectedItems)} record(s) rejected` : ""),
        fix: failing ? "check the exporter settings (directory writable? endpoint reachable?); records wait and are retried" : void 0
      };
    });
  }
});

// packages/cli/src/doctor/mod-check.ts
var modCheck;
var init_mod_check = __esm({
  "packages/cli/src/doctor/mod-check.ts"() {
    "use strict";
    modCheck = ({ status }) => {
      if (!status) return void 0;
      const sessions = status.sessions ?? [];
      const modAlive = status.modAliveSessions ?? [];
      return sessions.length === 0 ? { name: "mod", level: "info", message: "no session seen yet: cannot tell whether the mod loads" } : modAlive.length > 0 ? {
        name: "mod",
        level: "ok",
        message: `the mod reported from ${modAlive.length} of ${sessions.length} session(s)`
      } : {
        name: "mod",
        level: "warn",
        message: `the mod reported from none of ${sessions.length} session(s): live timing comes from hooks only`,
        fix: "mods need a Claude Code that loads them; usage and cost are still exact (from the transcript)"
      };
    };
  }
});

// packages/cli/src/doctor/node-check.ts
var nodeCheck;
var init_node_check = __esm({
  "packages/cli/src/doctor/node-check.ts"() {
    "use strict";
    nodeCheck = () => {
      const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
      return major > 20 || major === 20 && minor >= 19 ? { name: "node", level: "ok", message: `Node ${process.versions.node}` } : {
        name: "node",
        level: "fail",
        message: `Node ${process.versions.node} is too old`,
        fix: "install Node 20.19 or newer (the agent and this CLI need it)"
      };
    };
  }
});

// packages/cli/src/doctor/plugin-data-check.ts
var pluginDataCheck;
var init_plugin_data_check = __esm({
  "packages/cli/src/doctor/plugin-data-check.ts"() {
    "use strict";
    pluginDataCheck = ({ dataDir, dataDirs }) => dataDir ? {
      name: "plugin data",
      level: "ok",
      message: `agent data directory ${dataDir}${dataDirs.length > 1 ? ` (also: ${dataDirs.slice(1).join(", ")})` : ""}`
    } : {
      name: "plugin data",
      level: "info",
      message: "no Glassbox agent data directory found: the plugin has not run a session yet",
      fix: "install the glassbox or glassbox-lite plugin and start a Claude Code session; the agent starts with it"
    };
  }
});

// packages/cli/src/doctor/pricing-check.ts
var pricingCheck;
var init_pricing_check = __esm({
  "packages/cli/src/doctor/pricing-check.ts"() {
    "use strict";
    init_cli_pricing();
    pricingCheck = () => ({
      name: "pricing",
      level: "ok",
      message: `price table ${cliPricing().key}`
    });
  }
});

// packages/cli/src/report-cache-files.ts
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync as readdirSync2,
  readFileSync as readFileSync6,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join15 } from "node:path";
function defaultCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith("/")) return join15(xdg, "glassbox");
  return join15(env.HOME || homedir2(), ".cache", "glassbox");
}
function readFramed(path, magic) {
  let buf;
  try {
    buf = readFileSync6(path);
  } catch {
    return void 0;
  }
  if (buf.length < 16 || buf.toString("latin1", 0, 6) !== magic) return void 0;
  if (buf.readUInt16LE(6) !== REPORT_CACHE_VERSION) return void 0;
  const headerEnd = 12 + buf.readUInt32LE(8);
  if (headerEnd > buf.length) return void 0;
  return { buf, header: JSON.parse(buf.toString("utf8", 12, headerEnd)), headerEnd };
}
function removeOldReportCaches(dir) {
  const removed = [];
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = CACHE_FILE.exec(name);
    if (!m || Number(m[1]) >= REPORT_CACHE_VERSION) continue;
    try {
      unlinkSync(join15(dir, name));
      removed.push(name);
    } catch {
    }
  }
  return removed;
}
function writeAtomically(path, dir, chunks) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const fd = openSync(tmp, "w", 384);
    try {
      for (const c of chunks) writeSync(fd, c);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return void 0;
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
var REPORT_CACHE_VERSION, align8, CACHE_FILE;
var init_report_cache_files = __esm({
  "packages/cli/src/report-cache-files.ts"() {
    "use strict";
    REPORT_CACHE_VERSION = 4;
    align8 = (n) => n + 7 & ~7;
    CACHE_FILE = /^report-v(\d+)-[0-9a-f]{16}\.(?:bin|sum)(?:\.\d+\.tmp)?$/;
  }
});

// packages/cli/src/columns.ts
function emptyColumns(u32Stride, f64Stride, capacity = 64) {
  return {
    count: 0,
    u32: new Uint32Array(capacity * u32Stride),
    f64: new Float64Array(capacity * f64Stride)
  };
}
function grow(c, u32Stride, f64Stride) {
  if ((c.count + 1) * u32Stride <= c.u32.length) return;
  const capacity = Math.max(64, c.count * 2);
  const u32 = new Uint32Array(capacity * u32Stride);
  u32.set(c.u32.subarray(0, c.count * u32Stride));
  const f64 = new Float64Array(capacity * f64Stride);
  f64.set(c.f64.subarray(0, c.count * f64Stride));
  c.u32 = u32;
  c.f64 = f64;
}
function trimColumns(c, u32Stride, f64Stride) {
  return {
    count: c.count,
    u32: c.u32.slice(0, c.count * u32Stride),
    f64: c.f64.slice(0, c.count * f64Stride)
  };
}
var init_columns = __esm({
  "packages/cli/src/columns.ts"() {
    "use strict";
  }
});

// packages/cli/src/hash64.ts
function hash64(text3, out, at) {
  scratchHash.reset().string(text3).finish(out, at);
}
var Hash64, scratchHash;
var init_hash64 = __esm({
  "packages/cli/src/hash64.ts"() {
    "use strict";
    Hash64 = class {
      h1 = 3735928559;
      h2 = 1103547991;
      reset() {
        this.h1 = 3735928559;
        this.h2 = 1103547991;
        return this;
      }
      byte(c) {
        this.h1 = Math.imul(this.h1 ^ c, 2654435761);
        this.h2 = Math.imul(this.h2 ^ c, 1597334677);
        return this;
      }
      bytes(b, s, e) {
        let h1 = this.h1;
        let h2 = this.h2;
        for (let i = s; i < e; i += 1) {
          const c = b[i];
          h1 = Math.imul(h1 ^ c, 2654435761);
          h2 = Math.imul(h2 ^ c, 1597334677);
        }
        this.h1 = h1;
        this.h2 = h2;
        return this;
      }
      string(text3) {
        for (let i = 0; i < text3.length; i += 1)
          if (text3.charCodeAt(i) > 127) {
            const utf82 = Buffer.from(text3, "utf8");
            return this.bytes(utf82, 0, utf82.length);
          }
        for (let i = 0; i < text3.length; i += 1) this.byte(text3.charCodeAt(i));
        return this;
      }
      /** Writes the two 32-bit halves to `out[at]`, `out[at + 1]`. */
      finish(out, at) {
        let h1 = this.h1;
        let h2 = this.h2;
        h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
        h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
        h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
        h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
        out[at] = h1 >>> 0;
        out[at + 1] = h2 >>> 0;
      }
    };
    scratchHash = new Hash64();
  }
});

// packages/cli/src/pair-map.ts
var PairMap;
var init_pair_map = __esm({
  "packages/cli/src/pair-map.ts"() {
    "use strict";
    PairMap = class {
      #k1 = new Uint32Array(64);
      #k2 = new Uint32Array(64);
      #v = new Int32Array(64).fill(-1);
      #size = 0;
      #slot(k1, k2) {
        const mask = this.#v.length - 1;
        let i = (k1 ^ Math.imul(k2, 2654435761)) & mask;
        while (this.#v[i] !== -1 && (this.#k1[i] !== k1 || this.#k2[i] !== k2)) i = i + 1 & mask;
        return i;
      }
      get(k1, k2) {
        return this.#v[this.#slot(k1, k2)];
      }
      set(k1, k2, value) {
        if ((this.#size + 1) * 2 > this.#v.length) this.#grow();
        const i = this.#slot(k1, k2);
        if (this.#v[i] === -1) this.#size += 1;
        this.#k1[i] = k1;
        this.#k2[i] = k2;
        this.#v[i] = value;
      }
      #grow() {
        const [k1, k2, v] = [this.#k1, this.#k2, this.#v];
        this.#k1 = new Uint32Array(v.length * 2);
        this.#k2 = new Uint32Array(v.length * 2);
        this.#v = new Int32Array(v.length * 2).fill(-1);
        this.#size = 0;
        for (let i = 0; i < v.length; i += 1) if (v[i] !== -1) this.set(k1[i], k2[i], v[i]);
      }
    };
  }
});

// packages/cli/src/response-rows.ts
function writeUsage(u32, r, usage, strings) {
  const o = r * R_U32;
  let present = 0;
  if (usage.input_tokens !== void 0) present |= P_INPUT;
  if (usage.output_tokens !== void 0) present |= P_OUTPUT;
  if (usage.cache_creation_input_tokens !== void 0) present |= P_CACHE_WRITE;
  if (usage.cache_read_input_tokens !== void 0) present |= P_CACHE_READ;
  u32[o + R_INPUT] = fin(usage.input_tokens);
  u32[o + R_OUTPUT] = fin(usage.output_tokens);
  u32[o + R_CACHE_WRITE] = fin(usage.cache_creation_input_tokens);
  u32[o + R_CACHE_READ] = fin(usage.cache_read_input_tokens);
  const cc = usage.cache_creation;
  if (cc) {
    present |= P_CACHE_OBJ;
    if (cc.ephemeral_5m_input_tokens !== void 0) present |= P_5M;
    if (cc.ephemeral_1h_input_tokens !== void 0) present |= P_1H;
  }
  u32[o + R_CACHE_5M] = fin(cc?.ephemeral_5m_input_tokens);
  u32[o + R_CACHE_1H] = fin(cc?.ephemeral_1h_input_tokens);
  const stu = usage.server_tool_use;
  if (stu) {
    present |= P_SERVER;
    if (stu.web_search_requests !== void 0) present |= P_SEARCH;
    if (stu.web_fetch_requests !== void 0) present |= P_FETCH;
  }
  u32[o + R_WEB_SEARCH] = fin(stu?.web_search_requests);
  u32[o + R_WEB_FETCH] = fin(stu?.web_fetch_requests);
  u32[o + R_SPEED] = usage.speed == null ? 0 : strings.intern(usage.speed) + 1;
  u32[o + R_GEO] = usage.inference_geo == null ? 0 : internAllowEmpty(strings, usage.inference_geo);
  u32[o + R_TIER] = usage.service_tier == null ? 0 : strings.intern(usage.service_tier) + 1;
  u32[o + R_PRESENT] = present;
  const iterations = iterationsOf(usage);
  u32[o + R_ITER] = iterations ? strings.intern(JSON.stringify(iterations)) : 0;
}
function writeRawUsage(u32, o, u, strings) {
  let present = 0;
  if (u.input !== void 0) present |= P_INPUT;
  if (u.output !== void 0) present |= P_OUTPUT;
  if (u.cacheWrite !== void 0) present |= P_CACHE_WRITE;
  if (u.cacheRead !== void 0) present |= P_CACHE_READ;
  u32[o + R_INPUT] = fin(u.input);
  u32[o + R_OUTPUT] = fin(u.output);
  u32[o + R_CACHE_WRITE] = fin(u.cacheWrite);
  u32[o + R_CACHE_READ] = fin(u.cacheRead);
  if (u.cacheObject) {
    present |= P_CACHE_OBJ;
    if (u.fiveMinute !== void 0) present |= P_5M;
    if (u.oneHour !== void 0) present |= P_1H;
  }
  u32[o + R_CACHE_5M] = u.cacheObject ? fin(u.fiveMinute) : 0;
  u32[o + R_CACHE_1H] = u.cacheObject ? fin(u.oneHour) : 0;
  if (u.serverObject) {
    present |= P_SERVER;
    if (u.webSearch !== void 0) present |= P_SEARCH;
    if (u.webFetch !== void 0) present |= P_FETCH;
  }
  u32[o + R_WEB_SEARCH] = u.serverObject ? fin(u.webSearch) : 0;
  u32[o + R_WEB_FETCH] = u.serverObject ? fin(u.webFetch) : 0;
  u32[o + R_PRESENT] = present;
  const b = u.b;
  u32[o + R_SPEED] = u.speedS >= 0 ? strings.internBytes(b, u.speedS + 1, u.speedE - 1) + 1 : 0;
  u32[o + R_GEO] = u.geoS >= 0 ? strings.internBytes(b, u.geoS + 1, u.geoE - 1) + 1 : 0;
  u32[o + R_TIER] = u.tierS >= 0 ? strings.internBytes(b, u.tierS + 1, u.tierE - 1) + 1 : 0;
  u32[o + R_ITER] = u.iterations ? strings.intern(JSON.stringify(u.iterations)) : 0;
}
function internAllowEmpty(strings, value) {
  return value === "" ? 1 : strings.intern(value) + 1;
}
function readRowUsage(u32, r, strings) {
  const o = r * R_U32;
  const present = u32[o + R_PRESENT];
  const out = {};
  if (present & P_INPUT) out.input_tokens = u32[o + R_INPUT];
  if (present & P_OUTPUT) out.output_tokens = u32[o + R_OUTPUT];
  if (present & P_CACHE_WRITE) out.cache_creation_input_tokens = u32[o + R_CACHE_WRITE];
  if (present & P_CACHE_READ) out.cache_read_input_tokens = u32[o + R_CACHE_READ];
  if (present & P_CACHE_OBJ)
    out.cache_creation = {
      ephemeral_5m_input_tokens: present & P_5M ? u32[o + R_CACHE_5M] : void 0,
      ephemeral_1h_input_tokens: present & P_1H ? u32[o + R_CACHE_1H] : void 0
    };
  if (present & P_SERVER)
    out.server_tool_use = {
      web_search_requests: present & P_SEARCH ? u32[o + R_WEB_SEARCH] : void 0,
      web_fetch_requests: present & P_FETCH ? u32[o + R_WEB_FETCH] : void 0
    };
  const speed = u32[o + R_SPEED];
  if (speed) out.speed = strings.get(speed - 1);
  const geo = u32[o + R_GEO];
  if (geo) out.inference_geo = strings.get(geo - 1);
  const tier = u32[o + R_TIER];
  if (tier) out.service_tier = strings.get(tier - 1);
  const iterations = u32[o + R_ITER];
  if (iterations) out.iterations = JSON.parse(strings.get(iterations));
  return out;
}
function mergeRows(u32, f64, into, fromU32, fromF64, from) {
  const a = into * R_U32;
  const b = from * R_U32;
  let changed = false;
  const ib = fromU32[b + R_ITER];
  if (ib !== 0 && ib !== u32[a + R_ITER] && (u32[a + R_ITER] === 0 || fromU32[b + R_OUTPUT] >= u32[a + R_OUTPUT])) {
    u32[a + R_ITER] = ib;
    changed = true;
  }
  const pa = u32[a + R_PRESENT];
  const pb = fromU32[b + R_PRESENT];
  for (const [slot, bit] of NUMERIC) {
    if (!(pb & bit)) continue;
    const vb = fromU32[b + slot];
    if (!(pa & bit) || vb > u32[a + slot]) {
      u32[a + slot] = vb;
      changed = true;
    }
  }
  const present = pa | pb;
  if (present !== pa) {
    u32[a + R_PRESENT] = present;
    changed = true;
  }
  for (const slot of [R_SPEED, R_GEO, R_TIER]) {
    const vb = fromU32[b + slot];
    if (vb && vb !== u32[a + slot]) {
      u32[a + slot] = vb;
      changed = true;
    }
  }
  if (!(fromU32[b + R_FLAGS] & FLAG_SIDECHAIN)) u32[a + R_FLAGS] = u32[a + R_FLAGS] & ~FLAG_SIDECHAIN;
  const fa = into * R_F64;
  const fb = from * R_F64;
  const tb = fromF64[fb + R_TIME];
  if (!Number.isNaN(tb) && (Number.isNaN(f64[fa + R_TIME]) || tb < f64[fa + R_TIME])) f64[fa + R_TIME] = tb;
  const rb = fromF64[fb + R_RECORDED];
  if (!Number.isNaN(rb) && (Number.isNaN(f64[fa + R_RECORDED]) || rb > f64[fa + R_RECORDED])) {
    f64[fa + R_RECORDED] = rb;
    changed = true;
  }
  if (!u32[a + R_MODEL]) u32[a + R_MODEL] = fromU32[b + R_MODEL];
  if (!u32[a + R_SESSION]) u32[a + R_SESSION] = fromU32[b + R_SESSION];
  return changed;
}
var R_KEY, R_MSG, R_MODEL, R_SESSION, R_FLAGS, R_SPEED, R_GEO, R_TIER, R_INPUT, R_OUTPUT, R_CACHE_WRITE, R_CACHE_5M, R_CACHE_1H, R_CACHE_READ, R_WEB_SEARCH, R_WEB_FETCH, R_PRESENT, R_ITER, R_U32, R_TIME, R_COST, R_RECORDED, R_F64, FLAG_SIDECHAIN, FLAG_DEAD, P_INPUT, P_OUTPUT, P_CACHE_WRITE, P_CACHE_READ, P_CACHE_OBJ, P_5M, P_1H, P_SERVER, P_SEARCH, P_FETCH, NUMERIC, fin;
var init_response_rows = __esm({
  "packages/cli/src/response-rows.ts"() {
    "use strict";
    init_src4();
    R_KEY = 0;
    R_MSG = 2;
    R_MODEL = 4;
    R_SESSION = 5;
    R_FLAGS = 6;
    R_SPEED = 7;
    R_GEO = 8;
    R_TIER = 9;
    R_INPUT = 10;
    R_OUTPUT = 11;
    R_CACHE_WRITE = 12;
    R_CACHE_5M = 13;
    R_CACHE_1H = 14;
    R_CACHE_READ = 15;
    R_WEB_SEARCH = 16;
    R_WEB_FETCH = 17;
    R_PRESENT = 18;
    R_ITER = 19;
    R_U32 = 20;
    R_TIME = 0;
    R_COST = 1;
    R_RECORDED = 2;
    R_F64 = 3;
    FLAG_SIDECHAIN = 1;
    FLAG_DEAD = 2;
    P_INPUT = 1;
    P_OUTPUT = 2;
    P_CACHE_WRITE = 4;
    P_CACHE_READ = 8;
    P_CACHE_OBJ = 16;
    P_5M = 32;
    P_1H = 64;
    P_SERVER = 128;
    P_SEARCH = 256;
    P_FETCH = 512;
    NUMERIC = [
      [R_INPUT, P_INPUT],
      [R_OUTPUT, P_OUTPUT],
      [R_CACHE_WRITE, P_CACHE_WRITE],
      [R_CACHE_READ, P_CACHE_READ],
      [R_CACHE_5M, P_5M],
      [R_CACHE_1H, P_1H],
      [R_WEB_SEARCH, P_SEARCH],
      [R_WEB_FETCH, P_FETCH]
    ];
    fin = (v) => v === void 0 ? 0 : Math.max(0, Math.round(v)) >>> 0;
  }
});

// packages/cli/src/string-table.ts
var StringTable;
var init_string_table = __esm({
  "packages/cli/src/string-table.ts"() {
    "use strict";
    StringTable = class _StringTable {
      values = [""];
      #index = /* @__PURE__ */ new Map([["", 0]]);
      /** FNV-1a of a string's UTF-8 bytes → indexes with that hash, for interning straight from bytes. */
      #byBytes = /* @__PURE__ */ new Map();
      #bytes = [void 0];
      static from(values) {
        const table = new _StringTable();
        for (let i = 1; i < values.length; i += 1) table.intern(values[i]);
        return table;
      }
      intern(value) {
        if (value === void 0 || value === "") return 0;
        let i = this.#index.get(value);
        if (i === void 0) {
          i = this.values.length;
          this.values.push(value);
          this.#index.set(value, i);
        }
        return i;
      }
      /**
       * Interns the UTF-8 bytes `b[s, e)` (a JSON string's content without escapes) without decoding them when
       * they were seen before: session ids and model names repeat on every record.
       */
      internBytes(b, s, e) {
        if (e <= s) return 0;
        let h = 2166136261;
        for (let i = s; i < e; i += 1) h = Math.imul(h ^ b[i], 16777619);
        const candidates = this.#byBytes.get(h);
        if (candidates)
          for (const idx2 of candidates) {
            const known = this.#bytes[idx2];
            if (known.length !== e - s) continue;
            let same = true;
            for (let i = 0; i < known.length; i += 1)
              if (known[i] !== b[s + i]) {
                same = false;
                break;
              }
            if (same) return idx2;
          }
        const idx = this.intern(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString("utf8"));
        if (this.#bytes[idx] === void 0) {
          this.#bytes[idx] = Buffer.from(b.subarray(s, e));
          if (candidates) candidates.push(idx);
          else this.#byBytes.set(h, [idx]);
        }
        return idx;
      }
      get(i) {
        return this.values[i] ?? "";
      }
    };
  }
});

// packages/cli/src/usage-tables.ts
function emptyFileTables() {
  return {
    responses: emptyColumns(R_U32, R_F64, 16),
    toolUses: emptyColumns(U_U32, U_F64, 16),
    toolResults: emptyColumns(T_U32, T_F64, 16)
  };
}
var U_ID, U_NAME, U_SESSION, U_U32, U_F64, T_ID, T_ERROR, T_U32, T_F64, TableSink;
var init_usage_tables = __esm({
  "packages/cli/src/usage-tables.ts"() {
    "use strict";
    init_columns();
    init_hash64();
    init_pair_map();
    init_response_rows();
    init_response_rows();
    init_string_table();
    U_ID = 0;
    U_NAME = 2;
    U_SESSION = 3;
    U_U32 = 4;
    U_F64 = 1;
    T_ID = 0;
    T_ERROR = 2;
    T_U32 = 3;
    T_F64 = 1;
    TableSink = class {
      tables = emptyFileTables();
      #strings;
      #rowByKey = new PairMap();
      #scratchU32 = new Uint32Array(R_U32);
      #scratchF64 = new Float64Array(R_F64);
      #hash = new Hash64();
      #defaultSession;
      /** `defaultSession` stands in for records without a session id (the file's own name). */
      constructor(strings, defaultSession) {
        this.#strings = strings;
        this.#defaultSession = strings.intern(defaultSession);
      }
      /** The row for a key already filled in `#scratchU32`: an existing one to merge into, or a new one. */
      #place(fill) {
        const k = this.#scratchU32;
        const existing = this.#rowByKey.get(k[R_KEY], k[R_KEY + 1]);
        const c = this.tables.responses;
        if (existing !== -1) {
          fill(this.#scratchU32, this.#scratchF64, 0);
          mergeRows(c.u32, c.f64, existing, this.#scratchU32, this.#scratchF64, 0);
          return;
        }
        grow(c, R_U32, R_F64);
        const o = c.count * R_U32;
        c.u32[o + R_KEY] = k[R_KEY];
        c.u32[o + R_KEY + 1] = k[R_KEY + 1];
        c.u32[o + R_MSG] = k[R_MSG];
        c.u32[o + R_MSG + 1] = k[R_MSG + 1];
        this.#rowByKey.set(k[R_KEY], k[R_KEY + 1], c.count);
        fill(c.u32, c.f64, c.count);
        c.count += 1;
      }
      response(r) {
        const k = this.#scratchU32;
        this.#hash.reset().string(r.messageId).byte(0).string(r.requestId).finish(k, R_KEY);
        this.#hash.reset().string(r.messageId).finish(k, R_MSG);
        this.#place((u32, f64, row) => {
          const o = row * R_U32;
          u32[o + R_MODEL] = this.#strings.intern(r.model);
          u32[o + R_SESSION] = r.sessionId ? this.#strings.intern(r.sessionId) : this.#defaultSession;
          u32[o + R_FLAGS] = r.isSidechain ? FLAG_SIDECHAIN : 0;
          writeUsage(u32, row, r.usage, this.#strings);
          const f = row * R_F64;
          f64[f + R_TIME] = r.timeMs;
          f64[f + R_COST] = Number.NaN;
          f64[f + R_RECORDED] = r.recordedCostUsd ?? Number.NaN;
        });
      }
      rawResponse(r) {
        const b = r.b;
        const k = this.#scratchU32;
        const h = this.#hash.reset().bytes(b, r.idS + 1, r.idE - 1).byte(0);
        if (r.requestS >= 0) h.bytes(b, r.requestS + 1, r.requestE - 1);
        h.finish(k, R_KEY);
        this.#hash.reset().bytes(b, r.idS + 1, r.idE - 1).finish(k, R_MSG);
        this.#place((u32, f64, row) => {
          const o = row * R_U32;
          const strings = this.#strings;
          u32[o + R_MODEL] = strings.internBytes(b, r.modelS + 1, r.modelE - 1);
          u32[o + R_SESSION] = r.sessionS >= 0 ? strings.internBytes(b, r.sessionS + 1, r.sessionE - 1) : this.#defaultSession;
          u32[o + R_FLAGS] = r.isSidechain ? FLAG_SIDECHAIN : 0;
          writeRawUsage(u32, o, r.usage, strings);
          const f = row * R_F64;
          f64[f + R_TIME] = r.timeMs;
          f64[f + R_COST] = Number.NaN;
          f64[f + R_RECORDED] = r.recordedCostUsd ?? Number.NaN;
        });
      }
      toolUse(u) {
        const c = this.tables.toolUses;
        grow(c, U_U32, U_F64);
        const o = c.count * U_U32;
        hash64(u.id, c.u32, o + U_ID);
        c.u32[o + U_NAME] = this.#strings.intern(u.name);
        c.u32[o + U_SESSION] = u.sessionId ? this.#strings.intern(u.sessionId) : this.#defaultSession;
        c.f64[c.count] = u.timeMs;
        c.count += 1;
      }
      rawToolUse(b, idS, idE, nameS, nameE, timeMs, sessionS, sessionE) {
        const c = this.tables.toolUses;
        grow(c, U_U32, U_F64);
        const o = c.count * U_U32;
        this.#hash.reset().bytes(b, idS + 1, idE - 1).finish(c.u32, o + U_ID);
        c.u32[o + U_NAME] = nameS >= 0 ? this.#strings.internBytes(b, nameS + 1, nameE - 1) : this.#strings.intern("unknown");
        c.u32[o + U_SESSION] = sessionS >= 0 ? this.#strings.internBytes(b, sessionS + 1, sessionE - 1) : this.#defaultSession;
        c.f64[c.count] = timeMs;
        c.count += 1;
      }
      toolResult(t) {
        const c = this.tables.toolResults;
        grow(c, T_U32, T_F64);
        const o = c.count * T_U32;
        hash64(t.id, c.u32, o + T_ID);
        c.u32[o + T_ERROR] = t.isError ? 1 : 0;
        c.f64[c.count] = t.timeMs;
        c.count += 1;
      }
      /** The tables, trimmed to size. */
      finish() {
        return {
          responses: trimColumns(this.tables.responses, R_U32, R_F64),
          toolUses: trimColumns(this.tables.toolUses, U_U32, U_F64),
          toolResults: trimColumns(this.tables.toolResults, T_U32, T_F64)
        };
      }
    };
  }
});

// packages/cli/src/usage-groups.ts
function fileOrderKey(path, agentTrace) {
  return agentTrace ? `\uFFFF${path}` : path;
}
var G_PROJECT, G_SESSION, G_MODEL, G_FIRST, G_U32, G_QUARTER, G_MIN, G_MAX, G_RESPONSES, G_INPUT, G_OUTPUT, G_WRITE, G_WRITE_5M, G_WRITE_1H, G_READ, G_WEB, G_COST, G_UNKNOWN, G_F64, QUARTER_MS, UsageGroups, KeyFilter;
var init_usage_groups = __esm({
  "packages/cli/src/usage-groups.ts"() {
    "use strict";
    init_usage_tables();
    G_PROJECT = 0;
    G_SESSION = 1;
    G_MODEL = 2;
    G_FIRST = 3;
    G_U32 = 4;
    G_QUARTER = 0;
    G_MIN = 1;
    G_MAX = 2;
    G_RESPONSES = 3;
    G_INPUT = 4;
    G_OUTPUT = 5;
    G_WRITE = 6;
    G_WRITE_5M = 7;
    G_WRITE_1H = 8;
    G_READ = 9;
    G_WEB = 10;
    G_COST = 11;
    G_UNKNOWN = 12;
    G_F64 = 13;
    QUARTER_MS = 9e5;
    UsageGroups = class {
      count = 0;
      u32;
      f64;
      #slots;
      constructor(u32, f64, count2 = 0) {
        this.count = count2;
        this.u32 = u32 ?? new Uint32Array(64 * G_U32);
        this.f64 = f64 ?? new Float64Array(64 * G_F64);
        this.#slots = new Int32Array(0);
        this.#rehash(Math.max(64, count2));
      }
      #hash(project, session, model, quarter) {
        let h = Math.imul(project ^ 2654435761, 2246822507);
        h = Math.imul(h ^ session, 3266489909);
        h = Math.imul(h ^ model, 668265263);
        h = Math.imul(h ^ (Number.isNaN(quarter) ? 2147483647 : quarter | 0), 374761393);
        return (h ^ h >>> 15) >>> 0;
      }
      #rehash(capacity) {
        let size = 128;
        while (size < capacity * 2) size *= 2;
        this.#slots = new Int32Array(size).fill(-1);
        for (let g = 0; g < this.count; g += 1) {
          const o = g * G_U32;
          this.#slots[this.#find(this.u32[o], this.u32[o + 1], this.u32[o + 2], this.f64[g * G_F64])] = g;
        }
      }
      /** The slot holding the group with this key, or the empty slot where it would go. */
      #find(project, session, model, quarter) {
        const mask = this.#slots.length - 1;
        let i = this.#hash(project, session, model, quarter) & mask;
        for (; ; ) {
          const g = this.#slots[i];
          if (g === -1) return i;
          const o = g * G_U32;
          const q = this.f64[g * G_F64];
          if (this.u32[o] === project && this.u32[o + 1] === session && this.u32[o + 2] === model && (q === quarter || Number.isNaN(q) && Number.isNaN(quarter)))
            return i;
          i = i + 1 & mask;
        }
      }
      /** The group for a key, created empty when new. */
      id(project, session, model, quarter, first) {
        const slot = this.#find(project, session, model, quarter);
        const found = this.#slots[slot];
        if (found !== -1) return found;
        const g = this.count;
        if ((g + 1) * G_U32 > this.u32.length) {
          const u = new Uint32Array(this.u32.length * 2);
          u.set(this.u32);
          this.u32 = u;
          const f = new Float64Array(this.f64.length * 2);
          f.set(this.f64);
          this.f64 = f;
        }
        const o = g * G_U32;
        this.u32[o + G_PROJECT] = project;
        this.u32[o + G_SESSION] = session;
        this.u32[o + G_MODEL] = model;
        this.u32[o + G_FIRST] = first;
        const p = g * G_F64;
        this.f64.fill(0, p, p + G_F64);
        this.f64[p + G_QUARTER] = quarter;
        this.f64[p + G_MIN] = Number.POSITIVE_INFINITY;
        this.f64[p + G_MAX] = Number.NEGATIVE_INFINITY;
        this.count += 1;
        this.#slots[slot] = g;
        if (this.count * 2 > this.#slots.length) this.#rehash(this.count * 2);
        return g;
      }
      /**
       * Adds one (live, deduplicated, priced) response row from file `file`. A group remembers the first file
       * it was seen in, by `orderKeys` (see `fileOrderKey`): that decides a session's project.
       */
      addRow(u32, f64, r, project, file, orderKeys) {
        const o = r * R_U32;
        const time = f64[r * R_F64 + R_TIME];
        const quarter = Number.isFinite(time) ? Math.floor(time / QUARTER_MS) : Number.NaN;
        const g = this.id(project, u32[o + R_SESSION], u32[o + R_MODEL], quarter, file);
        const fg = this.u32[g * G_U32 + G_FIRST];
        if (fg !== file && orderKeys[file] < orderKeys[fg]) this.u32[g * G_U32 + G_FIRST] = file;
        const a = this.f64;
        const b = g * G_F64;
        if (time < a[b + G_MIN]) a[b + G_MIN] = time;
        if (time > a[b + G_MAX]) a[b + G_MAX] = time;
        const write2 = u32[o + R_CACHE_WRITE];
        const present = u32[o + R_PRESENT];
        const oneHourField = present & P_1H ? u32[o + R_CACHE_1H] : 0;
        const writeTotal = present & P_CACHE_WRITE ? write2 : (present & P_5M ? u32[o + R_CACHE_5M] : 0) + oneHourField;
        const oneHour = Math.min(oneHourField, writeTotal);
        const cost = f64[r * R_F64 + R_COST];
        const known = !Number.isNaN(cost);
        a[b + G_RESPONSES] += 1;
        a[b + G_INPUT] += u32[o + R_INPUT];
        a[b + G_OUTPUT] += u32[o + R_OUTPUT];
        a[b + G_WRITE] += write2;
        a[b + G_WRITE_5M] += writeTotal - oneHour;
        a[b + G_WRITE_1H] += oneHour;
        a[b + G_READ] += u32[o + R_CACHE_READ];
        a[b + G_WEB] += u32[o + R_WEB_SEARCH];
        if (known) a[b + G_COST] += cost;
        else a[b + G_UNKNOWN] += 1;
      }
    };
    KeyFilter = class _KeyFilter {
      /** Sorted, without repeats. */
      fingerprints;
      #pending = [];
      #pendingSet = /* @__PURE__ */ new Set();
      constructor(fingerprints) {
        this.fingerprints = fingerprints ?? new Uint32Array(0);
      }
      static fingerprint(k1, k2) {
        return (k1 ^ Math.imul(k2, 2654435761) ^ k2 >>> 7) >>> 0;
      }
      /** Builds the filter of many keys at once (pairs in `keys` at `stride`, from `at`). */
      static of(keys, count2, stride, at) {
        const f = new Uint32Array(count2);
        for (let r = 0; r < count2; r += 1)
          f[r] = _KeyFilter.fingerprint(keys[r * stride + at], keys[r * stride + at + 1]);
        f.sort();
        let n = 0;
        for (let i = 0; i < count2; i += 1) if (i === 0 || f[i] !== f[i - 1]) f[n++] = f[i];
        return new _KeyFilter(f.slice(0, n));
      }
      #stored(fp) {
        const a = this.fingerprints;
        let lo = 0;
        let hi = a.length - 1;
        while (lo <= hi) {
          const mid = lo + hi >>> 1;
          const v = a[mid];
          if (v === fp) return true;
          if (v < fp) lo = mid + 1;
          else hi = mid - 1;
        }
        return false;
      }
      /** Adds a key; false when it (or a key with the same fingerprint) was there already. */
      add(k1, k2) {
        const fp = _KeyFilter.fingerprint(k1, k2);
        if (this.#pendingSet.has(fp) || this.#stored(fp)) return false;
        this.#pending.push(fp);
        this.#pendingSet.add(fp);
        return true;
      }
      /** The sorted fingerprints, keys added since included. */
      sorted() {
        if (this.#pending.length === 0) return this.fingerprints;
        const added = Uint32Array.from(this.#pending).sort();
        const a = this.fingerprints;
        const out = new Uint32Array(a.length + added.length);
        let from = 0;
        for (let j = 0; j < added.length; j += 1) {
          const fp = added[j];
          let lo = from;
          let hi = a.length;
          while (lo < hi) {
            const mid = lo + hi >>> 1;
            if (a[mid] < fp) lo = mid + 1;
            else hi = mid;
          }
          out.set(a.subarray(from, lo), from + j);
          out[lo + j] = fp;
          from = lo;
        }
        out.set(a.subarray(from), from + added.length);
        this.fingerprints = out;
        this.#pending = [];
        this.#pendingSet.clear();
        return out;
      }
    };
  }
});

// packages/cli/src/report-summary.ts
function loadReportSummary(path) {
  try {
    const framed = readFramed(path, SUMMARY_MAGIC);
    if (!framed) return void 0;
    const { buf, header: h, headerEnd } = framed;
    if (h.v !== REPORT_CACHE_VERSION || !Array.isArray(h.strings) || !Array.isArray(h.n) || h.n.length !== 5 || typeof h.behind !== "number")
      return void 0;
    for (const n of h.n) if (!Number.isInteger(n) || n < 0) return void 0;
    const [groups, keyCount, msgCount, fileCount, pathBytes] = h.n;
    const strings = StringTable.from(h.strings);
    const own = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = headerEnd;
    const take = (bytes, make) => {
      at = align8(at);
      if (at + bytes > own.length) throw new Error("truncated summary");
      const view = make(own.buffer, own.byteOffset + at, bytes);
      at += bytes;
      return view;
    };
    const paths = fileCount === 0 ? [] : take(
      pathBytes,
      (_b, o, n) => own.toString("utf8", o - own.byteOffset, o - own.byteOffset + n)
    ).split("\0");
    if (paths.length !== fileCount) return void 0;
    const nums = take(fileCount * 3 * 8, (b, o, n) => new Float64Array(b, o, n / 8));
    const tails = take(fileCount * TAIL_STRIDE, (b, o, n) => new Uint8Array(b, o, n));
    const agent = take(fileCount, (b, o, n) => new Uint8Array(b, o, n));
    const gU32 = take(groups * G_U32 * 4, (b, o, n) => new Uint32Array(b, o, n / 4));
    const gF64 = take(groups * G_F64 * 8, (b, o, n) => new Float64Array(b, o, n / 8));
    const count2 = strings.values.length;
    for (let g = 0; g < groups; g += 1) {
      const o = g * G_U32;
      if (gU32[o + G_PROJECT] >= count2 || gU32[o + G_SESSION] >= count2 || gU32[o + G_MODEL] >= count2 || gU32[o + G_FIRST] >= fileCount)
        return void 0;
    }
    const keys = new KeyFilter(take(keyCount * 4, (b, o, n) => new Uint32Array(b, o, n / 4)));
    const messages = new KeyFilter(take(msgCount * 4, (b, o, n) => new Uint32Array(b, o, n / 4)));
    for (const f of [keys.fingerprints, messages.fingerprints])
      if (f.length > 1 && f[0] >= f[f.length - 1]) return void 0;
    for (let i = 0; i < fileCount; i += 1) if (tails[i * TAIL_STRIDE] >= TAIL_STRIDE) return void 0;
    return {
      pricingKey: String(h.pricing),
      strings,
      files: SummaryFiles.from(paths, nums, tails, agent),
      groups: new UsageGroups(groups > 0 ? gU32 : void 0, groups > 0 ? gF64 : void 0, groups),
      keys,
      messages,
      behind: h.behind
    };
  } catch {
    return void 0;
  }
}
function saveReportSummary(path, dir, data) {
  const { strings, groups, keys, messages, files } = data;
  const pathBytes = Buffer.from(files.paths.slice(0, files.count).join("\0"), "utf8");
  const keyPrints = keys.sorted();
  const msgPrints = messages.sorted();
  const header = {
    v: REPORT_CACHE_VERSION,
    pricing: data.pricingKey,
    behind: data.behind,
    strings: strings.values,
    n: [
      groups.count,
      keyPrints.length,
      msgPrints.length,
      files.count,
      files.count === 0 ? 0 : pathBytes.length
    ]
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(12);
  prefix.write(SUMMARY_MAGIC, 0, "latin1");
  prefix.writeUInt16LE(REPORT_CACHE_VERSION, 6);
  prefix.writeUInt32LE(headerBytes.length, 8);
  const chunks = [prefix, headerBytes];
  let size = 12 + headerBytes.length;
  const sections = [
    ...files.count === 0 ? [] : [pathBytes],
    files.nums.subarray(0, files.count * 3),
    files.tails.subarray(0, files.count * TAIL_STRIDE),
    files.agent.subarray(0, files.count),
    groups.u32.subarray(0, groups.count * G_U32),
    groups.f64.subarray(0, groups.count * G_F64),
    keyPrints,
    msgPrints
  ];
  for (const view of sections) {
    const p = align8(size) - size;
    if (p > 0) {
      chunks.push(new Uint8Array(p));
      size += p;
    }
    chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    size += view.byteLength;
  }
  return writeAtomically(path, dir, chunks);
}
var SUMMARY_MAGIC, TAIL_STRIDE, SummaryFiles;
var init_report_summary = __esm({
  "packages/cli/src/report-summary.ts"() {
    "use strict";
    init_report_cache_files();
    init_usage_groups();
    init_usage_tables();
    SUMMARY_MAGIC = "GBXSUM";
    TAIL_STRIDE = 65;
    SummaryFiles = class _SummaryFiles {
      count = 0;
      paths = [];
      /** size, mtime, offset per file. */
      nums = new Float64Array(3 * 64);
      /** Per file: the tail's length, then its bytes. */
      tails = new Uint8Array(TAIL_STRIDE * 64);
      agent = new Uint8Array(64);
      #index;
      static from(paths, nums, tails, agent) {
        const f = new _SummaryFiles();
        f.count = paths.length;
        f.paths = paths;
        f.nums = nums;
        f.tails = tails;
        f.agent = agent;
        return f;
      }
      indexOf(path) {
        if (!this.#index) {
          this.#index = /* @__PURE__ */ new Map();
          for (let i = 0; i < this.count; i += 1) this.#index.set(this.paths[i], i);
        }
        return this.#index.get(path) ?? -1;
      }
      size(i) {
        return this.nums[i * 3];
      }
      mtimeMs(i) {
        return this.nums[i * 3 + 1];
      }
      offset(i) {
        return this.nums[i * 3 + 2];
      }
      tail(i) {
        const o = i * TAIL_STRIDE;
        return this.tails.subarray(o + 1, o + 1 + this.tails[o]);
      }
      /** Order of counting: transcripts by path, then the agent's traces (see `fileOrderKey`). */
      orderKeys() {
        return this.paths.map((p, i) => fileOrderKey(p, this.agent[i] === 1));
      }
      /** Updates file `i`, or adds one when `i` is -1; returns its index. */
      set(i, path, size, mtimeMs, offset, tail, agent) {
        if (i < 0) {
          i = this.count;
          if (i === this.agent.length) {
            const grow2 = (a, make) => {
              const b = make(a.length * 2);
              b.set(a);
              return b;
            };
            this.nums = grow2(this.nums, (n) => new Float64Array(n));
            this.tails = grow2(this.tails, (n) => new Uint8Array(n));
            this.agent = grow2(this.agent, (n) => new Uint8Array(n));
          }
          this.paths.push(path);
          this.#index?.set(path, i);
          this.count += 1;
        }
        this.nums[i * 3] = size;
        this.nums[i * 3 + 1] = mtimeMs;
        this.nums[i * 3 + 2] = offset;
        const t = tail.subarray(Math.max(0, tail.length - (TAIL_STRIDE - 1)));
        this.tails[i * TAIL_STRIDE] = t.length;
        this.tails.set(t, i * TAIL_STRIDE + 1);
        this.agent[i] = agent ? 1 : 0;
        return i;
      }
    };
  }
});

// packages/cli/src/report-cache.ts
function loadReportCache(path) {
  try {
    const framed = readFramed(path, MAGIC);
    if (!framed) return void 0;
    const { buf, header, headerEnd } = framed;
    if (header.v !== REPORT_CACHE_VERSION || !Array.isArray(header.files) || !Array.isArray(header.strings) || !Array.isArray(header.n))
      return void 0;
    const aligned = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = align8(headerEnd);
    const take = (stride, f64Stride, count2) => {
      if (!Number.isInteger(count2) || count2 < 0) throw new Error("bad row count");
      const u32At = at;
      const f64At = align8(u32At + count2 * stride * 4);
      at = align8(f64At + count2 * f64Stride * 8);
      if (at > aligned.length) throw new Error("truncated cache");
      return {
        count: count2,
        u32: new Uint32Array(aligned.buffer, aligned.byteOffset + u32At, count2 * stride),
        f64: new Float64Array(aligned.buffer, aligned.byteOffset + f64At, count2 * f64Stride)
      };
    };
    const tables = {
      responses: take(R_U32, R_F64, header.n[0]),
      toolUses: take(U_U32, U_F64, header.n[1]),
      toolResults: take(T_U32, T_F64, header.n[2])
    };
    const files = /* @__PURE__ */ new Map();
    const inside = (start, count2, total) => {
      if (!(start >= 0 && count2 >= 0 && start + count2 <= total)) throw new Error("row range out of bounds");
      return [start, count2];
    };
    for (const [p, size, mtimeMs, offset, tail, tools, rs, rc, us, uc, ts, tc] of header.files) {
      files.set(p, {
        path: p,
        size,
        mtimeMs,
        offset,
        tail,
        tools: tools === 1,
        rows: {
          responses: inside(rs, rc, tables.responses.count),
          toolUses: inside(us, uc, tables.toolUses.count),
          toolResults: inside(ts, tc, tables.toolResults.count)
        }
      });
    }
    return { pricingKey: String(header.pricing), strings: StringTable.from(header.strings), files, tables };
  } catch {
    return void 0;
  }
}
function saveReportCache(path, dir, data) {
  const { responses, toolUses, toolResults } = data.tables;
  const header = {
    v: REPORT_CACHE_VERSION,
    pricing: data.pricingKey,
    strings: data.strings.values,
    n: [responses.count, toolUses.count, toolResults.count],
    files: [...data.files.values()].map((f) => [
      f.path,
      f.size,
      f.mtimeMs,
      f.offset,
      f.tail,
      f.tools ? 1 : 0,
      f.rows.responses[0],
      f.rows.responses[1],
      f.rows.toolUses[0],
      f.rows.toolUses[1],
      f.rows.toolResults[0],
      f.rows.toolResults[1]
    ])
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const chunks = [];
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt16LE(REPORT_CACHE_VERSION, 6);
  prefix.writeUInt32LE(headerBytes.length, 8);
  chunks.push(prefix, headerBytes);
  let size = 12 + headerBytes.length;
  const pad = () => {
    const p = align8(size) - size;
    if (p > 0) {
      chunks.push(new Uint8Array(p));
      size += p;
    }
  };
  const put2 = (c, stride, f64Stride) => {
    for (const view of [c.u32.subarray(0, c.count * stride), c.f64.subarray(0, c.count * f64Stride)]) {
      pad();
      chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      size += view.byteLength;
    }
  };
  put2(responses, R_U32, R_F64);
  put2(toolUses, U_U32, U_F64);
  put2(toolResults, T_U32, T_F64);
  pad();
  return writeAtomically(path, dir, chunks);
}
var MAGIC;
var init_report_cache = __esm({
  "packages/cli/src/report-cache.ts"() {
    "use strict";
    init_report_cache_files();
    init_usage_tables();
    init_report_cache_files();
    init_report_summary();
    MAGIC = "GBXRPT";
  }
});

// packages/cli/src/doctor/report-cache-check.ts
import { readdirSync as readdirSync3, statSync as statSync2 } from "node:fs";
import { join as join16 } from "node:path";
var reportCacheCheck;
var init_report_cache_check = __esm({
  "packages/cli/src/doctor/report-cache-check.ts"() {
    "use strict";
    init_format_units();
    init_report_cache();
    reportCacheCheck = ({ ctx }) => {
      const cacheDir = defaultCacheDir(ctx.io.env);
      let cacheBytes = 0;
      try {
        for (const name of readdirSync3(cacheDir)) cacheBytes += statSync2(join16(cacheDir, name)).size;
        return { name: "report cache", level: "ok", message: `${formatBytes(cacheBytes)} in ${cacheDir}` };
      } catch {
        return {
          name: "report cache",
          level: "info",
          message: `empty (${cacheDir}); the first report fills it`
        };
      }
    };
  }
});

// packages/cli/src/doctor/spool-check.ts
var spoolCheck;
var init_spool_check = __esm({
  "packages/cli/src/doctor/spool-check.ts"() {
    "use strict";
    init_format_units();
    spoolCheck = ({ status }) => {
      if (!status) return void 0;
      const spool = status.spool ?? {};
      const spoolBad = (spool.corruptLines ?? 0) > 0 || (spool.droppedSegments ?? 0) > 0 || (spool.quarantinedSegments ?? 0) > 0 || (spool.failedWrites ?? 0) > 0;
      return {
        name: "spool",
        level: spoolBad ? "warn" : "ok",
        message: `spool ${formatBytes(spool.bytes ?? 0)} in ${formatInteger(spool.segments ?? 0)} segment(s)` + (spoolBad ? `; ${formatInteger(spool.corruptLines ?? 0)} corrupt line(s), ${formatInteger(spool.droppedSegments ?? 0)} segment(s) dropped past the ${formatBytes(spool.limitBytes ?? 0)} limit (${formatInteger(spool.droppedRecords ?? 0)} record(s)), ${formatInteger(spool.quarantinedSegments ?? 0)} unreadable segment(s) moved aside, ${formatInteger(spool.failedWrites ?? 0)} failed write(s)` : ""),
        fix: spoolBad ? "a crash or a full disk damaged the spool, or an exporter was down long enough to fill it ($GLASSBOX_SPOOL_MAX_MB raises the limit); the transcripts still have the data (they are reconciled)" : void 0
      };
    };
  }
});

// packages/cli/src/doctor/transcripts-check.ts
import { existsSync as existsSync7 } from "node:fs";
import { join as join17 } from "node:path";
var transcriptsCheck;
var init_transcripts_check = __esm({
  "packages/cli/src/doctor/transcripts-check.ts"() {
    "use strict";
    transcriptsCheck = ({ configDirs }) => {
      const projects = configDirs.map((d) => join17(d, "projects")).filter((p) => existsSync7(p));
      return projects.length > 0 ? { name: "transcripts", level: "ok", message: `Claude Code transcripts in ${projects.join(", ")}` } : {
        name: "transcripts",
        level: "warn",
        message: `no transcripts under ${configDirs.map((d) => join17(d, "projects")).join(", ")}`,
        fix: "run a Claude Code session first, or pass --config-dir (or set CLAUDE_CONFIG_DIR) to where Claude Code keeps them"
      };
    };
  }
});

// packages/cli/src/doctor/doctor-checks.ts
var DOCTOR_CHECKS;
var init_doctor_checks = __esm({
  "packages/cli/src/doctor/doctor-checks.ts"() {
    "use strict";
    init_agent_check();
    init_agent_key_check();
    init_audit_check();
    init_budgets_check();
    init_bundles_check();
    init_configuration_check();
    init_cost_drift_check();
    init_datadog_check();
    init_events_check();
    init_exporters_check();
    init_mod_check();
    init_node_check();
    init_plugin_data_check();
    init_pricing_check();
    init_report_cache_check();
    init_spool_check();
    init_transcripts_check();
    DOCTOR_CHECKS = [
      nodeCheck,
      transcriptsCheck,
      pricingCheck,
      agentKeyCheck,
      pluginDataCheck,
      bundlesCheck,
      agentCheck,
      // From the agent's verified status (nothing when it is not running):
      configurationCheck,
      spoolCheck,
      exportersCheck,
      eventsCheck,
      modCheck,
      costDriftCheck,
      // From the files and settings (whether or not the agent runs):
      auditCheck,
      datadogCheck,
      budgetsCheck,
      reportCacheCheck
    ];
  }
});

// packages/cli/src/doctor/run-doctor.ts
async function runDoctor(ctx, runs = DOCTOR_CHECKS) {
  const input = await gatherDoctorInput(ctx);
  const { status, port, dataDir, dataDirs, raw } = input;
  const checks = [];
  for (const run of runs) {
    const found = await run(input);
    if (found === void 0) continue;
    if (Array.isArray(found)) checks.push(...found);
    else checks.push(found);
  }
  return {
    healthy: !checks.some((c) => c.level === "fail"),
    warnings: checks.filter((c) => c.level === "warn").length,
    cliVersion: CLI_VERSION,
    agent: {
      running: status !== void 0,
      port,
      dataDir: dataDir ?? null,
      dataDirs,
      ...status?.version ? { version: status.version } : {},
      ...status?.pid !== void 0 ? { pid: status.pid } : {},
      ...status?.uptimeMs !== void 0 ? { uptimeMs: status.uptimeMs } : {}
    },
    ...status ? { agentStatus: raw } : {},
    checks
  };
}
var init_run_doctor = __esm({
  "packages/cli/src/doctor/run-doctor.ts"() {
    "use strict";
    init_cli_version();
    init_doctor_checks();
    init_doctor_input();
  }
});

// packages/cli/src/doctor-command.ts
var MARK, doctorCommand;
var init_doctor_command = __esm({
  "packages/cli/src/doctor-command.ts"() {
    "use strict";
    init_cli_io();
    init_cli_version();
    init_define_command();
    init_run_doctor();
    MARK = { ok: "\u2713", info: "\xB7", warn: "!", fail: "\u2717" };
    doctorCommand = defineCommand({
      name: "doctor",
      summary: "is the agent up, are exporters delivering, is anything misconfigured \u2014 and what to do",
      description: [
        "Asks the local agent for its status (a signed GET /status on its loopback port, found in agent.endpoint, the plugin's data directory or settings; a reply not signed with your key is no agent) and explains it: version, spool, last export and last error per exporter, dropped or ignored events, configuration problems, whether the mod reports in. It does not start Claude Code."
      ],
      options: {
        "config-dir": {
          type: "string",
          value: "DIR",
          multiple: true,
          description: "Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude)"
        },
        "data-dir": { type: "string", value: "DIR", description: "the agent's data directory (default: found)" },
        port: {
          type: "string",
          value: "PORT",
          description: "the agent's port (default: from its lock file or 47821)"
        }
      },
      exitCodes: ["1 a check failed (an exporter is failing, Node too old)"],
      async run(ctx) {
        const result = await runDoctor(ctx);
        if (ctx.json) writeJson(ctx.io, result);
        else {
          const lines = [`glassbox ${CLI_VERSION} doctor`, ""];
          for (const c of result.checks) {
            lines.push(`${MARK[c.level]} ${c.name}: ${c.message}`);
            if (c.fix && c.level !== "ok") lines.push(`    \u2192 ${c.fix}`);
          }
          lines.push(
            "",
            !result.healthy ? "Something needs attention (see \u2717 above)." : result.warnings > 0 ? "Nothing is failing, but see the warnings (! above)." : "Nothing needs doing."
          );
          ctx.io.stdout.write(`${lines.join("\n")}
`);
        }
        return result.healthy ? EXIT_OK : EXIT_FAILURE;
      }
    });
  }
});

// packages/cli/src/price-command.ts
function parseUsageOption(text3) {
  let raw;
  try {
    raw = JSON.parse(text3);
  } catch (error) {
    throw new GlassboxError("INVALID_INPUT", `--usage is not valid JSON: ${error.message}`, {
      cause: error,
      data: {
        hint: `e.g. --usage '{"input_tokens":1200,"output_tokens":80,"cache_read_input_tokens":3000}'`
      }
    });
  }
  if (!isObject4(raw))
    throw new GlassboxError("INVALID_INPUT", "--usage must be a JSON object like the API response usage", {
      data: { hint: `e.g. --usage '{"input_tokens":1200,"output_tokens":80}'` }
    });
  const count2 = (where, v) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
      throw new GlassboxError(
        "INVALID_INPUT",
        `--usage: ${where} must be a non-negative number (got ${JSON.stringify(v)})`
      );
    return v;
  };
  const usage = {};
  for (const field of NUMERIC_FIELDS) {
    const v = count2(field, raw[field]);
    if (v !== void 0) usage[field] = v;
  }
  if (raw.cache_creation !== void 0 && raw.cache_creation !== null) {
    if (!isObject4(raw.cache_creation))
      throw new GlassboxError("INVALID_INPUT", "--usage: cache_creation must be an object");
    usage.cache_creation = {
      ephemeral_5m_input_tokens: count2(
        "cache_creation.ephemeral_5m_input_tokens",
        raw.cache_creation.ephemeral_5m_input_tokens
      ),
      ephemeral_1h_input_tokens: count2(
        "cache_creation.ephemeral_1h_input_tokens",
        raw.cache_creation.ephemeral_1h_input_tokens
      )
    };
  }
  if (raw.server_tool_use !== void 0 && raw.server_tool_use !== null) {
    if (!isObject4(raw.server_tool_use))
      throw new GlassboxError("INVALID_INPUT", "--usage: server_tool_use must be an object");
    usage.server_tool_use = {
      web_search_requests: count2(
        "server_tool_use.web_search_requests",
        raw.server_tool_use.web_search_requests
      ),
      web_fetch_requests: count2("server_tool_use.web_fetch_requests", raw.server_tool_use.web_fetch_requests)
    };
  }
  for (const field of ["speed", "inference_geo", "service_tier"]) {
    const v = raw[field];
    if (v === void 0 || v === null) continue;
    if (typeof v !== "string") throw new GlassboxError("INVALID_INPUT", `--usage: ${field} must be a string`);
    usage[field] = v;
  }
  return usage;
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
var NUMERIC_FIELDS, isObject4, priceCommand;
var init_price_command = __esm({
  "packages/cli/src/price-command.ts"() {
    "use strict";
    init_src2();
    init_cli_io();
    init_cli_pricing();
    init_define_command();
    init_format_units();
    NUMERIC_FIELDS = [
      "input_tokens",
      "output_tokens",
      "cache_creation_input_tokens",
      "cache_read_input_tokens"
    ];
    isObject4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    priceCommand = defineCommand({
      name: "price",
      summary: "the cost of one API response, and the pricing rule that priced it",
      description: [
        "Prices one response's usage the way Claude Code does: 5-minute and 1-hour cache writes apart, long-context tiers, fast mode, inference region and web searches. A model without a price says so (known: false) and exits 0."
      ],
      options: {
        model: { type: "string", value: "ID", description: "model id, e.g. claude-opus-4-6 (required)" },
        usage: {
          type: "string",
          value: "JSON",
          description: "the response's usage object as the API returns it (required); - reads it from stdin"
        }
      },
      examples: [
        `glassbox price --model claude-opus-4-6 --usage '{"input_tokens":1200,"output_tokens":80}'`,
        `jq -c .message.usage record.json | glassbox price --model claude-haiku-4-5 --usage - --json`
      ],
      async run(ctx) {
        const model = ctx.string("model");
        const usageText = ctx.string("usage");
        if (!model)
          throw new GlassboxError("INVALID_INPUT", "--model is required", {
            data: { hint: "see 'glassbox price --help'" }
          });
        if (usageText === void 0)
          throw new GlassboxError("INVALID_INPUT", "--usage is required", {
            data: { hint: "see 'glassbox price --help'" }
          });
        const usage = parseUsageOption(usageText === "-" ? await readStdin() : usageText);
        const pricing = cliPricing();
        const result = pricing.pricer(model, usage);
        const known = result.known && result.costUsd !== void 0;
        const json = {
          model,
          known,
          costUsd: known ? result.costUsd : null,
          rule: result.rule ?? null,
          canonicalModel: result.canonicalModel ?? null,
          usage
        };
        if (ctx.json) {
          writeJson(ctx.io, json);
          return EXIT_OK;
        }
        const lines = [];
        if (known) lines.push(`${model}: ${formatUsd(json.costUsd)} (${json.costUsd} USD)`);
        else
          lines.push(
            `${model}: no price known \u2014 Glassbox cannot price this model (Claude Code reports such costs as unknown)`
          );
        if (json.canonicalModel && json.canonicalModel !== model)
          lines.push(`  priced as ${json.canonicalModel}`);
        if (json.rule) lines.push(`  ${wrap(`rule: ${json.rule}`, ctx.io.columns - 2, "    ")}`);
        const oneHourField = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
        const write2 = usage.cache_creation_input_tokens ?? (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
        const oneHour = Math.min(oneHourField, write2);
        lines.push(
          `  ${wrap(
            `tokens: ${formatInteger(usage.input_tokens ?? 0)} in \xB7 ${formatInteger(usage.output_tokens ?? 0)} out \xB7 ${formatInteger(write2)} cache write (5m ${formatInteger(write2 - oneHour)}, 1h ${formatInteger(oneHour)}) \xB7 ${formatInteger(usage.cache_read_input_tokens ?? 0)} cache read`,
            ctx.io.columns - 2,
            "    "
          )}`
        );
        ctx.io.stdout.write(`${lines.join("\n")}
`);
        return EXIT_OK;
      }
    });
  }
});

// packages/cli/src/pair-index.ts
var PairIndex;
var init_pair_index = __esm({
  "packages/cli/src/pair-index.ts"() {
    "use strict";
    PairIndex = class {
      #k1;
      #k2;
      #v;
      #mask;
      constructor(capacity) {
        let size = 16;
        while (size < capacity * 2) size *= 2;
        this.#k1 = new Uint32Array(size);
        this.#k2 = new Uint32Array(size);
        this.#v = new Int32Array(size).fill(-1);
        this.#mask = size - 1;
      }
      #slot(k1, k2) {
        let i = (k1 ^ Math.imul(k2, 2654435761)) & this.#mask;
        while (this.#v[i] !== -1 && (this.#k1[i] !== k1 || this.#k2[i] !== k2)) i = i + 1 & this.#mask;
        return i;
      }
      get(k1, k2) {
        return this.#v[this.#slot(k1, k2)];
      }
      set(k1, k2, value) {
        const i = this.#slot(k1, k2);
        this.#k1[i] = k1;
        this.#k2[i] = k2;
        this.#v[i] = value;
      }
    };
  }
});

// packages/cli/src/build-tool-report.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
  return sorted[i];
}
function buildToolReport(tables, strings, dateOf, inRange) {
  const { toolUses: uses, toolResults: results } = tables;
  const resultIndex = new PairIndex(results.count);
  const resultTime = [];
  const resultError = [];
  for (let i = 0; i < results.count; i += 1) {
    const o = i * T_U32;
    const k1 = results.u32[o + T_ID];
    const k2 = results.u32[o + T_ID + 1];
    if (resultIndex.get(k1, k2) !== -1) continue;
    resultIndex.set(k1, k2, resultTime.length);
    resultTime.push(results.f64[i]);
    resultError.push(results.u32[o + T_ERROR] === 1);
  }
  const seen = new PairIndex(uses.count);
  const byName = /* @__PURE__ */ new Map();
  for (let i = 0; i < uses.count; i += 1) {
    const o = i * U_U32;
    const k1 = uses.u32[o + U_ID];
    const k2 = uses.u32[o + U_ID + 1];
    if (seen.get(k1, k2) !== -1) continue;
    seen.set(k1, k2, 1);
    const time = uses.f64[i];
    if (!inRange(dateOf(time))) continue;
    const name = uses.u32[o + U_NAME];
    let t = byName.get(name);
    if (!t) byName.set(name, t = { calls: 0, completed: 0, errors: 0, latencies: [] });
    t.calls += 1;
    const ri = resultIndex.get(k1, k2);
    if (ri === -1) continue;
    t.completed += 1;
    if (resultError[ri]) t.errors += 1;
    const latency = resultTime[ri] - time;
    if (Number.isFinite(latency) && latency >= 0) t.latencies.push(latency);
  }
  const out = [];
  for (const [name, t] of byName) {
    const sorted = t.latencies.sort((a, b) => a - b);
    const total = sorted.reduce((a, b) => a + b, 0);
    out.push([
      strings.get(name),
      {
        calls: t.calls,
        completed: t.completed,
        errors: t.errors,
        errorRate: t.completed > 0 ? t.errors / t.completed : 0,
        p50Ms: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        maxMs: sorted.length ? sorted[sorted.length - 1] : null,
        meanMs: sorted.length ? total / sorted.length : null,
        totalMs: total
      }
    ]);
  }
  out.sort((a, b) => b[1].calls - a[1].calls || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(out);
}
var init_build_tool_report = __esm({
  "packages/cli/src/build-tool-report.ts"() {
    "use strict";
    init_pair_index();
    init_usage_tables();
  }
});

// packages/cli/src/date-keyer.ts
function parseDateOption(name, value) {
  if (value === void 0) return void 0;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  const iso2 = m ? `${m[1]}-${m[2]}-${m[3]}` : "";
  if (!m || Number.isNaN(Date.parse(`${iso2}T00:00:00Z`)) || (/* @__PURE__ */ new Date(`${iso2}T00:00:00Z`)).toISOString().slice(0, 10) !== iso2)
    throw new GlassboxError("INVALID_INPUT", `--${name} must be a date like 2026-11-27 (got '${value}')`);
  return iso2;
}
function checkTimezone(tz) {
  if (tz === "UTC") return tz;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz;
  } catch {
    throw new GlassboxError(
      "INVALID_INPUT",
      `unknown time zone '${tz}' (use an IANA name such as Europe/Paris)`
    );
  }
}
function dateKeyer(tz) {
  const memo = /* @__PURE__ */ new Map();
  if (tz === "UTC" || tz === "Etc/UTC") {
    return (ms) => {
      if (!Number.isFinite(ms)) return "unknown";
      const day = Math.floor(ms / 864e5);
      let s = memo.get(day);
      if (s === void 0) {
        s = new Date(day * 864e5).toISOString().slice(0, 10);
        memo.set(day, s);
      }
      return s;
    };
  }
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  return (ms) => {
    if (!Number.isFinite(ms)) return "unknown";
    const q = Math.floor(ms / 9e5);
    let s = memo.get(q);
    if (s === void 0) {
      const parts = format.formatToParts(ms);
      const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
      s = `${get("year")}-${get("month")}-${get("day")}`;
      memo.set(q, s);
    }
    return s;
  };
}
function isoFormatter() {
  const days = /* @__PURE__ */ new Map();
  const two = (n) => n < 10 ? `0${n}` : `${n}`;
  return (ms) => {
    if (!Number.isFinite(ms)) return null;
    const day = Math.floor(ms / 864e5);
    let prefix = days.get(day);
    if (prefix === void 0) {
      if (ms < -621672192e5 || ms > 253402300799999) return new Date(ms).toISOString();
      prefix = new Date(day * 864e5).toISOString().slice(0, 11);
      days.set(day, prefix);
    }
    let rest = ms - day * 864e5;
    const h = Math.floor(rest / 36e5);
    rest -= h * 36e5;
    const m = Math.floor(rest / 6e4);
    rest -= m * 6e4;
    const sec = Math.floor(rest / 1e3);
    const milli = Math.floor(rest - sec * 1e3);
    return `${prefix}${two(h)}:${two(m)}:${two(sec)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
  };
}
var init_date_keyer = __esm({
  "packages/cli/src/date-keyer.ts"() {
    "use strict";
    init_src2();
  }
});

// packages/cli/src/usage-accumulators.ts
function accumulate(a, g, from, p) {
  const b = g * A_WIDTH;
  const f = p + G_RESPONSES;
  for (let k = 0; k < A_WIDTH; k += 1) a[b + k] += from[f + k];
}
var A_RESPONSES, A_INPUT, A_OUTPUT, A_WRITE, A_WRITE_5M, A_WRITE_1H, A_READ, A_WEB, A_COST, A_UNKNOWN, A_WIDTH, UsageAccumulators;
var init_usage_accumulators = __esm({
  "packages/cli/src/usage-accumulators.ts"() {
    "use strict";
    init_usage_groups();
    A_RESPONSES = 0;
    A_INPUT = 1;
    A_OUTPUT = 2;
    A_WRITE = 3;
    A_WRITE_5M = 4;
    A_WRITE_1H = 5;
    A_READ = 6;
    A_WEB = 7;
    A_COST = 8;
    A_UNKNOWN = 9;
    A_WIDTH = 10;
    UsageAccumulators = class {
      keys = [];
      #index = /* @__PURE__ */ new Map();
      acc = new Float64Array(16 * A_WIDTH);
      id(key) {
        let g = this.#index.get(key);
        if (g === void 0) {
          g = this.keys.length;
          this.keys.push(key);
          this.#index.set(key, g);
          if ((g + 1) * A_WIDTH > this.acc.length) {
            const bigger = new Float64Array(this.acc.length * 2);
            bigger.set(this.acc);
            this.acc = bigger;
          }
        }
        return g;
      }
      /** A session's entry, built in one object literal (many sessions: no spreading). */
      sessionEntry(g, project, firstTime, lastTime, models) {
        const a = this.acc;
        const o = g * A_WIDTH;
        const input = a[o + A_INPUT];
        const output = a[o + A_OUTPUT];
        const write2 = a[o + A_WRITE];
        const read = a[o + A_READ];
        return {
          responses: a[o + A_RESPONSES],
          inputTokens: input,
          outputTokens: output,
          cacheCreationTokens: write2,
          cacheCreation5mTokens: a[o + A_WRITE_5M],
          cacheCreation1hTokens: a[o + A_WRITE_1H],
          cacheReadTokens: read,
          totalTokens: input + output + write2 + read,
          webSearchRequests: a[o + A_WEB],
          cost: a[o + A_COST],
          costUnknownResponses: a[o + A_UNKNOWN],
          project,
          firstTime,
          lastTime,
          models
        };
      }
      entry(g) {
        const a = this.acc;
        const o = g * A_WIDTH;
        const input = a[o + A_INPUT];
        const output = a[o + A_OUTPUT];
        const write2 = a[o + A_WRITE];
        const read = a[o + A_READ];
        return {
          responses: a[o + A_RESPONSES],
          inputTokens: input,
          outputTokens: output,
          cacheCreationTokens: write2,
          cacheCreation5mTokens: a[o + A_WRITE_5M],
          cacheCreation1hTokens: a[o + A_WRITE_1H],
          cacheReadTokens: read,
          totalTokens: input + output + write2 + read,
          webSearchRequests: a[o + A_WEB],
          cost: a[o + A_COST],
          costUnknownResponses: a[o + A_UNKNOWN]
        };
      }
    };
  }
});

// packages/cli/src/usage-report.ts
function emptyEntry() {
  return {
    responses: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheCreationTokens: 0,
    cacheCreation5mTokens: 0,
    cacheCreation1hTokens: 0,
    cacheReadTokens: 0,
    totalTokens: 0,
    webSearchRequests: 0,
    cost: 0,
    costUnknownResponses: 0
  };
}
var init_usage_report = __esm({
  "packages/cli/src/usage-report.ts"() {
    "use strict";
  }
});

// packages/cli/src/build-report.ts
function buildReport(usage, options) {
  const { strings, groups } = usage;
  const { u32, f64, count: count2 } = groups;
  const dateOf = dateKeyer(options.timezone);
  const since = options.since;
  const until = options.until;
  const inRange = (date) => (since === void 0 || date !== "unknown" && date >= since) && (until === void 0 || date !== "unknown" && date <= until);
  const dayNames = [];
  const dayByName = /* @__PURE__ */ new Map();
  const dayByQuarter = /* @__PURE__ */ new Map();
  const utc = options.timezone === "UTC" || options.timezone === "Etc/UTC";
  const dayOf = (quarter) => {
    const q = utc && !Number.isNaN(quarter) ? Math.floor(quarter / 96) * 96 : quarter;
    let d = dayByQuarter.get(q);
    if (d === void 0) {
      const name = dateOf(q * 9e5);
      if (!inRange(name)) d = -1;
      else {
        d = dayByName.get(name);
        if (d === void 0) {
          d = dayNames.length;
          dayNames.push(name);
          dayByName.set(name, d);
        }
      }
      dayByQuarter.set(q, d);
    }
    return d;
  };
  const total = new UsageAccumulators();
  total.id(0);
  const models = new UsageAccumulators();
  const days = new UsageAccumulators();
  const sessions = new UsageAccumulators();
  const projects = new UsageAccumulators();
  const withProjects = options.byProject === true;
  let sessionFirst = new Float64Array(64).fill(Number.POSITIVE_INFINITY);
  let sessionLast = new Float64Array(64).fill(Number.NEGATIVE_INFINITY);
  const sessionProject = [];
  const sessionFile = [];
  let sessionModelBits = new Uint32Array(64);
  const sessionModelsMore = /* @__PURE__ */ new Set();
  const unpriced = /* @__PURE__ */ new Set();
  for (let g = 0; g < count2; g += 1) {
    const o = g * G_U32;
    const p = g * G_F64;
    const day = dayOf(f64[p + G_QUARTER]);
    if (day < 0) continue;
    const model = u32[o + G_MODEL];
    if (f64[p + G_UNKNOWN] > 0) unpriced.add(model);
    const sg = sessions.id(u32[o + G_SESSION]);
    if (sg >= sessionFirst.length) {
      const first = new Float64Array(sessionFirst.length * 2).fill(Number.POSITIVE_INFINITY);
      first.set(sessionFirst);
      sessionFirst = first;
      const last = new Float64Array(sessionLast.length * 2).fill(Number.NEGATIVE_INFINITY);
      last.set(sessionLast);
      sessionLast = last;
    }
    const project = u32[o + G_PROJECT];
    const file = u32[o + G_FIRST];
    if (sessionProject.length === sg) {
      sessionProject.push(project);
      sessionFile.push(file);
    } else if (file !== sessionFile[sg] && usage.fileKeys[file] < usage.fileKeys[sessionFile[sg]]) {
      sessionProject[sg] = project;
      sessionFile[sg] = file;
    }
    if (f64[p + G_MIN] < sessionFirst[sg]) sessionFirst[sg] = f64[p + G_MIN];
    if (f64[p + G_MAX] > sessionLast[sg]) sessionLast[sg] = f64[p + G_MAX];
    const mg = models.id(model);
    if (sg >= sessionModelBits.length) {
      const bigger = new Uint32Array(sessionModelBits.length * 2);
      bigger.set(sessionModelBits);
      sessionModelBits = bigger;
    }
    if (mg < 31) sessionModelBits[sg] |= 1 << mg;
    else sessionModelsMore.add(`${sg}:${mg}`);
    const dg = days.id(day);
    const pg = withProjects ? projects.id(project) : -1;
    accumulate(total.acc, 0, f64, p);
    accumulate(models.acc, mg, f64, p);
    accumulate(days.acc, dg, f64, p);
    accumulate(sessions.acc, sg, f64, p);
    if (withProjects) accumulate(projects.acc, pg, f64, p);
  }
  const withSessions = options.bySession !== false;
  const modelsOfSession = withSessions ? sessions.keys.map(() => []) : [];
  for (let sg = 0; withSessions && sg < sessions.keys.length; sg += 1) {
    const bits = sessionModelBits[sg];
    for (let mg = 0; mg < 31 && bits >>> mg !== 0; mg += 1)
      if (bits & 1 << mg) modelsOfSession[sg].push(strings.get(models.keys[mg]));
  }
  for (const key of withSessions ? sessionModelsMore : []) {
    const [sg, mg] = key.split(":").map(Number);
    modelsOfSession[sg].push(strings.get(models.keys[mg]));
  }
  const iso2 = isoFormatter();
  const report = {
    timezone: options.timezone,
    since: since ?? null,
    until: until ?? null,
    sessions: sessions.keys.length,
    totals: total.entry(0),
    byModel: byKey(models.keys.map((k, g) => [strings.get(k), models.entry(g)])),
    byDate: byKey(days.keys.map((k, g) => [dayNames[k], days.entry(g)])),
    bySession: byKey(
      (withSessions ? sessions.keys : []).map((k, g) => [
        strings.get(k),
        sessions.sessionEntry(
          g,
          strings.get(sessionProject[g]),
          iso2(sessionFirst[g]),
          iso2(sessionLast[g]),
          modelsOfSession[g].sort()
        )
      ])
    ),
    unpricedModels: [...unpriced].map((i) => strings.get(i)).sort()
  };
  if (withProjects)
    report.byProject = byKey(projects.keys.map((k, g) => [strings.get(k), projects.entry(g)]));
  if (options.byTool) {
    if (!usage.tables)
      throw new GlassboxError("INTERNAL", "a tool report needs the rows: collect usage with tools: true");
    report.byTool = buildToolReport(usage.tables, strings, dateOf, inRange);
  }
  return report;
}
var byKey;
var init_build_report = __esm({
  "packages/cli/src/build-report.ts"() {
    "use strict";
    init_src2();
    init_build_tool_report();
    init_date_keyer();
    init_usage_accumulators();
    init_usage_groups();
    init_date_keyer();
    init_usage_report();
    byKey = (entries) => {
      entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      return Object.fromEntries(entries);
    };
  }
});

// packages/cli/src/price-rows.ts
function priceRows(responses, strings, pricer) {
  const { u32, f64, count: count2 } = responses;
  for (let r = 0; r < count2; r += 1) f64[r * R_F64 + R_COST] = rowCost(u32, f64, r, strings, pricer);
}
function rowCost(u32, f64, r, strings, pricer) {
  const model = strings.get(u32[r * R_U32 + R_MODEL]);
  const recorded = f64[r * R_F64 + R_RECORDED];
  const price2 = priceResponse(
    pricer,
    model,
    readRowUsage(u32, r, strings),
    Number.isNaN(recorded) ? void 0 : recorded
  );
  return price2.costUsd ?? Number.NaN;
}
var init_price_rows = __esm({
  "packages/cli/src/price-rows.ts"() {
    "use strict";
    init_src();
    init_usage_tables();
  }
});

// packages/cli/src/dedupe-responses.ts
function dedupeResponses(responses, strings, pricer) {
  const { u32, f64, count: count2 } = responses;
  let sidechains = false;
  for (let r = 0; r < count2 && !sidechains; r += 1)
    sidechains = (u32[r * R_U32 + R_FLAGS] & FLAG_SIDECHAIN) !== 0;
  const byKey2 = new PairIndex(count2);
  const byMessage = sidechains ? new PairIndex(count2) : void 0;
  const dirty = [];
  for (let r = 0; r < count2; r += 1) {
    const o = r * R_U32;
    u32[o + R_FLAGS] = u32[o + R_FLAGS] & ~FLAG_DEAD;
    const k1 = u32[o + R_KEY];
    const k2 = u32[o + R_KEY + 1];
    let keep = byKey2.get(k1, k2);
    if (keep === -1 && byMessage) {
      const m = byMessage.get(u32[o + R_MSG], u32[o + R_MSG + 1]);
      if (m !== -1 && ((u32[m * R_U32 + R_FLAGS] | u32[o + R_FLAGS]) & FLAG_SIDECHAIN) !== 0) {
        keep = m;
        byKey2.set(k1, k2, m);
      }
    }
    if (keep === -1) {
      byKey2.set(k1, k2, r);
      byMessage?.set(u32[o + R_MSG], u32[o + R_MSG + 1], r);
      continue;
    }
    if (mergeRows(u32, f64, keep, u32, f64, r)) dirty.push(keep);
    u32[o + R_FLAGS] = u32[o + R_FLAGS] | FLAG_DEAD;
  }
  for (const r of dirty) f64[r * R_F64 + R_COST] = rowCost(u32, f64, r, strings, pricer);
}
var init_dedupe_responses = __esm({
  "packages/cli/src/dedupe-responses.ts"() {
    "use strict";
    init_pair_index();
    init_price_rows();
    init_usage_tables();
  }
});

// packages/cli/src/merge-plans.ts
function mergePlans(plans, cache, strings, pricer, repriceAll) {
  const sizeOf = (pick, rows) => plans.reduce(
    (n, p) => n + (p.cached ? rows(p.cached.rows)[1] : 0) + (p.scanned ? pick(p.scanned.tables).count : 0),
    0
  );
  const tables = {
    responses: allocColumns(
      sizeOf(
        (t) => t.responses,
        (r) => r.responses
      ),
      R_U32,
      R_F64
    ),
    toolUses: allocColumns(
      sizeOf(
        (t) => t.toolUses,
        (r) => r.toolUses
      ),
      U_U32,
      U_F64
    ),
    toolResults: allocColumns(
      sizeOf(
        (t) => t.toolResults,
        (r) => r.toolResults
      ),
      T_U32,
      T_F64
    )
  };
  const ranges = [];
  const nextCache = /* @__PURE__ */ new Map();
  const builders = {
    responses: new TableBuilder(tables.responses, R_U32, R_F64, cache?.tables.responses),
    toolUses: new TableBuilder(tables.toolUses, U_U32, U_F64, cache?.tables.toolUses),
    toolResults: new TableBuilder(tables.toolResults, T_U32, T_F64, cache?.tables.toolResults)
  };
  const place = (b, cached, scanned) => {
    const start = b.count;
    if (cached) b.cached(cached[0], cached[1]);
    if (scanned) b.scanned(scanned);
    return [start, b.count - start];
  };
  for (const plan of plans) {
    const rows = {
      responses: place(builders.responses, plan.cached?.rows.responses, plan.scanned?.tables.responses),
      toolUses: place(builders.toolUses, plan.cached?.rows.toolUses, plan.scanned?.tables.toolUses),
      toolResults: place(
        builders.toolResults,
        plan.cached?.rows.toolResults,
        plan.scanned?.tables.toolResults
      )
    };
    ranges.push(rows);
    const entry = plan.scanned ? {
      path: plan.file.path,
      size: Math.max(plan.file.size, plan.scanned.offset),
      mtimeMs: plan.file.mtimeMs,
      offset: plan.scanned.offset,
      tail: plan.scanned.tail,
      tools: plan.tools,
      rows
    } : { ...plan.cached, rows };
    nextCache.set(plan.file.path, entry);
  }
  builders.responses.flush();
  builders.toolUses.flush();
  builders.toolResults.flush();
  if (repriceAll) priceRows(tables.responses, strings, pricer);
  return { tables, ranges, nextCache };
}
function allocColumns(count2, stride, f64Stride) {
  return { count: 0, u32: new Uint32Array(count2 * stride), f64: new Float64Array(count2 * f64Stride) };
}
var follows, ends, TableBuilder;
var init_merge_plans = __esm({
  "packages/cli/src/merge-plans.ts"() {
    "use strict";
    init_price_rows();
    init_usage_tables();
    follows = (a, b) => b.responses[0] === a.responses[0] + a.responses[1] && b.toolUses[0] === a.toolUses[0] + a.toolUses[1] && b.toolResults[0] === a.toolResults[0] + a.toolResults[1];
    ends = (r, t) => r.responses[0] + r.responses[1] === t.responses.count && r.toolUses[0] + r.toolUses[1] === t.toolUses.count && r.toolResults[0] + r.toolResults[1] === t.toolResults.count;
    TableBuilder = class {
      constructor(into, stride, f64Stride, cache) {
        this.into = into;
        this.stride = stride;
        this.f64Stride = f64Stride;
        this.cache = cache;
      }
      into;
      stride;
      f64Stride;
      cache;
      /** Rows placed so far (a pending run included). */
      count = 0;
      #runStart = -1;
      #runCount = 0;
      cached(start, n) {
        if (n === 0) return;
        if (this.#runStart >= 0 && start === this.#runStart + this.#runCount) this.#runCount += n;
        else {
          this.flush();
          this.#runStart = start;
          this.#runCount = n;
        }
        this.count += n;
      }
      scanned(c) {
        if (c.count === 0) return;
        this.flush();
        this.#copy(c, 0, c.count);
        this.count += c.count;
      }
      flush() {
        if (this.#runStart >= 0 && this.cache) this.#copy(this.cache, this.#runStart, this.#runCount);
        this.#runStart = -1;
        this.#runCount = 0;
      }
      #copy(from, start, n) {
        const { into, stride, f64Stride } = this;
        into.u32.set(from.u32.subarray(start * stride, (start + n) * stride), into.count * stride);
        into.f64.set(from.f64.subarray(start * f64Stride, (start + n) * f64Stride), into.count * f64Stride);
        into.count += n;
      }
    };
  }
});

// packages/cli/src/extract-record.ts
function extractRecord(record, sink) {
  for (const entry of normalizeTranscriptRecord(record)) {
    if (entry.kind === "llm") {
      if (entry.synthetic || !entry.model) continue;
      const timeMs = entry.timeMs ?? Number.NaN;
      sink.response({
        messageId: entry.messageId,
        requestId: entry.requestId ?? "",
        model: entry.requestedModel ?? entry.model,
        timeMs,
        sessionId: entry.sessionId,
        isSidechain: entry.isSidechain,
        usage: entry.usage,
        recordedCostUsd: entry.recordedCostUsd
      });
      for (const use of entry.toolUses)
        sink.toolUse({
          id: use.id,
          name: use.name,
          timeMs: entry.timeMs ?? Number.NaN,
          sessionId: entry.sessionId
        });
    } else if (entry.kind === "tool_result") {
      sink.toolResult({ id: entry.toolUseId, timeMs: entry.timeMs ?? Number.NaN, isError: entry.isError });
    }
  }
}
var init_extract_record = __esm({
  "packages/cli/src/extract-record.ts"() {
    "use strict";
    init_src4();
  }
});

// packages/cli/src/field-cursor.ts
function ws(b, p, e) {
  while (p < e) {
    const c = b[p];
    if (c === SP || c === TAB || c === NL || c === CR) p += 1;
    else break;
  }
  return p;
}
function endOfString(b, p, e) {
  let q = p + 1;
  const fastLimit = Math.min(e, q + 48);
  for (; q < fastLimit; q += 1) {
    const c = b[q];
    if (c === QUOTE) return q + 1;
    if (c === BACKSLASH) {
      q += 1;
    }
  }
  if (q >= e) return -1;
  for (; ; ) {
    q = b.indexOf(QUOTE, q);
    if (q === -1 || q >= e) return -1;
    let k = q - 1;
    let slashes = 0;
    while (b[k] === BACKSLASH) {
      slashes += 1;
      k -= 1;
    }
    if ((slashes & 1) === 0) return q + 1;
    q += 1;
  }
}
function skipValue(b, p, e) {
  const c = b[p];
  if (c === QUOTE) return endOfString(b, p, e);
  if (c === LBRACE || c === LBRACK) {
    let depth = 0;
    while (p < e) {
      const d = b[p];
      if (d === QUOTE) {
        p = endOfString(b, p, e);
        if (p < 0) return -1;
        continue;
      }
      if (d === LBRACE || d === LBRACK) depth += 1;
      else if (d === RBRACE || d === RBRACK) {
        depth -= 1;
        if (depth === 0) return p + 1;
      }
      p += 1;
    }
    return -1;
  }
  const s = p;
  while (p < e) {
    const d = b[p];
    if (d === COMMA || d === RBRACE || d === RBRACK || d === SP || d === TAB || d === NL || d === CR) break;
    p += 1;
  }
  return p > s ? p : -1;
}
function bytesAre(b, s, e, key) {
  const n = key.length;
  if (e - s !== n) return false;
  for (let i = 1; i < n - 1; i += 1) if (b[s + i] !== key[i]) return false;
  return true;
}
function stringAt(b, vs, ve) {
  if (b[vs] !== QUOTE || ve - vs < 3) return void 0;
  for (let i = vs + 1; i < ve - 1; i += 1)
    if (b[i] === BACKSLASH) {
      let v;
      try {
        v = JSON.parse(b.toString("utf8", vs, ve));
      } catch {
        throw MALFORMED;
      }
      return v.length > 0 ? v : void 0;
    }
  return b.toString("utf8", vs + 1, ve - 1);
}
function hasEscape(b, vs, ve) {
  for (let i = vs + 1; i < ve - 1; i += 1) if (b[i] === BACKSLASH) return true;
  return false;
}
function isTrue(b, vs, ve) {
  return ve - vs === 4 && b[vs] === 116 && b[vs + 1] === 114 && b[vs + 2] === 117 && b[vs + 3] === 101;
}
function numberAt(b, vs, ve) {
  let n = 0;
  let i = vs;
  for (; i < ve; i += 1) {
    const c2 = b[i];
    if (c2 < 48 || c2 > 57) break;
    n = n * 10 + (c2 - 48);
  }
  if (i === ve && i > vs && n <= Number.MAX_SAFE_INTEGER) return n;
  const c = b[vs];
  if (!(c >= 48 && c <= 57 || c === 45)) return void 0;
  const v = Number(b.toString("latin1", vs, ve));
  return Number.isFinite(v) ? v : void 0;
}
function timeAt(b, vs, ve) {
  if (b[vs] !== QUOTE) return Number.NaN;
  const s = vs + 1;
  if (ve - vs === 26 && b[s + 4] === 45 && b[s + 7] === 45 && b[s + 10] === 84 && b[s + 13] === 58 && b[s + 16] === 58 && b[s + 19] === 46 && b[s + 23] === 90) {
    const d = (i, n) => {
      let v = 0;
      for (let k = 0; k < n; k += 1) {
        const c = b[s + i + k] - 48;
        if (c < 0 || c > 9) return -1;
        v = v * 10 + c;
      }
      return v;
    };
    const year = d(0, 4);
    const month = d(5, 2);
    const day = d(8, 2);
    const hour = d(11, 2);
    const minute = d(14, 2);
    const second = d(17, 2);
    const ms = d(20, 3);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && ms >= 0) {
      return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    }
  }
  const text3 = stringAt(b, vs, ve);
  return text3 === void 0 ? Number.NaN : Date.parse(text3);
}
var NL, CR, SP, TAB, QUOTE, BACKSLASH, COLON, COMMA, LBRACE, RBRACE, LBRACK, RBRACK, FieldCursor, ItemCursor, MALFORMED, EMPTY;
var init_field_cursor = __esm({
  "packages/cli/src/field-cursor.ts"() {
    "use strict";
    NL = 10;
    CR = 13;
    SP = 32;
    TAB = 9;
    QUOTE = 34;
    BACKSLASH = 92;
    COLON = 58;
    COMMA = 44;
    LBRACE = 123;
    RBRACE = 125;
    LBRACK = 91;
    RBRACK = 93;
    FieldCursor = class {
      p = 0;
      e = 0;
      /** Key bounds (quotes included) and value start of the current field. */
      ks = 0;
      ke = 0;
      vs = 0;
      /** 1: at a field; 0: empty object; -1: not an object. */
      open(b, p, e) {
        this.e = e;
        p = ws(b, p, e);
        if (b[p] !== LBRACE) return -1;
        p = ws(b, p + 1, e);
        if (b[p] === RBRACE) {
          this.p = p + 1;
          return 0;
        }
        this.p = p;
        return this.#key(b);
      }
      #key(b) {
        const e = this.e;
        let p = this.p;
        if (b[p] !== QUOTE) return -1;
        this.ks = p;
        this.ke = endOfString(b, p, e);
        if (this.ke < 0) return -1;
        p = ws(b, this.ke, e);
        if (b[p] !== COLON) return -1;
        this.vs = ws(b, p + 1, e);
        return 1;
      }
      /** After a value ending at `ve`: 1 at the next field, 0 at the end (`p` after the brace), -1 malformed. */
      next(b, ve) {
        if (ve < 0) return -1;
        const e = this.e;
        const p = ws(b, ve, e);
        const c = b[p];
        if (c === COMMA) {
          this.p = ws(b, p + 1, e);
          return this.#key(b);
        }
        if (c === RBRACE) {
          this.p = p + 1;
          return 0;
        }
        return -1;
      }
      keyIs(b, key) {
        return bytesAre(b, this.ks, this.ke, key);
      }
    };
    ItemCursor = class {
      p = 0;
      e = 0;
      vs = 0;
      open(b, p, e) {
        this.e = e;
        p = ws(b, p, e);
        if (b[p] !== LBRACK) return -1;
        p = ws(b, p + 1, e);
        if (b[p] === RBRACK) {
          this.p = p + 1;
          return 0;
        }
        this.vs = p;
        return 1;
      }
      next(b, ve) {
        if (ve < 0) return -1;
        const e = this.e;
        const p = ws(b, ve, e);
        const c = b[p];
        if (c === COMMA) {
          this.vs = ws(b, p + 1, e);
          return 1;
        }
        if (c === RBRACK) {
          this.p = p + 1;
          return 0;
        }
        return -1;
      }
    };
    MALFORMED = new Error("malformed line");
    EMPTY = Buffer.alloc(0);
  }
});

// packages/cli/src/transcript-keys.ts
var K2, KEY_TYPE, KEY_MESSAGE, KEY_DATA, KEY_REQUEST_ID, KEY_REQUESTED_MODEL, KEY_TIMESTAMP, KEY_SESSION_ID, KEY_IS_SIDECHAIN, KEY_COST_USD, KEY_ID, KEY_MODEL, KEY_USAGE, KEY_CONTENT, KEY_ROLE, KEY_NAME, KEY_TOOL_USE_ID, KEY_IS_ERROR, KEY_INPUT_TOKENS, KEY_OUTPUT_TOKENS, KEY_CACHE_CREATION_INPUT, KEY_CACHE_READ_INPUT, KEY_CACHE_CREATION, KEY_5M, KEY_1H, KEY_SERVER_TOOL_USE, KEY_WEB_SEARCH, KEY_WEB_FETCH, KEY_SPEED, KEY_GEO, KEY_TIER, KEY_ITERATIONS, VAL_ASSISTANT, VAL_USER, VAL_PROGRESS, VAL_AGENT_PROGRESS, VAL_TOOL_USE, VAL_TOOL_RESULT, VAL_SYNTHETIC;
var init_transcript_keys = __esm({
  "packages/cli/src/transcript-keys.ts"() {
    "use strict";
    K2 = (s) => Buffer.from(JSON.stringify(s));
    KEY_TYPE = K2("type");
    KEY_MESSAGE = K2("message");
    KEY_DATA = K2("data");
    KEY_REQUEST_ID = K2("requestId");
    KEY_REQUESTED_MODEL = K2("requestedModel");
    KEY_TIMESTAMP = K2("timestamp");
    KEY_SESSION_ID = K2("sessionId");
    KEY_IS_SIDECHAIN = K2("isSidechain");
    KEY_COST_USD = K2("costUSD");
    KEY_ID = K2("id");
    KEY_MODEL = K2("model");
    KEY_USAGE = K2("usage");
    KEY_CONTENT = K2("content");
    KEY_ROLE = K2("role");
    KEY_NAME = K2("name");
    KEY_TOOL_USE_ID = K2("tool_use_id");
    KEY_IS_ERROR = K2("is_error");
    KEY_INPUT_TOKENS = K2("input_tokens");
    KEY_OUTPUT_TOKENS = K2("output_tokens");
    KEY_CACHE_CREATION_INPUT = K2("cache_creation_input_tokens");
    KEY_CACHE_READ_INPUT = K2("cache_read_input_tokens");
    KEY_CACHE_CREATION = K2("cache_creation");
    KEY_5M = K2("ephemeral_5m_input_tokens");
    KEY_1H = K2("ephemeral_1h_input_tokens");
    KEY_SERVER_TOOL_USE = K2("server_tool_use");
    KEY_WEB_SEARCH = K2("web_search_requests");
    KEY_WEB_FETCH = K2("web_fetch_requests");
    KEY_SPEED = K2("speed");
    KEY_GEO = K2("inference_geo");
    KEY_TIER = K2("service_tier");
    KEY_ITERATIONS = K2("iterations");
    VAL_ASSISTANT = K2("assistant");
    VAL_USER = K2("user");
    VAL_PROGRESS = K2("progress");
    VAL_AGENT_PROGRESS = K2("agent_progress");
    VAL_TOOL_USE = K2("tool_use");
    VAL_TOOL_RESULT = K2("tool_result");
    VAL_SYNTHETIC = K2("<synthetic>");
  }
});

// packages/cli/src/read-message-at.ts
function readUsageAt(b, p, e, u) {
  u.reset();
  u.b = b;
  const f = u.fields;
  let state = f.open(b, p, e);
  while (state === 1) {
    const vs = f.vs;
    const ve = skipValue(b, vs, e);
    if (ve < 0) return -1;
    switch (f.ke - f.ks) {
      case 7:
        if (f.keyIs(b, KEY_SPEED) && b[vs] === QUOTE && ve - vs > 2) {
          u.speedS = vs;
          u.speedE = ve;
          u.escaped ||= hasEscape(b, vs, ve);
        }
        break;
      case 12:
        if (f.keyIs(b, KEY_ITERATIONS) && b[vs] === LBRACK && ve - vs > 2) {
          let list;
          try {
            list = JSON.parse(b.toString("utf8", vs, ve));
          } catch {
            return -1;
          }
          list = list.filter((x) => typeof x === "object" && x !== null && !Array.isArray(x));
          if (list.length > 0) u.iterations = list;
        }
        break;
      case 14:
        if (f.keyIs(b, KEY_INPUT_TOKENS)) u.input = numberAt(b, vs, ve);
        else if (f.keyIs(b, KEY_TIER) && b[vs] === QUOTE && ve - vs > 2) {
          u.tierS = vs;
          u.tierE = ve;
          u.escaped ||= hasEscape(b, vs, ve);
        }
        break;
      case 17:
        if (f.keyIs(b, KEY_SERVER_TOOL_USE)) {
          if (b[vs] === LBRACE) {
            u.serverObject = true;
            const g = u.inner;
            let s = g.open(b, vs, ve);
            while (s === 1) {
              const ive = skipValue(b, g.vs, ve);
              if (g.keyIs(b, KEY_WEB_SEARCH)) u.webSearch = numberAt(b, g.vs, ive);
              else if (g.keyIs(b, KEY_WEB_FETCH)) u.webFetch = numberAt(b, g.vs, ive);
              s = g.next(b, ive);
            }
            if (s < 0) return -1;
          }
        }
        break;
      case 15:
        if (f.keyIs(b, KEY_OUTPUT_TOKENS)) u.output = numberAt(b, vs, ve);
        else if (f.keyIs(b, KEY_GEO) && b[vs] === QUOTE) {
          u.geoS = vs;
          u.geoE = ve;
          u.escaped ||= hasEscape(b, vs, ve);
        }
        break;
      case 16:
        if (f.keyIs(b, KEY_CACHE_CREATION)) {
          if (b[vs] === LBRACE) {
            u.cacheObject = true;
            const g = u.inner;
            let s = g.open(b, vs, ve);
            while (s === 1) {
              const ive = skipValue(b, g.vs, ve);
              if (g.keyIs(b, KEY_5M)) u.fiveMinute = numberAt(b, g.vs, ive);
              else if (g.keyIs(b, KEY_1H)) u.oneHour = numberAt(b, g.vs, ive);
              s = g.next(b, ive);
            }
            if (s < 0) return -1;
          }
        }
        break;
      case 25:
        if (f.keyIs(b, KEY_CACHE_READ_INPUT)) u.cacheRead = numberAt(b, vs, ve);
        break;
      case 29:
        if (f.keyIs(b, KEY_CACHE_CREATION_INPUT)) u.cacheWrite = numberAt(b, vs, ve);
        break;
      default:
        break;
    }
    state = f.next(b, ve);
  }
  return state === 0 ? f.p : -1;
}
function readMessageAt(b, p, e, m) {
  m.reset();
  m.present = true;
  const f = m.fields;
  let state = f.open(b, p, e);
  while (state === 1) {
    const vs = f.vs;
    let ve;
    switch (f.ke - f.ks) {
      case 4:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_ID)) {
          m.idS = vs;
          m.idE = ve;
        }
        break;
      case 6:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_ROLE)) {
          m.role = bytesAre(b, vs, ve, VAL_ASSISTANT) ? "assistant" : bytesAre(b, vs, ve, VAL_USER) ? "user" : void 0;
        }
        break;
      case 7:
        if (f.keyIs(b, KEY_USAGE) && b[vs] === LBRACE) {
          ve = readUsageAt(b, vs, e, m.usage);
          m.hasUsage = ve >= 0;
        } else {
          ve = skipValue(b, vs, e);
          if (f.keyIs(b, KEY_MODEL)) {
            m.modelS = vs;
            m.modelE = ve;
          }
        }
        break;
      case 9:
        ve = f.keyIs(b, KEY_CONTENT) && b[vs] === LBRACK ? readContentAt(b, vs, e, m) : skipValue(b, vs, e);
        break;
      default:
        ve = skipValue(b, vs, e);
        break;
    }
    state = f.next(b, ve);
  }
  return state === 0 ? f.p : -1;
}
function readContentAt(b, p, e, m) {
  const items = m.items;
  let state = items.open(b, p, e);
  while (state === 1) {
    const vs = items.vs;
    let ve;
    if (b[vs] !== LBRACE) ve = skipValue(b, vs, e);
    else {
      const f = m.block;
      let isUse = false;
      let isResult = false;
      let idS = -1;
      let idE = -1;
      let nameS = -1;
      let nameE = -1;
      let useIdS = -1;
      let useIdE = -1;
      let isError = false;
      let s = f.open(b, vs, e);
      while (s === 1) {
        const bvs = f.vs;
        const bve = skipValue(b, bvs, e);
        switch (f.ke - f.ks) {
          case 4:
            if (f.keyIs(b, KEY_ID)) {
              idS = bvs;
              idE = bve;
            }
            break;
          case 6:
            if (f.keyIs(b, KEY_TYPE)) {
              isUse = bytesAre(b, bvs, bve, VAL_TOOL_USE);
              isResult = bytesAre(b, bvs, bve, VAL_TOOL_RESULT);
            } else if (f.keyIs(b, KEY_NAME)) {
              nameS = bvs;
              nameE = bve;
            }
            break;
          case 10:
            if (f.keyIs(b, KEY_IS_ERROR)) isError = isTrue(b, bvs, bve);
            break;
          case 13:
            if (f.keyIs(b, KEY_TOOL_USE_ID)) {
              useIdS = bvs;
              useIdE = bve;
            }
            break;
          default:
            break;
        }
        s = f.next(b, bve);
      }
      if (s < 0) return -1;
      ve = f.p;
      if (isUse && idS >= 0) m.uses.push(idS, idE, nameS, nameE);
      if (isResult && useIdS >= 0) m.results.push(useIdS, useIdE, isError ? 1 : 0);
    }
    state = items.next(b, ve);
  }
  return state === 0 ? items.p : -1;
}
var MessageScratch, UsageScratch;
var init_read_message_at = __esm({
  "packages/cli/src/read-message-at.ts"() {
    "use strict";
    init_field_cursor();
    init_transcript_keys();
    MessageScratch = class {
      present = false;
      idS = -1;
      idE = -1;
      modelS = -1;
      modelE = -1;
      role;
      hasUsage = false;
      usage = new UsageScratch();
      /** tool_use blocks: [idStart, idEnd, nameStart, nameEnd, …] (-1 when absent). */
      uses = [];
      /** tool_result blocks: [idStart, idEnd, isError, …]. */
      results = [];
      fields = new FieldCursor();
      items = new ItemCursor();
      block = new FieldCursor();
      reset() {
        this.present = false;
        this.idS = -1;
        this.modelS = -1;
        this.role = void 0;
        this.hasUsage = false;
        this.uses.length = 0;
        this.results.length = 0;
      }
    };
    UsageScratch = class {
      input;
      output;
      cacheWrite;
      cacheRead;
      cacheObject = false;
      fiveMinute;
      oneHour;
      serverObject = false;
      webSearch;
      webFetch;
      speedS = -1;
      speedE = -1;
      geoS = -1;
      geoE = -1;
      tierS = -1;
      tierE = -1;
      /** Whether a label has an escape (then only the decoded string is right). */
      escaped = false;
      iterations;
      b = EMPTY;
      fields = new FieldCursor();
      inner = new FieldCursor();
      reset() {
        this.input = void 0;
        this.output = void 0;
        this.cacheWrite = void 0;
        this.cacheRead = void 0;
        this.cacheObject = false;
        this.fiveMinute = void 0;
        this.oneHour = void 0;
        this.serverObject = false;
        this.webSearch = void 0;
        this.webFetch = void 0;
        this.speedS = -1;
        this.geoS = -1;
        this.tierS = -1;
        this.escaped = false;
        this.iterations = void 0;
      }
      toUsage() {
        const out = {};
        if (this.input !== void 0) out.input_tokens = this.input;
        if (this.output !== void 0) out.output_tokens = this.output;
        if (this.cacheWrite !== void 0) out.cache_creation_input_tokens = this.cacheWrite;
        if (this.cacheRead !== void 0) out.cache_read_input_tokens = this.cacheRead;
        if (this.cacheObject)
          out.cache_creation = {
            ephemeral_5m_input_tokens: this.fiveMinute,
            ephemeral_1h_input_tokens: this.oneHour
          };
        if (this.serverObject)
          out.server_tool_use = { web_search_requests: this.webSearch, web_fetch_requests: this.webFetch };
        const b = this.b;
        if (this.speedS >= 0) out.speed = stringAt(b, this.speedS, this.speedE);
        if (this.geoS >= 0) out.inference_geo = stringAt(b, this.geoS, this.geoE) ?? "";
        if (this.tierS >= 0) out.service_tier = stringAt(b, this.tierS, this.tierE);
        if (this.iterations !== void 0) out.iterations = this.iterations;
        return out;
      }
    };
  }
});

// packages/cli/src/fast-record.ts
function fastRecord(b, s, e, inherited, sink, scratch) {
  const f = scratch.fields;
  const m = scratch.message;
  m.reset();
  let typeS = -1;
  let typeE = -1;
  let requestIdS = -1;
  let requestIdE = -1;
  let requestedS = -1;
  let requestedE = -1;
  let timeS = -1;
  let timeE = -1;
  let sessionS = -1;
  let sessionE = -1;
  let costS = -1;
  let costE = -1;
  let sidechain = false;
  let progressS = -1;
  let progressE = -1;
  let state = f.open(b, s, e);
  while (state === 1) {
    const vs = f.vs;
    let ve;
    switch (f.ke - f.ks) {
      case 6:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_TYPE)) {
          typeS = vs;
          typeE = ve;
        } else if (f.keyIs(b, KEY_DATA)) {
          progressS = vs;
          progressE = ve;
        }
        break;
      case 9:
        if (f.keyIs(b, KEY_MESSAGE) && b[vs] === LBRACE) ve = readMessageAt(b, vs, e, m);
        else {
          ve = skipValue(b, vs, e);
          if (f.keyIs(b, KEY_COST_USD)) {
            costS = vs;
            costE = ve;
          }
        }
        break;
      case 11:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_REQUEST_ID)) {
          requestIdS = vs;
          requestIdE = ve;
        } else if (f.keyIs(b, KEY_TIMESTAMP)) {
          timeS = vs;
          timeE = ve;
        } else if (f.keyIs(b, KEY_SESSION_ID)) {
          sessionS = vs;
          sessionE = ve;
        }
        break;
      case 13:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_IS_SIDECHAIN)) sidechain = isTrue(b, vs, ve);
        break;
      case 16:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_REQUESTED_MODEL)) {
          requestedS = vs;
          requestedE = ve;
        }
        break;
      default:
        ve = skipValue(b, vs, e);
        break;
    }
    state = f.next(b, ve);
  }
  if (state < 0) return false;
  let kind;
  if (typeS >= 0) {
    if (b[typeS] !== QUOTE) return false;
    kind = bytesAre(b, typeS, typeE, VAL_ASSISTANT) ? "assistant" : bytesAre(b, typeS, typeE, VAL_USER) ? "user" : bytesAre(b, typeS, typeE, VAL_PROGRESS) ? "progress" : void 0;
  } else kind = m.present ? m.role : void 0;
  if (kind === void 0) return true;
  if (kind === "progress" && inherited) return false;
  const own = timeS >= 0 ? timeAt(b, timeS, timeE) : Number.NaN;
  if (timeS >= 0 && b[timeS] !== QUOTE) return false;
  const ownSession = sessionS >= 0 && b[sessionS] === QUOTE && sessionE - sessionS > 2;
  const env = {
    timeMs: Number.isNaN(own) ? inherited?.timeMs ?? Number.NaN : own,
    sessionS: ownSession ? sessionS : inherited?.sessionS ?? -1,
    sessionE: ownSession ? sessionE : inherited?.sessionE ?? -1,
    isSidechain: sidechain || inherited?.isSidechain === true
  };
  if (kind === "progress")
    return progressS >= 0 ? fastProgress(b, progressS, progressE, env, sink, scratch) : true;
  if (!m.present) return true;
  if (kind === "user") {
    const r = m.results;
    for (let i = 0; i < r.length; i += 3) if (hasEscape(b, r[i], r[i + 1])) stringAt(b, r[i], r[i + 1]);
    for (let i = 0; i < r.length; i += 3) {
      const id = stringAt(b, r[i], r[i + 1]);
      if (id) sink.toolResult({ id, timeMs: env.timeMs, isError: r[i + 2] === 1 });
    }
    return true;
  }
  if (m.idS < 0 || m.modelS < 0) return true;
  if (b[m.idS] !== QUOTE || m.idE - m.idS < 3 || b[m.modelS] !== QUOTE || m.modelE - m.modelS < 3)
    return true;
  if (bytesAre(b, m.modelS, m.modelE, VAL_SYNTHETIC)) return true;
  const requested = requestedS >= 0 && b[requestedS] === QUOTE && requestedE - requestedS > 2;
  const hasRequest = requestIdS >= 0 && b[requestIdS] === QUOTE && requestIdE - requestIdS > 2;
  const recordedCostUsd = costS >= 0 ? numberAt(b, costS, costE) : void 0;
  const usage = m.usage;
  if (!m.hasUsage) usage.reset();
  const raw = isRawSink(sink) ? RAW : void 0;
  for (let i = 0; i < m.uses.length; i += 4) {
    const [idS, idE, nameS, nameE] = [m.uses[i], m.uses[i + 1], m.uses[i + 2], m.uses[i + 3]];
    if (b[idS] === QUOTE && hasEscape(b, idS, idE)) stringAt(b, idS, idE);
    if (nameS >= 0 && b[nameS] === QUOTE && hasEscape(b, nameS, nameE)) stringAt(b, nameS, nameE);
  }
  if (env.sessionS >= 0 && b[env.sessionS] === QUOTE && hasEscape(b, env.sessionS, env.sessionE))
    stringAt(b, env.sessionS, env.sessionE);
  if (raw && !usage.escaped && !hasEscape(b, m.idS, m.idE) && !(hasRequest && hasEscape(b, requestIdS, requestIdE)) && !hasEscape(b, requested ? requestedS : m.modelS, requested ? requestedE : m.modelE) && !(env.sessionS >= 0 && hasEscape(b, env.sessionS, env.sessionE))) {
    raw.b = b;
    raw.idS = m.idS;
    raw.idE = m.idE;
    raw.requestS = hasRequest ? requestIdS : -1;
    raw.requestE = hasRequest ? requestIdE : -1;
    raw.modelS = requested ? requestedS : m.modelS;
    raw.modelE = requested ? requestedE : m.modelE;
    raw.sessionS = env.sessionS;
    raw.sessionE = env.sessionE;
    raw.timeMs = env.timeMs;
    raw.isSidechain = env.isSidechain;
    raw.recordedCostUsd = recordedCostUsd;
    raw.usage = usage;
    sink.rawResponse(raw);
  } else {
    const sessionId = env.sessionS >= 0 ? stringAt(b, env.sessionS, env.sessionE) : void 0;
    sink.response({
      messageId: stringAt(b, m.idS, m.idE),
      requestId: (hasRequest ? stringAt(b, requestIdS, requestIdE) : void 0) ?? "",
      model: (requested ? stringAt(b, requestedS, requestedE) : void 0) ?? stringAt(b, m.modelS, m.modelE),
      timeMs: env.timeMs,
      sessionId,
      isSidechain: env.isSidechain,
      usage: m.hasUsage ? usage.toUsage() : {},
      recordedCostUsd
    });
  }
  const u = m.uses;
  for (let i = 0; i < u.length; i += 4) {
    const idS = u[i];
    const idE = u[i + 1];
    if (b[idS] !== QUOTE || idE - idS < 3) continue;
    const nameS = u[i + 2];
    const nameE = u[i + 3];
    const named = nameS >= 0 && b[nameS] === QUOTE && nameE - nameS > 2;
    if (raw && !hasEscape(b, idS, idE) && !(named && hasEscape(b, nameS, nameE)) && !(env.sessionS >= 0 && hasEscape(b, env.sessionS, env.sessionE)))
      sink.rawToolUse(
        b,
        idS,
        idE,
        named ? nameS : -1,
        named ? nameE : -1,
        env.timeMs,
        env.sessionS,
        env.sessionE
      );
    else
      sink.toolUse({
        id: stringAt(b, idS, idE),
        name: (named ? stringAt(b, nameS, nameE) : void 0) ?? "unknown",
        timeMs: env.timeMs,
        sessionId: env.sessionS >= 0 ? stringAt(b, env.sessionS, env.sessionE) : void 0
      });
  }
  return true;
}
function fastProgress(b, s, e, env, sink, scratch) {
  const f = scratch.data;
  let agentProgress = false;
  let msgS = -1;
  let msgE = -1;
  let state = f.open(b, s, e);
  if (state < 0) return true;
  while (state === 1) {
    const vs = f.vs;
    const ve = skipValue(b, vs, e);
    if (f.keyIs(b, KEY_TYPE)) agentProgress = bytesAre(b, vs, ve, VAL_AGENT_PROGRESS);
    else if (f.keyIs(b, KEY_MESSAGE)) {
      msgS = vs;
      msgE = ve;
    }
    state = f.next(b, ve);
  }
  if (state < 0) return false;
  if (!agentProgress || msgS < 0 || b[msgS] !== LBRACE) return true;
  return fastRecord(
    b,
    msgS,
    msgE,
    { timeMs: env.timeMs, sessionS: env.sessionS, sessionE: env.sessionE, isSidechain: true },
    sink,
    scratch.inner ?? (scratch.inner = new RecordScratch())
  );
}
var RecordScratch, TOP, isRawSink, RAW;
var init_fast_record = __esm({
  "packages/cli/src/fast-record.ts"() {
    "use strict";
    init_field_cursor();
    init_read_message_at();
    init_transcript_keys();
    RecordScratch = class {
      fields = new FieldCursor();
      message = new MessageScratch();
      data = new FieldCursor();
      inner;
    };
    TOP = new RecordScratch();
    TOP.inner = new RecordScratch();
    isRawSink = (sink) => typeof sink.rawResponse === "function";
    RAW = {
      b: EMPTY,
      idS: -1,
      idE: -1,
      requestS: -1,
      requestE: -1,
      modelS: -1,
      modelE: -1,
      sessionS: -1,
      sessionE: -1,
      timeMs: Number.NaN,
      isSidechain: false,
      recordedCostUsd: void 0,
      usage: new UsageScratch()
    };
  }
});

// packages/cli/src/scan-transcript.ts
function newScanCounters() {
  return { fastLines: 0, slowLines: 0, malformedLines: 0 };
}
function scanTranscriptBytes(buf, start, end, sink, counters, options = {}) {
  const lastNl = end > start ? buf.lastIndexOf(NL, end - 1) : -1;
  const complete = lastNl >= start ? lastNl + 1 : start;
  if (complete === start) return start;
  const fast = options.fastPath !== false;
  let pos = start;
  let nextUsage = buf.indexOf(NEEDLE_USAGE, pos);
  let nextResult = options.tools === false ? -1 : buf.indexOf(NEEDLE_RESULT, pos);
  while (pos < complete) {
    if (nextUsage !== -1 && nextUsage < pos) nextUsage = buf.indexOf(NEEDLE_USAGE, pos);
    if (nextResult !== -1 && nextResult < pos) nextResult = buf.indexOf(NEEDLE_RESULT, pos);
    const hit = nextUsage === -1 ? nextResult : nextResult === -1 ? nextUsage : Math.min(nextUsage, nextResult);
    if (hit === -1 || hit >= complete) break;
    const lineStart = Math.max(pos, buf.lastIndexOf(NL, hit) + 1);
    let lineEnd = buf.indexOf(NL, hit);
    if (lineEnd === -1 || lineEnd >= complete) lineEnd = complete - 1;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && buf[contentEnd - 1] === CR) contentEnd -= 1;
    let done = false;
    if (fast) {
      try {
        done = fastRecord(buf, lineStart, contentEnd, void 0, sink, TOP);
      } catch (error) {
        if (error !== MALFORMED) throw error;
      }
    }
    if (!done) slowLine(buf, lineStart, contentEnd, sink, counters);
    else counters.fastLines += 1;
    pos = lineEnd + 1;
  }
  return complete;
}
function slowLine(buf, start, end, sink, counters) {
  let record;
  try {
    record = JSON.parse(buf.toString("utf8", start, end));
  } catch {
    counters.malformedLines += 1;
    return;
  }
  counters.slowLines += 1;
  extractRecord(record, sink);
}
var NEEDLE_USAGE, NEEDLE_RESULT;
var init_scan_transcript = __esm({
  "packages/cli/src/scan-transcript.ts"() {
    "use strict";
    init_extract_record();
    init_fast_record();
    init_field_cursor();
    NEEDLE_USAGE = Buffer.from('"usage"');
    NEEDLE_RESULT = Buffer.from('"tool_result"');
  }
});

// packages/cli/src/scan-file.ts
import { closeSync as closeSync2, openSync as openSync2, readSync } from "node:fs";
function tailMatches(path, offset, expected) {
  if (expected.length === 0) return offset === 0;
  let fd;
  try {
    fd = openSync2(path, "r");
    const got = Buffer.alloc(expected.length);
    const n = readSync(fd, got, 0, got.length, offset - expected.length);
    return n === expected.length && got.equals(expected);
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function scanJob(pricer) {
  return (job, strings, counters, onBytes) => {
    const scanned = scanFile(
      job.file,
      job.from,
      strings,
      { fastPath: job.fastPath, tools: job.tools },
      counters,
      onBytes
    );
    priceRows(scanned.tables.responses, strings, pricer);
    return { index: job.index, ...scanned };
  };
}
function scanFile(file, from, strings, scan, counters, onBytes) {
  const sink = new TableSink(strings, file.defaultSession);
  if (file.agentTrace) {
    scanAgentTrace(file.path, sink);
    onBytes?.(file.size);
    return { tables: sink.finish(), offset: file.size, tail: readTail(file.path, file.size) };
  }
  let fd;
  try {
    fd = openSync2(file.path, "r");
  } catch {
    return { tables: sink.finish(), offset: from, tail: "" };
  }
  let offset = from;
  try {
    let position = from;
    let filled = 0;
    let skipping = false;
    for (; ; ) {
      if (filled === sharedBuffer.length) {
        if (sharedBuffer.length * 2 > MAX_LINE_BYTES) {
          skipping = true;
          counters.malformedLines += 1;
          offset += filled;
          filled = 0;
        } else {
          const bigger = Buffer.allocUnsafe(sharedBuffer.length * 2);
          sharedBuffer.copy(bigger, 0, 0, filled);
          sharedBuffer = bigger;
        }
      }
      const n = readSync(fd, sharedBuffer, filled, sharedBuffer.length - filled, position);
      if (n === 0) break;
      position += n;
      onBytes?.(n);
      let start = 0;
      const end = filled + n;
      if (skipping) {
        const nl = sharedBuffer.indexOf(10, filled);
        if (nl === -1 || nl >= end) {
          offset += n;
          filled = 0;
          continue;
        }
        skipping = false;
        start = nl + 1;
        offset += start - filled;
      }
      const consumed = scanTranscriptBytes(sharedBuffer, start, end, sink, counters, scan);
      offset += consumed - start;
      filled = end - consumed;
      if (filled > 0 && consumed > 0) sharedBuffer.copyWithin(0, consumed, end);
    }
    if (filled > 0 && !skipping) {
      const text3 = sharedBuffer.toString("utf8", 0, filled);
      let whole = false;
      try {
        JSON.parse(text3);
        whole = true;
      } catch {
        whole = false;
      }
      if (whole) {
        const line = Buffer.from(`${text3}
`, "utf8");
        scanTranscriptBytes(line, 0, line.length, sink, counters, scan);
        offset += filled;
      }
    }
  } finally {
    closeSync2(fd);
  }
  return { tables: sink.finish(), offset, tail: readTail(file.path, offset) };
}
function readTail(path, offset) {
  const length = Math.min(TAIL_BYTES, offset);
  if (length === 0) return "";
  let fd;
  try {
    fd = openSync2(path, "r");
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, offset - length);
    return buf.subarray(0, n).toString("base64");
  } catch {
    return "";
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
var TAIL_BYTES, FIRST_CHUNK, MAX_LINE_BYTES, sharedBuffer, formatCount;
var init_scan_file = __esm({
  "packages/cli/src/scan-file.ts"() {
    "use strict";
    init_agent_data();
    init_price_rows();
    init_scan_transcript();
    init_usage_tables();
    TAIL_BYTES = 64;
    FIRST_CHUNK = 512 * 1024;
    MAX_LINE_BYTES = 256 * 1024 * 1024;
    sharedBuffer = Buffer.allocUnsafe(FIRST_CHUNK);
    formatCount = (n) => String(n);
  }
});

// packages/cli/src/scan-workers.ts
import { availableParallelism } from "node:os";
function isScanWorker() {
  return process.argv[2] === SCAN_WORKER_ARG;
}
async function runScanWorker(scanOne) {
  const { isMainThread: isMainThread2, parentPort, workerData } = await import("node:worker_threads");
  if (isMainThread2 || workerData?.glassboxScanWorker !== true) {
    process.stderr.write(`glassbox: ${SCAN_WORKER_ARG} is for the worker threads of glassbox report
`);
    process.exitCode = 2;
    return;
  }
  const input = workerData;
  const progress = new BigInt64Array(input.progress);
  const strings = new StringTable();
  const counters = newScanCounters();
  let output;
  const transfer = [];
  try {
    const results = input.jobs.map(
      (job) => scanOne(job, strings, counters, (n) => Atomics.add(progress, 0, BigInt(n)))
    );
    for (const r of results)
      for (const c of [r.tables.responses, r.tables.toolUses, r.tables.toolResults])
        transfer.push(c.u32.buffer, c.f64.buffer);
    output = { ok: true, results, strings: strings.values, counters };
  } catch (error) {
    output = { ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort?.postMessage(output, transfer);
}
function threadsFor(bytes, jobs) {
  if (bytes < 192 * 1024 * 1024 || jobs < 2) return 1;
  return Math.max(1, Math.min(4, availableParallelism(), jobs));
}
function remap(result, map) {
  const r = result.tables.responses;
  for (let i = 0; i < r.count; i += 1) {
    const o = i * R_U32;
    r.u32[o + R_MODEL] = map[r.u32[o + R_MODEL]];
    r.u32[o + R_SESSION] = map[r.u32[o + R_SESSION]];
    r.u32[o + R_ITER] = map[r.u32[o + R_ITER]];
    for (let k = R_SPEED; k < R_SPEED + 3; k += 1) {
      const v = r.u32[o + k];
      if (v !== 0) r.u32[o + k] = map[v - 1] + 1;
    }
  }
  const u = result.tables.toolUses;
  for (let i = 0; i < u.count; i += 1) {
    const o = i * U_U32;
    u.u32[o + U_NAME] = map[u.u32[o + U_NAME]];
    u.u32[o + U_SESSION] = map[u.u32[o + U_SESSION]];
  }
}
async function scanInParallel(jobs, threads, workerUrl, strings, counters, scanOne, onBytes) {
  const shares = Array.from({ length: threads }, () => []);
  const load = new Array(threads).fill(0);
  for (const job of [...jobs].sort((a, b) => b.file.size - b.from - (a.file.size - a.from))) {
    let least = 0;
    for (let t = 1; t < threads; t += 1) if (load[t] < load[least]) least = t;
    shares[least].push(job);
    load[least] += job.file.size - job.from;
  }
  const { Worker } = await import("node:worker_threads");
  const progressBuffer = new SharedArrayBuffer(8);
  const progress = new BigInt64Array(progressBuffer);
  const workers = shares.slice(1).map(
    (share) => new Promise((resolve5) => {
      let worker;
      try {
        worker = new Worker(workerUrl, {
          argv: [SCAN_WORKER_ARG],
          workerData: {
            glassboxScanWorker: true,
            jobs: share,
            progress: progressBuffer
          }
        });
      } catch (error) {
        resolve5({ share, output: { ok: false, error: String(error) } });
        return;
      }
      let settled = false;
      worker.once("message", (output) => {
        settled = true;
        resolve5({ share, output });
      });
      worker.once("error", (error) => {
        if (!settled) resolve5({ share, output: { ok: false, error: String(error) } });
        settled = true;
      });
      worker.once("exit", (code) => {
        if (!settled) resolve5({ share, output: { ok: false, error: `worker exited with ${code}` } });
        settled = true;
      });
    })
  );
  let mine = 0;
  const results = shares[0].map(
    (job) => scanOne(job, strings, counters, (n) => {
      mine += n;
      onBytes(mine + Number(Atomics.load(progress, 0)));
    })
  );
  for (const { share, output } of await Promise.all(workers)) {
    if (!output.ok) {
      for (const job of share) results.push(scanOne(job, strings, counters, () => void 0));
      continue;
    }
    const map = Uint32Array.from(output.strings, (s) => strings.intern(s));
    for (const r of output.results) {
      remap(r, map);
      results.push(r);
    }
    counters.fastLines += output.counters.fastLines;
    counters.slowLines += output.counters.slowLines;
    counters.malformedLines += output.counters.malformedLines;
  }
  return results;
}
var SCAN_WORKER_ARG;
var init_scan_workers = __esm({
  "packages/cli/src/scan-workers.ts"() {
    "use strict";
    init_scan_transcript();
    init_usage_tables();
    SCAN_WORKER_ARG = "--glassbox-scan-worker";
  }
});

// packages/cli/src/collect-from-rows.ts
import { existsSync as existsSync8 } from "node:fs";
async function collectFromRows(files, options, cachePath, summaryPath, summaryDamaged, timings, lap) {
  let cache;
  let cacheState = "off";
  if (cachePath) {
    cache = loadReportCache(cachePath);
    lap("loadCache");
    cacheState = summaryDamaged || !cache && existsSync8(cachePath) ? "discarded" : cache ? "warm" : "cold";
  }
  const strings = cache?.strings ?? new StringTable();
  const repriceAll = cache !== void 0 && cache.pricingKey !== options.pricingKey;
  const counters = newScanCounters();
  const totalBytes = files.reduce((a, f) => a + f.size, 0);
  const wantTools = options.tools === true;
  const plans = [];
  let toRead = 0;
  for (const file of files) {
    let cached = cache?.files.get(file.path);
    if (cached && wantTools && !cached.tools) cached = void 0;
    if (cached && cached.size === file.size && cached.mtimeMs === file.mtimeMs) {
      plans.push({ file, cached, from: -1, tools: cached.tools });
      continue;
    }
    const from = cached && cached.offset <= file.size && tailMatches(file.path, cached.offset, Buffer.from(cached.tail, "base64")) ? cached.offset : 0;
    const appendTo = from > 0 ? cached : void 0;
    plans.push({ file, cached: appendTo, from, tools: appendTo ? appendTo.tools : wantTools });
    toRead += file.size - from;
  }
  let bytesRead = 0;
  const toScan = plans.filter((p) => p.from >= 0);
  const fastPath = options.fastPath !== false;
  const jobs = toScan.map((p, index) => ({
    index,
    file: p.file,
    from: p.from,
    tools: p.tools,
    fastPath
  }));
  const scanOne = scanJob(options.pricer);
  const threads = options.workerUrl ? Math.min(Math.max(1, jobs.length), options.threads ?? threadsFor(toRead, jobs.length)) : 1;
  const report = (n) => options.progress?.update(n, toRead, `${formatCount(toScan.length)} files`);
  if (threads > 1) {
    const results = await scanInParallel(
      jobs,
      threads,
      options.workerUrl,
      strings,
      counters,
      scanOne,
      (n) => {
        bytesRead = n;
        report(n);
      }
    );
    for (const r of results) toScan[r.index].scanned = r;
    bytesRead = toRead;
  } else {
    for (const job of jobs)
      toScan[job.index].scanned = scanOne(job, strings, counters, (n) => {
        bytesRead += n;
        report(bytesRead);
      });
  }
  const filesRead = toScan.length;
  const filesAppended = toScan.filter((p) => p.cached).length;
  options.progress?.finish();
  lap("read");
  const unchanged = !repriceAll && toScan.length === 0 && cache !== void 0 && plans.every(
    (p, i) => p.cached !== void 0 && (i === 0 ? p.cached.rows.responses[0] === 0 && p.cached.rows.toolUses[0] === 0 && p.cached.rows.toolResults[0] === 0 : follows(plans[i - 1].cached.rows, p.cached.rows))
  ) && (plans.length === 0 ? cache.tables.responses.count + cache.tables.toolUses.count + cache.tables.toolResults.count === 0 : ends(plans[plans.length - 1].cached.rows, cache.tables));
  const merged = unchanged ? {
    tables: cache.tables,
    ranges: plans.map((p) => p.cached.rows),
    nextCache: cache.files
  } : mergePlans(plans, cache, strings, options.pricer, repriceAll);
  const { tables, ranges, nextCache } = merged;
  lap("merge");
  let cacheError;
  const changed = !cache || filesRead > 0 || repriceAll || cache.files.size !== nextCache.size;
  if (cachePath && options.cacheDir !== false && changed) {
    const error = saveReportCache(cachePath, options.cacheDir, {
      pricingKey: options.pricingKey,
      strings,
      files: nextCache,
      tables
    });
    if (error) cacheError = error.message;
    else removeOldReportCaches(options.cacheDir);
    lap("saveCache");
  }
  dedupeResponses(tables.responses, strings, options.pricer);
  const summaryFiles = new SummaryFiles();
  for (const plan of plans) {
    const f = nextCache.get(plan.file.path);
    const tail = Buffer.from(f.tail, "base64");
    summaryFiles.set(-1, f.path, f.size, f.mtimeMs, f.offset, tail, plan.file.agentTrace === true);
  }
  const fileKeys = summaryFiles.orderKeys();
  const groups = new UsageGroups();
  const { u32, f64, count: count2 } = tables.responses;
  const keys = KeyFilter.of(u32, count2, R_U32, R_KEY);
  const messages = KeyFilter.of(u32, count2, R_U32, R_MSG);
  for (let i = 0; i < plans.length; i += 1) {
    const [start, n] = ranges[i].responses;
    if (n === 0) continue;
    const project = strings.intern(plans[i].file.project || "(none)");
    for (let r = start; r < start + n; r += 1)
      if (!(u32[r * R_U32 + R_FLAGS] & FLAG_DEAD)) groups.addRow(u32, f64, r, project, i, fileKeys);
  }
  lap("group");
  if (summaryPath && options.cacheDir !== false) {
    const error = saveReportSummary(summaryPath, options.cacheDir, {
      pricingKey: options.pricingKey,
      strings,
      files: summaryFiles,
      groups,
      keys,
      messages,
      behind: 0
    });
    if (error) cacheError ??= error.message;
    lap("saveSummary");
  }
  return {
    strings,
    groups,
    fileKeys,
    tables: wantTools || options.rows === true ? tables : void 0,
    stats: {
      files: files.length,
      bytes: totalBytes,
      bytesRead,
      filesRead,
      filesFromCache: plans.length - filesRead,
      filesAppended,
      cache: cacheState,
      cacheUse: cache ? "rows" : "none",
      cachePath,
      cacheError,
      counters,
      agentSessions: files.filter((f) => f.agentTrace).length,
      timings
    }
  };
}
var init_collect_from_rows = __esm({
  "packages/cli/src/collect-from-rows.ts"() {
    "use strict";
    init_dedupe_responses();
    init_merge_plans();
    init_report_cache();
    init_scan_file();
    init_scan_transcript();
    init_scan_workers();
    init_usage_groups();
    init_usage_tables();
  }
});

// packages/cli/src/collect-options.ts
var AGENT_PROJECT;
var init_collect_options = __esm({
  "packages/cli/src/collect-options.ts"() {
    "use strict";
    AGENT_PROJECT = "(captured by the agent)";
  }
});

// packages/cli/src/grow-summary.ts
function growSummary(files, summary, options, timings, lap) {
  const plans = [];
  const cached = summary.files;
  let toRead = 0;
  let known = 0;
  for (const file of files) {
    const at2 = cached.indexOf(file.path);
    if (at2 >= 0) {
      known += 1;
      if (cached.size(at2) === file.size && cached.mtimeMs(at2) === file.mtimeMs) continue;
      const offset = cached.offset(at2);
      if (!(offset <= file.size && !file.agentTrace && tailMatches(file.path, offset, cached.tail(at2))))
        return void 0;
    }
    const from = at2 >= 0 ? cached.offset(at2) : 0;
    plans.push({ file, from, at: at2 });
    toRead += file.size - from;
  }
  if (known !== cached.count || toRead > (options.quickReadLimit ?? SUMMARY_READ_LIMIT)) return void 0;
  if (summary.behind + toRead > (options.quickBehindLimit ?? SUMMARY_BEHIND_LIMIT)) return void 0;
  const { strings, groups, keys, messages } = summary;
  const counters = newScanCounters();
  const scanOne = scanJob(options.pricer);
  const fastPath = options.fastPath !== false;
  let bytesRead = 0;
  const report = (n) => {
    bytesRead += n;
    options.progress?.update(bytesRead, toRead, `${plans.length} files`);
  };
  const scanned = plans.map(
    (p, index) => scanOne({ index, file: p.file, from: p.from, tools: false, fastPath }, strings, counters, report)
  );
  options.progress?.finish();
  lap("read");
  const at = plans.map(({ file, at: at2 }, i) => {
    const s = scanned[i];
    const size = Math.max(file.size, s.offset);
    const tail = Buffer.from(s.tail, "base64");
    return cached.set(at2, file.path, size, file.mtimeMs, s.offset, tail, file.agentTrace === true);
  });
  const orderKeys = cached.orderKeys();
  for (let i = 0; i < plans.length; i += 1) {
    const { file } = plans[i];
    const { u32, f64, count: count2 } = scanned[i].tables.responses;
    if (count2 === 0) continue;
    const project = strings.intern(file.project || "(none)");
    for (let r = 0; r < count2; r += 1) {
      const o = r * R_U32;
      if (!keys.add(u32[o + R_KEY], u32[o + R_KEY + 1])) return void 0;
      if (!messages.add(u32[o + R_MSG], u32[o + R_MSG + 1])) return void 0;
      groups.addRow(u32, f64, r, project, at[i], orderKeys);
    }
  }
  summary.behind += bytesRead;
  lap("group");
  return {
    changed: plans.length > 0,
    usage: {
      strings,
      groups,
      fileKeys: orderKeys,
      stats: {
        files: files.length,
        bytes: files.reduce((a, f) => a + f.size, 0),
        bytesRead,
        filesRead: plans.length,
        filesFromCache: files.length - plans.length,
        filesAppended: plans.filter((p) => p.from > 0).length,
        cache: "warm",
        cacheUse: "summary",
        counters,
        agentSessions: files.filter((f) => f.agentTrace).length,
        timings
      }
    }
  };
}
var SUMMARY_READ_LIMIT, SUMMARY_BEHIND_LIMIT;
var init_grow_summary = __esm({
  "packages/cli/src/grow-summary.ts"() {
    "use strict";
    init_scan_file();
    init_scan_transcript();
    init_usage_tables();
    SUMMARY_READ_LIMIT = 64 * 1024 * 1024;
    SUMMARY_BEHIND_LIMIT = 256 * 1024 * 1024;
  }
});

// packages/cli/src/list-transcript-files.ts
import { readdirSync as readdirSync4, statSync as statSync3 } from "node:fs";
import { join as join18, sep as sep2 } from "node:path";
function listTranscriptFiles(roots) {
  return findTranscriptFiles(roots).sort(byPath);
}
function findTranscriptFiles(roots) {
  const out = [];
  const unique = [...new Set(roots.map((root) => join18(root, "projects")))];
  const walk = (dir, project, parentName, grandName, depth) => {
    let entries;
    try {
      entries = readdirSync4(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const path = `${dir}${sep2}${name}`;
      if (entry.isDirectory()) {
        if (depth < 6) walk(path, depth === 0 ? name : project, name, parentName, depth + 1);
        continue;
      }
      if (!name.endsWith(".jsonl") || !(entry.isFile() || entry.isSymbolicLink())) continue;
      const st = statSync3(path, { throwIfNoEntry: false });
      if (!st?.isFile()) continue;
      out.push({
        path,
        project: depth === 0 ? "" : project,
        defaultSession: parentName === "subagents" ? grandName : name.slice(0, -".jsonl".length),
        size: st.size,
        mtimeMs: st.mtimeMs
      });
    }
  };
  for (const projects of unique) walk(projects, "", "", "", 0);
  return out;
}
var byPath;
var init_list_transcript_files = __esm({
  "packages/cli/src/list-transcript-files.ts"() {
    "use strict";
    byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  }
});

// packages/cli/src/collect-usage.ts
import { createHash as createHash7 } from "node:crypto";
import { existsSync as existsSync9 } from "node:fs";
import { join as join19 } from "node:path";
function reportCachePath(cacheDir, roots) {
  const id = createHash7("sha256").update([...roots].sort().join("\0")).digest("hex").slice(0, 16);
  return join19(cacheDir, `report-v${REPORT_CACHE_VERSION}-${id}.bin`);
}
function reportSummaryPath(rowsPath) {
  return `${rowsPath.slice(0, -".bin".length)}.sum`;
}
async function collectUsage(options) {
  const timings = {};
  let mark = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  const files = findTranscriptFiles(options.roots);
  const transcripts = files.length;
  if (options.agentDataDirs?.length) {
    const known = new Set(files.map((f) => f.defaultSession));
    for (const t of listAgentTraces(options.agentDataDirs))
      if (!known.has(t.sessionId))
        files.push({
          path: t.path,
          project: AGENT_PROJECT,
          defaultSession: t.sessionId,
          size: t.size,
          mtimeMs: t.mtimeMs,
          agentTrace: true
        });
  }
  lap("list");
  const cacheDir = options.cacheDir === false ? void 0 : options.cacheDir;
  const cachePath = cacheDir === void 0 ? void 0 : reportCachePath(cacheDir, options.roots);
  const summaryPath = cachePath === void 0 ? void 0 : reportSummaryPath(cachePath);
  let summaryDamaged = false;
  if (summaryPath !== void 0 && cacheDir !== void 0 && options.tools !== true && options.rows !== true) {
    const summary = loadReportSummary(summaryPath);
    lap("loadSummary");
    summaryDamaged = summary === void 0 && existsSync9(summaryPath);
    if (summary && summary.pricingKey === options.pricingKey) {
      const grown = growSummary(files, summary, options, timings, lap);
      if (grown) {
        const error = grown.changed ? saveReportSummary(summaryPath, cacheDir, summary) : void 0;
        if (grown.changed) lap("saveSummary");
        return { ...grown.usage, stats: { ...grown.usage.stats, cachePath, cacheError: error?.message } };
      }
    }
  }
  const ordered = [...files.slice(0, transcripts).sort(byPath), ...files.slice(transcripts)];
  return collectFromRows(ordered, options, cachePath, summaryPath, summaryDamaged, timings, lap);
}
var init_collect_usage = __esm({
  "packages/cli/src/collect-usage.ts"() {
    "use strict";
    init_agent_data();
    init_collect_from_rows();
    init_collect_options();
    init_grow_summary();
    init_list_transcript_files();
    init_report_cache();
  }
});

// packages/cli/src/html/page-model.ts
function point(label2, e) {
  return {
    label: label2,
    cost: e.cost,
    input: e.inputTokens,
    output: e.outputTokens,
    cacheWrite: e.cacheCreationTokens,
    cacheRead: e.cacheReadTokens
  };
}
function usageTable(title, first, rows, options = {}) {
  const limit = options.limit ?? Infinity;
  const sorted = options.ordered ? rows : [...rows].sort((a, b) => b[1].cost - a[1].cost);
  const table = {
    title,
    columns: [first, ...USAGE_COLUMNS.slice(1)],
    numeric: [1, 2, 3, 4, 5, 6],
    rows: sorted.slice(0, limit).map(([k, e]) => usageRow(k, e))
  };
  if (sorted.length > limit) table.note = `The ${limit} most expensive of ${sorted.length}.`;
  return table;
}
function addEntry(a, b) {
  const out = { ...a };
  for (const k of Object.keys(b)) out[k] = a[k] + b[k];
  return out;
}
function weekOf(day) {
  const t = Date.parse(`${day}T00:00:00Z`);
  const monday = t - (new Date(t).getUTCDay() + 6) % 7 * 864e5;
  return new Date(monday).toISOString().slice(0, 10);
}
function timeBuckets(byDate) {
  const days = Object.entries(byDate).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const group = (key) => {
    const m = /* @__PURE__ */ new Map();
    for (const [d, e] of days) {
      const k = key(d);
      const prev = m.get(k);
      m.set(k, prev ? addEntry(prev, e) : e);
    }
    return [...m];
  };
  if (days.length <= MAX_TIME_POINTS || days.some(([d]) => !/^\d{4}-\d{2}-\d{2}$/.test(d)))
    return { unit: "day", rows: days };
  const weeks = group(weekOf);
  if (weeks.length <= MAX_TIME_POINTS) return { unit: "week", rows: weeks };
  return { unit: "month", rows: group((d) => d.slice(0, 7)) };
}
function reportPageModel(report, waterfallOf, now) {
  const time = timeBuckets(report.byDate);
  const range = report.since || report.until ? `${report.since ?? "start"} \u2013 ${report.until ?? "today"}` : "all time";
  const unitTitle = { day: "Day", week: "Week of", month: "Month" }[time.unit];
  const tables = [
    usageTable("By model", "Model", Object.entries(report.byModel)),
    usageTable(`By ${time.unit}`, unitTitle, time.rows, { ordered: true })
  ];
  if (report.byProject) tables.push(usageTable("By project", "Project", Object.entries(report.byProject)));
  if (report.bySkill) tables.push(usageTable("By skill", "Skill", Object.entries(report.bySkill)));
  if (report.byCommand) tables.push(usageTable("By command", "Command", Object.entries(report.byCommand)));
  tables.push(
    usageTable("By session", "Session", Object.entries(report.bySession), { limit: MAX_SESSION_ROWS })
  );
  if (report.byTool) {
    const tools = Object.entries(report.byTool).sort((a, b) => b[1].calls - a[1].calls);
    tables.push({
      title: "By tool",
      columns: ["Tool", "Calls", "Errors", "p50 ms", "p95 ms"],
      numeric: [1, 2, 3, 4],
      rows: tools.map(([name, t]) => [
        name,
        int(t.calls),
        int(t.errors),
        t.p50Ms === null ? "\u2013" : int(t.p50Ms),
        t.p95Ms === null ? "\u2013" : int(t.p95Ms)
      ])
    });
  }
  return {
    title: "Glassbox report",
    subtitle: `${range} \xB7 days in ${report.timezone} \xB7 ${report.source.files.toLocaleString("en-US")} transcript files`,
    generatedAt: now.toISOString(),
    headline: [
      { label: "Cost", value: usd(report.totals.cost) },
      { label: "Sessions", value: int(report.sessions) },
      { label: "Model responses", value: int(report.totals.responses) },
      { label: "Input tokens", value: int(report.totals.inputTokens) },
      { label: "Output tokens", value: int(report.totals.outputTokens) },
      {
        label: "Cache tokens (write / read)",
        value: `${int(report.totals.cacheCreationTokens)} / ${int(report.totals.cacheReadTokens)}`
      }
    ],
    series: { title: `by ${time.unit}`, points: time.rows.map(([d, e]) => point(d, e)) },
    models: Object.entries(report.byModel).sort((a, b) => b[1].cost - a[1].cost).map(([m, e]) => point(m, e)),
    tables,
    waterfall: waterfallOf ? waterfall(waterfallOf, `Most expensive session: ${waterfallOf.sessionId}`) : null
  };
}
function waterfall(trace, title) {
  const start = Date.parse(trace.startTime);
  const bars = [];
  let omitted = 0;
  const visit = (s, depth) => {
    if (bars.length >= MAX_WATERFALL_BARS) omitted += 1;
    else {
      const from = Date.parse(s.startTime) - start;
      bars.push({
        label: s.name,
        depth,
        kind: s.kind,
        startMs: from,
        endMs: from + s.durationMs,
        cost: s.costUsd,
        tokens: tokensOf(s),
        status: s.status
      });
    }
    for (const c of s.children) visit(c, depth + 1);
  };
  for (const s of trace.spans) visit(s, 0);
  return { title, bars, omitted };
}
function tracePageModel(trace, now) {
  const root = trace.spans[0];
  const turns = (root?.children ?? []).filter((s) => s.kind === "turn");
  const byModel = /* @__PURE__ */ new Map();
  const visit = (s) => {
    if (s.kind === "llm") {
      const m = s.model ?? "unknown";
      const p = byModel.get(m) ?? { label: m, cost: 0, input: 0, output: 0, cacheWrite: 0, cacheRead: 0 };
      p.cost += s.costUsd ?? 0;
      p.input += s.tokens.input;
      p.output += s.tokens.output;
      p.cacheWrite += s.tokens.cacheCreation;
      p.cacheRead += s.tokens.cacheRead;
      byModel.set(m, p);
    }
    s.children.forEach(visit);
  };
  trace.spans.forEach(visit);
  const turnPoint = (t) => ({
    label: t.name,
    cost: t.costUsd ?? 0,
    input: t.tokens.input,
    output: t.tokens.output,
    cacheWrite: t.tokens.cacheCreation,
    cacheRead: t.tokens.cacheRead
  });
  return {
    title: `Glassbox trace ${trace.sessionId}`,
    subtitle: `${trace.project ?? ""} \xB7 started ${trace.startTime} \xB7 ${(trace.durationMs / 1e3).toFixed(1)} s \xB7 from the ${trace.source}`,
    generatedAt: now.toISOString(),
    headline: [
      {
        label: "Cost",
        value: trace.costUnknownResponses > 0 ? `${usd(trace.costUsd)}+?` : usd(trace.costUsd)
      },
      { label: "Turns", value: int(trace.counts.turns) },
      { label: "Model calls", value: int(trace.counts.llmCalls) },
      {
        label: "Tool calls (failed)",
        value: `${int(trace.counts.toolCalls)} (${int(trace.counts.toolFailures)})`
      },
      { label: "Subagents", value: int(trace.counts.subagents) },
      { label: "Tokens in / out", value: `${int(trace.tokens.input)} / ${int(trace.tokens.output)}` }
    ],
    series: { title: "by turn", points: turns.map(turnPoint) },
    models: [...byModel.values()].sort((a, b) => b.cost - a.cost),
    tables: [],
    waterfall: waterfall(trace, `Session ${trace.sessionId}`)
  };
}
var MAX_WATERFALL_BARS, MAX_SESSION_ROWS, usd, int, usageRow, USAGE_COLUMNS, MAX_TIME_POINTS, tokensOf;
var init_page_model = __esm({
  "packages/cli/src/html/page-model.ts"() {
    "use strict";
    MAX_WATERFALL_BARS = 600;
    MAX_SESSION_ROWS = 100;
    usd = (n) => `$${n < 1 ? n.toFixed(4) : n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    int = (n) => Math.round(n).toLocaleString("en-US");
    usageRow = (key, e) => [
      key,
      int(e.responses),
      int(e.inputTokens),
      int(e.outputTokens),
      int(e.cacheCreationTokens),
      int(e.cacheReadTokens),
      e.costUnknownResponses > 0 ? `${usd(e.cost)}+?` : usd(e.cost)
    ];
    USAGE_COLUMNS = ["", "Responses", "Input", "Output", "Cache write", "Cache read", "Cost"];
    MAX_TIME_POINTS = 180;
    tokensOf = (s) => s.tokens.input + s.tokens.output + s.tokens.cacheCreation + s.tokens.cacheRead;
  }
});

// packages/cli/src/html/chart-js-source.ts
var CHART_JS_GZIP_BASE64;
var init_chart_js_source = __esm({
  "packages/cli/src/html/chart-js-source.ts"() {
    "use strict";
    CHART_JS_GZIP_BASE64 = "H4sIAAAAAAACA9S9eXPbuLI4+v/9FDbvRIe0IFqSlziQYb2sM5nJNklmyejo5wORkIQJRWoIKLZH0nd/1Q2ABCUn59y69V69l1RZJABiaTQajUYvx0eH/3VwdPB0zksd/6kOvpzG53EPkuZaLxU9Pr65uYkTyP5TxUU5g6wwiQ763f55/dnTItelnKx0USoo8V5kgiuRHqzyVJQHei4OXr/8ePBKJiJX4r8Ojo7/63C6yhMtizzURETroJj8KRIdMKbvlqKYHojbZVFq1WoFUMdU5iINDl3mokhXmRian9gWZSKMaOCqrWsyX7da5jfmi3RoHkMR0VCz+xqYZcWEZx/nUg3rR6o3GyWyaRTjwKG9bajnUpGwGky0DlZKHChdykQHgy+8PNDsLY4tnpZC/C3C9fX1six0cX1N81WWkZnQB0+LrChVGK1LoVdlfvBjscX0ZyKRC25rtnmam7wXMstEWadPbPorMRN5Wqe/tukfVpOPUmeiznlnc3aSP7vkosi0XNYZv/HtNhq4sR7AJ9ukyJU+kCwMI3a1zoQ+0Kw7MB9Akm63t1HofaVCXVUI42dMb6vMHDLlNHxclvwulgp/W63Ga6ijyHx/2B2Y5oUDMQIW5jDWxQddynwWJzzLQh3ZLgWjCtGYiFUmExF2ycOo1Qqw8rGf0TmP6q4VO/0+ZEy3Wq6+A9MB/Pzf9qWulNeVhkG+WkxEWSOu3mz0gcyV5nkC728wP2q1pHohc6lF2PbrKs1Ksl2Emoeaijo/a+R/KWR60GWM6aGg2k7jnGEZdhUo7LDXl1ZLxyJP1W9Sz8PgQRANl7xU4kVWcB3q6LjX7dK2PhYk+V/VcSRoW9fIkkJdRCJOALT3V7dGoEZubcR8uczuQkmEB5mVqYWoCBGUk5JkAzkNAdsiOQ1LpuNM5DM9JyqaFmXIWdnpDfgV6w54pxMJM3GS6BEfEx4NRKbEgSnYHfDLcsDb7a+UktMQMAerzRxqfBZ3sAxIyTLX8FdqykZ8PCbw1xvP1MwkjEUSRXJSwGgO9WZzKDYbN5ZDQGTz6NZLbwDdkKxLVDXkgbxUg3ZbAiBypkdyTAom4CePU665EvplnorbQ8aKRsJmk8eyysGnuh23QOtOz+zSzuv1e6DjBV+Gs2jgoLTeWc9JKbgWIay3iMhd8Ckm3SAAFjnr4vgGOY4oj8RIjvLxmM1CbZ4cFTgQW9eDuoPLei12eoyxUVAR6oAE1WoOSICdLFeJLspgbEb+dtpY14sa42BmlvWYLcXKmRjpMeFMjvR4UIR51GoVIY+Gt2FOOFERhXw2C7lX661bDaYOxfJQRENBRwJqUtWETsPDwoeybbNkoWRys1lvo3ghypkoN5sFQi5DuMGTYN2BuOSDdltg1zOmoPbDIsyiKClyLfOVqMbgz0cW+ZUQxXLXH4HTIaIyzKEuTTIio3smYNIgUGawa9NRer314HDtUYV7YKsMbHMHW4WwzaPhJFQkj+gefZ5z9fYmf1cWS1HqO7P4BNHRZhPaWcijyJLIO7YOAqrZlSa3+BPfkjvzcLetCdcXQCaHzDpWy0zqMIgDwOLRGIGuWBAgyEwxfQBcT6TaTBPlkcl//jOIhoqparPq9KJ2EAc0lPFypeahgoUQBBVuyxpQrw1E3R59NxLjzSaEH1azX3U/v9T75IFmV+u6c9J0DgAewBYno0kp+OeBhj0QaEY9ndtQRHVfGqvixttCNXKVj3XYjWJd/LJcivIpVyKM2tqOtOdA/plpdmX2K9h0yQd4v28rIO/c3oP7Razk3wKpIDw0aaA3LA2U7xCxIJTRPSSsntVn9QCCRbFSYrUEaOgYerDZBEkmk8/NlCLX4lYvRL6q0+24nrLXXM/jdy/JW9Y/ekoes7ftp+QjM/t8/O7th5cfX/76/Prlmxcv37z8+Im8Yk+Pexdd8pw9Pe6T9+zp8Sl5CZ8en5C/TWVZMet1yQvzouQsrzv/q1s1FV+o5zGfqFB3RHTpYc0THyewVFms8hSQQzNTiz7uiRMgPY62SFNwWdyEvS7B52lWFGX4NyxPwFB9LB1bqC5Zb9ij6pL1h334ORue0V43OvI68cbvxGhMbAPqrxJYBbOAcCYV6w3UpRyodjvSDxRj3VYrFNXSsE/6WHlYyRgLuxsZtVo2W0JBVZQ6DC0GAVCieFksw4h4TNRvNQYc+kvIIoW6W0yKrMHC7Z1sdKtV84+H4Qf8JNbFu1IupJZfxIHM8UPHNgb2/QvPVuLtFF/h5BG1WodSveFvwgYb5TOI/ur7oUkMmhPrINMRl9At2RZXPl/+p8MdhDtyHAb2XZLXnIS6zHEaCqZHagwshOlegZQ0XsjctLqQuXklBcB9wW9tOr8N8ZUUkdfx73yycRTiGvCyPzWzexfd46de9i+W7zjk3kZhdqkekY5l8KFxJKJjoBt6EIkj1usS2W7fQ1x/b8JTxLcd2AwUE/FdR8d3JPdQVh7JtjpSBnELk8E1z/uhIrICf3HZic+OnrZaYdFmbyOy5vksE7QgqTSnAJpv6w781dgv67aqlei61I/aXprpXN+H8E9+TUAP2o+jB287T+sS33sHFf3gbftt9OBtnftjze441gA+IAX7PhQR4ex7WGEl+z4sOnlEMvZ9yOFhzr4P804RkQQfeAWInDFWbDbwwzcb1WoV5qm8ylqt+WVSN/3HfVQNEYlUuCaJ9kf7s4cw8HnnpP/w/ILA34deMa3dqFhPdM5rHLvysJjIqKNaLX3pYTCRUVvV9QhdsSvAfYWSXcGOeSksFfNWUKdHioqJ7RRXvUGkWNHOr656RIYqGhZM0ZwpC6Z1VtCCzCVghUVDzaqpYFfYsiRqqNhVNTG4NMW4gvSlNHCWsJGrdg8y4XVLFXQUC1/KiChXdV1xWJe4YjLyDvm5bhCMJpnA4anLHBscX4pBpNptO+grAOYo7/TGV3IQ5Z2O66e66m42+aWrZOi4BOTo3Pm10GwUAEEHhr1YBiRQcznV8LuE0gEJVrlJGted5dqgv46vraRrWD/GmVRa5KJUZqcAmZFlII3UyLGNoSaB+yggAO6pnK1KPskEPewSka8Wwr71CJJyuq7qBhZ+u41IoeNpUT7nyTwMRTVpkgXXRf6Max60b2BBKaZhCr/WD/EfNR/GcSzqBavs0RkFWqLmA++DRNVH4BLv48RGcmz4QtPINopIvt3Cry+w0E0KWjeFRxi5y9XLugcE+usOXiIadHqHjOWtlorNRIc56UXEnYgAdcJd0KYiE1ocACChe+616oPX0Uz7zEgubg4+CO3tmobBRPbOYSc1IqtpWSxC4RjZeUPYWEHrRuZpcTPcZycOdBhtqcmOS/HXSij9OLcCwRclX4gaiRPtCQWAYVKs4mEPqqrjOM6BDuVEbTahYoddMjcSlNA0Q4wcDz4mTpgC6xhnroZI6rd2XyuqGoMYhkkmePlRLkSx0rARSKaEdu+AriqKqPbxDxg3R9NWGvl9pXmJYjs9DDIx1QENRJ7ahFLO5pCSiFyLMiBTj1j5XwrvI0lD0ZbRcZ/MGlRTA3eoqkZM1dFQVrXj1/Zb6k3BUjfP53klf7G7fpdwlg/waHINzKZIbdG1/JDwTNCSfDEPGblGni6l8y3TJGHaiV5AhmYf42IJ7QK12kmJ1ZLn3/OlMhLmlJUxv5WKrBcypyuy4Ld0ShYyf2ZQkc4gyb0st6yMZ0L/okT5BDgiFaKAZoZsVFFvflKHc5KSVRRnBZHDnEodCpIS/PqdvBXZi6L8FUnNKoJCEUkcbDSbVwfaot2L4lJ8ESWc/+KpzFMUMCF5OVShHmXY/XEURYOiU++0XaKjbcH+CAvSJXmnF23lNFxGVgpdFcN+WghMyWE3iuey3SNy2P1Gj6dRVRJHn9QEwPVcd3r/rre67fdWRFvOgOMoSB51ii0KCDnLO4U9Pq8RVWlBkmKVa8q9FbeoadD61iCJIHfmQZJrBQ/veT4TiipAmZytb2G2DZ99C1NuWOs7SJWYegepElK3SHFVLZfzK2Q5qSTtBVMx1IvH6oXMNxt457fmnd/C+53Jly7/zuRjQ45W2K2LKzij4iZOim2ScaUObvXaE7CF0RooQnxt6R9DjDZJSKkVEuTXfGkTy1Wey3yGBAwTMq70M64FMyKE7XVeaDm922dZRb2/jBRKQeN0VSKxHeT15qHYlQrX2DbVBM5ZkmdUxPaJ5KvFBy2WCqZxVZYi1/BK62XTETHOMykMWb0uxbQUar471M0m3BlSlzRhcS/tNkVWyxQkpxH5KvRsra2WK2E7Yfpkv9cMQBfnxU0YmYUFEkIf/DVgQkM/8bAlY1v9ZnMoY6nFQjVl0ZUM0eYaEgkEsuaFS2alNUYU3+nwqGA5SNeL+JoncFYehkV8rQvNsytZzVarFdYvzBWISBFrmXw2gvfDbkRDqIvlo7pJEHrjmT8alK1WqOK05DcVEC3iKCKJRonwrBRKBcDc2BqAvY/3MLD5XVIslsBrgCzQIQ077EVEtKvBA0eyg72awG2NaLV2kaIXba9nAhkD1ZA6epM0MGyBADrnH/fxOLK2VQFn6ND5sEtwWuhoTGoude36Dslu/HQ03m5BfGJOBVFE5NZ84rZD0xOvj95CE2MngdnyNDVchQC5jAGEw07/Y4NN+JXhLkFy5zFNX/nA8YJbXHxfg5SDkEApkrfy7KL11gOp6QMTtpFSpKtEVFKkivhrIuJrVzqKSLdemHbZRVvbmJNXNKa5Fkt+q9O20GGIEKwWuGguwK3SxfLfjR9lonCh9I3FK92wrTxbVuvInvHMqlWRHKlxnIAAIwujgf0ImNTG+gBs8aDrLZRtKRbFF7E3ybbLhncHYdcWLtwnGreEWz34r2Oj3/B/fV6VnzNxnMA1+8GXbnwS930lh5nU89UkTorFsV/yv0vB04XwdB5ODn5cff7MD35alZ9Fxv8zXYf63kL7I2jHZ5uuu1Xw+NUKZ6odA1YVHMnq2wW/ojsdXuuwH5+dHemIdEn/7Mw7u7y+p+j9JW/2S+pjqBYvZkmX9LzCn/cLw+0tVtvrdt2J54Nm6y7tkh7tkT7tkxN6Qk7pKTmjZ+ScnpOH9CG5oBfkEX1EHtNelzyhvR55Snt98oz2Tshz2jslL2jvjHDInUBuArkp5ArIndLe2Za802wUx3HQ7fVPTs/OH148evzk6bPnL4IxeYbnh3d61Dtr6TF56l7D/mm3paOrq9Nxu8p9i7l1FmMhZHiwf4wjBzwTDFi+tzrUMdzK48PMPUzcA48iuIp/pulTXR2qh8F/B22BH+LPzPxMonYlf77sn50NAalpEERQDxERtSyMAe5HzY7/TzhXGR9u5jeTzVx9if4Z/lMdhaNOOxb/TMftKBzSVMyi4eifiozbXsaD/ZRwSPcSwwfRMBr+Ux39M/ruuAbCK717FSmOPHFbryMjkrNQ4J+2Pj7pRg96/YhdyY462kfwvHNCHnXwzN7pOTI2ysNuRPLwAv6cRuMa+Z7vtQ4cJAtVWx+fd6MH59iQPBL3NUVOTUPdqh0VnkVEhSfwp+e3836vHRx3j8RnRnaXI50TbXnVa7XCnPWO8VhIxBHLiTxiOUChO8gvTwZ5ux2pUT4+Yr2O6EgCz20mKvFW3erL5t4Ul8f9szMC4pEZPsHV/QSf8obQEQ7NRUM0CSmchXm7iI772OGSZGReif7g4r7VCudwAiEZ41fx2XB+HPY7IJOl82P8kpTMV9UiqHFQUzHGWD4MRUdGx6odiks5PKfdiAqTLjsa0vsUL5mOVft0azpG5sDyl+y8e1S247OIjLqbkmSbTZdwbwb+1jWbbqXPTV0gEQ11KEbdMRGjHvzpjyOq7eAjVC947V+CvNA78uK/dfhKE5NWF/tVN+TdJ+fd9glg1sm5p9HwpDFRH3UsbkXiLqdAbNw/OzP7qNs2xehsfIii1hAuqc/Hwy86bENqRF+7p6hijX/FpP4Y5rUtRidjJMQcnk/xub7QCuY3E1RdGvXGw+Z8+UN9Xw01zElBeESDufryH3z4fO/DF9o+kXVJJczAjEqYgwmVo/6YcKqcBOeNZutbGqS8/ByQP2iQoUiFfKJBKQLyOw0m2Sogv9FgVgbkVxosRCpXi4D8QgOVcS0C8pgGQgTkIw2KLCAfaFCUAXlCg5IH5CkNoNAsIM9oADWrgLyngcwD8jMN9Kr8a1VIFZDnNJjLgLyjQVkE5C0NeBaQNzTIREBe0yAVAXlFgzuRZUVAXoCgKCA/0SCZB+R7GvDyswrIDzQQPCAvTUOzgPxIg5t5sCW/abZ+KxPxu6DBtDu9mE4DwnMt/1qJm+caErmYpA8Dwv9acRpMp1jgrxVf8PK9oMHD6XSangaE/736hDVggYmQM/j2bHqWJgGZSPXXCt6n4jQ5Dcgk48lnGnTxKf9JpG8XRZ5i/iRJA4KdmcLvF/lRaBpc8P5E9AMyeXeT04Cf9XmfB2SyKrO7m6JIAQiTi4uHAUn4aw1fn00fCd4NyE+81J9Wyna0CylF8pHDwNL++aOeCEjy4S209nB61oWXfJoVN6KESs5PH52JFBOVzD7j6C9gPEkpF6rIaZAmvdMTSLjjuQPOLXx6MQnIrUm9mODL7OPr/F1Kg8nFxXkXEn7jdzTgj+A/ZH96AQ1CD29nn/ycz3P+WdJgkk4ensN3Cz57oTnU2+1izR/lF4Gfn52dT/rQgw8g/oD+XCRY4YfkeUqDR49O+kkSkNtPqfka8xTAngbi0aPzhxzef8C6LqaT5ALq+gWGc3pxkmJbv2Cv+9PT6SlmYler158FyBrTXkBu7cQ9Ou1205OApI+Xy/cIwd7pI/OuPt9B1RMEWioXWPP5I/iP71h19V6kMzMpPfGoC19M5adJKQGNJn34F5Bp9uGtxdnplE+7AZkWn5T+7XFOg37/YoJlVj8piXjcxVpm/L2afChgJuF/QGbzQmlby4VZDrOPiJrpQ4CXm8aU87N+NyDY64su/A+IgRzCdfbpxasbGvB0OoUpwcG4YvMiF3evb+xywQRtoXP+aHIakPep5DnMUpKeJWcJJswKGpzClPcDIr98uDPoBl9bBJl2xflFEpCMf3nxuqSBOBfnU+7ef1dz/KI7PYOkmxz7+jCZIoa8WRR58nw6LQwWc1iEfwC0eZpeiPOA/GFWiR3AHwazhV3tfxigwHinfMrTfkD+QLikJ/AfCkBjj7pCPOrim59nRz45T3oB+cOi43TKu4COf1h07HcnfY7vBmsuHiYCBveHQciHDy8uHj2CV6y7elX6cYZI1k1OgU7+gX2cTqeiG5BMLoTBBPOMDZ30k/SkH5Ds/QscTRdG75acw5oFfwedhJmGj3/16OH5eZJCR3+FZgGMv5rFN+FnZzDcX5ercvmGBo9OHnbTSUB+tQM8SSYnD3sB+RXX28PJ+QXsG7+qZfl+hgWm/BFU+zOuxrQHC/lXXGSIJw97ZxdnAVnINAcCjwvlUe/Rw25AFu918okvkBpPAWYLqfTdO2XpsegFZFEkCVfvTcLkLCA5/8L/LNxiSgVPMQ1xOCAf04wnkJNOzwA8QIAMdgM04C19MqHB+eRC9E8CUlEjfgb5+PoJl9SpSUAApfxhNz0PyPKtcGtMCHEBsIQkRKCL6eTRBb4DGPhUCADS8q2oAJFOHnaBviz5kt/xm+dLHNM0PQvI8oeflqvpFAfEJ48CshTlCubo4uxkGhCLhkk3mQRkma0WNEhT3k3TgCyLm9elQSOB+GDnEMYL8Pg0EUnCbeL5+ckJ4J4ZoUGQd+puUhawdQFRBbL67u4t0tXe+SOYAMXT9I3Z3C4mp2e9k4C4hcAvug/7UCJP70yJ6Sk/Pe8GxC0NcTE5ewivai6yDPH7DOCi5Iuc04B3z/r9FF6zL6KkQdKF/wHxVpKYBATx7pyf4dq3q6p70YUFaxeVfVN5cWNJLA+Ih6DTh9OAuBV3en7RB1KmgVCk/ckpkCYt3ho8CYh+rvQbGqQXk2l6ERBdLLgukAKenD4MCKJ5V3TTbkDsViLERR+G9eMPGnA5FZOTgFT0HgkRvKlF8dmyHkDq3IKHaXh1Y9CI4xLfIrv7g6e0/SfyxT+A/PoHzTzTCHf1s94S0dAd/U3vave+0ZV2BDCZpHT6RgN1Wd2qga7R2uprMwEye3PaqrSCc1RGAtVfUrIyLsUSVlxYkDd6VIyjQcHwlu1lrsPfUGu7dx4RPSrHbFRcXfXOW3DKKq6uLvChf3bWKjxNxzAiP+hYlzxXSw5yfjYCMUmXdMdRJab7QY90rItXwAwZBcdK9UK0WuuSCsM6C8M6C8M6n7JaeXsInD/tn505dvo7OPeXswkf1qf96rB+7wn+3kR73D/+xnnftPcJZSL6ksXd7knvpHsx7PXjR/0jTXtx9+zsqNIt0qR33I9Pow4kk1/qz067p2dDfYyf0ap4qNtQMDrGagh8WSPR79pX/Xd6JHg2HoDU2L9Xq868kNGGP0fSSMuHJ+dd2kP9wxca1AF1XDIFENfxjCmAuY4nTI36Y1+xSjc0q/SweVslQIWaaFA7qTWoPKnQuqRdMqMgruoSjjPnpnzXkGXoNAau2AkInOFbbRBCG4TQBiGgElIVxrIxZyDcG53ATSMNBcNu7zTe20aRKShi3tBk/N474gbmUrtWyR3epx783d4JFxanO+Ua7WAxeogn3HqxtyFpACYFF3jc1RG9szJIJ4KsTrFtXAXKHHZJzvBATCQ00QphaUAFEiuQ9uPInLMh+xSzFWarKjt32ea0nWN2XmXD4ZXMqCITmhNOi+0WNCspnu3theSPzQtJI55vWOb8qHd17UWlCmNghZZgRnEy8CyQhpIh5tDaWAaveAoWKgb3JMY4JPhvyAC8bbXCU6MbdwY/wxwwBgbYe3j0QY8AowF5/JT+GPDITzkZA0qZClza6djQGPrQSIUeHWIrITbgar68PN1Udc6oq6xKPsWm8PHMSz7H9h5he5jw0Mu8sA3DvRHLNxvcPTYbRM/qkmQ2YdI+f+GZTNnhodyCjRq+hTvXApiI2eVsEpplqXF5uNpq9Sa4T4s5u7GiWqK3yn6nq+vY2cTM0racTYxK7r0tDkPN6hZMxSjF/RcQ6/C7tY7LLTmA35n9neCvbXwb/YtC0a+UjP7l5L/GrHA7F7ff6s1jf7xOcjxX2be+8Zc93kE1L3yEIcBEMty1FPsMwrfeGFYZPvbHnuKYHTwIqMPv1hIHorYP4Cc3P/7A5yq7p1T0r+09o1jIW0Ohzd5QKZBBwXI2QRFpOZtYGa3TXDAyyfiMCsJZ/6jAG2YZ846KOclYGPKjkrFOb8hpyNtldBz22vyojKJ2D+SnOet1MiLjEglKdiTjsp0fqRjkl0TGsyp5hskzkzypkieYPDHJnBVHMubtsNcpoiPogOs8k1tvYrYSVI6WRYaX8f6mVF8EzyZsV3Dn5NW/6PDG3E/AFLm3WQQSRfc2qRTj1yVIIT/pULXlUWjyBXzbUaDDP7O5uZ87i6JODrkTm1v4uZMo6hSQy0G/C3JEzDs45968Em1+hF3w2yQrcs8gFW7zfrTYDGiw5dlyzvduA8vZxO6JVTWCl6K8vyAI4rUpNyvFHeq7eDxq3TnBrnUYnxxpnOlHRxqmttc7AsjVyA42hDOQzDNhKi2W/K/VNxpv28ZzMUNFjf2W/cr7Z2cdHZfItpjnGXIu5nliqkK5qvAVCH/3aADpEwcYkMR+q1zHFVRcw521+FrRXl2l+Pdlq2rLQjcLNo3BgbxJy+uBZBkE4fDbFkB6XqAOIQBFOkZOOkYOJM8NxLINevri2m3grda+aYZ/7+LML8Jd2+GDpzz/wtU7rrUoc2MxvNns5H5f8lSK3FgEO3PDw56nhe7foGKvhpo6TPfV0MW3ysUV1OOzKLbzGvei2Nsc7LFBCDYKbgMS3AUkmBRlKsrfZKpBVxr6ulIBCbTIFWjyjomE0ngLXpV+6t548nmGthImZew0dIVTxfIUwcXOXUJzpgVDZrrSJ9DtHz+8fRMbZgh0ApySPFNGd6W2lTAKrNDgy1xnsTGaelGUC6vOTZRRScGLIKLw3ikCZSUs4IBSCLZGbWgFNny5gW4QtDVBhWmZeKcQtJa2G2LQDSq9ZEQ3VEWo9C+zAsiJ2X9IwTQwyO5UetXbsa6q7ifBGAtwOsYeRcRLrFUrXG40CMVlT3RONxtx1RO9swivIAOVANrJqUwCoPJNeDs1IHeOGMKWbSrswEZuHmn92BFVfwZ1d6Ir1mu19CFjnqUX2COFkulOI80zS0Q9Bgt3zv6ux1xEcBVobIV4NOzR/WvbTu/Iq5ZHpN9FJZqMrXMgJrLIaQ4qrXKxWrwoOY75mZxJrWgJ2q33pW/v10a0CnJuLkFnTFnEiQgitCJZtCVZMeOl1PPFf4QlElSdoH6YGp6nm40+/qbNnLue7pE+OSFnpNclvTMwN06yVSpUqCKY+fjiyOHGsBCxxVrraQBUqU3PaBBst8g3csHWZjAaVLoK4VZfeb/VdXZvcr3C56JixaqLzgPtaQjVtq87BsJy10B47cMKbEtHCuxV4ee+PtxnQ5zs0Js9JwRieBvaLgNY7EsQgIKNPe+lonneQ9sQwAjudO+tKqnBkx1yyALk9q0kKO5FgS1W09CvFUlM5n+fn5/bFKvXrUBkZhLEF5kIVFV+D11BEYslPsuMa5hZIJTPdso5HUaRiYXIvQrFF3wdGXtW0LIKiHkuVmA4Y0xaSaCLVTI3mvT2BctaFa5pkWu2nvKFzO5o8I8fRPZFaJnwgzdiJf5BDuoUeHlcSp79gxwonquOEqUEgaf8W4Bij9J3maBBDhiawYVCLn4QwNfQXtwnN+YRpt/2f158EWU1Gnx7sjMhTqNGAEPazIv8z7wJanxSp/vF9wsmXhG0TXl8KxWDLdcmaWEJEFsvihRGCfyp0gHBPCUSjYqXZoW/zL9IJY3Fjh3egstcc5k/VkuRaIMATim4yH9AUNQavkX+FCbPSwFpp69IvMxWM5nXyFAKtSxyJb+IqgjyxQ18x5T6GzUvbl7JvP4CVGYfo3Luc4tsb/OPxbLOFyop5UQ4Nt1ZmURbo0Fan3FgMVsSFm2NXqLLmrusaFvX1/w0E+ZDgEop07380uaXxUqLfW3wugXCqxe0Ygyug7a41/hKChXmZD0qx9RwFRQ9HtyUUltDrC0ZiTFd++ZYXXC2s8P/j8oxEYyPVCUsBocOO3JIEKODGNI4dtkSZSBkv2d6CxZX1qgGrNt8qy3DmKNRD2wKK8O6peCdCKC5NP0FiwZt9F6tN4IiDyJyjdjtSgSGhARom49Lg66vpzzLJqid4KF9sCXeG200ddjzqz3sbbdk5EsjNDJzQUWCAwIWXPzOigSI062lPXFCBAc0B10NJd6u9M8rJFvT3BUGsyz3nBXF0j3ronq6WwonbYDDRoVkjR7Uw9ztPtkBY1CAfwmjL249BxX5U6fgalOmOT5hg83RGotC8BFF19g1x5ovK8SjUmyJcSFUFbIehfxSQmy/NiDVGJE30LpDeNkhXWGjgk/XVUm6rqbhtNvdbkkpkK7fWwLygXh4uahhbkaJUxR4lyvBljh6aEc3KYpM8DwgfpVbMpepuL9OuBn7z2p0CATbDy8RdTS76m5gTW2jLbkHMzN+hzvmmq908Y6nKWrUd8nSPq51saRdguZkIJ4vtC4WtEvAzAw6fn+tSGwB16VaArYfdkkxnSqhAceszRQ8TsRM5o/1H6Is8BXttmiAvGtAkkwukdCUcOEMvzKlfp0wTjwM0h4B+v02Rxdnj0vBIRuSPkJV8AJ1vkLGjV7gi/nQ7oRgRGPrwkzcJutMnIp6CFtidtdGZ1Ku5mBgAL9vTckuuTG92xINzsq88j0CDjZoEDQhfeogfLrdYkcUBeu39+6w0IVDQfV21iULWZZF6er7oMviswVJ10sxw/EaOyFez2HqP3w2sHbP76qCGZ+IrBpQ4hYaF3HNj5ujloKTTFHS9ZYs+J/mgWdyltcWjklZKPXYpBkcxY0YmgD+Jy2LJSKCfbb9Rr4T7jIP6j/d+OFZFFQlXX/7hk6Y3dHgYWzRqZILVI97JQHDmgV9GcJecZP5P/gAseBrPalpm1s+TUL9zR1uIqZFKQJwrtHM4FMAPHiKc1Pn6DZeIpdmA9zZG80gnnE1d4UBhk/2UlP3vL1nADuE2QzqvoJugnY38WBncl2rjYHsdf2eb7bRduyd/aa1kPY+L4rGLO1+F45pkayAOfQchAl3zwvSN0Oi3xSp8K7LKxnbhzlPi5v3RWHla56wDq9RRQz6Z437zqVouCQYfOV8qIehqrUCNOl1QScdxl7Zm4PnOtTgVcZjndfXkRxHEVXgwskKOhbCHNGKm1yUz+yggWvkq0z/KsUNnNaAEVhpkX6Aw08IsqfGEfu2ybsuAFBosWpN/o3FamVmPgHRnUb3B8Z4GdYS0MKAGKNmz/fBtdi9MlhvB5LJYdAJ2pJaD1XOu1p+eYo6FWt3pTIRo3w8UKNizHwfNCPRhu+LthxHm03XndNVjFQcPZVNdVvF2D2i4jke65iKdbFsw1EZeluB8E7UxjGhBmN+cdWFGTiUaF2oKmTwTWRqsUSQc+BTjN+cpoBinaCwlkpnqrl7bgZjWrBiWAgQOhfMLujOpLgFxMvjSXH7Qf4t8xnh7Br8DgR2ZwjgqGBSKuqGww8isr6lGbmjczIpbmmy3RHS1f4Q8JwtFMhKWq1KzAMiQqrJ2uyiv9Pc7qefaLFlxhYLXRyC9aSchncCFbV1rHk5EzqKOMtJyQr0T1idOlC8iubeMp89zUCG+F4kOowG4FkuwYTfOxpnjpRV0qcO9HIJjblpXt9STu5oiYPLtkbsR1LGzayHSatV4mNEVozjlJs0XSxR2rs2e/2UGLSgs21tJwH2CtMO4waT2qX5JTNIMsXbpX1AMHt+fcKsk0bH0yNpvjlWEblr5M87q+h4diTt98cqcho3r3ERe2V7YOp03OvW+HZzzxESFyopLBYseDmTcHzibCnCHOSblk1CKYvItRHHR5vNR1JWZYz0oy5k3k2pbO/iz+pMwbxXHj7FZlM9y3rt6lYLSS46X6yPn8XXEIFwGFBh0Zrfg9aZzahWwAAoOeZ2MvvrZgzQ28C5k7kHN3NEweh5DaFiB0IkrwpY8BS74DHG9dC+9yW26pdzKGswTjiMk8Q1TRXAuWqH5pvNR0RpgLaHrHP3abJl6FvUeH7L9T2Uoob1V8iD2KUkg3mHCYvyFqAkgSSL8g6U27mvFjXvFKYs+Ffy0tVwfqxo0imqhTJnr0Uta58TTrIK+BF+7WUnQFtq0EcRmbdah0mrFWK5+XG/kl2Hlde+CgdROajVUq2Wm/ZWK7mqn8OEuRevW0YunhzhPfQ+yD27xL39TGw2PbCUAvs688GRMZSCBKwJ3HK5PL8cMFhmw6rLOsU+DoiEe8eAxyizhMuPzebQvlXjqRLM561W2CzB/gXaHXb6lrf/Io3yJhcfITOqPHl6UEGHWt57UUFfx1/Z1Q4ZU5uNo5iHjJXwhs0cMpYZ3ZWvfMsUcR+yktivWEZ0nOhbOLR+hBM2nGhQCatL8C9603BGocJXCjXOOg57A13eVfdia1DeWYKc64unB6BBhgiioQEwnq2W9XsQ8zR9DjKoV9aqPAw0SlVR8CkiUnnQAZH1t0pG24TrZA58qK/mWVP5d6K5RVvOzG3QC/z6+P+E/0zbUfjPGH6Gy9vvjutby2EbNKmcaKn2LOnd8oIjX2XdV0bm0UjWoyH0k0IWoMjQ/raDgwCMRNuApDgxQ/dQZZna2sHy9iBou/rq5p8K37bPeKtB1s5tu+BACVOYjheCq1UpPopbUKdz9NwY5INtewFOvELFCrh2rZp4K5pemFHFTRlvtHDNwcxtB+pWwsuMlxM+gwN3JhK9l7DZjMYDc/Fw6HTmTA3s/grAJZK5pxAozuJf0DuGTTLWkcy5OcmanoXnJAFHN2SK3PCcdQfzy2wwb7fBdeiKydF8TIwv89Vmk4O3G+PpeGX8PiesS1K2cjUml+kgabejKVuNEvfhFD6cgqPEkuFsoNYzmUZ2J2ukroBgwc1BUYrQEYUZcljQwnEf/fVcuTEYJWnT7Rl223q7KkZ8NB+PgYQtrTOeWXWrVtZz93iPqn6VPIAKNtD4Ye1+57gPBrO0slb0eS7RyaMjBZahed3cR7vKQNMWb5VD1BPQ5qiEDlXDoJ8GUeSmUQA0fNIDSaj+g7wLkCG3b9bUXdQg9PQtXnl4+txbFnAk80yQ9xcMzkxGLK7YSZkyES8LCT5g7jJBZkzEpRU6kSW8oOYFItmChbPNphsdvYLZm96jnjJFLJ96h11SnYh/+Pj61csFn7lLFzwXF55aChQwqimNEp4v7mpJoIwUNc7QhFjHVl9ngSKHkt9gQ+GUdKaWl+7Do2Wb+8SmkmkFaiR3PsrCbXFonZdGm83yknWjaK1uJJLfGMWZ77iehxGZRmt7XKb5UMciy+RSYddIftwnS9xk3qIDsTLB5CUmwI6UFUqYagbGYXHClQh0KdGxZkATlg/z4z5dEh3D5vCxCGXb+s7Nw0V0lBBl9BmSQsH7MiKLNnsJqtgy/3+i+Fc7XcKNHywakQZ0zuKz3vkRnLuWHXAeX9fSfh8dgcuvZkqI4+zMaQb8e90HU3q1k+KXtmDtpER1SjIni85Tsug8rzLaK6I6HDOek0WdnBLVxvJk0a5Ld1ZEtbF0+zlZtJ/+mwEHFBBlFq0th/Ph5/cfe9f9oyVxMweMB5QMZQegmZH+UUL6R5mtartos/c+AHVAfdi4sdJl1IBidLRswAneV433+rsadQyQIn+6ETqNFASMn2Jg8g1IoKwXu16PBtP+Xx5L1fNqqeyNzo7F7z3IUP8/21FYnu/J/w+gCFkB5Rbrv90tr3m+1zzH5v2qUfZM648MzW8SrD3QqAYhW/oVHvZoA5W3Op7KLMM92dM7vOqCL0OF1yqh71zy/a7OIPrNjc8IRreAj27hmklMdUfi26UwksQ2vt5dgTh4afLuLoUVJ7Y9180vhfP4Wu15/o5jKYppg2BtxDbRqRJNrR3MNWsXQuV4riuEucar9jzPCUWDeWgqTlVwj2+JjO9wpwwWMk0zgWIEz+eJiG/bMr4F3fTqM0VEfOdNn8JKkIW0FxhQySE7PAS3kbaQsG3RRutQ0WCvP56PDNEMcvGNMQB4/5aifLoqEcXUUMTJsgcuCZNl/5bY9zvzfkfUUGIGlVjMvd+Z9zuy35knuyDNUYn0s9DzsljN5hCsBB00Qdc8GVjjMIPuUkSniHmiVzxzQrAnxe0rI/UU7Xvy3qOsImPyvg8fK7iwI3Mm7/v0mTDZCdvp7jDM2nNwLzofuCWCDCQzS8kwk7tIW128sjxORVKYS3FM2Wz6NVXgJPEwpDRv96zDN2JXHl21PfCembvVNWnv71k6hh0Unlyl/tpblr+5SURemq23ru3Mj3QyZ6XtbUVGAriccql4Y4gcdUJSPLDtnva4VTAmO8rIFeOLPgR9PriRhd5mGglgAaPCmrWP4LBimWYvlVhIoXhlD36QDUcbvNTFItUb83JcsSdciQwDm9mSLoE18yFSAClBiNcdJJcu3tCg3U6ilGVwAC1jd9XXauGc1wko2wsbkMX2fJRs5AIcGtMDJ1ofNZuZFeLh+ktx6ktf9GjgdH8uwUUPiSkMsGjbyBkhj2u1wcZJ2QuG4OP2+pZKckcVuaE5mdOCmFMZ5XDx4PhZvKlAOqC85/qpB577yVOQc3m7J1HtosPtZvEKLz3qCuvUvWKk8fKUPN+pt51XxQ39UeCqyVV9T+ZOSvPtOenu1e+G+d4t2bpql9ooQrzHLunsddiDnzcPf+I8sFEAJgcEvXhh1LhRdxzVZFpuNnpQ3WEY6ZKWYVBdigfg4b8Sza5HVVANc1D+yGdjGhjtuYBcJzyZC6d8d62SYgnq/+S6LAr9wbwVpL5wVwS8SX7E2zO4bLP6hFSyqz9FOJIkjmM9JoIUMLSBZ7T0rixu70JOrLNxd19LQ3uZacUwGG3LPcfXYABf+SMfdTGQBgATmrc+Vv8y51+E1a53LiOOyL0wN4WJ3mMCfMnwF7CABys+ey4HeU3uNu/f8f45Gv5hWoBnmm+BryDo3BO74UVLeiaMqkGt5PNeTEHgFn+tHHq/RigjIcUK37lYTG+nNGzW4WWFiBZkzlWlUCTRv6dTiRcRKW7yn8QdWnNgJlFC7wuvroEg8JlA4uReWB7W5grgFx5jXzHp+YbHqTlEba06PMnezR9nax/HegTiiN3eAYrZeEBUkGu1miB+oPtmDYhmPcuT67QClqKf0OAAx/HUfcyuvEZrhMxNelxpvMJmgWX+t1ipGzjoLuP/Mp24BwsdYbUDV/XAuTfwsjnSbMuMtfQcAT/4EMJ9SRZL9aHSZglFhB7r9pG+0WBeN1h4DXIH6XLLJHDWZWx8x0bAd90gdJ6DGlgYvBfJqlTo615okWiR0oOg7Xn1L6P4z0LmYdC5CqI2/G2DB9YYvdgaq6WMwUqDACaQUXkpJbjG8JYlY3/ANa9dDySH4Gg1DmZgtDQ3626QIzTmlV/c/xEQvg11WV8XHzLGjaJLq6W8GHJiZJMfOOOhsQnaJ3xKLZnAwG92PLB3a1EahWO8+IMb4dF4lzTJ+vs/MKIHAd/YAxub6TugRJyUrVYJYd3A7mNbhfGzAAIkeem0l6Jo8LuADIMq3wm80cTvxdiH79xd5H6TqtmQJ7EPtZhnGZCZoSNUiEZERsMd1e6dOBxbe/FD/z2RBPL8P6CMliyazu72qqKKfg02zdJIGrr4BxAsccyqHUjYpe+TvE9m1177+ttgt1DpP3e3FS56ZdAaqHr19c0gaFL1Rq4tdCkwvvYZaIO9rK9yiV+317wiPsmgH0IJ4Rtg7JJ4eEI/QEgdA5TKV+EvorLpGGqMtkIF+b1KLJAABTzlS1DXtIp0obnDcUZKO3MDl3jA41cmRVVJ72bxL+HZkP1HEQqhQybCXBWMEpQ9Im8Dq43Pwp2Nzb+Z+2lX3vIBzSARl6rQOt9XIDh0UWPv0Z17jXETnZuCOj5U43S+x5hU177fw1IvIutORCMtFVFlwP8TnKYqvoxIkkcNylW0WoVxr4k33A4SNtACyCh6xr9G9YVqtaRfFA2L9m11/7hnixexxy+Scr9zCu7lwSmxBgaRw8HVbvCDOY7MRgNL2M9AoTIiSbnZwHeDZphhUK2otXnKzQYQCFy3V1+WJIHmXHkIAfenCL3Nah4RZLHhiurr27VhjSpeF1x1Qyw6tLQFrFlvax4bd2i85OQYXrOKnFjHg8G73K3zxdqIwLWHDwM5iCRr4Mk9Ide0NKe2ewNTHsrdAKXCRAD1UaRaHsITdCCjWGmeIpNXKZ1C5DqXeG/QTDene1Eld0J7+t6twBC53hp39IyvAwCWcIxEw3OQiydU89BRQ8lVyl1ewEaWySEmyPqzuKMFC8pga70MWIMwCLsgbkwbDi3tXSaOq2RdkkHYscts0G6X0ZyVbUkSJuDim4Ox0bqkOZqXifB1mEBcv3nNdHJLQ5R0sS2fv/vw8tXbN5tNT3R6pySXjriIKsIX6F+jyexnuYRYUmJMComRgG5t0J+7gAa3gRfHS+6r4Gn8HgJVQjwPiLfrEiQp2V8hRGIhGfsr5EB3DPNZHodlOwOJSWaeBnNrnDyPhl06J4l9TeA1sciWMnU0JyumjhK3US1L8UUWK0XXt7SIbzvpUcjj204e34LqYRHfmZS7Tg6yTJIDp2aKtle7RU2KLerhbomDBivDmokqpA0S5vwH5cxNrZHEd0EBqjHb9u6a5VBd11jqmpDUYJrLTZTsjGRs7grxdi8iGa68uRfVZyTGnQxoA8bWwICtw3A+kpAqx9Ex2LoUkFUO58MXEIGj0xtHh4zh8xggahPb+H7cp+YVfsbbw68TLj8SNKlu4xsjMuQW5GCq00MRmDegBAfUagFv/WsoQDLWJQpYh1EyZnKUtHtjBr2D5/ExFihsunkr6yCoeSPoYkH6ESkv2aPNJuTs5LiO1VhGBKvPj/gR1mHbKew7kE04kMOKag7dn3IFU44u1xtgsEDYA4HRBMkH7fYc54+zkpjZxZJzAMRhuR/uuQRWMGElmCVy46Uq73Cc1hNSjv6VLHvgwedfY3Qo7hIUJCSd4gioBUIYPgRs6OTVh333YbuoEsyHbfshal0Wjbjumfxa8Mfd0An1N3P5FcUNZDqqwFkg5TQCb59Kf5ZLOCsEiyIvdJELY3uQrCYyeVn56ZFF/rpIRYQrMzdh4K3jBTUEb4CVJwd09YazYmKDVZNXYATuIioZ+CkE1+wylKQkelQNrGj3CO+Eaoj+7R5wFEkb7x0RKfHahGWxo0DxrUm789PuMK0P5YD02DL9O/d+RyQrtxCMfvkEr2/egSKLarXu8SlBKkeNDK7vjGTnW9HmOStIgXgnYTG2WviZbPdQJFSgLwuUOgCi5XY80j6R6n6hNNLJ3A7OFrirbh6MlBP8S9hq+lU1/fur6VfV9PeriRpOLBLcj5Ad3myAtdQklbWtQqda/33S6x6FusN6UXRU3ZuiT/yjt8cyIiu5E//DfNVBPfP7vmj3yFSytbFPNOHIwdj1Zf7ziqf4fmRSjPkrJnU09KEf2ZJeTqiPWXwWXfaG8dmRPtIUwtCGHfdBp+e+eQqobquvG6hSzRAhq92rW/Gym80caQrtwFd981XVOTTZrRpqjMWkd8K6sSNd99Avs9+eG1rd5JEHkZ9XMvcb9Zu1OX6jzVF6RfZb3Rtpc7QfZI42V71aG0gfPY9c6y67woMqE1t22TiyqoKnR9qbuOe3y4I6ZB126R5qgpNM25wrixg97NFeZw8l68Zd4UQa3zn6Mj6Dge800Mc5ihAK/d36XG6FZbI0SHbFekNNO2G9X/Y62hsXIJct6xdxk+R10xWrJ6eGVrNiupvuJg3cwDloQlQug9Nu3ClQ+7j78IzEJzUk98ut9soZMJqS/sEi7vX6Z46F3gVvKgFoRJD49Ay63I7PjlbSANKmbm3tYA7q19uLH3Z7ZxeVPOBIH4WhaAPAOsJ+9Xalv/1ZtQ7cp20RtXvbekDucxtpe+djNwmm8V47hEDb8Vn/LDK9OIrPmgtmrxC016/HWKwgOjYuoamM3RAwFaa2mhGb5I3rYXx23of4Kv34YQVufdk7lkOBC1df9vEZhxyfHUtoPX54BhnwarP6cd/lPTp5eEZd6nmdfHF68vDMh1HVazettu9uQDCfiJB7YzIrph2fbevzz0zuBktZ31INSiJHLhQ4HCZ0fGdSMBC4f+G//M8q8NRR1FBCz3UMqhsQbcGpmEBGr0qXV90h/Or4zg9pec95DRvEvfnOPNxtSQGpRmGEGBWR3h2oeON4c+OTYybRyE3CYW4mwwL3UjKHZ+DuJJzmZjKEI0HtQmwmQ9DWrfbzWwkBlYzrmQ3o8IdDapX4o3B5uxGLDbhH/u6YTPySUvNMJhsbOm8j87kopd6sciX0JiwmGUQBCQ86w1G382hs/mJQpqgRU+laNtUtQnBDFlmbgltpdGblZuN844AQCDQP7GB6cf9IDJwGLWtjEBYJ3oHXqOW1vA1obfwIKQ8Cqo9Zr1vZZ4ojJ+27Q86mrTcbT4r3ZaeD6y1RDASiEI156Ms3UGjKGfosUUPJrjIUKhM9AmnyGMIDXcGJHkWvvugEJSV5BGIbdidD3nQgVgc1k54rGOwW2vyDZzvjXwGc7lj7f0hEHwvBbeDLsG/26kCjWbihRg9H5iq7sp216d6teTD246FJn6Zg/+ro0MZExjCbbctsVtowaLy8bDse05fmfLAA18BfotN0sdmsBCqx2IiOmbUTISYGdTTYE8pK9MpWWTRLsGh2TvUyZ0qC0Q3vMhENVKt1CJinHOZNwFwLp6cAqyRe5uE/XuboLvYAOnKAHx6ARyI5lXhN9o+2av8j+AeIIIzgrQ5p5HxEZZVRCxHOusV39nQtw8zqjVgLP+ErdcCCRs8i0jqMUs41VFYZwYDekS1tYAI+0CrRqlUBYs/wltQzPngnd+xU7CH6sPutkxrKR/CwVoka4cRRyx3BvctenHQoUrISlpAJAVrbyLVaeQhR5SB/JB+U7tZtt2BZyV1h5jIMWlrdPWNRz47jmWxez0IoYIXhoFE+WLAkFCTMOyo67mPoMCOUk62W4xt125ni4sc8VKTT8OMHlXGgxf7G8lQ2DNibboyant1087j+dveIr4fN02e1T0l2pdu6jbHVhDH3hCUpmN6SSnkKHRv4Yby1C/DdCCxuzeZv32WrStVAdwTSkRdF+UqXXqoRcUcgucNzmN/6TtN6p8r2vVV6gHssG2fsQZBp9DMB6FTqLDCWlaGsrBHtclZsJPc9BASpBMVWiU6cGvnvSlmUUt81ioyJBHs+V8bPI4IEcrEsSs1zjT43QKoAalrPXBnmq/l8tOPw10NYqVXsfUuaw/l6L1zgt4YBj0fYA2PngZO7ngh9I0ROfyQQWZSXgv5EzF4KlOT7La1KaF0V8Wa/Lqubs/RchjZytyYiT6mw8bulcS6lLI3KtxW62tIPpCn/wJUE5xUd3e5FDyQDuYn9ztONlt414aG0ax9uOcyKXjplDmgU2sixhWLLJOi2OoHw2g2vJG7MmTe++Za9kqAOazuaYCWp6eTKdmu6vd/t9Df7UIGYe82Vrrms6mFldmd7kGIVK9OD6dZ4VJ2am6C0zTKygj9z1gWp/WB+mbRaPCxDMUofZOORAg/lIOAHiWfa6ZBVpzNIH8BnD5i78DtYXaatVggVRfc3awdu98zKDJzMQKcBOrwkC3JLJhD5+Rrd7tl9744BozPZbLIwJ7dkGbVaSLvhLSJfMPdwstng/V5YEDCJysICi1ZSW80SIlky0JcsHbTbOlowMdIg+VugZHKzCZdsHi5wtMtDxm5brXDCsnBpxMf2jvq61bpD49lrZppbgrqXprK6P7xutb5giZlRwKjR+xrBoR0e2Cj1FT5EkR02uGnW5JYto927zOtW6yu1pt+odeap7u8woWDWCbc8YoauBnfclSg/EkylTvhehhB+E6gWSjRBVFlU106yCi1d1KEpPL1+uasVbSuBbjifsU6MTPLakBQWrFOzG42rS+3DQx1fw9AdznEER7llX1HsY124yuqgbw/Zah0qvGkc5JcCr8xyc2U2iPJ2e1Dn3JORP2CCAHtYtFkeDYorUHoeFQ+EK1h0OpUBMJRdN5fzNpQo9FXmaIKqmY4ZeYEMdXNEZoKLLWh6igoxsORXNJkO6gsNUrhFBjJmQTKGCg7mnkq0ewN+ySReVdUzM+IP8vFA2tUhY4h7PczcYlGwTAsz2baj4oEZW8g7vehBbonyFjwyQKQA/J6j99GIhiUDNwnmejIUDIJHZLXzfovvZat1fxOlX32xNSpOl3xYtnNaEkSK6SrLXhWglQ2g5a0W3PvnIPuSDR7pxd6xHXhBFdcag62WHH4LxCaQtm9eCxeEv8qwwuiIrK+tM1rUn6Gc2By6dshOyy1wkbXtNJm7OUtYQVIMGmGuusmKpZ4bKewTXsi4VVEOOz2KKI7m3YbQ6zb41hjpB5nDUN1hhUFyORJ1smizYqAfZIdMPACWeN6YAv0gs9tutrdBgykG9PRBBvxr81wqonXKymFK7X09jkzgHSDsMtiPFUvbvcHqkulY5OlgVZMdcFe/gmICAOvPTvgUhBfWBaElZAFZdmlBlj1akmX3GdfcgD1cAWZmZNmr01YPMtKcmy3IUp/IUJAkarWmYUpWnR4oYwOZSSK8eEmY2KaXK7h62Suw3VGQIyqi3rn0V4/DWu941KV618eudfH3lC8/2O2zmUBqH2lVHrx46dZpnp9rkmyZHwuZNyuvUohncVblGmcwnoO5ulPw5vFbT+S+d+vD3qCx+9x3IAFP/SIahtJXTgYahIgIvqcrd2IiAuA6crjj/x5Ufw8Z2/WK39Chf7N3Rqr2ITBKG4LohYLgxbO02dnERHwNRY2b+lQqODymu8NV9/mpWt8aBRNJ7syDp6kHsgc1XKP05Q3cYArrgCyyYhqXaM5bEQEhzhuJyubowCxyQhyXaP2YRVuKqp/W8zW4qaximGBrqOglUeAy7FLjb6xjtqgqVVonVKYr9ovSuc8wzn+sXaH70uTCp/bCUKOXRcyDvQGaAtNDV96kSWMiaIdii5u3ofNGQJ3Xs6otWwA+t7ePxlXvD1WgvGkpxN/gsfcaFQWvr3FnIj88fvXi+t1L+py8fPPi5ZuXHz/Rj+TdS/qUvHv58fEv9DH5+ZfH7z8+fw+F3pP3j59dv3v+/vrZ8+/pKwIF3pKPv729/vjDy/fPPkCZl+Sap+n36Dv0mQTtTDnL0eMDfSzs6wcgiM/zlE41ucZD15PqtGXen8nplP5ErjmonfySg0yUZlBYa57MnWr7d4JcN2wF6a9VSuOKnS4kuUY3px8MxaTvdxIUfSnB1mOJ8tm/Bb0BfWh0tFeV+BtKoODhvVAFBnb8U4B+dCIXPHsH0QIV/QUSlqVIOGiB7++j/qG2ISfT7X+gNEy2/xEcSHAs72qJD95lINA/WCnh5GUYUEzw9B/RdtcCgFw7v+3P/1rxjE7BOgU0PmFYb8i1UVNwEM81Gqy8q7wS0pnAFJykx0CWV7l+O/3VOL81t/p0iQ4gde/8PcYZ/ZlcS/WkPg9fS4XexNF9Dn0G78+KxYfVEoQAABbQ51VY18sc/ca+F+Q6kwupUfhA/yDXWZHPhNJw1KdvIbcoPq+WFCwezOOTu5/EHZWaXHtmmfSpgPdyJkq6cE8vp/SaXFdHyMeAYfR7ggptwqwP2CDf81TyzFIoSa6Xpn/gr5zOJLkuBU+xex8LEDAo+gUS/c4oDRZCPBMIFvV0Dj8pXUCy0K9l/jhPX/NbU/hPco3RDuD5C9gaiOVSpE28Xcoq4xXaRtEXglwD8v9OZ5pc6wJEzShhfoqCKrrS5Hq1TLkWRg0D1kpZZHbe5pLwNLWeIcD4EuxB6Q+C8GxRKI0Io+iv9vW3eZEJ+kPtfTYl6CbFeAahHwX6Csb5ewnPBQCKoH0i/VkTs1bcYn0KpjETc4mVamJ9fNLP4BIXQ+NZ/LE9/Qv9COMLfSXql1diBuzYc0EET+Z0Zb0vP59ORaIVnUoyhbsV8bZ8Zv2AlAQkz8a2i34laD26RWpr6/JIbolxsmsUEGkuQLke0eZFWSxMp36HtGeGk3rqwPCbhNQfKpf/VOOnr01IkQ9IWDDlvcjQz+S7wnjIpl9Mss4eG21x+harMozKrSA2DCTNiVQvcISUw6MdD/1ApHqzyrK35S/gPxXV2m33fyNSGSynBZEuFNHb0kUdon9okqGPK2wCF62iHE7us16X/k1wFdFb8/tySickl4l4s1rQJyQHnlhUZkUNyRx9LAksml+USHHs7wQpBRhW41L9Dd7+WgmlH+cS4q0sBJ1rcAMOxJW+k+7RdB7WyWtizTOb7XyEolrm3CzezwLkqpb8vSMgOKYvCCy2XOBOQbn0X19bDS1aSqIMkVINz19v7enlA4TrKgutM5HSRBNdPBOzUghFP8GzXBidKpoQXbwock0/SPtk0e+ZILp45d9ckNr/92d8ESWInPlM0DnRBdKkXNHviC4+vn/yir6W9ulpUebgvf1GkpVMqSSrvFqNfwuyyventNQEPUbXayPbelYFf7qjoTtawV8gHpkoaYGnBrQNMjS8NMe3IjbWa+lroXlsFIjJnGkXjQRMo+2jYzSHeymVCASZEmAss1YLIvBlMb+VCuTXVpBdtlq8clTlzkpZfG29myOjoYZKU6mtDKU6uZYhN44YPSXU9ReDMWLbHAhZm80hpRKGiZrA1udVHmdFuxfFtsUQtGTzFM9SRvVPgUtb7DcoZA6gfMf3qMhrx3yu1jyey39fz1y2/XrK6uSVb8G6Kr5Wc16K1CJrrWbLTfjFe66U8BSPexVMk3sGKwo5Db0aLOg6YDbgXtqq5qILcAZRkLmk0Etwe1/ndCGZV3qM3nHpu4Z2Ze1lAcge4pjlOSyRhXlR6FlUOmGOkXR2iWROIjfQlxLlnU6jHc+40iBvuWUFWIVBtzLo1nzL/pQhpgnCQf+yrjUD2encq+tAMLApGwgrE1JorKAbCtaf7h3SaGxwEb2EN/geOM85oZk7ByFY4KQTVpsVynuidZhvNu/B6sU7ypAuGHDAAdHOnXHGQVRUC5MsP2jB4EllDHTKbbRFl4ukqEfyizcSUhhpImeVKLK817xh1/f1LVwd7aXeBZU8z9uOPRmTGFa3hDq+7aj4NqIgx5R++l1HgReSpqM41ML6hl41KAZLZ29pzQvevf3w8uPLX59fuxPQNydiThLX0ZTtg90YGcHtatqMhrpieIdmuDTEgDC3ns0ODwtwAdFEjBVM624lU7j+BYd+08tsGHI2+trUzu3UJlu4A55GdArEFGjnNzGi/iwCSTqv0eH3HXSoXT3uY/TQUGu52ajhDhrRr4mpR+NvQB39NrgVrcy5BFh4FBWbR9iN3B2lCkdBXSoggSsVjMHwaY0nTDBl/R10QUBbyKgK3W2jwY9hhmut1cp3QKWboLImhLQwoMq31d5JR57s5K+vEATCmTFNkcNA5r8jEgUQ/+aTebQuJg97+2CxIeXY1Rqi0IMUno9DNLzM4R6m+Ha/le13tgVNqBLnbw+HcUiAxOVwNKYFihJ+kmwtgH3gWrysA/O81GKh6HeSQJAqRQ3B3RcbfxFo7AeLGLe0zQa0bjirRF5VAKvN5tCE2q3CXA0/Gd2tgijCI/q7ezvsYQIYzlXY41QfhuG/20caEY48Ct8dG0qF7p8BdGi71modSiu+z769hrT7HN+EQY8MscIV/M/Ac/d1+Fjs+M9hZMzXbSDHbtQcrt99HHV9sAFYhcL4XB2Uzhrbbruw19YeYnRU7gIG9tUGbISFCoSGqByHEjxn0woo7ArH4kDSAIgi9wMEQi1idLT/PWidawsHQQ/ICMotufX7+pffV8DpRnnQgPxq4bvdwlsXXfF7yUZG+Enuj83gBWX4saku0zBDgetGhXa+ngT4j2980AF54/e1uBkriIA5nBS3CL7d2n7erQ2OB2GIlg/VulIQvJ5qAlu7ppXNp7I6V+jx3DojttHwOrn5pa5Mx5XY+q1r1RRN38eUrLf75pb1XpJ8pposC2X0D5LPv1nX7dbRAbhXPvxe+oE0d02dwNWxhtCT8MPW5ka6S5YgD0whGJGwUZxQB627hetjLNRuk8K5Xma556YAohF8eVLcvq78ypO5ef2h6p2ojba+pWq2NopmVuEDLgnxIM63rIQphfu3EXhZ4slnsDnOILSCB4fjzHZwUMZzkCAWuebZMLSO+dl8OD9SlLdaIuZfuMzgKsDclzj3/CyH208Xy6NOhi/znS+tvt499+hC7d1aVichVBbFYCptL01BmvK1LqVyfvx0sawPUtpa7VjPfLDq/Exr85NZb0xm/fkFnCamE7yDQ0DjHL4u45Q4zUVA3SWldi1wARNzDIbBQQMGAoUv+K2VECBCFuA2ey1RgxMMz0b5uMOkVeh0OK9G0k7qZrM2eGdVJXrbgdH+rPtn3on0Z9h5bafcRQUwTTBT+FgYFCbQfNs2v+XIgZm+tlpSheDyvU4KK69LmX+OFTHEajLXbB0BH2niiJ+968GgA3tfGHSpPjGE0l36oEUunjtuSMrm+DSvg6TfoBP6OZs3h71WIIRKSKHnoqTplpqE1Cb4wQNytXsr5k1UPcM1JVLMXDd1yf3B3bZ17xqsiQKyUk8WbKqwsxoerYqWE+rhqAm1MR01YeIvhkLt75T2+t3zTX0PZQG1qV3qQjJHTWIjenYLHlxZ3FRrHt7mJAefbzXIwZG+pU4Ial7Bnilzwi5BZ2S+AZ2G3HUiYclmk5IsdhQNXDYi91FLReatVgERNs0oN5ukHj1XPlduCIJ0i19UK1i0Vb3kwcuZruhYFQLCUwYu74GpjG1cDgz/cUsLcmc8xdVbUulvSSBssYRZVYR5s7G7Sm9vV+ltrYvDfZK92fSs16IK2F6gi/jmCNRkMly5cAow4xl8DjOjsIDRJ5h7Ad96FtRDhF5uKCMn0l++uXV8anOLiBpQG232LDbdJ5woUDKzlaNqjMlpQ8AI5mC+9YIOQZfnR+C9uu4yTkazx8XXe1yQHEl91eUfHGNhvbNitu1xYXaERpfrDheNDoPMCoe93Yr4lsGnd4zjoSlTbM3T9Elx6/aeSXErFHoSwyc2GoOPRtdTJjyMPuwR8AdvLghY/bjZmHXtVNaZqGYcaON1xu9ECfCyT5uNF0HDqpSt/6YmUiOqPcf2absdb4ntmVM+gLic4Au0GkOty4blhq58raJAO70BCn2k5RyFcjEDJOlF28rRUeVLxoOArB790cvqsR62dBwhsVSn4WFWN0UnOfvsaSjFJgCnW5wY4qWisMBqIg/TrZw6Y2iCTu5izXTh7Hwfr3lfmiWrntWzZ+ocYmyKaNfg2Zozh2s3alp4KlTItfIGv1qy3nbL0N+nOYQ5wSewEjkyuAWpCQHNY6l+qF7DqAqW7ewhbCOtVtHeaWlbG6sgqyrZzzIUzWMHnBbcNEZGtqig2I+gZuTUOiA1r1Orvb6o04xexyFORJVYb/El+wNTbjGelHmupYs1uytRc/5xnn4EBS7wrpRwjdGpoM3HefrE7MG5y8oi98SrJ3CLWsU5NT2p3oOIfIGYuQnP6vrzqK7Oh31xX92gIGyWSoTbqasOyXv98WDlihFkDu4V6puolK8QxXEFeu8h8A12TUD0pFKkq0Tggc0EXYWps6jWahkfSH5abCOYgnkp2Lh2IwiZlO6qmdR7AlwO1tSWyioYak6aRwZakJ2TAOWkcQwqjvvHyc5RiB/3txGZsr1o1yBdVeGUfAZl8TrsyU65mmejU3IDa4Ryckvt/nVHcU+AysiSaRVmbsLmEUmjQQG8TEWuZiQly4gUKsy857l9Rm6kyriPUOh7OUjw1VHtgR4bKMcdpBFdz1mXHLfRWxdYbTIZ2uUDRpnwZpedDCsVKhnWSlLhLCKlCk20PbNUXGdnUMEsviEzqHcWz03B5uJxhb27Ccvwzgwwgeud4Q5sOF+T3IZ6LQuMuW2o3wXzi+c2lu8svtmSVVh6Fx+hqOQL0uDooDm5jXsSOMDYbcKMZE7+DTsOCwUkMhlX6mCu1jz5ayVLp89g9sJtKVA1p0qswjL1tnuBpuxet70vtJTLA9HbTpCcOqRVb9vUJdg7E4vGKalikYBGy5rHI7sR7Brh3rzgYOJYRVRG261Uj1HxSqTeCLtbA8+nuJmjAdPWACtRB+JWizy9F261rMheOlZ6x/sxezYbdLK221C9j1eRuxmE+rL3MooF3+HE/6kCslJsjaExjT5vsChWSqTFTR4QTIa5sKnwaFNBx8QkrpaBkVCK0mjYmGQbWdnmQH2Nqm36XuU2fbXcrz0TvCqMwcFterHSXuqWTBWY21oDDb3ZBGix5AicYoeHH0SrtbYB0cC9Yk1MlsphGoLb2E3VT/dGPQMUm/kqpAv1f9P2td1t40i6f8XW6asmLEiWM3fm3ksZ0UknnZne7XSyncz2zurouGkRsjCRSS9BJXJL/O/3VBVeScpJz+x+SSwSBEG8FKoKVc/TC6xWQ16jIgpJBXKyzlSh/QnnecBgttc9HFHYBF4gutibHcGgv73Vsvpk9AqDD3B+1XXoYbbrvU4UIKHJHALZNGjsEoIGzvEGfZu7NZPDoaLd0KV5lvS2xPIN88Nqo7Y5dAVgVurdbV1JQqwMs0Bv/+e+ptXo8HuiD/3nv4YacKOpwdkDKq2PWoQ53TrxZqrhyctb0moGIfiPkJv2CMzGN9o7Mwze6EE9wTRYD4cSPyOYb2+e6l6NxKQmq6SIdf5SrGqn2biHi5Dkc6YMJ991dNl0piEDZAby7mcJlmc8iG7zhiALhfD8SOUJwXXGjNCtq8bSxshdStfQxyNRqQTjl7nxK1iLe+BGGxP4JKVhhS0d8E+awRCYMycEJCqjc93Prm+RkzBXelUWBVG42loIBjPUWG50AFDcbk0vc2LQIDAaglz4pwYXhg92eZMfg6yRMDT9FMg7vagnoAQvYa+DP+B0V4MW1whD8WxNA8yfUKTQp5IT6XNa833q4T7nFI7EH/21Yl7gNUzjreGclNd9wQxexHbGxopTjFHHbHLaNN8/uWlGhveX980gpl6Z7sS01uQUebTNBMaqXtR1pW53tUwGG8OQi2hx8S1DQItpN4tcL8XBgFqkBxumbpS3wqTMHIztkCprRTgOXaua0AOGdblpGu6KCvfX8Ti43ZaA4688T64I/oYCnnmbrzW6zO1KRVpO1/ooydj69ySDiKo1nvYApQ7usBETK3MOQPPMJfAPPmMhT7Z9le3D9rsspAOh1UGaB0sNpmxbqfQmguGRxRQT6PVumglenpixmC3s6+0nL/sOvgsCP4WOmkuzgv1Q1yzFtOrgCi8CO7LAdLdHOEA9OC92CPFRtE7bDYAEOLYhHRk82R74goSmA5TONSBKn9SmEZr0hEbNZl6mfAMw58q43uwPAKnlhThQWkG6Bxxr/OtWc5JY6RvdLECgfNQzhLW1q/uUFh8uqtPv1BTDBqNosyBniW3GZ9eMz64Zn00zHjSj/DeAgpRLA5nxtNlwYqf+kjERkJS3DAA3Gy0puJmDCXBuncuJ0i9pE5F5COzwTgfWA5DyHo8DCETHQPDBufVfQLLWqpKyeGm1U0x2gBDx7t35SqfvNfpaX+kv5LoAyc27bVZDbHe60fBbrdyFleavynv3872GvAoA83eX3mkHafxSiwFy+jxg3sSAv9XicFuWW5kVnvJAPZ/8EdFkMSS+vc/9Ww3Ov5cYU6kniJEyHP5bDXLkZQDrDKceeHNeTO7VHki62GQj95bVM5UNLyjQ2724HgEyALtQ1nx9oQ8B9Hf3mALcCTMt3qkEttASXZU1AggvPaI23YWLvOB6yWYECwxxQJ8ksC3T7zVsFevieHxr9+Pj0QxtuTRlKGhfrNWintDfy+NxrSYEUWgKka89sEdfZbWcFOXnBNmLc4l7wRSIf7B8viMSKwNXXJd1FnFd1xNbwj4BGYyYU42pjOYxhLOGUyACPa7obIg+rSrvRWkLAru1K3SvtLQINg11ScBFHXRUEzqr0VUd3jUC7aYoa8jdO78KZFjQvIVv3BLSxsdBj8F5RNQf42IWdqhqd1fQRc4TUPKgtxgPenQkiqd6r/STCLJ07SQKOzCYR5pLAGtdweLeJvbjqStgj4SftVp9DIbeVmWn3RVv9xhr8JFQUEX9o1r9w23fQndyO32wfbYr8QszN7Eo/mrWGjugyhMIdXs8ymvF+Hk0stFcMMOolyIzfLfRR0zZTF5P5+2yBSSSy0v1v57xCgDsq+dX82fjKgVk1HBheUjbKx5FjPuhdHXaRZsUGPjIms+ZqgM7L57hsJXFU36xZC2+GLjurb3aHEhUUqeQ8PH3VJFrzX5sOE5zMBQAU0f+feDGyb/7dPxZDfTai3q5kEugpSOp96Ej9ewMQ71f1MEaB3e7dMYv3fDHVBJR3+yZFR0wlZ7xxMVdhErPTnrvFAs/xrxr5gkgArqGn7J7CHYJFCbttLRMwIiZKJCs9fIqDnQySegQsS4y0O0AfH/i384wGNj9PB4hWCbW0mrDeWBobxAUAQ3JCscPhpA+UJqUg3ZAhHHSdbKew/xoA03mPHqzEKrmDJaGP7UTkJgw+YbSHFCFtjdU1/+v+MGUBFKlb9xQ6PTQNCFQHIaqRaqYi3K3soAy2V64KnATdjX4FvVbV5j3HSPeuWksxXQmPfKI9BAAcAQIGudyhiqA3VIc5EgxoYXq4h3MygMOlEQh6r91kgYfD8pDvZFFgsQOh6AHG0ZkDwcKZ+5+c6zctiYzgEgt0UgMXkZ6r/+Nqm/Z6gqeCS/cjWAlGoHSJY3MqudiOhuPK8/xWC4qXAmDbwaYJwQr+kWdTIPwPLhrPg/LsIN2aC1GMnenL+63+LzxiG2EXGwtMEUBf/rof+C92OLcWeGszofDlRspdljZE4ecb0zaj6l5Yne8Jh8Oc7fTzhN4gVgRwYJOcmAr4hvGTcNXjKU1lNi4uJ9AncAmIPZaa3AoOCxYUi1QtcBUUqdmfOA8OVMuyPqWaFcCoQoQR+dTy+oSaP8/6h4vhhkeBCzUkDNPSVW8EI7CRME+NpeYABJezPZwcRZhZOl5aQBn9LwA0BmPuqV7kYBuXIx4FBwumWUGIOwbRNHx8EDX5Ww0KphZiIAORMEPfeiTP7ugoICiFNYJssOVYgD7tcFHnUAMfcSnAZwp5OiP5GVuvcbEtWHDohzlBvIsiFGxqCCoE7i0cHaCjo5sVH6NEO/5StQTzAzUyNGRrBhpMVPy5r9OJBNAuoBkMYkcCY/6kR+PWCUMRgC89MRgU7CSzF1nHY9+XAO6HUkFAzClrqsQbeKktnwzdlEs1BJpaBReDsBvgggtv1UWuFVO0ByuVxtV3JmEAZoMOsj1C1SVhYlQXhpoJfl8ejyewx/XU8cQREVCmJ8AGCXsowN5IhUPkhARHQNBoYiIDuSp+xtlqSVsKbnJY/QpXUJjciaEbPONyOiPlejPf/71m0M9UXkz+eYgzf8mfhQ2fTDeml8bYKcDv0Me467tWipZHqbMKYyN5ofFdpmWfLFZQlyfmu1EcvKj2GKzFL9B4B4yw+yAMCbnO1C7H8Rrnex4xnEeQ7MY3DABevbelb03S3aTm09K77Itpu3Dq1pX6IXwhhDGRXe8o9C5us+zFZPzgAYaRMlP9Eat65BJ9qdO1T7F1uSNgFii0YQ1Q39hnSYnE8+G6onJT+1qfIGv0PTqLCSxgqDo1s+FWnqARXOBRyXiTms9Ht/EyoK6OnchX5Ka+AseZILGLwlSE+GKiSij5n/RjuZnXqcd9a5mxrXxdw3Cv1ars5ySmmFQZ/YSSfXvKSPlw+ODJKS94HbnXr/JEFsMq3pPpxH0G0fOuQxoBcOG8vYBWxNdh5VNm+ydya9xNhk0oV2UzjHwqlXVqPd5RMrk7WD4prhI6RAu4utRunB8C+IBEQCkexnxQKLLsoCQHarn/SarwubYdPpXCJJiDurp1jeGb7LVqMdiBf5U2KHxSt8Qys8TMmB77vqnnnikU964y8EPyprwR8sO9gMza5mIZhS3qviIa1YjhfiN2ewE7IhmNUPyD5YFn7aBarGP2z0SmJcgXdhNPciy3O7uVPE99naeDKCIrAashSMz+FApmZ/VJcLF1Bt59i2U/PaMqj77rOpNuavpzmus49uzB6z6jEbSA84QautZVuRnlbwDL3fV+xwUuM8+yjOAYTlTNeDXFGV9ZsGhgBgOnrPaODNaK2W712aJ4SqiM2CQk63+ZuFSq5uwn+MxIjW0u5KsCe6z2xLGtQjSsyxZmEwHBvFXpwqSlib7F3ulf3gltomyf3PcJiD0EGwaOXkMijxGRR6hCOCpVkGRKipSUTSj4bV8QZu2nCjzAGQ4YOwoZDXIyafgcskLMC3khKC13Cfir9dl9UOOxL6Tx5O3S7hdnbydwW118vYGbn86eXvFmrC/I4cozWtYjnYZ64Uf42Xj5GPPU60URf8Yvi9oQN33NO3ncPIEBsBbSDjARyJfVHu922owIpI6ZG4/PbVXGtzNnCfTGGdmj2MNQDXVVfn4RbmCYnw4rOrE/8QFEAoVWidQa1ZnLzdy9bFdbzTXpUloRbMctwkIPnfeUEjxJJZe9lWt6wV4Uxbg7ZMDeANrzuQ6ox4zH+wHCLRfmss6vpxFDgLAXAv4Bh34B+XwuySVrZiimmsV02tISd2ylcgW2yWvwGY+LIpluuKLEqi0Vkt3UFnRWb7j/VSEIQl/sUMFIPjY77OTXYKDwJ1KJhbLRg6H5iOU/n6PVFuWjzoDrlQzkv07HvWubJpof/iaITFz4NTGiS4zcxn79EQ51tzu1DZ/W/0Vp69rwxOro0+4Gt6A86tuC51/TbrJPJPRZmlXFpyLG0sQEgroLwCuB2P2J3Qgmdv2pu3XSkLPBo3niT4eC7Qs7ZvAnP132msgc4IGEGo80ZTQDdy37Rh9wC01LYnzlbiTnZbHbJq1UZqQnDPpWbHgSplFyp/FvrcQdGZ6RnCsrKUbRpqFZfE8oas2xMsZLOnQIlUcRxEtU+gzu94tVzrhAikgoSObxSJz53yHCNI14fpYXwqYlwZQiK9F/XwK7k0zDIt6fEXO7ivv06LGM1dIQEa4qQFmRC40hWDkokhAwjM6RMHSKELgWyHWisMnpmWnkMeD86X83XcVgNSpTzIq4IhuwYFqHDarxRbONIdD+ON6vTCYr0SnKBFc3H/qZlSD2y8H98sOEq8QUnuHlAxrsQK3t/3IXVMNh3bO5qzpadYJVlcrk0uCNCrIJ1BZLwH4ke5k/WN2K7egj25EIYQo+apL95rzHV/j5+RiCjSms/x6NxuNcrYWOZC9LnKQt9ky3WBiHk6p7WK95GvGF9UyLc01SdecLF41rYFqfcrefspj/Cn/JB/t3vHRriCMb0M0qvbK1TLmp21Pk69p4wGVOoAwQ+AP/mh/VmLw2GHY3Xa/yCwiO4f4SmhArieQerEZKb6DyJ8l34L/JPiiN+AVgWyF4JvgWgXX3FdtGwKB1LKjMoXGqFuaS6vWGfn61EMIolEvm+zhYfv4vkaur5Yfz+vtRXdrwQR7AsKyzf1ZJ8BPrNPv4SwG8oPIfZlaya3tE7H/ocEsQHK0HMDbioeRpKUhCAri+5lu6ORyWjguSpMVZqEX85+yn9LCk12jDDOtsE/o4TBDuhVqp4Cv+hnaXnScA0aPBY3iXpnTeWQnhX/BJYZ5ImF6+X22BwqVO4SYfJPt+45qgv4ER7sZSONdRMkyHNaooxkMN+/wdofLbV2Zb0XiY06Gw3M52ag8lwVk9Xsl1Y2UCkcKnaGMMLTc8IPUQa6YU9hMSBljbv70/Z9fRDcbjs+usFDedLPx8LbE24rfq+KVAaFEWhv7ozBQQn/VsgICtVwnLKSx0XN5sgVEjzNXJ9vfNElFCxolqGNjS9hhLfRit3RHyetFFc358yxZ20kN2czP5fGYX8uGgMSns9018KDeQVQVaRL9s3rDa77mW8bPCwYUFzs8vioYVVOOr2Y7OmvbQeTjOSTtH76iOnOQ4KDAIVR0u6VCtPSe0h7ddFQ2WxJzJVHYaTFFE9xo9hqpiDUryXVpOoRnSemPRsvgIIaC3N5+ktV6CyeMPj/H7nUvCmrhF9Rba+FhOLdRCAun9DrR6TDxoOpUzQeDkXLb6uuyolcVC2VGMh0MaEWkGsrqvrLal20aa1M+ZaoGAwYxZgPjGR2gZgsokdHSIGR6zE91DA5AxoZc9pCvpWyCMzqnDeAFsS2sITZUKKFFIQyxmjSpVMqmUmmiVCu4dQcRrHXdNEDbFeqm0DTePqKwGqDqQozjmSJSWf+IWAE+vLt8SAsA1Tdt0fj3rc3ypDggbJWmHxDQbVwozlniFOtoAkFqgh+CBjOnO8ZZvbcOKHMo2i+FyRrHg3MZZLYZgLCWKxayuyvRcsTC6Zs5Jc+A5iLsTSj0Ag+jrRH0tvhQUmLHhnKQPUqn+9PkgnMKBwKjera5zkYVEYB7gJENICGSuAfsm4kN2trOS5s6nkpXGeRzOO239KhRG1YuNktfrLGYt61YkvmA6h+kbjLPwgNtY1v06h5a1nMTJow206vI4LWH/8qo+UGhVgkcAYVNDOLyO3pMxwQuMFDsuZgOh/V1bwtbiKY9AtLoUDOYKNZxjt3uvOgnkI2RTe1AnQeBMLljgpDcQJwa/3uVfbZ/emgzg2KG6G6+6znRT0BdQJOYdCxQtIqAIttYaR0xyYtJlX0W2n6Y1cpEMXEtFDX5ZIyUDT47Pj/opVTo+26ghTBf2AtL9sRngvvOfWkPAUrggIRvs04W3fou+0rhy/t8LRvReC55gaEAQnGAhXpi0ra1blO4XarfzTNROUe0pZMTPgT2+pr6W5WjW+3UM1wK39HBGrILHdysLWvAuikgLHM0GA9GwBtaAACNkYs9J1HD4ceEwrsyeyr/Fw00rx6LqOu+2Yhtq7/6vDhwjrMSer6A4/MGQb9/5YMN/D8AQCJA4MH/eC62X+Ht2TC+a0cQWih/cFLwNebrY29CmKA9ugNCFordaq9D2NNhHa58jlIQPuf+FhWHXmyFz/8FsucxZHTtBjEOCPoqEy4YtF9dKNj4m4NsfjWjFw1O5mNrzwFCRHdTffteakeuEG6mu7b2jp1kaOF8eVQKNquEbnvdyo7XDdE5mWUHJgv+A1h4FWCq+SA4NxR4/cbRbw6HSc8gbAE8EjfF8LDWhKDWdgDj2OLoXNcF7ManvT3n6XDuiSB3PcsfEjt+oSDQoM9v/Fe9MqodHqi02toxRp+WOC4cO2pxoGvH1Stmo7RbzYfsOvL3usiNQC+OKymIm+8QvRKw9qMqIaJsF7rEvY/gF4gTmrfD6qxO0bN8IIXHqeigVfQ1yycSnv+i8fTgVHV2447rBNYJp01RQ2u7zeg4xtXpXdCw2elWq6jdBwtKc65N2zrjg4PQ2HwplJJBk+xBWdBQxe0WwM+vWKMNn8LXPzTFTQfeZlZx8PzpYxQrNmZOjQyqN90bNQzu/8+9gD6idYLR0g/xUFD1v8gHBi2wz5aQWB6dNzH4uaiXZDh1zqKckeUI2rwV7uCSFKQNaDYrzSeRe3GKDJLPtclfUIWWVe0+Q/NirHnN0uJa+wmNyXS2SMH1uGBN+0n8EHE+bW0AoVVl5T+qCBRLmbkAeQhqR2o48xkjIQNku/HVLHsuylk2HjPAVAZKwLFcUlB9BafomahnGQZ/ZqyAEtEZWqD8zCJ37nBYJdofLgUdRVmfphN28WFbATo0dyfHrbtuPTftvnvS9+dTVuxJysEPs2mhherCgw0VHzZTMiDZLEGxBieO3ZWi+uN5RZZhHabJLvBDlqLGToP8DXxJuM3QwSFS6lAFQZgAh2DuJWtuygIW4zu4HVAfVHcIfeBid31zksWgNb8GvLP7h9bZuObhi8oHd8pvq4tHYsCfsvXGV/zK1/aeAgW/UN80esR3/0E6iXKqJZBn5UK8270yfjZT7Ro6XcOVf/dfC93b4PZDU95+1dIl53zzZNweXfoZkKNsaNpsP3ucuayvmc0XCfILZnVZbmv1YEl1vN8XbLtH5PKwhqjBid8PID5n6bP4XdFmk2lywDkb6Bea23s2HJo/H9EbQJV1F17YNMx5gQDhUFdzMvbwJPgnhJUOhxRcapIL5vjrpi5TI8UJDTRgouhEmlo9GpLjQJ3qh6CypUqiTIQHb+AJTBFmFDRPQ3mpRomcT9MrAge4uc/2P5obESdDmFmoChD/DDEgwk0E4/k/QMN+hIPM47HgKG/h+t/Lyhh2+fxpfL0AV68OEfXUaMQAHIsqg8MJlCIqBLKTgNDOKxdCAkfYeBYoskU1vlrylaHxqJ6XrBfwwZEZcEJMVYvp0niw8TtXUm0TzPYFsuE6JBsuiLI1MQ0DUF3Gy9EIaykvAMYY6DnBI3dZMr5yKSi9nNoR92I4tkHUNvSWWify+pn3qlJbDZDJ1UzhKbViiO9AaGPjq+W55+31YOkax9PrB5cqyqfyWM0Fv/L5xD/B2WZI4yLDlJ/6WmJWn2s/0LRgm59bmJcz2fS9oEGCmpJA7wHtHuvnyim8kDaJTyDvaJJsxlt2mVTjK0YADNiov2rs8pwjKMI03Y4LODYhupkKG6iwga4g+rGyRT268imR7uaGG3AF+sB0MyoYXzWtYnDJU7DoPu6IbaJDYEpVJMATbgeX+b/MQTgeHAOKD64NPxPBbT4cJpUAbUyJ6jJYrNWlQgDlcra6ns5YPhrxlQh6rBzlF4qZs+ggZ3jKwFc824xGDNJOVuGU3iwZP1GRNZr/w0ZjQiwmYNdR+gkB18Hfc8j0GKkU/hsr/l8uRNz1BcTGgzB3nfiv/Yk/Zp5KXsTrojQ9NSuvi1k5Etpm+dSLoH9KtuzL9flzD5YNSluvQfuGcg3kzKUJ069qBGZAdfRGFjn9qsSVHP/JhroZhhO487qsQFo6Chkg5t4KOCUxAG4wHptxybPxhqWYxmMYMaLHr9h4wy6fpclm3FM3rIfLZ3wzEsW1nG/T8ZZvrstxdTxunmcj8Ay54z7PRhD5JNGvj2J9Tj1BG0SYKfSf2ueE1hbhxVY8dSrLewBvBR4/chAglqsFbzUjkcARObhi2Jz+t0vtil0QsgBBRo60QV4JSAzcwFHI2q72J3nQtwYw8Ryn47m/gGkeGIwGm7Wbp5DGjPdTX66e0+20ZoAqw7VRg+rCwf5800pXZge9e5CV8y7nQKKU0w/KFfhCckArS8GkMBgvHVVTPkRPmFSa8BJiYocXCBs7vELILeEVA20TRfbfZ9WdKjwKugVcJPhFB7tIpe8N5mdUxb1F/YyummnwofUp5vJ33S8yd35sf5i5/nPnDZjRE/UJHND+XBKoW9xEVbSbHPdCBWZMdAklhA/+vKsUcn0isQ7GmFi4BXhp/1VQzuKrOPOF73qjmrkrAbvqS7BPfJaKF0Zxw61Qan1OyLvnk1B2WlZv2p+OF1v9c6N3d9AQmXeK+zvtZ7DHWh9EgE+osLtrq/jLwPpC9VLjJ+enMlEw/8NlJfjAy4CE/VTIJc4UiklofXRo9cMsYa2eiu9ne9bXC1Gh8A7r680TpbM9C4M8raxuWiEvIAoPtvkpsMpSS1PJo0ZBTGhYuY0N9fHykEZ1Kh4GotIBE+1UQA1EykKM6+nntagS/cTzGLNTUZwAROdU6OEMo38yUF6DACBgPGrCaCobIoFVKaxFhxUU4dOlNzKjCCKIshkOre0QVtW40DEfcNCTh+p1ZYpozNpZvxJMlWWYURh8A0SLgo4O6ZaB3cUlTkbGS0iY9bochEPDLPRqDuCNqOcaU2K0KOiHSrXtYMUrhEWwvax5hZ4c6kpHAXIImdfb4hgO2GE7aMl1jHzA3aIjp+GW2Tq6Uv94nOLLUQNppZGgDGmCeNe+aG6ivQqe8vDx8JA9W4mh1Of1ZE+VpvXkkf6CcxP30GLp3oviPIkjyB1icXz06sW/O9IJdgQj8IixPKyasSaG/z58rWw0z1EOQMIOeRyrE97l6JBbsha2EflebuWdKl7U/ymrMtX8DpnhC4797xaLRQrJRDnR2f3DVsKWRt66uBkt9aBuawaypW10kEG+oH0oFu7KX9xof99uTZ/yXtaOKtgl/um+i9m6llVv8WBL752CTi0bKYLZVpNgBZF6NlKIt61sRFf/TLCzjdr+yt11aSYScI5V0XMLm9+9bHSgV4qkEhwgnJyFUxb23HeQlmJWczhMVCS4iUFVvg3hc+40ILv2NcTu4VVZAPw+PvChNAKimv+r9oBUyLLnfzHenw1KzX6ZbVe7bWYWptUbbZnVk3ex/ScrKK3FhMSP2a4u3yM37QD+BLOjnOhyV63QSgk67G8mf6DzBf3THBvxwtQOyk7lQq36uqpTK3XDa+UiZdb+T6z7deu3Xe1Rug25caQ98bKCyKigs751YEUrsXgJb7+w1N5C9i8RWD9wxKRYVxuu24qw7NWBVayCy7F9Ltuqu+JDaYpFnxDdaqIeaIvd4KaTur1ipV9eR4VcBS3hc+jvSm/qRTI4MBMjC9GXh84OrMJYYntDNLZBgydY127r2n59RlyvKTht+sRqbz/399bNKttu/1KWH7UzEmjrJkAzStMGj0KPlRC/BRyG8SCG0tLt1PZtg3aZAWt6xe+h6YjebmWtIgPbhFBYnmqCLzMwyYKxjrVYNh3Be6IFcVVYO/wywuQlyhdN3EW9M7q3sOvVO8BlzWosZaVT6xg9OhfxVD1PHSYYep6CVDqRJxKk+PY2W33ki4JyPCCvgfYgRn3xlV91umxrqpzaFPq7qb+0q/LUJhRrxVZNk9axyZX4r1DeW0en9XtGpzoMQ+fvVWGrB+W9IOI8eylkoBN0amaCCLQxhmBzP5ceC1o/F8XxqK7F1fF43iO4Yii5rvfGZfZufJbLj24TTMANvgExJrXFc8/FZrJRdxu4YmCrd+I/w9BQLDde8WmsrbIZuHvpZG0e3blU6e4yUeARXo3+9LxEJjO8krgHJn9MrxBIIJafY3C5TkAPZWNpRd0Y3KqTWtU2ip3a5dAlygLzqj1n+upiNcovckjp+Zs/qyO6da2K5D+TpP3Roz+xy5LDOTZjPCyZXVbm8ji8nLvLENMWmppBLMnWQVTGo7RtnlSEehfRF6Z8S6k5NIGW0r+GXqvaPb2OQDINo8rU4plPG36w2PKOt4tMHsVxWNAUUpBtZFJpLdRoMNHtWMcTGpP0/XnQf2o01qOhxYjKuYMzb23Xdh/+FziRGpWwO5/amk0FtqRHYzf6X7jorb23VpWG795m2kDASw3ZH2b2OJuvs9Aq8ezC8SXyrfimZ7k6JtAVsCkxe5oEM2xronyddAfkuKoqq/k0XV0YTrfR5qK0BAzuq32KXfvzzUyXo4o1EbJ7UPfG1b0K66ae61Rtx4CewIrdvkiz1bpKAD53BZmnpsAmK/KtfEN2LUyOrkrmlE4jgSJTGFW01qXKa2AOzt7oXGlUuxF9HTXOv5Gutuqvy4fWFcOS23S/t5VGS6vlgKoxMNgZlq4S+MINJ17W8h5UAjCpupOGbwUeJxI8r0F5se5aFxLV2jYObadcdDg2ZWNvWGwCw2LcW7yzWMZXzEBKTvF0tppv58lK6Au/yagL6cdiJdSF221yoS+kVa0HaKIMMBE1tyOfDmSR07WVHbx0oIpCVtALcPDrrl8+4+65y2c9uraT1MlqnI1KduEnxmUwScYZsMH1aOH++Xy8eeL5DTxPy4xAYe33Xz5DJcz+mIWf7FQ021Xuy4fDxFfBtWi1DWwGNSr7LAQ9Kpumvd4O0Ty25nS0uIKc3FYf8m5hxjtLpf/5Dw5cOyjafrpNOd0ehL7i7To63Nadnul9gJmttHfjtHfcvhmvMrPWYR0SDTstbBkvbOOCDUMCDG2d+UUrulH6teHiazl73eZobjcn/BYuFxKV/8B1cUJ3txZej43BJQaKONNBXitE99WIVknyCZ0yNo5S8ivG1XjM5XhswnGfMhua9vZJ7hHR9uKQCv2UyRM6XA0Ys5NW0GzzBbic/hVCQCXrcRbVPS5oapniLoK45+WxhdC406ieiiKv8qoGMuXOOabdE3gFJ6pb+GcjIkq7/6JMUSN+ec7X/I4/8Hu+57f8hj/yT/yNmPLPJhBkJaaz1bWcrUZig1EKdwLQg2gAgRQyjJSHL3ld+nSGFXjoQCMT9+JhopGxge9Ftrhf4j/H4wHhVA4Nv1uli2XDb8VDEKrAb8QjiLfkDoLokzuGLcA/LPjGWtzZKZZfrxGD45O4AyAInXzCp+Df5Ea8lEnJ9xQcvZ/crfgN/8T440jcGuij3iJ3jD+K21lFQTA3QIGMfz0y/sZLihv+hvHP/vcj/8ya8zgvb5fUPGCcQQCcFffh5ZfPfLKkfm7o5ShWTiPcrgGVpFOZhVoUy+VM2dUzhZhhgCSH2C9r0X0UlWMlfsP4e7F1Pz8z/g7iwROjuQNOOpijRn/f0s/GU8miUvsumTLSa98lEow1o9y+Sz4yp9++S94z4jHSaWUq1Om2aTqZ3XV8+mo1BnMzOJz9KfsJCuCN12WFBTH7uKNntBY6LWL7kuvp8Vg/l04FmYOHN20rLPR6wG0lRwYL30I4jlvn+IqdnyDPxNW4ZrM4UcF7UUf1Rag32qb9W9LjI52/kEmI6MenLKXWmFaEXWFfmERcD3ibXfa9sqf586uxTCW8AKlisOp4I+mOkrkKD5hoYdbEvwPoiRrPRmXrgPx6iqDBwBQDAEjy+XQOFmSYW9Y3rEiHEGQWy1YWMWHvBij1Pn9WfWXaMLwnSAKmdFi4eDLrV3k8+qeTdl+qk7m0B4TnS+mAAl+JFwbIOOBjkXtdU8YtJU8Yj+boO7vVibMiYTvTretgT2IC8wlTFfw49rTF2C8gPTIgiIucRaMSzhrxcst7Ujrw8rM+d3t1oZ5nF3qeXaq0utRpdaGvsws1ry5Vml3qJvQT9PeEsdSt8oQnQmAezc/P6/TpSAMzk55P3Tb85/CcszMfMd5FhTmg8QEHP5CvIzDdOAXsEFL1RhQ24HzV5/LguehYUKNkM79Kp5Azi+4JvobN/k5UX4jTeRB3jsP6bmL9Nvfi4fIZ30eB02Z0XgBrfc0fWIMblFMS+Gf+kb/n7/gr/pK/RbYBo6Bm7FYY9dmoyPxzeMI03vH34nZ8z19BMVTnR/f8rcPWmFkowkDNDepE9f+VweZ4i1WY14zv+WdxO7rn793Z1mjna7PxiUFdxhB4E1qwO/4RW/cOq0ZbZXTPX1oQEF+fC24MKiTT5p0BB+EvsQ56y/iev8HWffSHcmHz9hRPCSrOYEX8uq5u6qaR+9LLZ6PJH5l7FulQ3DIIc6gzBvHskjhQXCtbMKA92x9jje9iB3pie/fzaOfwIgePT7cbP9P2weWz/+FGv8Gh+yjejHfhKJj3m0DrFxBF3qeAQwT6B6/HGfYgjBfPL18wCkG6EdPZzXU+uxmJD128UbvUbsAEKqLFiMFarSsAnQsKL/nFMqRK3Zbo/Z/kmd7gSX5ufrwlGbETEhtPz9yZXy/xuQfz6zsUL69sDfedy1TX7FH82ZyF30ACvkM2hxP1TwLX/iOkM67mb8RH8U68FJ/Sz+K9eCXeik98bciN6v1V+obXj1fpZ17vn6Ufef34LH3P91fpO/54lb7i+2fpS/74LH1rKC5LIoVzghCalG6DH9S+NOfuS9Mdd9+Z3vH4c9IH3vd96X3T2pGj6Mm8J3ryFvL9+yKJTst8J+adfNcmwCcDNMiqV6ZvA5nOjZ9vw1dVqfUL/LFyTr+ck7c13TUi42sQ+IqOPPidWI9y/iB283Ge3vF7Me7f+fc2T+iE/OYvxOBe5flWDkJRrlksuR+s8AKV4D8AxI8wpKDBmBHO+oS3qwVk2O+pwkps3U4rvpP133oeXbPZR0HR73gRBPtk33Ql9n9Xhf0yG763R2LfBaJPnxB92og+kHCzz+JrBd/orvlSr35JYGv2RnTF9fh3N/rNVzc6bHJ/5/uOb0yrh8PEuz838xfk2XZeT3DTvBB26jmG1g/9eiyK81sx5Tdia70It9c3s9Holh0exXZxu+SfxCOtJQeAnD2lYd0yNnvf7zO/ZaOMqjJy/N3T3pNb0HLehe6QlwLcGfNPLrPD2ZkvL59xotOATaA0U/Z9XZUfJW0Mm+gakX8TlulafMRUsXnyRrznxksuhACY4bW4FULcjK/mfTFHNqfDpntAos3tiZI2I8Q8YeYd42+FkzXzAbBfwp+r4xE2ofv5+OXFq9Gry2dpMFFX8/GHljVx+WwsoWDauUMPd+rtVNlfY9q+DO1BhNq3FwIcIPDF9xDcqjflZ5xa32Wrj3kFQbvJm5F4dfnswllU94yxNPks3vO3Irkav2QXr/DAofuw32sw0+fWXDamFthxH0yDNMxRLT6QJg+/yI0k3o4lam+lmI4lruqZ/qzq1SZ5wQ6rTEsr7tNiLNTlM0IwnOEds3zwTmOe+mieMp2WlmOh46fMCMON8DLNp9TOI7id3oKhn1AVrMlNTkyJ0aiF0RD0yHIhW5LskTvNIN3BdwxO8abZG3WEwAc/cXA9pu84THujDrz1x9GV2RvTe1Od4tqvl7Q0v0j12HAnidI1/g0eDlia6QuOTLhbqmzxhn9ectuuNG8ap37sm5Oy2fhInPpQG/WhfRCg1kn//s7iI4K6tTKNY9sOnrWJnSCVFII3V8I+Z+RpcMMuYCcfzD10jJurjKvmlDSvO18pzVceAqVHWVVHO+3Hhgg4NQuwLQoHENiS6ZH7wYIh2w/2mZR6nmwDo29UcCck1LwSLTGFV5PKdSDfjkR2+YwBH6npGLwE6zusdly2qrWdeLLesa8Xm2DVRLQrWZBQF34C7tnFP/+qcfQFWGv5z/dLGHbKUn/j4JdUxffgIY7UbsgBSDyiRuvYBCdJzADax3/iUN/NnOtMhOMx7NIDhcP75Aw0H22ChZU+QSQ5WZXpiaM5qs+F2ZrQ+zBfw9jVpkaatI0lD4TsUdgR7ihZODz6qb0cu3UlSHDJhl6kUJpqI00LK0VN+MmM2BB09gmDtZFwB8F4IKwXf/0sV4SgZkCXK6nrsrIO3h+tzRp683sP2cBO+XIgWzflNfB4rVWRE1dOIsVzSX55EHMMY17UczF17ir5lHamGPPWtpXL1NHg4XvyG5yDr947iK4o/cHlpcRJEdG5YNuP6IkWHYQ+0dsD9gVNh+FQk1oHgtYOmPKfIUw5DvwPsGPRMJqHOJLW/ogBskDWOLmNHAO2Jm8xi7CIUVTVBJNY3mX1Bt8N4CofyqSe7Hk9ebR1fCgBQxbgY5lrCxYPZg4CGLgxf4Jc0tkZQC85IyDVt8VLmxw0HGbJYZ/Wk/0Vf4Q8o6uG0+9n9PsZQLpx6TOw3RO1eaR2z9TmoRqeOljdwvtUaAXVgc8l8FnULb9K14VR93peGtbQAsfrScyDWHNY5EHsnPEWKwqa0zZoDuDLn3b3lsLFrM0L6+4lCuVYemZCP1XVNFw5Doc38Jt4Qhqe9+cibMGdVPtweV6ycQkJ9sF1CsjK2Ci7fMZXIhcVBv/4AqjS0nN5cNnIUfPgVmxEhcQotFoCF5swnYCsKX61FGa1yGimSzvTt3xla/lQJhueM/c8FnMzHIfUh1M4sRfvXrHMiw8LQbyonmAC2g4BqOgHSZBlbdTdyFnVJkbUPVA4GDcEOvLsF6jSZOhB1O7Eq8wckhobNRz+hiY7rafaH7u0t6NIu6uRC8nYgG7aEsd1fy9kAHWgXITuR/hhgQ74FiiUQGEgDGdIAXXGMcRFxVExXkeRxyPQOs2TzUhUDsA7UQSXMBzC9bCuC3PLB6sxluKzdfkws/F59Vb+R7qir/wb+OhMdGO64862WDeii5JjKkBbB7fqzOoEldEEtpzkwAa5M1xKZLri5FABdP+NhdGH+A1h9817UY0LvhfbMYGddcL61DpZi3WdaJ4BnksJe2KvU0ehU0cj+tLsTuS9ThzNRvdjSa6lOxGrhSvT06MVHtlcPoOi6X9oAxU620EjKd4NvUtf1ZD1yYaM9yPTkHWnIajKrrxTaz8KG3JH/VEB5tKDcLqhmo+/T79vLKQ6jffajvdd73g/NHQuzDdcAi3ALwjOiJOJTwEPzO4vygic3kkTGJv/ppMtKgSx0WmN99j2XHGIewmMWLsN0z4WGrT2DmlCtK59VEOgpNlIv7Yyyt1Vozn5C3ZL81eMxPAXnIhkzc02e5SV/mKuBdDBkvj8DYHIxdbE/cMN+H/yGweXjMYbtDPBLfpr8hug80QHAdFHupaBWllMHqqyLuHwHa/NF4ffUsXhzxRCeH5vh5jPbxp++C3VVA/xz7e7jIrInle5HmuaZbo4UYhuN6cOttvqrQs+IA5wUzaiAncEeXDeMRoQ8+IA6e57OMLlCTUO2CqK5axcqKWNUFb58VgPhyViuJwj+6229BWe3f2Ub9QfT79XffbhE5pMzRhtLw0kEb9Sd6qHXu7Ea6cs2CUsQM7TCchhxjG7rC38nywOLaJdh+tK2DYmLRpgmW2mJaCsVgpx0emdaF8YUUkAzUiXDlGm4HR+fAhjrEw5P7OVfmf/frvGBK7Evd8X48EjMDBEgxpOJVMxAQHa+kAFQafTLOnGFAxUPgBK1OHQQqBr/A18OAz9SQYn2bxMspa2g1+O2FUqt5kj2FWjwWQwwhi684LVm6r8fAYgpd+DtyAZUNfnpSR61k32SZ6pPD0bjBzc0VkBZK0a6dOLpaj5KYi5fdLT8Xyh5jukUgc+hUPDzQ8JBrT91CWb7dBKJSQOd4PQHofDOG4w3Akl8+iIyoUSQgwhhAHWyWAyYAgB+wDonMCjUSMexiqrgcb976UqqEwmJOABBk8B8h89BcgariS0tIJ2JUC0uuUVwyBD2W41m8EFvarUQ11WejjcSfP7VprS7iaETvHSIQ3YWY3P2B8JQT253wAZVYJca0P+40wA/Mdd0Tc3g9miaLboYLbMFAy2DAi71ZIDfxVc3hFVuCUG31lm8Fajze1KErc3TTEdr26bJeuQSTRC58oi+bvmll9BI+qxoZQ2EKK22DeaD+y1gY3jpzxbW4TmCR+Yy7YU6Yu2UF1wCiZz9xENPv8Zu65SUotFu6lhPXHrlsDQmQAArdUbJEzNgR2IAdErgA3VU8oPGJbL8vylf+nTtfJ2G1nEFfoVz9pPwAdtxvJXPGd6Fx8z9Mtf8RR1nmNOoUZ3yCtwdnc+jQ/8jwFWcYpyLnjefp6bNfQkfehTD5rvs9No4OmEn3rKTA4Tp2jH/OnhjIa/Z0BbsM5fVYEfVXr69MD2POyGlp49Obo9j9rxpRJmo1hMJhO59AJbhgLb8AhAJ5q192h3bECdBl3I7+GSHY/a5myZZgKKq8oNwrjcy1VSI9lFuksk/z3v6tQAAh7UcnMp2vRAwZzliVqYPPjBSC/5YgmyHIJtAVQT72Lmhr/Z9L27phB3zDgR05m87pVHLn/EQ6Fa70ir5EJiOLCahMoPcyiV4dw1fdiYORx9Im3YlEPqqJV0R5f4dvDtqB59O7BU75ljiJf52bcjNcLd0+mxzaesOisKlMO6mNEuUfbuEjcAv2ah2AhSwbsOMK4Gu/6HQtU2IiJ4zjiOUCd55ffcpPaby42t1D0FbC2q0HW23QIRu2eUciViJ00hLLZ9Hr6CwbkBbMDa8j7Et12Or2kAQbw7GGKDyEAM4fGnBQ8MNJy1PPkpu8J9DO90KegRN+1u1UIfj4cmcJoV4DSrvVlQmEnjCHlzRAXmC0hTLaz1AUDa6K/PipXcAmazwwo2E/Ac4PU+ZVtl4E0sKQviUTnuwptymxMuYXA3QvUzH9O0utgD0FOFXU7SWQ/H1ulZ0zKZqd/e11ktDSA9pno1vRMuRN8GQ9xQ1IB9rmyHAfGaO6Mze8+hYSfguQ8NNwi2oVZc2LExml4Eqjyrrz260Whk4WwL5Po1+yGyC3lO7tpWhxkGcV1FWJeTGQV4psZXRB9qMmw0GjL0Ng3iEUzeJSA6WY+SeUuq+LZcZdsfcjjvbzwsN/H/HI8ygP3m7inpn1JNDJFM7HnRQUAwsyuY2dJ3agVa8VZk0A9yCXw/YMqcC7EF65wCKuilaeXcvGD22gH1d7FFqVrIZcO3PGM+9qFskFIPd6jFsumfSC16D7sGMIA14nLgDvi4tiIHUqvO5USX9xK3WjuIABsLoQruF8AvzCLhQQlxp0QLZfzRXYiWYAHIfBZzrgE47hWlGKD0nB+atCaiV/dIFQyiHcPOANrGe+YmyeyQRnRNmgdcn6ASWBtzOMwMC6G7BJZmi8Up4wVfAEHXgdYtCCwgi8M5bH9k2y00IT2fNsx/x7aIVzjYe8aOwdwxh+ifJP4OXGbmNqOVAg6l41GGP1T4Y7Af+JduCiPiTMbr8UhRgfAHOntrJ/D8QytoKehi+CRW4UoFy0K3lgV5vI5HFwqbKOHjCFh00K/mg70NbYOfYVCBmg8eB+ZEn2AQKbfkajiEtiymy0ld/lh+BrwODWekeETqEd5BcVCztvrx68usALXDwR+dgTYEn/AtkLF9ewaNn5y928pMy7OHqvykcnn2LVz99qyszr61H/LtGS3pya/B4OYh+ahaSOf3WwZ9TFnLMlgOu9acqIC3GtoFA24OLg5NgzA49BMmAi/EFqGrDS1Z1ufRmsVOLBN12qdcV8JqgudlUrmhhpvlVk4kdd8PtAefYTPOLMoautHP1mVF19MzpGkjIP3JzUNV7h/b9X3OqiL59Ye7ooTk1jPjN6zOHjKtZX6WadO/uqdaS5W2Ajj0isd+Hzooz+oMl3Xm+ZOCk7zWDScLMUhiT2NGy0NOHv1PEzVh8+XMF+GgAyEIEDew45F+P5rfdtNq0PnDwLFlYnsrGmJAJulloqwxEgbIUXK5vxmkgxsM37gZNMkWTlxW4L5ys2GWLeRS3PY712jKbRte8dViu+SrxWa5BGuF1+2e6LrJ4KwcWgprEOdaKSJJswX8HQmesKQCbzUJqaBl4dyrWMxT4lirox4w6eRWv7VdgHuDEtJ3BbG3QhwdBZSjzBjsMZ4OnGWgEEXr8HiUswwclBm2tK+3bhO4ZztNNhwcmhwSfZfGxuNxzk3/F1EOTiL5wg+5pCF3k4DGIPOSYN3PqgLqrQOUPjRsJp0Xa5vISAG07xJGqPi67wIHBoAY0jjZkRd1sNsACKaBnRUh/iy3iUAPZJG9yR74Pf35XtaePGEfjeNDYU1Du+MimDCcaz1goo8BWS4m4BYDJGBlXnNbeGIHpzS+oVN8l3GDB1zwpGaNMRBvijYivkOdXKu7nmS9uD8EdBX+xTiOCK8bdy51gx5QMjJsH0RnH1V0D/xAZw/brF6X1X0rK9i0Z2JvY1mYISfKwS3AXKQyra8yxx9YBzT9RB1wC+vAMu063Nej/8qK4BNVmbtYW+nPl/rKmHaZiXqyG8i7sLMQli1GPCxFKuhqKzPq58QMURNeOrRHih7wQLLhSNl7jZn/Ae2naydOaKRKXSx+dcISNIZfgah1ydzTfeyhgVDfFwmyvk7w/Bk1iQlxmvbWHhTTptyvnUtL/oU2dbloe1o0fqoZ1kFo29B63a+t++b1bWU8Em0qn8UtsEdozZieazXImqp0FdyLsOixH7JtqNyDoMLXGwY1y9Da5bfz82NG/B2qJaj0cAjkW4l2K10ZeUVUHB0W2BBpxJp8Jhm9aOG1tRqnGIJY06FXi9nWKmhWzspYf4MdsEIJiJF74b3bIqmIU5tFt2pzC7Dd+++4rfxkiZ08eWtLtxrmdbUXVZU9TtZVeZ9Urn/B2ts6nBgDEdKzJ+PmsMmIyrQ0R4BbYLjFk/hoDNrdX1P3x+AJixo+UNIHhiaYuXQwz8BHbuWy6WNPNk4wAYagN0EPhloXzD5+sIImzbje3b6r5FrtpYbk9Udz/h3LIg4ziyICBcYhxXoRfZnS773VqbjSPzizUzfibzKOYitb9plKSphqGv6rRJIdj8gPa/iUwXX4PqnY8fipACvgeMyGw8LbA+fTxjnmEDKFHUpHB31+NduKb2QC5KLvE8XmKmGpOXNvWdAQQVQx1rSi7SQDti6xDQAoyqbzKEA5o/ntYsJcPxdP9KznbcOgtm8k0vcahhDNIF/CaTCPRczsU9uVqSNxULvjaO8GU3QKzAwvFMZQWMKlkh1K4Vv7d4pIjOaGijwzdWzkWq5inRi+cFhlHMM2Egg3924jas2nAsBqygS8qz7c4O3nAqgHZVU/woxGD7RzAL1HoCnmPuhNIRZoynNruHOT9mDzEQYuzm6w9Drg58iacQk2kf1fH4/o/XtTOPcftNQo8340PsaWkVsU6IO2SiVMHIGplHPwpI1hMadwdYzn3L629y0lmxIfwCrsUIbPZAucmXztP8six6ydHFie1KQsXpaAhYXY2stI6373O17mantXlXeV1LpT26vwEHKNAVgDgocaCAEyC5zv81rk5QrpMyf+2PO7xx9gg0jRpeyguWrk7WOcHM1Z8SkjMB77gzmV/2UBbuS3OKHc92B7Wj4GNM108rJg4Uy2FWIGLaOQicbPlhedOJHQxooEWhGF5WoxMtBPQgaOQIiassBPYL4l6vkUMH8J0H6hR2opStbYuIMPRYdUdCctqSgeihQrqcXLwl5z8RWicuUqc1AnClfMwK6Jwf+e/GlyNbCXwcOMpFpvi/hhWZmD04KMIfzBfwTcNlMuCNdwJcNQASrcCpFqER8bMwiE2A3g1fCCBpKX4m1hRFXZjQJ6iQMIB3fZtpJZ/ojRHlpOzvBjzj6renP2w6uzbwejcqLy0eDbs/sdWHHyLKfDKZmf0SHcWb2RZzQh4sfomnl6lRXwcCV3QC88YEHEfWtPMCF5sSLQg6M+M8eYZG9BDyT+5/H4DgBhXJgIXTX8yi+xzxLteSDiUtnqv3aqkvZVBc8mmX6Qq/pnWNsQHVQNh5X5Pr6BQ4Kty8qkX5R5ZznblON5qPeispQPuIS2IX3aKgJXNVh5N9buyiyJgG+LCUv0FxwoH4STekKxe2k8A+4KMjrrFvHbXvoSq11VyaJ+JT+pFeFg0Rsjcjm7WcTcXIag170L0NK+/ySLFhncFqZ+Ae10FDSV1A9lodUn+aO7GROCYZDmm/bnGD+JqyeMCyoLw/AFvksVltqoPJfFD0WuVsHlrK5jarAbT+H7SmkkoY0a1aIOszwm5c9Sq9+kyGsSmp7fG7zvPIOECfWbfCURwnwa8p+Y4yD4vJeFIbrOlwbUcDjczpPbekLdR5HWg5XZswb8fcF4++6D2YMG/F0RHgerbEuUvtGHR1zkCWNp7DcevM7UVuZndXlGK/eM4vRhiX9bn5nFc2Y65QzMBBQRd+qTLM7gdJIias6CadvR9A/BTYRMU0WdqeJFcFU2JilJ2bS+godrw2X5WQMwqdlcDoflvEyLubosUoK+O+VledLJEvpY6qf8K085Vnr9Knbn8RUVRRONVvSClkoTxEUw3gIhsEtrbgJLNdaWfpQBD4wDDmste0viooocV7ITyX0qVfD6xjhkbJs/WDg/kp1WKJrCcPboy97WE7yA/AlUwDQat8HbelLtigJho6HE3IkQ9Zv8jlgyIJbdoDvWdpbIJg1LGvL6sObIsxDkCQUNL5CWujMpzdIJBXLZ2lwwLn2v7nf3CGGnMf7DEF23e91ELYXPtuUxYqb7LWQ+oA8ZpANazoNZsL+UPRDeFq78azYXO1UyCKSxgSmtGWDezw/wX1o2qFhPyoKkIWEA89KwYvQKHic6k8omJVSopEPypCz0rjKBaX/JPskfXsGS28Xx78HBWmIOyQ/gpRISnP7IVfLWEOiYELcnEi9MYJ8SYZifbmXnTCqZ71Yysa9Dwwt3EMbAl28AKRZLzDkuMNcOQ5Jboc332UMSIaRCSBnXAg9wga5Z0CEv+J7ItLLyzYlOxXOXf1bMA4MuLecO1cKYfTm5s+aDKstVtoUU2azCgquslndlBUcwW7oK0KqM8V1ShLF1hbd+eCkguIBn0NoS5nQltklhDjUn+K7A11+4g+Th8HOR+J88Y0KIzwWc/QVnzUEJEd7helFCTInJh0PyblB6QaMFG2xRLsmfLkTFNkCmvkQ4n8MGdUaKgqHwzoqx5KByAOGAfqkwA9VlJJq0VJBDjKvFBvfkTbOZIFdoAQG82D86mHTHo7FcMCAEbyuCwN2GVGEkgLk7GGJ8q8Fo+K50tI0Yj0h7slV/Om51q+bZzP/4PNAAMAeA1JgcByqVm7c1Ge9jE4wA5zcWh5cCgCRyno9GNXPRbWANBPkyYOEFiNZqLC29QUt5qyeacHsZteFjkQwwBWgAkXi53A8YCmYwiP5aVHItK1msfAVOaXDfndacsJTtN8PRPCkBLuZAOoPZ2pSBPgxp/9YBigtOPD8gc3Z0rAzeDlLUtIRMGlvhyR5RrCN3wsBgP4yLZe/QWUYiD0n+ZLdwwsOXbcoiH9+5UBYix9pVcXNn1vjW9rg40FfgClKZ4l/DYWHTl0oXq9jbB/zU2xinKkTJC38aLXTrZLqMVBR4CGeL0PQ/MgnRI0I5XqbBYGRwYngx+UTJXRaKzrTCZsBBC4P4axb+MNowATC0CkI61Ee7j8wiihASLkG8e8n4IT7JgSBdyIfL6iy8kjVROFG5nMUclpLqCR+hl9nI+IzxvhcNh3ExzZr4ayhNgqQORISZWMGwY5oYTLAtlHiN6pR7R7BBR7M6EJM900KysIuxvgTaSmxa5rcDoI7exk/oJRIi15wJ1koDpBNJ6cyeGIPDGeGy7a6QX+mucHgZPdbkuQo8hy56dRcpKDbydSNXH1EF/04VkBHub1H5v4RGrbvngkODuFuOMbynrQgSVAN+uC9zCXAMLqAX4+Da4dCegLNXxs1Ov8iOnHmh9bZPw7jTp7a0WX0tg2DUg583DjyqNblqkJHnejhEl7X3WEsIx4i+wc0qBS41h4o6kkaRf/tJVutt+RlSzVhjDwTvAT4BE/YB2x5ZdxEr2lycAyJ0OGiGmLdkXB+PqGFhSquf9vEYm0/RLpChzwprDV/DIt+Q33J/G/DBjcr3DinwYBw4aca96wbOuciatvkWcPUvyI9SJRUYBGnW2gnNhAT/KiJM6CQj04FHSn3TmulWWBhV22pLtOPFGpFJeemzCXh3PtoXNL2r6JQFYE5qI0295cACNcmVqyfYNZrN3uGJ0HB4fn7auwWqhL9uY993RdfSDq+4PmutdqsQRZ6ttDbH1dKjhf21UGBRvvLOJiLM9b75w72sN2WOiHCg92q+KndFnRYNnUGil1/zwU2cpGRAA4q0YE1z6k0ttTVweRFIErD4xZF5sz7nWBzGf0LZleK5H5nwEGMxXZoDDDS6zF4kRwM+GDn99cpmjPIBWj9aqGQaBtdfOeEDLX8H9Ofg3rPNtvjh/sRceyOvtsmnWLm7nNiurxdXS9P7o3rxbGlGYFQv/gC2hJsERnoYrJWnhTqVHfDDCWm+9U5K5xTqOA14m93BGZl4Goblr8UUQi7pgWtIHGh5pneJ9zrTIlfDYWCu4tKwVh5GzTl7yWdSBDzLVrChvoIxJQ5VgTnFIS4a6vrGSQCSEN0EpwWr6ULX/YE0pgE4f2oAbOkv7a6H37P5OXuss8+FSlTQZbMg7cy6Nnprl2jtSdaz/SSSvwefap1YlfYHIoloWFr37/eOb7anBwAMqvWCrjeuu49rAcslcxQVNcfqZKtDZ183LLZNJnMl6DzTNDhiC3Ob3CnBE1/qKwXFlTa9wxfaY46lO+t0OATfP8TPBE5P70A7b3tFh0N0o2YVgUBYSj8EymD8fZEcQrcGMyAohknK66Jtr6rdaTq+VdFffnbCOev5xSN3rH1vFOrnxUogiq7F1IquLws/eOVp0Rdn3pCIIIsb05684wB5cX4DmQbrDn8R8EgkCllgrcNtJyZYUNkXajg9s+BLKKeUcEsiwJJOGlHsecEEMgqTMxzHWhALr2mUvi5mo5E7ly8E5P3P6uHw3NnQkKJClqELVFHN0ygqndTpnpafYzpf1FtfsanZwl8zvp6l4ImmBuLRA2DN5HMxnY3HVhgGzaQ4my+LPDts0aNtSxTBz0io1VaokYXSkmlci1+U1Ya/UsBRF4FWmmgDo0ZZUV7SGdmgDdwZV79T3NlXAATLu1IV9Q8FArf5aJefHWadVxzahlOY5q9fkBHyuqzelLlsoYidFeJfAY8xp/xnE6Rkw1F8ME0xL6yjFR6GHLzOdnI4rVKCI161HK0u1jRULEE7sd7BMETGHURi2BmFJaL8Q58lUFzQM3QxMGLxN6n09LdJa6Efj+EPgkiUkC/jnGJ2X7RtSiW/ecgqLXN4qZEN6flVw12qpgmIdd6Lw9fyOWEjgi3FkDfhBSRvunP+NtPxL0Gn7VJsPbE4zYJsOg68Lw0f7hA+G3n2tGZhJ9JtWW5lFswjNaGxmJ/bv9Jzaf6Cc96wVWqr6kfSY07oZ/ScOJdNXd7d0beGj1ofV2TSQXzcef91O6fjOsw3n3jE6DZxi8MALjUfAD77IB1sVC4HJzy5GHUUeUZt3KaLpNeJi9GcfUQ4woK4/OTS9YSJMvXxB8Yd0N+z4JexZQt+MNtTqqy/w9yifLBQT8UMJG2zEhlrNiqXwVD1d8r5FWugK75c0CSmd09HWnuzlSUwQXHh+v6Lfzm3OpBhhWcXQQ3NjTlDR/2NS6+D0HUIDTEhZsYe+j3WRf/3NK5Zhye2HwNpYH1MdI5uQV7tIY05isGWhkcOUY5IbY8ZWl6SDzR6rZCvSmL+pxVl9r4Jv/L6J4RmUdKY6dsg8uaJLc9+VlOXAEz4p//9w312Z6F+onASioarS+i8v/78IxVpwi84OD/PX7WsYu/PqTAOKP2zu2afSVuRTNOmXWvLBeNcWXYy2P7jSmBornh+kHAiic9b95U5JUANYqGWQjcmK51OzmpD6PYfiKdNf//NArfFDsSaNbPWIT550dAzoChLg3qr+7WHk+41hyXR53qDY/kO4l271H9Df5jicGU4TKRZf6cedJGuAKXFCxGdkdio3jCCBw0mcpl7AG3Ezk5sDAjPWDu2bcqjKCCufORGgb9ySY+WrJmVwiM1huFxOnqou3qtTTcFUnAVNqfhgL33wtQVxgSxeZawtExYEy9v6xUOpmp8fhSs+BP9K0OncRx+uDs9T/7J15wOaWza/vG+XVcigQW+amDBJnnGKxTsFjbNAsWc2JYhvz7c+eIDv8XgZjDSo4F5xDdnsIRjq0wAeaULGciuq9lolEHuQ73IvAvWhj613l3GLw5ei3vdQo8G0QtLm57G4yd5aQISkEL3BZ5PBMeLkWVJpxfgzQZtrFW2s/360hgZQb7g2KFlrTDZsJC7uF9rRFznbsD1T+WZqfNsDVipZ1l9hrWGwIvt15q+SJXVkVxDIB3rfI2wHO7Q3YTdqk7UbeBk6R7JIJd3E+9tMQ9sfIIYoA0Z6CIw8/Dm9wUeZwaGnjPb3eOUKxdn6YcoJT6eoulpbGuBRPsFJtF4gfkEKkpLC4zVQrDelLtjomAQRL6grP9MqHmdUhbLrIyPvDoruuQaLVPQG7k/H6OLpx7K3EOgQ8b7ZOgRPeCtFPLfAES87fPkynMFpCbkIbbHEYZCPE9ka9M1Hrb4YpCwVE+KDObahEK6vuygwXk4wA2u99j4ZoPfh8VokCdB432y+dd6IoL38aQAX9UKT43ydkAhhZV2X+9O0sxRKJ5Y2Ag7n/4pQwaetqQB1HiOmXmvwDTa9qCge9iawX250xLOFcCLgx0710AHTdg51l/iVzUm3QEUftK73POkmJQFTiq+qDn5V2zUZTUc0v2XW7X62Llv1aKNOF/DZLT9n2wowTCWNxk/fdoLWEesI4+2fNP0dlgA8Oa6Q9juMBOHCK/PlUOHiWdSJA1mLafCSXdSQeutQAZ5l8gE6Td2iHbJBwgTMNlDnI7vesMqWJDj9X2B2mlrL/iwUfqMzvgsdJ6C8H1om8zTs5dwOn1WbzKA1LOR/bB9yLMszx5qWcFjBtAGkmlM5tPPLvPJQ8g68FwTN/RzEcIas8ayavVhLLjAdIikbTDKkR0gzfM+C3dd+MgGHUqta1SydRFSoeIruVqvW5fwwOJt+6os8s41xAb6oRAH8G7J9OciSET7rZWvpzAAgCvRQZk5r+3G9M1tVoU0EadgxCUzvr8AHk2iF135o7MCIRs18tBgtC9EgYYWPSyC7fYdOuP+nXLtAJkmao3Y1oluRWmOIQvcRWGFpQmXmOSy8fCTwijk5MY0zOZxo1L/h2f/50//h4L3xvD3/zWBfB+TDJZ6ZWJeFOSCO4L0cpyx47FC9RAMBH+GoNpnCCWhScZMBWqhl4xvjaPdpQ/ZY4iQ4/tURUgnqakS0xGVX3ivu0IWJsP8BBEFpvrSFK6RaIFIY+yVK7yS+a4oSK67cCD4bVO9+UZUM9dTGXvu/oZw9mQrgIcyAzQ8hfBaSwFELDerna7Le3G4zar3eOS/5bdZ9X2RpxsTA1BwWUBs8r0C7vT7bJ9WwLRgPiT19bmGQ6uD1Nt/7/lstyoAce0T/ZmJwnGpaEwwKIQQJd/aYyMkuOE7HLyNUABfNNKzzfVqNhpt2E7IxQYImw8NzxeFaVR1PBamXRnc3jBuQAJeF8mO57zkG+aGMkCL+y4C6x0OXQA5UB9SX7Uvfl/k/vmfgq+mmFdp+BDef1QPDzJ3wa6HxoCmm5dBpY5GwRQWJek7EBX8dEEkNzmfGjaTc8d5dm641eBoyjjDaHwzHN/KUcVskbxsY59bNRHYDQocbrjJ3EY32TgE/nkisTe0fA4kVZbWkGtLPsdSV+K6njxCCZsVromQlHE5TwqBRIiQcGDQ/1K4Rn/DVbjLuPkIhR+h3UdIw2dpPqKEGctmlroDOnE4RCVmItF6IBKIn7Nc7TR4KRI1uamBSXTKkB61EJsUrlF9weVVmpSLX4pkBcKObxmkBPBCbEB1h+tFeL0zqH66/BJMFwSsBfHpjm7mSQYGlvgLwAyBvQ2vT0oh2TxLYZVkkF2GlCospWKckBX9G9zFQ5uCsp5LxzpZz1UaPPR3xExUxXqb1fLFPQYCyQb5EibRVTGAQENC0EI0zvnkD39Ip6k0SsI3xZnc17LI9dnftdUXVC4Gebm72xS72mU2u/Tpvojl86tOyPIgq1YD7gJZ0wP9KZGgEw0ScwGlDB44+VjY9FDs7m9lpVM6GBvQzwF/IHQDJXW6GKxUtdrdm4j3AYe+elHcAQcMkW/SvBnwAQDy+1/YwbbgfoCIbgPyRyIUAkwFJIGBsg/ZCnLwl03DV7u63NXp4I/T/zXw1DRTHjUj/cOfprzCV6WDqykUNXWkU/sXqJnpICvudtusGnAX154OqkHj+9shx4rDTYBGWYvnrlnniJI2COrFS/zG41V+RfHh8NxEhehfVL1JBp6wbcA6N1GX/i4o0XRT56OEzStuEVoPW3kHAoHoaHV6uAMPWGb4vFowQjChuCv5AKYqWhKAO+LIgLRhqi34TkfSIi0N7Zz5mUHqx4Te78hjHUEivcWHdLQPPuauCHmEJK+882dLimHo+Zmyll5HprzDx0Giz1RyxzGZbict1kqk6n1pPs4eLLoXBcdLFeOWrxBq8bR7MYthdM8QmUGJfylV4e7BD2wPd/Rw7h7x3AUUce4OtTcclGi0onEAZTI7Hu2jdJUZT1YFniw4iW+4sUYd6qZh5uk9FbWOGW5L2cPCpmmaWQcxQe8ejO/EBgzDQjEh+5sMMDecRzyQI1FCdyBR4uvmiKN77W/Wzxvmhxwaq5udDm1LCLrOZQwQvBRMs9jVgqf4ECph/pS5UJR/Qo5i0Ppr8XykzNl3mShEeTa+jY/yMa3FADE+Bk1c5awCx9DoDVosYCcSv1EN/o6RnBXXGVIbuRcDDGOV2JhfS8nsbbVv4rMdK0vH/29KQUwvQ4l68rFI7rLoVd/DnoZWKcVMvuVSjN8600yJ6UxdB4RPvYedo5FiLvQMi/UkCRkPkuONinOZbKqhh+dvA3aceM5LD2SvibsR2UF7+mlWe5ukhjMY6W0SyYuRQxHyTN91a/eS47o5mRSDADcB955qhOyZlthinLKlm8tvsv13XookbBTcIGGUFOaiS9ulXcoZWtk+SdznKcfwanikxiW7fAYHS4GJumnNF9y/4fTrilkOZuxYVdz9grUY4ioSJoe4Z3K/5e+a4OH2jOMHBM0FXjz8A3jxjFRIH8xff0vv2yyIFo7qihfiCijq4agFcbuu3zIH5FsD2shI8g195KoEM5Kv6JcGq5zx3N/bMr7z97aMrz2Z7r8kNWjA4FWeX6XBPJEXYEboC8X4XX/xsS2virj8g1gnU45koPdinXzPV3zH+F7cJS/p6i38OaLrMy2Sh/Eehq0Qyf34Fv4qxTh5GOHFTIyT+xFcdbOWOlbbji1cx5auY7OmQfuxgvfaaQKTY81v4TdNF7hwx2/8zHLfs+e3ZiI9ilVLTKG45zeMfxLJ49g9+3hR8Sljl25OxHFKNLU+lEiDNot2iYeLx3iLuL945BAVUGdbCzCwXe1AnTfPd3efx/Gni56pbBZVOKE7G5r7gnal408XWz6NQmacX7bgkFhpEiqAMi5aJl+GTIgFhWt5W5RZ1Qxgs5xdMIlsCMgL6cjQKNDpeATvN5iEbmcCqHWSThBma0K3pmnc2XFjwocvisu3Nmuw66q2bhSTXmgy8wPhCUCQPsixEmUXK4xvRZIRPWfm6Dn5Bi7W5cMoMxSiDNmAC0AeCu0onouV/ZxgqPnOXw7GmR8I388AH6Zrbg517IW7QNK9D4tioCh6fx74fVcaGlcekLA+YMjQA7sf2fGPOvcB6BWorISyI4WlW8ey3WfgeHbxsOSlOOzT7ShcVvwx3YQX/sa9xZfec2slpvcj2d79eNA56Y4HPZjmzexuOEzciIm1ORczQW2vvP1r+whARelYZD6g/wcpRFPejyx/YTSREsUfeImHDu1l3wbM9UvIWko2KdzkSZKG43O+fb43OPnsfFbLmVkgcCqmf8p+SgBb4ellpdjxiFx5tHggfHUknFezYAFX5YkF1Tl1999Dss+t/ufT4fCcGlaz+duLxL2nZpeSpdPGeiZfFOQyf6pyx1ePaxECdVHvC1CwAfE6kcF6556MBYkppLPg8KmUqB0GA456MwBNdpUd655zjMRhM2K3PCW8sdCB3quaWi+4YXdqaaUasDsJ8jZUKzG+jwIpSBD56IvbSmYfG3q5RXAN3Ph1+73AjXh63mtmHDDgXaiMpYemIUQ8hTppFdqWEJ1cTQL3gr3qHcGyiVTGoGcD1R5JvAOwA9Dj4wV0uumKzaIG2kA1aFtNbXtrL7iJLpv+vbe3dWB4YJO+ZFckctSro6qwO9r6q7OV3Ddsk1N2DmyAnymD74pxY3o9obt0Mjb6tY3TFhU7Hq8sLuPfTjkeH8ptVmHKX7/n8Z/xMU5/v4/R+gcjp+FXORrBixG59sJtaHrKKwgvLyvCvh78D3rW0LT4ot/LOgd6vXDkedNf41izXrPCe83Kr/aaFae9ZmXHaxb6p8rIP+X9aTrwbpWRdyv6vqecboV1WRXgsmpsMMJ/o+PK8tofKjs/I1QmnsE8gh86PeRKY8gPONFv5Z0qXtT/KasSFgDQgKdkym6zCpcAfuSPZkTDR8P5+VWes6/3jv1P79OT6vfv1PgwxUO8QjS/dhyOwnhqCo13d095R0IlBhdYGAdDfZH0W1SST7kMLCrY4lTxJts/rfcd4OT3J5RZk3dv3//w4Yd///7mh59e//DTDx/+hgfC5uZP3//5RXSz8QeE2LEdkKPIRQWn7NjNCGw2M+qY7vV8RWoiJJVdS7CqMdD5XhVCM66fS9iX6FK2F5qIV2TT6qr402kqOJhlk1xeB8al90iQ1TSWaERxaQymsQT7CWCH3NaoydAvRVJ4a14ZP9E7Wa1kUWd3cl5cXk2nF90b6RXZ/ZNTaUyzzmooxuWFt8m7q6hjiZf/nLHZNS+r7nStyHTcimqyfwlRRxCTUE0ezd8rgcIY4yFROiRTNp788eIl6q452JZGsV2LP/xpemlSNXaF7RQfmouKUC6msxytwpztnFVY3j/sakn151zztS0sofBIzXJvw0hRL3IKPlBix+/EbnSyFv5A5Aut6ZmzOX7VK0VBXK+r8p6+14WltGZ/ziYVS6eznbjjMKOzyPAeDsHahajOSAdBCqM7sXJRdPdor4KJGlmX08jyfAhFsfIW650LOvyCGptz2WN5NjOIU7hve1iHw6RzTfS5Yhl3h5Z99bzBINak93pvfXCjTyQmkuf8ngzh3ml0UizOrML9BQFnbcqufPsasSZHIyOyovnWEyd92jU1N4cZp8cQttkJ7vLHowJTF4Pb/lpYrMl1JeVvMjnc3GAI380N5Xx+l1UeaSklZbtf077Nqn/8dB8e5hYWMhCJk/8LgUrhhf/HQT97QOKMf1j9hrCUAR98Nsfy5MUFFbtPRbaak2EXsy9wIJbGWezVI/e7abghILMPGbjLlloF70X14V2l7hWsr14NIgixIm0DkV++rmifYmJYQsiaKTgFaCGyMT+gmfGv8jHNAAqU8oDhZyUGj+3zPL41cKEUjjXPUpD4dKn0l1Y2wivnO77md0YgK77DCK/8eocy/E7IRb7ka4jwWrsILxve9Sa5A0KXnPGVC/CCaxvG17zkubdmV43VAIo7lMdmWXpOYlA/J08XCsg6TBDdrBgO/RlcsO19soK7Rt3EH53BvxAErCCNCZUU7ymHf+Fetqf05Qj0yw7m71R37YgqO6IaDtaKtvplEmrNZ/FMfFckJZsPFgCvjxvGaMDP4Ics8tFgOUgR7tA2xe1rxYKYPJctDXkwGKm+0iaQkBnNOaPgX4c//dQZOo1YWHzWGQbE2uw59MbrX6Ftz3p1anJzgWJNtoPTrnvVqYBp1qtTBURYgY2X8eB16cEMUmXARFFvupM1JHxiOGrCUH1S+i8u+i6BQzrvN9ltMdug5X3P29733RPe98KjUqyFnK1RRVpHKlI8e9bgMi+PR53IRWVGdH4AuZpu+UZmebq1UNjObftdRpMAP0tDFXeiWwQVQ1uEr0DjAtuMMFSJ4Na8kN+Lgw9JhGBGeL3CoEPejfhLzx+Ox+9AozdzHkiLhBAPJgjQ/E36Pd+nmzmc72V5ejdZker6mG7m9kdKNy04DdxAUGrnUlb4mxkc+c28fSOlB5rZLtRyRP7Fc4A1rxfrZUchK5xSuPfK1PGIZa0j5aciued7/gCn1n+nv1eTKsBgjxUneJav+T23sRfvcRAijikja5q+4zh1MsI9iGBokb94j41V78x+zyhs2il90BQJgNCLZZ8VErt+zKyVll/DSiG+iWhq3FnGZA2mOkG52chnIYBgrBCYW2jjmekeEsvgYYc99vA0WAEjjQJGmgLc7AapAAIpj8fzDXhhh8OEwm9KQ3aUOeRIRV8LZFv2sdKGJSMnOt12nNT2Alcu26xmDL3ydne0Mux4NM8YqAKe+YEms7PuwdahaWB9ND6pDlIO9kr3wW7Yex5i407Wr1WlCR77h/x1SUufCvXY6xazMYwfcdPBuUb7iIxrP8kUjugSh83gp+iNWgMOpm+he/mh4V7ynW5se4hPOa5Zvdhaau0nPmGuLLdwqiytMJcYXNz/dX7ICEO4L5MxWr6Il+zC2uVcByCl6fjKvIXwS+fagRSlRRNsOCdR7bv+N2kTAbTVASGunMK+ppDqFm6rs+K6NAFgZjZ3Ujxam1HB3Hr2UjCjcP0PG7X6WEjtoOwxw+F4/A0JjR5wn0m1yYJQuM9U9DYMNleTG1nk9Fu7RZHGXWrmO/lYU+UslNrKLgoxSbP5VQr8Vm0z5wJb6n83zclNs3bJgz06hOQ3Riw6xLqicUY+7c6Y4vFdVv2IfU2BrEj9AnJnagOZIjVxI7ZOTVyBmrhhXo8X24URgvxOTPkDJLBiKv/Dw/YRewcoGLli6Xr2cC7EejhM7sTDeA3hPYyvhsNkLTYu24I/0I/vi3wcXJ3Sk6+TNTsX4nViyzCsbcr43UisvVMESAuPx9X8Li2xpfu+PKF7TLbIxZdM655H70YPLN3zncjHe5+4tGPXGTvsOqFYVo2H4Oj5a+BWA1d9pM/Nr9LxFbsgv+Zzoeg3xB5BbPBFxtfAMDAcJvux2F0+89gSUeNeyZW6z7bJlCFCe8+dKw80jFF9mtngLzRHwOLZ94YxbQCCmOdiP9pxNRyew7htrVZmZ8Dk5pPSu2xL2WYQtomNwJ+vy4rU2ZyNe66C/aPWCSVGd/q7Yl7avE527ALL/GiPXYJyl89m+5Go+W4sahvohXrZjrTDPSmnOTdaXD7aXT5rrbdQA40CkAxnNo/TQdGM0h/Vw0/gMMmQluI+238XyB5+dTmlNVNxmyIXaPDBnkkHaVblcW8u530Sp2apnHipxHMxWG+lMcVD2fdEapqckAyEr4BQXmhkJurn03mxqMdXS3IDVaK+Ltw+ALdG5pZL+FM9gs3Gg2Tg4BTlODG/q7kEq3IsydBMq3EJqpW5iZmB5QjyAF2ycDlOyrGbjxlwgl4+u7ChHYfVZld89Lp3Nc7w9qUJ7kOjIBCwRtxvTIpbwdXFiqWtTgqsOBXvJNhHvPLkTyWD3B1cvBd9/cAr0WoBS6FDLsCBfgXBodj+7LIw7a1MC+3oADtlBhM1aC/fia/QJbqWsNUtunesrrEWbZXNqgfbZMe/rA8xb9m1FJPWWUXHcOflvLaoWaP1rBK5cUXkE+yiizv7F0axBRPCFsiNPdNArPpZJb6sPdRee6hZXCmNqDRV2smGgqQab6AJIEyqEfxpBErFUdxsGgt2+mSs1SebNVzbqHyX40rphBTsMSsw8KRgZol09R8jgY9HtSh8LBX+8OCfN8CG1TT8u93t7VZ+rV8XC//jrl08Hx78467aKIGqcsEQT3lq9y13a8Mf21eaZvZPuJ2ap7y1VrLSY0+UDCkIZl6+IuA3yGKXt/sl1/4IjhqwZ6xIKk46iHta1y31VMtCopdRvZxFLd0mGrDEv77BLuqp+IKfOm5yT7F/ps0AmlINhyM9qf6xtndct6dWvY+ujAO5AiRYRUiwisWhY2C1EibXl2LOGCiIYcyj/MfjJTqxEoe9cSrzR3NwAN7lssdsyESPt7ic7DHnu+/OI3hnSudoj7zJKo63GCSDUUb+6WqUbOf4F/ic2WjABs3vi6r4QgDF7zkxt/6w0vresx7HWMtRW7Udtdsnw6T5xhyq8JXI8A83jZ443QZKksLDaLlDaL7DcxaxW2yWopiXfUbD5I8sLftwFjZL2Oh3ixU8mrW81mnW98hqyWY71JYFucrWzml2x/h2OEx2zhVafdEV2n8wjefpu1aihZiyk4fDOzwcfvrstJNP5ya6weog6fR0JTM9+YYGH6JZRIyecmi45gdzHyKoAq54Hct3+7HnBM0WfCO3f4/ElljCreUOZHZNw1+ZTOxg9/+m4GBKfaU+ADvo12kDVPSkRgBIp/BeODjVD1nx5+xBw2f/A0ewp85Zf9c2T0imuwcImNQ095EPsF8D+LKEcWRcwJoIKMyI8+SAkkO5SaK2h70J5pZDcCCGjqoRDzBtNcCCeLBw9JM4vCS4gjahqPg9AJOiAQZgey4Wk8PUQHLxIMhHOXBpAjALFHa4RZ0C+IznRfATsJ1hTLXQzhxsr1w/N9yCsAFN1qNv5sPxmERJwjCrtxMt7+DhVuQHXezPfjDuaRvFm6fnpfOFbRte94fPaYRy+N0ne0baW7FfeU/c1g/55subwaq9GeRPntrxndkD+FrQqRg/uLV0x03/pA9N7LG4F78kd2x+dzrgb/+FiXk8lsfjoCgLwtngt0KOFL/xofIgFB8Fqh8tiSnHV6wVwv7/qXvz7raNbF/0q0i8ObwooUiRStwDqBKXY2c61+74WOmkO3paOhBZJKsNotgAKJER8d3f2rtmAJTtnO633v1HIgo1ocY9/vadb1W/ZEDr0Du2my4TBZsiLsFq5Yrdk6c7dXmcovdDJfItV0HsTx7a9oX0LSujh5vFLaGP7O5me8s67qSHm+0tCMQ/sLubxS1IQd9OmxrYpGiXy1pyzoI+0Iwk0CAVZHLnX3OP9poDNc5beoeYyUzA+FixBXRlsL/Z3pKrNd30+9HdULteP9C7IYS0WClfM3FL6Bzfm7ty9tG7UtBll86Q7nTJcPssqaB3sMD27KH+dPLWOhABHoBw4VsRM15v2oaPRqlLYIQo8Bkpw+hMJ8LdggA2+ik08AiVheWNU118WjmX39mROFNOcKsB/9GPMPYTOwJ6TPXFivCIpe/V4AUo0AoS3MJE3zeqnbqm78Txy/mLPHB3EF13s4YaGX0GzAi0alwnvLb/ntP36fyTbcIKyPsvIRYarg8e6aBxTMFpAVKewJw/0bA33WKC0OfhecN4qOFzmCdPotOiEwOGhvsoWOAaphmbXszbvJEw8h3yb7Qzx/1q9m6pf2v7eKPA8zuNB7O9+KlBawYtR6OR30sG8AYZ4MC07jKpALDuFtssewMPhuFH/1zNvZnrnteT50gECfd9NzEwouVnsILHbKF9asGxaynjkxTZtTRk11IbDOT4UZV2sz6atcaz5p2Ob2aXUUobizIFE1Vguqe5sdVOiuEOWMxpbiy2k2K4pzNnaIxGpEmhjEkp3HGJutkye8eBtshEDO8cek5TOkOuq6bXs7Sq+KceKaXK/T+WR7ojZIweQEc4DwEjkM6UP9ha+VRhBc6j5tOkjf+XSGA+XeryiXIWxQUlEBXKw/f4FIYn1wyP1AwPCvls0DDH8+QtnkdankeZFwjL83SeNJotbK8fTRkBEr/zOVDqd8vFOepe1oxP8g6mKj/OVOUhUyV9pio3Z6twFg2fcpqmn80r5R28Uml3cAq8klKnHBmnfj/SkQXcBXIkKzsdk06pG1JX0FAw2trYwW7WKmRkJqdHe2QDeXT0wVuCBV+Ksir2fthqRYoQQ4YFHfr/ii2cfez8R+5v7uKNBawhKgf1MvO5ySgHy+mF4RmXbZ5xY3nGdYNn3LFfog2Zbo7zjPefxzMii3j3cRZxxvhkpqEcZv41Obttk1loL3o/5clTTfesjMTNEkyN2QZ4u06J5OIWjEzfss3NErm//e/m/gRwf9AgnZHJxuf+HuzN+JYcDnu6UdzfLOD+oCsD4EHJ1Y6uwQPIcH+Cbnzub3ZL6Bbff7rR6KyDXADu776T++N0RhEW444JnzAKV9mc5nRGfgdzaFm9I8ex0eI4IQHvUI9UvuEK/33qkQoXX+0gmR39KxzvKo7wrirmV4NdLScusOFnsav8hn8mu8qfY1dLw67WNXGw1X/rMAF5EFHV+EIN6HKjXNCvFRyrevgG8FqVo7pJxwdIv3UkeiQGXOEuWX26pOUZP78gCjnObuRIDLwsFSFn5fmF+Zxfo4qOqPceAkoYIsV1LikAct4+Emq66l6AtRh13U5+jfKhe6QjsIk2H+JefpPP8ZWH3P7PFvzz0y4RcXVmgbI4ofukNCkAlsX9Cv6PrQCnSN9x4BiwN4YfykEvU/aJb9NiKfKGi98MqKkn39l/zqw/Xe0kL3TL8kGGCH2+EKbk2QLgGb3zZ0uu2I+DMR985UMPnxwxHXraJTndJ9Lvbxr0twj6m0F/PVsz7vulxmUsBgB7RWcsuxpNM0iIi2Q0qYboKvUuBZg3Wg3TYgaA2HRFU5rGPxKKZyg40sgH/pOM8tjOQkrOZlTGdg7g2a9iBhWomPEYpDKTJVft1E3/n8Vz/V5Rbdu1hAN9OsO+rxKwhRzRtYVp2bHF1Whq6xmORmO6PVsMxPkrcr5I8PmeRVvEMEODcneSRhHWPCiTEYkjqGeBv2GDcSgTKePC7Vl1HlVxSZItvhNoyKVmGIbA7qMxLc8rQpKR78A8orvziwF0xFoJQqEcqe7eJi3SLOMZ3N1zBLYH2/Nlvy+vRq6n5bn0cQJHdKEqnCx9s0NOalPApuJXncnj5MXyajRdPpPBARSKPMKopRs35M3P5+cLQhIPc10AyNzyePYlIckGqeAQVANGYxptfPh2DlUFzyQJc4hGDohnqgbkjmXxfbyhe5YP7gcb+oDPa/oWn9f00RXbD+7o28EDof45+MGdfNf+affOnW2va/Y3QNpb0gV9JPQlWww+0J/YYnBN37C7+MP5S/qe7QfX5z/RH9gyfkd/Y8v4Nf2WPcTvzn+gP7O3g9fnvyEnFmxO6Wiz6E38Xq9itd9Ap7KgbxDqwUvg9D2h1279cPbPPPqJvgcdDEQqgJx8uKN8uKfX9D3dx98Qe1n/M49+o29VVmwIyPafZCQAkByMCV43Kv6N/txV8Wv6Nv6G/qwOinc/mAZKFsGHLuMIvntJWt+zpPielnCCUD+9pFgE0981OvED/barE+/ot6YD9GFgvzKHIi/pXfsr8yFwj3tCPzQaeEnfdDXwgd4NvqFvSI1r+MkemJjVFLdn5xtytohBDmFPAUwpJrZ9sGyemJGy5d6rcrkr975RrgRnovC0tRfjd97FaK4ZkO8B3heIWhqXTSjCLjzlHlyNHqmGOPcBIHEyow6+OJnTJpYxmAv7rmOLmmV0yTQOFbgC+ThUSAcaAnBSQTTRNxotOZoDsQvLI8RPBpyBqZ5NJd68OFvpXNBLUOj0EIgGIPH9fK1c9/yBZz0Nn8fQsBZHyFrD2xt+M0jtHY8UAXnyaJGN7wUI1kkc/TA4AcBugMEBkS8yMQU5HKINS+Oo+I8fD4cfwXe132+avXvhB9SMlQF5kNNdIuk+SQOsgjbRoIJCsPy86CQGEOiMloMVFTGEfbjKpxHkzrz3GbzDPHDXJ+5FTkX8DS0H3zQIAHwSG0MJbMjkNFoD+eR17mpE+v3MI6Q2g/SKver34VpcQNAlUSnMstknjY2hp/zRSIPR+MwVDkt27sHXnqf0u6gcAOBX6+x2VFGKdq1lPAfyYTBHct0/Ybz6ClufK65sYcWAYyXwF+KM4ZHTUcMFTc+8PukFzxibEVclp2LwCqt7papDGOoTyK+WPuZ/MjKyizN+BgbXg9QR5AKKkhjQME0ynE06WULMFJe5NJlnzMurU6U7ySDgA7VPK2CF6+Yq0ocsxqgEYdOsgt+wvFTEVgU7bB81+rBZfj0Ijibn855dh1QeDlFjz1K3P72z9D91JgbiTezkq3QDNkEGxSrdKGh23kjA+rwDzBVBGHjuPZCOcy3MrpHheSuJ+KeYK+MQ43kzxZRQp6AroqC2AlWRGxIs6X81Yndx/8kbs1/t/mwREy7Tf5mBfao9FzujJDKya4h8DAF1WDkY10zQMAwLbN/Mj/CTBobnkiIMc36Z9vvyMj0c8qsC6OzCujugYNx4rWUUtWF8CP+oyHierC4zcNKZlvFqkCWrQeaxn5VssnJKzgwAyPp8kXi+qFZS3UqhWsl0AzX7L6RcwSJxFgSPsWApZcUhAMr0W55Uw4rnpZD54dBby1xWWghYDWfbezH7AbQsANUHdQAzO/2ZJ7/mdSQ9TzP6BLspQVstEwFmUzP0CfeQgNhKQQGx/CYq4mgzXQ3myZyQ/0hvqbI8PBwivHv15twOd3QLlNQShNPJLKrogm4BPNV8AYhMty58EFgXutqBDYO6u8oRenrqRRvistP/BkffDLemceDoh3Eu/HFWA5D5A7AyA4CSUqqhNSjA6I7ozjKf9yBxidI4Wk2LQZVUhPyHpHcqSNfiFNk4R1qu6dI72NaAeuQ9bYiOyQXjMGf5zX00IrfurJsPd3Q+3BNYFqPJ7JIVSm6LvnaQe0Zu6RwnghgTHkuAzjGY0Hy4B+jZA5+Aj+52GonLxXTBRCKulujwh/xTtDtbx5ycx/GOJNFd5PUSo+JsGQitR3TBsMCGifrOpzaFDHEMjcBEMP+4glvfPRnrJu3dHVWewuZwqIaolz4c+JHlzo8sdyih1wyg80y5TCpp+BDJeqbPPcZAsSgXJ3DDXLx2cr3cW1ql7PdPeVPx0+EDZiJW3W1ScLs9HCL7xCCkoGqE8iGk6EXY7+f+HUeoumhMa95tlHtylOSYFEl3rnX4pExIiIPnPKsL5TyPzUlaDEtzKfh0jDKHKMKAUSKGQxigmBq3s7k2XT81nKiUzr7mU4xfwxs06d1vq6rncxg3t20WY9Qi2TTJSH3C7ks6Szdf898EL5QBEVg9dK+ipKd71DMabd+uluoFBj/16kxGdeNb3gP1CR8U4mACQFOQYPpo3rqHTwg5BGYbYUQhL0KQDioEH4C/62b0SIUaaWKO50Z3Ogp0uwF+pNbIBkmwT8MUY0gSpuJeCFOUUjZIM6s4TPU0u+Og8F9RmeIlB+phU0e/H9qHq6jIRgPZMCo7hpMPZHUkjhxH4shxBFGahDmQIGJTu+9eIPGhWWRTN7RJOKaTlYj8SqigFcZv7R6WUQ3BtU82+tu0ft6MfGXD2AdjH6bCvB0Zc1BYmbqbcagxFTOYaptZTPrhEDXm/jehp6hD6w6UObhLNrVjtvNaKa064PDmLJTuDQZax1PttoZot59WE3WeRRMXDxhqE6Bk4vn8thZ2+j8SbwGi9eRB7ZL9oD/6STvvQaBodfaWKlhfrUIaylBLZi0aELzlWepxIz6felyLZClqgN/GuJl0pQgWNkLnGWOhfAmUYhYw48kKez2rmbzJIMxkDuEkgdqb3Sq0AMa25EljpsxJ0wh5wYoIaDArconKwfyG35LzaHvDb9VvML03FOJkccNv1dDqShfWrUyBwOiQYenN6DZJa1jX12qqG/ACQM5okz+cEYyejhd3FxyIXS45MwVxrLQZEW7iCQd0mhEVTGgtsZp2o3Xk3u2cwu1cEtlnuelAam5hjmPKYwG3sCGdTqWyo+22obPwRU/1JPKaRmGa3RW5z/QhBVumDzwiFKkh7ATSzcB5l5UsgEMO7w0bb/rIwewd/74GL5VdwU7NVnm6EbcIo4dmA4XclBEYtJehjhZWBx9Icpkbj518uBKVkvW4pgrpwy3tEgGqRYVlkGtsKWlAqNKwzY/BHVJuMAkyilFXuyN9zll6fuEHQgJ7F599xecVKwdzOmNlPCdJNGcSy4jBnGZMxHOfvQXprokypDXVhNAnDFxa6LikKrBp5uKTuhHJZMvmtZqOkl+1iZjLuAoIfBhIgsR9AOhbshDSl+asU1iHTH6HGQDGMwgCfoLuTESlgxlPMhDXQ90S/46AOylUKvaFSv1/BFfivXqjccik+YGlMvUOey7VPyiDuAACZGQgr0u7v+CpAxKtbKyYdpbeLaE5O2IfkLJHAeDl3uJA1itrjckK2FTpg6/LzRuY8ExGpyuI4IcYbJn6JgxO80Z9XUFgSbxX66GRWY0a5n6vB7Ages2EtZuQrrYBl8kv1GjGlTItedmwXDDygV0CGIbqNbZP1NJ6BBh4DDilg0gq8a7LGefDzOSO82EFJQb5MBvkwwJKDvJhNciH96YGO4qewtWOnQOhhpryIaCX2ZFsFsDUZgmIwe0NZlDGpful7nU7/mh2FGu1dq9agwiLdvvOOg5ZjX8A5q76p4Cogf3+aZT3+5L0+3heuqMWkEfyw6FCk2Mz9yoOEtiHSnwl1BjY7vly1K0+f7X01qjT+PCR8uHKy7iQnXLB3SnQ2bvpgCcq9skeE/YqQbKoGu7iaviossVi+DjlyYgMYHNF1XAfV8OVKhGL4Uq9yyfW7gRKl3SfQM6cPibV8BHk2Uk1XMWpWSaVvmEU5u9SfgTz92Ux04ZGTV+TgBeGaBnHWGEVubOnMDEazOL/WiwWv4M51mxRoJYbBazyhUHiHX00SK6yYddVeuEMqFHn+Obgn8sb/ws44HoSKDcnVqfnqUMnnm5o4mmNJp6WbeJUTBPzmc8y1F38c9CV4I2rPUg2vQ0SPzf2qfcVTCd5H8/8vmVpgSTbMY5Z5Ijv20kIt8gldAZ8Ugskp3MN6A703N+iksKWgxO6NkHJjTLaoqqHGsxVoM+bNXTWxrnT68TnR4ahjcjVt0r4GXVhpIcxMX2VyfkFYLlFcwrYSXTJ/lMFNQdQSQi7BGhtV+zHw2EJAdqqSNJVvKWz2InFN/3+Gjhn5TSCcgmHVrdLON0nggYaTztkeTBkDRVofWSeflcQHfD6NfjchT0lsoap84pFZZyrmHiRjNM4ixFZzJ663FmZrcDKbJ8IZ2cGKXVdSZlVYmN8cJowmq2B0tyQGTDrudRYMRpolZYAimuDSZHzryDqJTfTjEkXCKxod73xnPD3lbNn4L49g4rq3t5z4upHZR61yCREhTv/ESzIEIJUM4je0F+OdJo3AZcjz0gCWTUrCIgaB0ocnCQw+tWwKtK8RDmFb+RXUt/Ez9rsFaw8i8YD+85SqK+owChgoLa2sX9gABqxf0IdIg+j/zTE2b/HXsXYNmS+zUbLKiM7bpUBnQ9tMrLAJqNRCzUlasMcF2h/Sr/LGwkevwxoUWnxKeRAN/5/wAUYt8zg1m5d6SJfwBy/XKM+rJduK9nzQynpEED/Dsn1596Mjk0OkoHfDhKQ8w5LIg/euCC97/6oFDg8LsIx4x7mp/exgjYHpzTon0+KEcnV0QuX3UpLhYAMhciiGvLIMBeHQ2HZBvjt2AH3hC+n3/NkKydAeBZ211M5fESQwsd+Xw5X+HMFEtWWMmchweYbBQTGJsek53TAqSRmXattKswqd7YTXToiLM4bZUu7Q4Id0KAeTHgBqadCCdpE/jebqyMP0tUcsv39eDbMhMaxH7tGUfxTUg/8PD9+TWrpj8uM16C7zPJpxOOSnF9g5flUJJHAZ/T71901ndWIg1O3rM8vEm9FQylEkzFHhpQUP+JTjhDlWalCYcwnoCGegJ/MsVNFnR9jaqVm8LsR79Ek6Qxf+QcJ0k1AMWg26UvPP/7/F8eLAX/wKW5wKgpJcE9l9XsIYCu11AZo9TN0cSDA3MjHqBrk9ILE9pkPJL0gl/a5dCLN2Ia8vjiyXVK7XaDJY7vFy7XvfcJmOf49/iZQWWvldWMibUYVqwwR4wTSBv4NHIACiDbwOhx6qw2oDDNiF2cRjyPMcd+IRmrl4Ec0eHbeDwehm74cjg+H0/fKQYjq6L/YdwHeTXiS+sRLaP7k21GFVlTBSdoiiN7ARAjVmAbw3KuwJWqWuhHBUYZvBcta1F15ou7AP2nTKVl36ORAIClcck1JRjY/u4p6ZQVoTs5Mgk8j0IChYoWTwZiWw22uAN91NA5BNR5DTYj2Y0fPYYECJgKm+c4bxOD9AYs+BC3cD7ZjU5HkThi0li2faB85wXqfMXA/s4GVp/ymuk0qV81OjYYf5UIAfrcJjA3qNTtMX0CkXHC8mnquG4mllHNCDgf0MknZ8I8vzvhZ1OvFFrw/9B8DQe65BL8ndV7fO4OIKn/qPMcMnhKSeE1xQENdDlnQjzJM59o3PkxF33NcYWyk0C+C86DEyOyRQRG1Uw8790Tkin2XixPlNoKq7fJbgPLiUVyRKcxyElf1Ks3nGf9JzD5gU8bFzhwmfsCmhhMyBUj513whcj5POIRKNA/e2fPXEq6lbT6H6Qcfd4ChLzGuor66redcxa5KwORPIOZexa5yJqZ5UiED58Ngl+Dw8i2I1KtLAHm8HE0h6GmCPo3oVSujEaJql7hfTPhgBPUfO7Dk4ejFWU4maZTHoJAHMX054BoQA8MsqomAyEWIdAmD9AYATY/s+GElZh8USjKnT+t0BwVKLIEiAL65Bohc0D1YCOWpieQ840LHGF6nu/OSDDyG0/TovCTxmPKrMf+y30cFpMz48DEt8ui/FSrD8AtlMyDmterN0DZ78sVTWZ88ym02Pyl4uc2qEx3dVuTLk+3mpJInXzzx+kSVO8F+w6tKnoxHo9Hwv2Hcx/xL8OoxvuQqcJs3MEppOh4TQEuPuK884xjsrV3ELOhj/k31/VZkcxzLZ4IveIPvnKO9VibCXVkXzocj1Hq5mwjwJu5x3SY5Tp0KIJCkuHQLuin4TKAtUabhGlbUzHgyw80glqLywhGpXYDRiOgCHK7HdMlmgzFuo2SD9a7BBGzHToG/p/fwvwBf5FMQt9A9i9aDDTmP5vFYKTAf6Fv6SD/Qa/Z1pN4tzxfkbAFb5vpyzAfjr/r9012/f3qvb42bJ4Vosamp/rWubycfvCW4Pr8O1t7m/Bp8bcD+EJr5cHatGyG0ROST6IFZsmc8Atvwa6+667MHcv5AaA+nB/3fp9Fb1mjg7No4eNk+nF2TJHrLNvSRrQnd9fv3/b7s97+PFMi5pNfnsBanke483tdO2KFyXdMZgf6opw/0LUvpIytIcged2E3T5C19ZPfTInmkH9hqMIa8j4O35PwDSaIP+vc1/cB+jj5Qr50PxLQfJCbuGz5YFMt3buH9Nbom9K/RW0Im4ajBUE7fJRk45Pufg6NnxkalPWIazv9r7SsOYWC3/f7bU8bSKWATwbX/ZOKMEfoWDKpfxzH9OfIqit7Gr8+uiWoipTvwidpT1A+9jmOSmFJk8vrywySOX7vNd6QWWHf3/X51VeigO2FXqtqaeNz3+9t+H5Q/xVRYu4afI3EjPF9wLEYL6FqhujbtyMAgJpXfTlGT5F7XDrSj/+6xJlTUkT2dgalUGxMIVPiB21wFr4MtqULVue3Oh/a3Ohe4PWL1QcBV1FbvDFD3uX2GyGaOsFHndRjlzCd1EIvdPKFZSnCenI4BDHUYJNaagijgRleEvKG93D4039vv/yNSUDK0h2PUU2IAtLOegqpe/YwCOsfcVI7SMZcUuG0184m8mS/dEZqD8dBCLLdFi4b2blJXhbBl0U0YQUq8GkIDNCUjBr4jiMEO7o3ooe/FIjTriY5B3MoHrKQiZmXdItp4k14TbVJNDBzqtEPet5dczrXMsRG4QAXbpm1yAqKurtMKgrgiRXrnKNJ72TTR7RRFYjXJ0yzNMuBskpTrOitelMN8u+aFmNX1ZM4rXqzRq6VK8dZ0ZCDuCdwP3NF2Orw2eCZZmimFyDGVEaID6ZQCkwBBnpW05Ai52UUXBCuisUN4IIvxJTFUsC+ijnH0dhGEiYkqxy4Ij10Qll0wsGYahwJ69q30wSsC1gEPfX5uL6CvRmASIHL+vZIPlYpjbERkcOtCBziY/iX9i41Q0QSkjqpBc02S8+YKxGbCIDPNUGaueGyDYagmvCJnzYprbeu3R1Ldu8F/iypC6APo9Ckn+pW+2PbAEMbc43TfSq8/wNFW560CnnnBo2xKb/zcwkYi15Tyedk5LSUZeFzqB6gT1zSyLYmoyRNnhQ5Zyp1/L2IA7tEgXxkJhsSiIjbh/aBSyoqJ7e7VeDQhIo4byZeYPBi02E5hvlxZEqVMXmqffP2plm+RhCRjizfsZ5FgjpZfyaBcDrqqWXBl88GKnKXkPDV+kmrwMP08Ox+PyFl2Nh7hN2+DHLPBnJyHTYKTkBk6v5FVPI+3Z4282KoeqsWlmJhYZ/p2XtB1+g9ZJG8lRMkEUZ5YiFmaz5NtTej2io1H0y3bXo5fTMcvkotRso1jSL4ALAwJvxkgr8grNpqOkxS69mldmhgI3kLHpl3YZRT2cOl6uGz3sNSH9HUgNvAPablMC1Gt1mL22Se1V1Z3Qlu2zXUo5X+XeOKYIMLwSvdyiHY0IIBQsluFD6WkdDcV5bcovwKsDmEwVlKMAS6uRiBAgnhKqq3feCHBEP5fdxl5ZlgVUYY+4d3kZeB+Bmst4EQg1mxWd9PY8f+G70y7pyZKcrldLnlZ8flb8JM+TXXhbcmLtyInpjboasUYe5D2mY7I1H8cjEkSviYfuU8/ItfxRDeVL7rhx0U3hq+G9ktHilmHPnYlWDUVCWIyWlnORAD2JwgWL9loGuUYii0agz96lEcPMhLwcZD2ACAJYwJRlCBvv5+rJHxdYopUBcbm62HkhJvO8pNEBR9kpJaQPxmK1ncp6U4R0c/Tzfw43cz/fXTzswSmjY5aTXujXvL76c2jtPkazKu6iW//CPnNHj3+AfKblXGRAeR4jiaygTqrfh//gXzfjZeJm1YZjLmKPEs9VSaA1Frk01GCZMvvpqeaIu42/dTSGY3b52zMz9rNOTrlXcNTU3FFGClvLspNlu6Bv9E/3Sx9EJGy6pgXcvMunc9FvnRevBFcKnkF/p3wH9UndOs9ENBSINFa20DstkuvpW/6YahK2OKHQ4XSHeP8MADrYO0AcX5RJ9UlZLnyM6jXddL0l/CG4FUwBE9ZUimDYYxYjF+mjFsLMPZE61rvjTJersCPRm78ImD0eo8cPxrAe29USk1FO0gJJxjGlUr4k2LMZFC8KeWG8YMvPJNx7zVGN585bZ1Knb46TxMH97dlo8n2Mp1sHSpyygoAJQCnN76rospiHGMFJnlLyEQqmH/9HRa/q2qhIkMkO4RYF/kSUM5jKAliuyW7FlGK6wCDj6/Az6ja0RlbgkMQRAwNPhnw+qfzBILsPD0mP3KAghgqRRSgba6SuR6Us5nHCNVkAiXZxsK0fKc+S8XRA2OgaEvijNCdT7v9PVoTMvkRTn9O1/S1jHZ0MdzRzfCRjuj4TyNi0gBlckX/PKIXfwQlIxhgKCcPhHfwNaZ8mA3EMKNiWAz4EOARqoEYQjCQ+wEf3sNx7n3vDxVfl0d9JJBT6F4S0neRaa2BJKV6A4NllGwsmie+q4o0eScjiaCC87lQ+Fvatmr66hyV9ogVYxeSZKOJvMwnEhZSZtYEEzfyFiKKiN844zfy1l7dLyX6FmcQpweJ3ZxQZX+kw1LmwwcVxZwBAhMERbUp/T7AzhAr2SvBygpitLg9/KNsmYudSIfO47HhxMAm2nTNkit/HQZxekcTfUeC+nAaFQznUaeBYLgaZh7m2jCDoFaDgpAE79ErPlSBNqNSh+IsVKHCg9XExVDE4AeQ28aqaZRBY+CJoBuDAAaV31iFiygjJMl1Y/cQMJZFuW7sXhW69xu7B2COOPO53pey7YTj7Vmq10XeWhGS6tkG/ApQ+xSAwpF1nQOclnEep4prDLbad1GmUM7jbwgJYS5Up/6sbR8v/og/ptWA8fOLJBJXF38cHQ7i8s8jpG4HjDulbx1lwz0thitYP/PA+VGD6lWHw/hP+ENzCcaQHnWAl7DLdTqc+T1DmuEx36tBR9IOQqzf2m5a43xI0X30gVGhlztaDB/p3JpJ6KUO5uu7BF7vkxmFk1eZ+88punBt0YVrpl24tjHUYdy44mK48m61n7RzBeKo6m861ZgVyh9MYGWlriw3FUmnOzyN3vPIOMbB7XQ4uATpJ+TNHLnJ4a24N+GKU73IsRdS9yI1vcA19WQoDGXyg5BVGMYkyojjDR+FjWagzB7gEu0mUHwjjMwGwM0HpbrhZ0wOSry55ywd5LEBEdqyYiBjI/2b6GsbCSo4OoalXPMoqtgVkpCETBvWdt8Dhfy0S1Y4q4/JnK6SrTGNErUzHwUALfj1Hvxh8EqhW59a+6aFLzOrlJYbI0aQHJGdKhNwgFYm0ACFyHs/KninJxMWsbVdgTud5AZtxODzeGf+eCIvSzzzO8sDhKwWSfr4Plpi8f6YWDmICtIRfEDfXacjHekUd8lGN5r0bKgX7XsCFZWJX8za5CTjjzrH1HRZiHny5DxXxrVvazyiWoSCmMpwiX6tVxmiRzwvAafe1Zs0VrdxwgnXbHJBvQ8BwilRQbfHo9q1VrGryp7KL2ibAjgd18fM7npu0IYztKYLbetozyc4TI6ZfqcYujC120nHn5u7hel5D0a79zHJkl7Pgcxo35Hm3V8dyBLqE4COaiYqwuvmFrARXou18ohv8feGgofD5Z0MFABgGmbgAZRFsuFBcd0NKn2SaPmGNlE2eRTZOjA80ST45qaRBvIm/PwiVmwKCUejmRu4EoGZK7kh7VHy8gd+pucX5PcLyMYNARkaBmn2uaW4sS9RhzP6fB1OSxbf/Mjz5mQBv41mKaoeZTpWkadAytjOMoT9Zgw/OxZW0xZtuE43UaQ1Fva6moeao2Bz6V2hBJqBcOgEHCuQwhBJr1cTAvdExQtbvyeA0YHHfwaSQmSi2kecIErGMauiSeUz+36PdPL0lTZZTzTCQcDkAOwewPDVjXR7VfnrOQ6E/RUimYdrOMwhBqXL4U3qwKOJm/N9QX34euwDilg8/s+JgL6LqrPox/OoNZ+auTocxoTEDX2fuxCUnSkMuXZn+7aQa/UhvrwJtMmgezGGSOlfJoF8x+++lV8NrCBq4ivXbPRVIwh0+ckZT4wKD8qdcV+01O7ix7p2Hn1K757vns3PE1Mixm61pQytYDfedJjIBk3LTkcIgomn6UmTRtfJrwRQYjoCj4p8lnBauehF2FavBkce40um+0ZoBd4IdYvqUa7Jo7bzY7DcBt/EwtlEO0RMcqY1pIZm2ycOGNO+NGSc8p0s271wa82z37RiykZ/rUTx+JLlalFjqI7jfnZHugAmJCYL1KCStXbajrJfr8cQcGQIhGYISsMQGC+M5q3t5vwjxdEW/Gtrd+3MTxtuB1WTAOR13cJ9qhoG5bNqNxHGA0cExP830sMu+sg5EZh+EGN93nEoQSM+4JrwGJtKP2Gy520G3/9dIebNSwAEcLxhdusRa0KNR6lp5SAkVkfPUIwCuMGZkiJ33CYhZq/PyQjnXeVTyuhLZdmQnPHBeJJDrJJ8MPCF1621kd/qOCKavW6iIkpWfoLsEw64NyAWlE5xn4IkU2pJ5hOYa+6TzGPYV8Cr/sIjQRsSzfwWxiZOfcONCwD0Qdo5kYqW9mvC37CNMAhjby3m84zDEaXOKBCueEPrbJuAAfkmna0cCaIVpFyREtypEy9H5Klgn7JCFddrRsGZwZqx4io0mjeoiFmShymT06NenmCljUsy9TxszegUHiuH0oDTtN8/LQ+H0+JwOM1ALDQ6HCLpfOF8V40CcF0czC289cB48+E8LVcKUlw2oXfVSw25K1v7mwqaAhqSDDaltCiIgEJjYZL0tMEeAYFoXSNqlVWxwDK3znwpk4PxJIW1nrq1jshw3rL1T+Ng5aYA/qOGLveGTtasnMh+P7fQpGpIZMMxN2/gFZc+QHEbn7hsoxN/0qLiDVLBKE5RE5mx7lssRfSaBtK2llwE96l/f3o4piBjywCa1od4rprnpXJ3i8gTPhnC/qPnJ0AhWU3aqZvcAKGtk1DQ8U5yKp1Hp++d/eynoY8djxCWyx4gzEKFqERzkjBzktDOI6OkqTkyACvNnRVIfp3aOQu/qehemf56zODkLNTJCcOTs0+9GbGLN6m2ySUAVNqUwQCYDNTMMqMmguNkzdNyW/CfoAulivdILD64uziLYSCRsVTwB+jvEVkiSuoG8vzCgF4N8oHSf2ASIlPFXDemXsTcgJHXvwC9pntER3SQ08wedfoiUIvzlU6DUbx2Kfqt2tX+W0ypSU1Cf1tYxD+JKgOFu7G1+0Gyp7XIMlHymcyB8JHrtcwRsQUFTWiDXCZj/mVNj+XhX+pcfxjVYFq8rXgr0x/4V16mldwWrSxf/oG/0HkuvqrpPN23svzpD1/ZPF+OavrI+QeXaaybGn31J5vrq5quZV6tWlVd/OHiT/wP5vMuavrPbVogvFSjuj/+6U9f2Yxf1XTP046+j198xf9Y1/Q3CwL0ge/L6AfpWSZ+K0MCfcCdcPdnJ7GHOFfEM9t01+3wLp2nG9j8T2gGBQc7Eq+JpKKUv3D+Ya70fKhxhnjGm6o0YAhGndEGPc5Rh5SDYJ2myukiYy2fv3wqlPVVBKgHiX0g1lIiU15fEBELKoDZAdQdeTic/hKhi9hIW+QjC/3jIsqohJrcY09/R4+CcizOPA3C1x0ujL9Z1Eknp/5NWr/GioCecjCexLF0B/cP8uY3eSNvlUoVJ3aq/5sgSG9f/u3u+uW34CT00zffffNeRXZQk65De6G0Sdl6R/mZNm0gl6w0c4dt1O4hH4xv3df8xepDUHiPf0Om9imT4IsukOiu0MFpUt2Im/L2ivEp/E/ETX57i7iuKowoYF6eetYUv8hOPfJTjRAmIc2OI5gCrYFAGCkpGIeIyflNcctSGpopFtpC8NQhT6Iljez3xfQIJjV6nNoVLFmc23nHiH7KGwOREcKQffjCICpiNwsmJ8UlSycF1JLO51FBxyDoyZi4KW5phvdUxG+y2yF2FGzpTD+50iBDdKjEGFR+f8ygshLrbmBqdI7oAcBwj+pvKiE4JhRIzPY8HdNtLir4r/bp6djfqKdjOC7/Cjl63incM1L/b1GJANXWVvEgt8WMG/QOqwOAmhomm+OPmmyqEJIqwDPoQ1QsZPiVZllyc2vcPOATWG+e7jW1cIdNQbdDObtyiShheamEHPqfid9C5E99LOmyNbiMwkrx8N0E2iKtOfpbww94Z2wCzQpCJPUfVAxg4E3MJECoSQ6WBlgx4D5GlgbTA0qNFVppgUu9fpnJ0wdcoadOKPW1P39i6B5qHdVWfQ5pjwAfuocOd1vPrg4P0Z+lRRm45wtZ8DfpXm5BiKvaCRM/cUKfk+p3+Dz6w03NpAxhORwOuB6aHrfUM/uUvtlnccTs04GPwvKU1tIOJYuHQ1QGkeeUvJEWXrZ0RxBe34v5oVJJLfv9Am4yLVkxsnnTtu8z6Gwue2rMVKL2cMUtdzhkUVvVAZajLI1Kp8goybRMYm6PttdpBTP/CAIZcCZIo9xlzsk0h8w8nzezxmNnguojvA7GxKlQHNRrPIb4X62PDKfWvP1JrHlZpeuNsbzl7Gh0QGFe/eWb714Gr9po2uC2ezPC6ME3zu3ploS+EJ/sb7vmetHNPgAwlzc1Qk/K9OhnJWbSlR4nIpOu2S5d152ltG+2eziU8EF2wAMLXnhZep85CaCWwbhWsrzCgLGWpQ2E5epkNTsqEkM41QHTafq1jNAvDw5ZGtrqWuNeO9mvUkAnq/Ygq0q6ZCsBbWQD/sorn1QSZCKdkEEwpF6A7PlBQghgQ/q4G3w4F4tFlNMSnFFAKmfoHuHRPGIaNJGMbo3cylivPfOZ9mx2941Q1/lQ33L9fg/I8Z61iIeRnPqWPw7hKyAL4zEVHvHILwVif6nP/U3e8FvzyR41x3XnVTMkCUGmRKXEHmVUeobagMPkDLV/0Ye6bH4YqdNFxYuXev4jrTYLnQ1fmiwAWqJ5cr9dj5VH5WPFrmIjsyOkDrKym1sNXACLhAGE6mjyrIOj2t4tc2TNot+MbuEoRH8rg7oxHvAkOl5ifEtUKGPxTLXBMZKH9QOg0uATil7cqtjUTsSoXlx+OR2+SIYXLyYl+zUqKTo45ezXKFc/G1SND7+f00UKRFUyPoezN85JXXuHTcN0wFyhnb6mtIEXlLNSnX2S5fpk+Bqwqc024QYqpr3/ORo4ZlHZwGagY4CSVvwYQyI99ygXumK/IMzdKZAfBZ0xHfYIgx4pqyuY/QWLK3utLRqcWuPlaor0QYKgd3hQgF2tJFdj/uIsJdWqkI8nQMB9UxSyiHjcO0nz+UkvFvCr4CeVlCeLtDhJN2lRnTyKanVivgYQ8XtxGvdOerEk1rNK0eJgKR7c23qfaLV4cPOp2FYLusX4VmIyh28AZmJO0WoR7KT/IiMwxHL27fNTtOvTt8kpQ8Gnuk3AU3p7ONgi1JcEzMBSrKiibyXxdqdSi7V8LUI9qEeBhe4Ua24NBIYaF1NRuFNjgATS6fAVSYJ3IWGMtDPUS2qb5wh8kqIFm3S1dwzTHHQNwKaGd565PmwDQLdU6PwKCd8eZx79XQKbQ5sfaR5IQTyaWYok2lFQYSwpjOYm7+x44XdcS53d6UxXYKWcAmc5Yxn8yiB4hYDoEgtImCHcwFZdTh/5XIhwspjOktVRSxR7LOMK5WzkRxsxV5WOG6Llh7rHHcNYar6aU+UM0zonu12EfTuCLq1/p19NuGz1wfnc8R6SQ10eyZqQjgU540N15n6Cw8yzbZsi56bCARLgQVfATEGcdX23PXWvNaRZ0HDg6kSdfjiQQldG/lwaT/LQ+XzKoc1ugAbrj6zsB/x44ig5+YhLOUqpjMr8MRFneZyeAa65OJNxepbXdftWOf6NSKB3HALiRtG0t4CO4Qk2rMt753YfWfLoprptEUioYWPhxYdTkFujfs/yrTGgHqqiHD4GuIpyuCKDsYW1vxpN0wRDGTWvC9yWytzDY7bhxEyNdYoIg/GciJay521azVYiX/6sVNJveZXCTWQwhD15gWNOSHCeuFYZsCbgIwfxqjJeQP0vs+wdghv+rOyT1dmHWkWInMmsor665JM4roiAYFUyn6VVBNYUn1Jdg4fxOoQJ9hMi4S63YCBD4kiVz5yZjz7+dFTucAhaA2qh39xRWTaPSo1TZyQqJcYK6vqIzDPl86ZiWiWNL6tI7T+YEzQDKwJzy/um2/+wclj4OGAIMbwy+ps4CnciphG/YtVNcTvcyBKgx1gFIkx8iEAeXIA8OKsZisx6G1n2EPYqetrIMimV8BFs+G+KW5Oaq1TA+77JbhFcS7cB6a4R9dTRCopAdTNYVQn2134zmJpjqm3GN7A3Y72ayjhKB5KcRRws+0AZDf5TX3wscsKrtOJLWeyvwam0AXUaymtnOucneL+v5UcFpJ/isU7NPT/nc2tkrKWabUrOZlIGMqEVW9W9rA0UsQ+rWNaAwkiqG3Gr/J+rYbnJxIyj+/Kks0+BgNIXQTaMAEOlUzfGojErsUQDCi1/9fGfKoIxdEjEmUUGBItfIJuwCE82YFhT0QwcnUl7IME0wmyOj1okf667OcqkBMqkyk43f09gFIL7K2o/QpENGxHKUVDZMgC2Pf98Z3KECXEcYoPyVsQNOosqe4H2JOUIRwhOuIgBbboyzZN8WOIyqSiPxx0O1F7wGF0qEtNRMiZ03LErTG8h0/BFMnL+IgLcUi6Be4zjBgqHcDqj8jlX87UMjK4Dj/EjDuLhvW9jCWoJDFJ+JTvtSHzOUdxAYJ5aCEyYfeaghBGf5l+MsGNKwvpoHSTKvMTcYBgR4Ip7swx7sdkFbW4Dl7wSCT2H4+Nv4/8BpI8zI8UcoQmpdoVWsNZpoc72O0nfOBwSlXYt6XvPS0glvpcUiAr18L1+4IXgZdcl8b1sKvVKzNu+Jr6XQ/P7I5cDhpxxDiVrkb+TjUilmEXtK0/bZYRwTUoIASUNnQRTD6Uj61qiG1RjB0fHGyk/bDcqV2XOfN2Nf0gNHqGgDFrd8d4DVIJf1lNkWXEhqTta9LxBjGzfBNFANbM+npDUoSZYpGQjdG7XNJq8TFE5n7EKvYevwDIxuwQRiz40MiSPDVF3eWGRJpHq4Eh1jGqqHgU+jutbr62y2daKlTcyHkOEzPJGDsa3NIMftw14IQhNQk4Z8Pe5Pr+wjUyRP+dRCreSAy8+LgAMj3ONdaJGuUsuZWU6GnSvRC8aYV0ShLnqwfMCYu+5jHC/jjGslcusQZohOCaQptZnZABm3scWneJ2AhI9zTJrhn+ELvcExI2PouIZFZSFeeBW1mw+YNqgvLnhVgQhicN3Bn/WZmdZRatnJR7RP7S1oNoYtAr3gTmY3a759woeGr0RZ83m42CXnkLkzNrQ2X+X7KZXLO+jF1/Rk/EfLujJxZcvSI9i2sWLF/Tkz3+mJ+MvL4K08Ys/05M/fBWkXYxe0JM//cGk/RGy/fkC/5i08Ysv6cl4BI28cI2MxlD4S/jzR9K7pX+V7O/SyjpBI7LJ0hmPMLcqlEY94tKhJnoyGr4gPYgiY7mnv/mIbn+XN9V//N1objyDmn/6uf4Kuf7akev/SAdDPzK0rEI596xU9AIueQUcelQSjy+e5D769Rf5lDdQ26xatOFcAC72aZVqxzDCrv4mIx7HBGGL0bwnCar++/+g6n+2q0b9zbHqnMsng16hcW2jiX9iehzrCn329js3qIoPPxH5SQXaNJBR+rUfDiolrNt5qOsfY2QL/1OyJzHXjqVlj5p72cclowtZzPiPD7woxJyjv25gGeFsrE6F0RoGVqvKWOJJRwoHdwPrhgBeJ5rEpE9cxdlAvjenKftORiUQmAVDoK0i/Mqi9YmHg+z3vwOcjcNBLX3tOTccE1AjbHlYw7E8YbU6/ov6vGAo+v00tM7NGK79ibPzBfNzt8t+ldofrPIirAcOFjBGExMN3MtEvbS0So3aY4482DsdvxokCcpa6slQ7SZkH0cPafP0WAgbzE/xC7z2F9t/YT/1gjfT5myXK3b1hJ9Sa3CWKlWrSHcXDB+9lZRmS4nEJlhg5YN1ChEynAmVXkw6yIqOY5zoVaUspFvrSpnyYDedRYCSPk6OdjsC7Zg5g55wHJNU+ai93IkSo1oZmA3/aEJwjfRwUBI4WAi9PbCs70R0AxAAhme0Nd0aNh8XTeYL/MrtZiOLqnxtRypcQTOwlkQY+JtsiJX98BrJAYMNe8rYbAg8EurH1twleG16+EVpUYI1tX4HPLnSsc410vG2PoKeHtgulqi71kISRfyDbEoZnRg8dU9AkPkCghVg4jSlA0acB8g07NcIzMioHKY7cNwgw0xCzGCFGsdW0/B9QYYrAcY4VJBBDlFmTbTuXH9UWddRRldI1W4vWSSG1arg5Upm88Phq7OcBMvoVwsOupiUj6KarSIAb4fDXO02tjLbTy2BI7uPf+LuW/LKmZA0YF3thgdTcC9bpa0VVH8q7dNidxZ5mkGkpKyq7nvJgj3n/JMPy3S9yXh5OKCATF45QMdKCy445bEgYaD7SAwuyHkkBxc6Mr1ZECcrhvHRMRURNeiCLumGqYsqvcniGMLEb0CzN5rMLuXgYjJDWCOzsqj0KguwSuMxOStIPI45XTsbrTDLhcoCBl2AvL8eKC6oZKtJebmelHFM8phVN+XtcEel/rWf5OdsR+U5M/CH937LM9Pq3bFWx36rT7tkT/fJQ43fic1v2YJB0BZ2Pykv77AXCzZ8cWaxkaL9ICdnkerN4IEMov1AdZKcRXLwABr/qy3AwrMFnWOv6ZKVZKJHdE43bGnsgOwor25pWkcrnAbYIBOF4o7Lw5y+7RWiI2xYNpL68ziiazs9O1gM92rC6R3qRwFLh1U397fD3eBO84R8Ii95LJRNeKr4zoJFKWQh5/uznGYsHe4tSzM64AULkrQVyS4X02jBMoCLIUmGcQuWLKNzJhHUbH22idPhjpzH8VoBrpgzC3y5FH7NDAwAy2hO3O1q53EG0Galk8LB84TD3d/vc2V6sNPM6HA4RBXwLtmAdazKU3bkKXWeWkLwEqEy6hwgQCZUP6RwmcBiHtEFW+JHztmWydrM5M7Onpk7fZMmTYuO//5rrq8TPj9xV++JPRVO/vcXT94hUf/v/yY1984YtoALnM45eLmgEhJvVJ9i4akzEgARgXeRgJ8oaBElE85HWIGd9JRgNMrZd6A7lOw7QDymTxt9VCYVNQc2WPpIj/QQqaEnEWCYX1UT7mzmKjQIULSYNk/deegXENMJx6y2dui24tL7EnPc9ft8WuL8UA6TlFRTeEj4FB4Tz8o/T3246JtbWrJTq9GE43kalewUrQhIIrquVEB1wrhMgOSEP2oAy3qqwYhDefGWiEtobeiHJV8iSeSRMPqiqzTsIpAznOkxyz0LDJiYguUwWNAU2NBMI6lX7C5JEQCrrMFx0qQVJk0B6KpF7pUBTKp0uA/KQFoBaegJJWv8XqtRmMJalTJSvsal731cKQgYkCrdZRJhsu4g/Ogb/F2rLrjhl6nvHN/vY8QE5SDmMqVpoAFUhxNksSQiDAeec2oFmWtPGYFMsNKy31cxuqwlY0kmirkBJtUVgatTHcqnxiTmFE8faZ2hbV4t20LgLKl6bbkw2/0ibTqS+Le/4xF8H0j8OvW1WSRApFOlxZIDkMLEWruDIqVkp6ctzgbpo9OxQv7UsvUy+BY0VzNJPVmIpch7Ew8mEKuQbmCMhbaWf/f7pT4qUIj/bSZBCe4i3KOhtnev5gTxR9veLb1BT4HI9uKehpEVDIkUsAlg6HONvsniyv8Eay4boY0xVx4pN+ZLqAnqCiGY1dPsA/xfpRveu/WWADq7lG6ysrTt9eM50I8m+aXZBZPcYYHCWZnf0qeFKEoAY4M4bBCJCPYHaINXKYYM7e16am4i8LlO+/2CAKefEhcCLlNYYydI7WshLj3VQVtqnTQcDkvPu2uVthEJBbiBbiT6vsIrdX/qEXyq7dYp4ZAEu05zKKGEWW1sjex4OqYZnIpmGCowd720BsCVGwbOJBxQJUtvtPHRLVS/wmeez+EJ+ZgKjZ9XBLznc1iK4OoORIK6Gs2lqcezUOOZ6fEsDTDaLG2GfVNevqyysQBZNdyrnwo1jplwf/UmrVbX6ptDdL1dUkLMUQMzp4NP2tMbVqQ+rUd4Wv9Y0wrh45RtAn4o1Z8PkkZ6KrTis/YnpRVAVbenFaroX4eXbmeI7xxiTAchvjFFh4ivvYt3nrqmEOYo4RSOF1CHAy5CqUHwAPSddIDA+I5FDQYaUXcF6M9FqdO1cU7ksCXLqTA8uzr87XLU25J5yPOtk/EJmeaEU6vCN31GJQlVQBR25Zbmwi2Oxw4r1Yd0mhMhN94jjaVedix12DkVLmZ9o8BZpUMr5cOVmM95DhoEs69zMwgWjVXokSg0rmuK8I+KkOAW7Bhshj5143kZ9fqbVJcqkjdmztIopymSELYXjas8d1d5jWA+eqbw4PRmyiBiBkHa/NsM5w3jbKKxxjHMm49PvFqrMOEl456lN+8wGMAVYDAR0BJQWQA2loMlJewaZfrCQCW0SPDaUHYWLVQmrDBRlUsEZhtqUVsDtYeWKO2lKbjuK91POQRIGIvO4ajf4wMUjWjq9GT88WSG66RCog4ON31s8I8AARSkRsNkbyHlaMWWaSXXM7BEYKVuBTu1Z3p6dNbAj9GfuK7YLGgqoykQf/SZWfzeNCAuBMCdwoALPVyhxYGmTNw04HuMmhomgfuaUIJ4de6VxJ+I0AzCHb7VtDS7U1vslJa3U+daRfyxCfQRsxTMR2D7+ff2tnVvz/FQ1ed0rg89qQ69lKrBLShIyxDGBW5WuyVmbIV0I52zVStO7lN6Lx94smVzes8z+Zgs2LxmM+RTlizvEI1u2C8iysF6v+z3U32uOn+WH2BdhNOKiEEgTv3YZq8mThjZtrJQWvfyyDsMTuaHrnSGvMDz+yFxm3M5RZZeAQIHIcYWYEivga88wGgFUS9JnaiCsAC9cgBRkRODk+WVUylQEFbZcqgEqyD26eAecWoFVeR9UlI1T7meJUnTgqfe1EO4eTP1Yogs1lTz5glHMaqFP1FyOyYn8pQxUGGpOOmrabRI0Ys7VdCWmxSh3Rr9MOA3pmHL4q9MHwKEDGpBV2zlahgISZRUHRbN0rxTAJzPtSw/v2VbO04cYGMDANVzjcw+tZHa1pE2p2prNpSaKtHYpao6kDKhuau3+xfh7n8yZAzaiKrLGJCalPMhYPgCDR4A9zgLx5MCPHssuLHvbpXVrIDQU8DRzlh+I9KopIBCcTuRgLesoX9Wwx1dAayPZKdjiHdi8H7ghfDwf0xGMB0H3jOkowv6BBViaMt0WvmwTomtYoZV1vYZ+N2irCJimvLBoOAJvPrcwC3/7xg4oZL/lQMn6Axwob1nN3T7jw/cJn3u5LFbIG9swVStYa1GOxZlweMgc8tBIlaG/pkaVlrftXrgnepKDXuBMOoMR7twsq+M8TQSFGcDYDVgXKXcEI1TZ9omT6kWYmm0h8p8YGZEk1AD+iHeFLfKBgSR7Wqjp/hBRBziLbiuotucF6USeyIti4s/gbuFaAbQJ1qw94CXCbd984sLcqyDXHfwCUSUZRpltLRyDHPtkBq7HmRBEYe5fgAVzZIlKdw/oCTyTKF1q9y0utKtzrDiOZhGZ2437DOetIAeMyZr9lTDctgyhKUpfcwtDymermHFge4BRPBA/oBMvgE/ZuOhnJ6KxqbQ6rsl6vvI06KxL3bqwJ+7VcLZ6WnZqGSld9aCahIeQrKRyZIt+n1Ol4eDrmYG3nTNLYR4kMtpjz/wXM7nvaSXyxxCivXC+8FtsnXadr/jGmDYIq57InOpJyA1q780XJO6r+XhoC5QabzbSjQI1G8hSHlKS/DNkxsIZQNHlrl7IRh4rgickqUIJ6iImhVrgcD5McHTHbCm+pb2InZgPBZ1uXp6lhL9JDc2VAXkXAGYpyYAcKBmoOgtaTbgdDUovdPJjdyuc+R8mQlSd+hJrw/AfLijORyJYK1wr60VYM4Atg3dwjVVq80PmodW1DAqQBRDw0w2rTA9lJ8SUX5kWySSwuaXpj4YcWAZin6/MHR6v1/4nIFUgE82jkWHLCUlmhFIFU9VpFGhYBMVn1ApUkP69ggt2wV9lsvhA1KjiqUoUOj/hRowltHcmo02PzVjOQAaZVpEn+HGgJ7jD5aiZIEKgAHfpEtAkSHGAOR1kT42x73nXilMCgWwtuZUm5Bdo/ZLj4A3wGAOiUCXZidNHEqBs9WfcAB+HAw8wQ+oTMyXTmCtC1xDwy2ui1dq5JBrKSMJKvidALE+iN7VpwKzhpCFgqKDkvk6vXL8r4S9237bO/U/tAVp+JGv9r6zfO47S/87pYrk6HXdG7nWN3RNFB+ueZX6FQJeS69VLpxFr8kybNIzH7JLBWwnTMmko2rjanRyl5owtkg13EsdACARjNN7qUIGJCXjLhLLSTXcAhKzyCu8k1Ae4HGPKMLU1ApmwDoOBw82Bji3J1c79ZqlouJr/eCfnKBqVSLqfWrt6L8onzqN4gPnHQv2lPElz+ffi+prueNe7IWVfOAFnwNML3PxMOdyu1zl2+qtnHNbBQ672StBOEFP22S8bDV4rNe2iu3g2+TPZLZd5+A5GqZbINQw2QZoaKYq0FQ/sZKb4FldHWEjfBFWVLSqXrVbe2w1dbdOi6XIw66aoChh2XZ1oMqE7zcuCdvgVgm/r2qOAm90QDs0NUJnUM9JQUs3ddsQhqAVaKPLZTc6Fk7DG8mgK4pE8EbVVWBCX3ZG3nCTF1YHpIg/j14NxhuiExHWRsDUHq0aTIND7AcbV0IHYLtxa1zjFKCFfaXjOyA1w22wBw5W1PqB+0E34abGuKbK+1QX09b+ylJR+6Va8JBmwQ7sfojg2Igx6m8q7seUeDIS94oClLd2u0O+pmoA4KJdW2t29dSMPHBpPYK0BMxYodG2AR0FI0oaX3AbE6TKNKJ25B91qX+8FTW7QwZMW4nR1UTFpYRKFWJs51LMGitQ9/luIar38hHuWiAcwOJqRJJo1Vxgmcv+SmaQvbTZ/R3ukaiVbexwCNomwSnhkaqVa9AV+V4vV9vTrgBS1NSdSKc40dBxTzbaW62B8A1URvts15/pHaSg1l6xMk61GK+a5D40MQZZo3k3MLFCoAErtS0brAJvbW8VBjDnC2fEv2QCw+TkIfACNqXRFyaIbbw4HLKbzIEMxcv44iy9kmBhOYvZinpvo8XVCF0hb9mIbuHlPI4JLW4Wt0zFHxihfHVLCwlxvrCZZEnVZIFledgUW8YpmKbMars0js2PXsD/kgnyb8AbmCA5qPQEQcD2EeDh0AUb0aX1kHh+3D3DZdhsai1t/I23rp81+2ybVGi3VpwvYJYMGO2pD1mbAyvI59sZd05NenitN+S0SgD8yorTY6HxmeMyWBq5XhU14AziTUjTbn0bqyat3nDsKJqyPKR44noermgmwD3If6uQcaMl/dFKa6V0y2kFvCJa7W3jNS7MlVqX8zilWun1pJbZ3CwziBO/UDmWcUzBgG8Ei1SaRbrQi3Qms2SpF+nGlF7XdO644jndAAwSW+uFGrP5c83O6nT+j21ZmUUXKX1KcLl0oqFXzx7m4UqG+N9mE6QYJEHQ5mYoa1pUGdgQqC0h2Y+gB7KUg3fqOvCN8NQ3axBErwtA33Xxt0qPyhg0zryb/LYlmeUEQrYXw0I+4qrFX59fLWCeQ0QvZmN7QZlCkUIS/30rizdVEcnhDpl4/YU0jZn+HZe1jQLY/DZTo0f0DJoHxk1+a2ig9lciarnW08BXzmT2P2lAfy9L9TfGzB+rY99daIlP+PGqyris63CWjYd3JTctR39DTx8OPdXZozkQWl0t9s613goZMPnBhE03jJOqQelX6lo/tmkrN1AJdzEdwHoRrgpjdqP3RW72BbpDpOA+pGDlC9gO1bCosu4tQVdBgBOzq2Y1k6iYVSG92fz8Qnsm2DhRGl+elt49X7jfkbrzzft2NAJvzbPhC8TpzStoEQ9c7eRhibulx8c275s7sFabQ5Tnjs1N7585cCYLtps+7RIwePG258zfngLxDveJXdez+F6Jo0Z1Aop2r9jeqwmy3puq9BZA8Gu95k0d9KWIbHwJdQ2+FiCABKccI0lg63g2eeZm3tMHuJnLIKzHHodUBxDw5Nxeuq7/LQuvyL1PPdHHYF737vfh4D8x6X4TQj+wZbyN3+KyuWYQYPsdWwz3E4xCjpMa+etwN32Ay+86/hDPrtzw9/sRFovZHV3gioljitWx5ydNZQYQHKz3XXx35c1Evx+pSq5jbrLqY3Pm2sGW2cem1BQ3ZxncMk1yAqxD0SJ1SQ6H5SUbGVzjDTkcNpcmGDHEo1bKcCNQzrTgT3EjY+0g7+ksIi8kFNjuqG31Kt3Yoq/SDe3dbyu1GRuxXEwmL5bLyGT7TylcB+CB9tYCIoyQYPPmNFx2UMJ7Vp3yw8v4bdIbuO1kKPVyIeuftLnQRvmrXP/X+58uzi+ok38BdLd9oIUBUhND81OHs1KnSF6DymG4e5dtgQBfAlToNxxioNCM8nhLZVO01u8vSe05d0imrRqBZormgw2gmo6Agiz866kCTMgMQhaLMGTxpAy0GGGI4awjxPD30D0wlYdAy/QReIxkY6yoshpCkaO2IqUSvGSI3ukRoSN1P5c27k1d+hYCxXAXXRP6ju4JvWbLKnqk1/Ey3tLd9Dr+kLjNRPH6CM1BYE3/wpUqhe8qoKPj9fkFKK/g/P7AwUlku1wlQtsWeoGu/MNEeEdG3ejUjiyGu5h9iGfWxLhFjeuDyt66K4/2nuCx8ZBGe1qReKbiJqijBCjcn545doMAKs/AVlfgvA8XKNcXqA5IvTHBY5S2t5MQzj92M0sXdihFtbSiQCjG3kHGBsAs8FAq8JRd0Zmjm8BVy1Z2jPD16H8wGQoJUWKEH9ACOAgtgK1GeoMGh+2c+O5PvMV6Njk3P2inowBHZLJiWew1YhoPz9uBkRaZUR4cv9+J1pJvoe8pndFZPCcT755inpQi2qrARfIIwRIGGTMElvQOYy8NaBlhJE2/cDCnVztlS1cgcO/sbrd0US0zDsus0stMwDKr3DKzygMTx9XnQWOhBzkZKchHS0G8rDwDR+DTtbF71VyRSona71eVkUY2poUQYBHyLnEExMyciEuj7ZrEsQAnghJMVG4ptqabMgS/3gC6OdWWWoVWKkuOCCvAYN83clTxhb95QNV6N7gl7tGWZWDUW8ttyUETj7zA4aAS5FbZfSq3XJl/D/oNMCKU+RuePthwPqcjZUgs81eZmH0Ac7YZ/Agq2ypOhHSAIoAAa7/h1FYYorS15xFcCCCIO5ySYdexomb/lau2C8XXVNbQlEWAYaZdsKKSgZxMP+GtonXGP2hj8jxIgAzCvsFfBCLRQRy/eWRHC4B7FUD6bcAi+VojAap+Vw4HHMoJv5w63IXJhGPeyoQICiXNPR3+QxrAY/AzLTicqn96zSYjpbF/qzX2asH16J1Gikj2qbKKaBsZqawYwGSfRijlU5orw+kJoxWvyQTjrhuYswrh9mlWAk711xJOy5JAiHq5QQgOOFZhjtUr0xJxCA0qwShNuw0KTK7Opp3+TdTKOsFU4lvO6wp4QwfEh00Bka5Db0YYda4AYfaHg6lm6G9YPgQzlirQwuoDDnSw5kJMkKWnihG2QfCM6gtyWkOaMVVKMgxkppdJW4XsL2SaA2oqzNAkb5s6lGQaofcEBuPjmtaBCERJlGPUujB9TGqql7Ayztb7QD0Y0ZYyZ0MgHaW7MTeBul0sT/zViBp+fQzu/L6+KZyjwGiEWoFyQHQjoJZ9KD2CzRnYbUv+tUfNJin1idukACGcmUlzvNq76c5aDISmAhY36MmYzlUNbFrsEmITKj0mUCYfRJQNPdreSlqh3wm/qdSpc6uD7tlLOslaxuaWG04kVTOVnFbGe5JqFioxrb1KN4rZMCyMfYP8TMhMBe80f2W4KfsOHlyVam6jlWZHV+bKO/+KevSH6w5+gj9zh0PWyRNljify5hZy28dwOlMAu4H3AQdD/e2R6GGua6IPYghfVWX8o6vYbuSxt5FtBEuYw16vRqfwWSE2lYSQW3fqNwJYVOzqVIchKH8R1SrqybxH7B5qZr3phfujR3tKvQpulrKo0MvSQrDV1iDi8ZMNIn63+cKd3sT/BguDtjlBh83B/9yYoDtsgGU6sKPed41oK1Tqs5ripqJfj8VI4yB6BXQm2iqti3Brv2RYTzIVwU0/noRz8gE4eEtn22jSZ05P7VPaQVndgclRlHLdQZl4nyGbUutOlsBM2aQh0w7l10q2/LJYutvgCfRBXPmUCOMLUmpfEudMp51IISyx4sVMSD6A5GioCtsadOS1QPUOEBMxBAfOB4IkWiIMVqD2AyC7iMHAEwuB9RKdscHwxdkrkkCgyoF9h/ECZwxfAZzjADyP8Kz5G0Tkhh9/T1ZOw124k29W176U/XhA3+f49QafL4LA3o2ZB47F9C03fZOub6nrmwmX5uaqJBOMF6sZRkAFEyZarOEwO2vyjvUtUE84c6Q7rDg1oYah5E1O5S0YYgOR+0ETudhrj8Z9bNC4p90eq0DpPnZSuvw4pYuGbT6li24V2IOvMzn7wESNiY78dbSNyzVp0MTcI4Zdro8RxGF9zxPFPrhYQH16txssmORJ0529e5nNe3VAnXo0XIOk1degIVovIDKvbvK93Fbc0ooKN6/3zHV5OqJ3eFOrp7E1UrxOccp+4emHt+kGWaR3egWU23u9CDqZm+Mz/Xk8Db1OQTz8PH9znQIhiOjL1+lQTStc1M9Opi3075hJBVR6ZC4/NpXjF6PRv34uX6fsKX3gRbrkGuDvtAHfejqeuEhgMIHXvLLIV8+EoHEXPNjr6iMBMS/A4niVltqJ2APIMbGIbCR3kH1DyCXAyqGAhDXc0ziWda1jj8vDAWE+VHjdBnbG0y65ARiJ25YZSMwJOdeWYvskP5d1TQGijpeV8/PsHgaUeaHPjxKx7mlxNDoijo5gI1q60RFobe6fHhA/zxsdjDvYNTr/RMEWREzHZYZcWETIpLoES8AC4QKAmAZ/fVcq7xhTiegRAIKxr+1QScDIqX0ApVcNQQfo7SNOpi+LIt0PMQIDSITQ4GOYbjbZHvMnlcEUJrRyYpMfPRycqBU9GqzSfJ+Ba3xPEHhBI5n0/p+8R64G46mKZVCphMRr4mXg/GUuIRFyH6X2NAAHOio/guaq+d4k1ViThcYDRIbgZa4Cn0S5ZSSNt4IphdAx8wTLqFApACpVpI9Jg8EG8DT4DRArKhZUpcOqJIXpv6pG9zVSTJX6prz5ifbbPbnVT2kT60J77FQ7sIic75OSLqSsMG64YsgUUKJnLekU6tpVDukbKPwt0jgrlYClVcrMkEASXfUhac5seMeF9WgAfDjzc9PQiMC+W7ONJn7pjo3oPSs7drUOe6vriZVEu3SPKEwy2xq0B2IR3cOposp9Led7k7lSmb0kOu/3o3XM5me+xiiO5oMxRJ/Cb76GoEj5MtaPb9FY+Gsl7qb35Gkds+VZZKlFZMTLqVVuFDTzDcGS4CmO7gdLcpYFjd+rxmEGdNv1QnXTjLnqw09yEy/OZkHZhSqrsunSarDvLGjePsC+8ELK7qjojFoV35HaQZRrjzkRGmrQbWQ0YXv7MvNfevOhAb29+SBQ6o41RzGNL2AFyN07e6Fuo5KilMjVCWW32oO1NA9YNd0jEtgd3GaqSzO/S2qYVIedZ/YuZhtt8qBN3nbOVs7tvTdNvy/AQdHGdbJmwhROqXUkSZQ5XqEZrQzkZEplxwyhYVg5/QgX4XTF8ksWFXFGzi+mintKelhFL8kvmTy/mK60bW2SX7F0IM8v+v1oxXSmps72SI+BzxPDWVrwCuiYWP/WQ286Zpi3qt/PYxmnV1yNFeAXY2v63UAOUkDA0lICsFdGqkx1TH8eoSs3oN+0cCXEcK8NTLj91YVGADhE1uSWuRCJlyUMGBBeibiq9FkzwETNH1sCTzEWlspQ7JMY7mz75pc37VT1CRA17Ee8b60KO6AgQPUGNJF0JovcidnwYNYtF6ZuiMkEvpGxpMC0v4H1MwNzzvf4uXPNvGP6Vj+oV4sa7A5S7YvaxjJBvDw1+aXzPHKTyKdiwMrEW4nohjRg5fkFQpFwWhhRyKbLcPYJbh89LbnXgpZS8GkZM5GUA+YJK/g0j0WSn18ADA2niJrb2hHZ1K7CYrqM2SpxvQa6aTlgK5L4eQY+vOaWxHmzROxbwC5InBMwtvg1WtIR1TKZATca+X3ya7TBF3pFWfW1txB+aK3mUIbU+io+rYa7WMNGn18k/kx4bwZavAVYOrESqrlGf/OBCV+l0c0tRRrN86b/tkEyoNOHJjW8n4bE7Eiy8TetUF9Mq6HUKOQQ87nS+vafU/akjmjUb4P7NhpTGNRxbbk98vh4FUyce94qzilETIXVxBmpog72ar1Ue7qzLcvNtZxbJBf3SVj34dDr6eBc8Ohy4SMS8GA7pkohOXZZ2oB/N17yrSa9ez2t5DKf7e4++4DkJsjg4L8Zkd/7QfpD4l5y0ourYUhtglotTNHuSVXHMMAe5zGDinzHnEZ5Y+keCQDE5zETEHZAfQte3aFsRk1mgyivAgUb6dT1VG5s7dns6TuSAEGfNj3+WwiTgREY99VG1Kln7AvU4zTVNsFbrckJtCWjWo8DkFBqLEJQbRdVbK7IHJ3fqeD+jYPnKYh4p3aIW+1QrdewWaiWVrNL+FvFWXDDYug8JtljO7/u8JFHEQJG+/LRjyxMaD79OQ1yJLnGT/xLoIvR0ZyMnIUXJXudTp7T0EgV5dTF8ZtV4sEL64Ta5ndd2pC70uk9qBd7Zv4y12jHzWhQ6sRU7nOmgS/S7txfwCTyXaht+XR1Eky28gQPNUhwBIU6JHsYNVRLjQQ74aH6B2c3SFI0S5C0byftwgyf7wKLxNPf2kl/D9Vh9gwq2+luj3W8tBu29EN3CRvyMxz8T5n/xozWJkqvy94dG9WrD++5I0GX1JpohAosefVKtRqZeETmmSiFhY5dAReaKWRXJIjx3PKkOQoHfyojrz23V013oTqIj9c9IGGcTzAJz2u/U8HhaEbMxPGzI2ii79nT0JbXuhsbpNffc/QVANo86SSgP7yXgCK033CQzGJirwa3MQwgAmdVjXGykFxxnIYlfQAikNOSfQ3epT2PyOlRHbyQ5vplFSZLnewIBPsO7+XUA91O2as0SoGGKxGAyTzlwROAmacYd8/u7EDK91safZ1CHC3TedNhyGkbV5H7bNkj3+v6to0q6plrcEPqJeB3CJw4/MCPTG5uAVb8W/jsikxeQV805/4jdi03HcK7xvWIUMyr+HqVLwtzqAyK17d1uWvLr6o0IkyQCGAUypfmgPvYaNmTMBwsddF98vJQ2dvrY9FIDxZIo9D/aIXczQqeVhwXf0ekWrwGbQRzS3+72H4KDx57AMAyBhgrZSNauAAt6WWhsFfUeIMA1x0e/Cb1IzE7r/dMgbOg1ztC7uQk8H0vEStbebyD28+18nqHYtbrvcQi5i0WUkW2UUbBl94yPd8izoedYA46CeytGnl3h+iBB7l33srhbhMvm2xls/eKy1UbB3z/tiqPXFR59x0lW9d+RrOPWmN89H7wF4MCS1fT7kVkdHfW6/RGWCX+rRe7teyipVBLoS4JbyEK4hMqpk/q5JXUvPWIFpPFO+28fEGO8J0jaEwGdwK4XJrAMVn0Jof34e2riMGf1PJW3sP6qkvLEuzIn2qKyueCfRPsAaGwdd/DCoGN5F5pS5ad8aJTPwKKqtA/aM6eNCGbjOkuyRBZNxvutUhHCyuM/MVIKJQE6m8IxKuIJ0DjrZXdLPqaeBQyOnXaVgB9rIOqld3Ea6752C6SZ2gWKQKGE1oB1QEkfZGnmf/bW1BGDeOG0VzqygMeDUgxbhgYULyCT+tgOcyCRzGcUZ5VmGnCPXSuMcBzjQn10y4g7SJM+xLSvsTLoFmnD82uxYRGppcbp00nGmzLAoWT9xVO3pf58r5VIO+baXkfCK7mdA+htCojg16YdbA0EJMbuqY7ek/v6L4tisqn0R3bxsvzC2qlaOU02rA5XbPNQNJ7dhdLumd3A0kSSI8X8CbGNwN8E0vwxNyQJFozr5J57GlGViSWnpwL3i4G9n1GZ2SgraLUsqVGdphPo3u2pXfsfiDphq0HEiItxdCZe+g4vInxTYxvBpLQPbuHsRknG7q7SNZ092Wyo/txck/3F8kd3X+Z7GvP4adpEGKPKAQk8YKRIczaxNfQZuDSI5xLzy5wPocrsxru2A/m5FDVql0NchTPLSULfaRsPpOrwztFQad42joQ6vuKLMo9VxX9SklHNDKKNCqSAky8EG+7IKoQqoVKwLHMhjulwa+G+1gGRlAqjfmJcUqLGOOYAJ8Ab0VbmzZIjR80dkcb74TIESlrXpvgPVKwzpsTXnlwW5kzmV5BREdUY+aepnNu58QAlRC6ZeVwF80JXbDs0te1TSP/aQC6mQQANPhwHy8UwH6nMyO3zowelAuU9o13i07ZTNHtzTiuqWCl73a4hZ21Or+gki3j7PwCcC49n6V8uN5mlfg/fP+1lY8FCJidGd7oPUElog559aWBFM6vKG1J4LxalD9l5bmQyigNbLmnvlta6CMZZiRJ8Hw4jD/SRd8PNfUkeoikqMFvPffYtCX0OxxGlhxojX1zPkrtarqlY0JXgwugCeCsbviEhl9YdHiBRiH45Ufn7HsYbR2qY0kfkxVdJZnxGi1qCxXqZrRRa3sCwx6YBiDy0jIeQxODC2hkcNHVDAINf6TPKsN7Bb25pLA5bO+aqc931NYjKPQNepYNLgjApbqCXbT1jbjFm8Dwhu4qVzYV5v72VPSAfS7n+oKXNFBjh0YW7hTCA8loA1dw5c/U6W2PJA2J5J80gNMzMZBHz9wz1NPJCfCxsec3gLvj4R0v1FE9t2f2PM5rumZL79qRqhOaVqAP9C19VCZivsv/0fuIN9Tu/s23VtedfxtZoTjo50O6H5yaFyzt9zXBcMrYeuoRLXKanV/EqySL4e+IgoD3rbuq95dvJ3G8V4Hcdqy82d8aTIjm7O9vg17d0220MwKLDVgT7LRIIu3371xsAWe/a+8vTiu6p0v4Ts/HNpjOghD6wEb0kZmqJg+Xj5M4fiCb6O7m4RaK+iUm0Bsl8diQGlCbGgtEj5zldqDP1XA/YAq1xEktWvSNtodoEzgBeVN8JnmjarX0jb7+G5YsAdkTuoZ75T9K9/g2SeHKUm+6CR0FGZuj2CIgdNJbWnweoSNC2xtFUbrTrWWAYVyrzMlhjhbl6V94NHxmaPhVwBx8jjEAWL86LgNYHjdCZesA5cENWgY3KPdu7TJQpPHgfuAGbz6NZ7QgloCXmj1sM2uOv0rjbDCHQnz4z206L0DP82pb6OoyWlD8G88J9Y8Be0AocvNTmqFFvBosjjcUr6CpwQJ+EeqZK3zaZ2xVua7aVd3Y/rb1GYZr+qSvoEU8O9YG1aPPA5hwbu7+YAKVpttiRdwpXt2y7z8h/npLehioIjwFl4q0JYboQAk/9ihIOhxyJ556nd5UnUKkQC7ZKU/y4yZOQifmQDpTdUpnhKfV02IaOLCNdEZBwKNs8K6SYHcy3PX7uX3YGyXFJ8lrfOceLZsJvH+MgMZXdQlztmo9lzBR4T4qVckA6/nuEQmgfM6dDvr01JfwKH+YIx7xz4sKleV0IC8Kp0N1tHv5cGI9sPTp5obHHHPe6ID2wEAs7QwG076eaExkCF8syOVwNBpPR4mwCyGwOKWpx8Pr603DZrYsRU16K6VpP6qT1ZFvjeWdhi1FdtfGGFhm8j7NXmabVWpgdBvXAwIAgtAQ0KD0ZefwSEDaBPeNRV1w4opcyRpdnUC6NhP11a+Tf+pswgsPgHKtl7j9vlHGx2UzQLjanMA1AcRvI29bCG02Myiv0d03egrdSLUhtwolGxTtNoMwR0AzGHHvVZrnsjpZiHx+kp7oRk5SMEif8x1YyVibiEYPrJ21Mt7mt7ZPILXP2enChG/Szl76NHq1SvMlnyP09iTKDwdEFA1MDDql4hZgWSxzWfD3KMlEz3cM4Yvv9NY+HRESYlnAPQB+5mA9xI3ItV2R83c43tR4EtCCLmRdc6btly87Zjw3SJrdgyPhKC4gGOXpAkB0yeGQGm1Q0RwuSaPS7KXDobRiYTeu4UD6AebqxsCB1oXQou7sdJeY2HMF7ILMUH1WehEboPTEITeDw3OoR3N+AaHxzm2/r2TmRvr+Owx+tB+CdqwANXZwGdoazTe/rHDWv5UFQK/DtKE5mQrRboBTHCr0/1vZ1fU2DUPR9/0K8PZApassVFChVH5AVIgJ2PjIQAhNk9emxaM4UZ1oq7r8d3Svv5sOibdcx06TOPW1r8+5p46yQtf9oFOTDVDaXpBuc0F7MpjyiTln4qc67O/B62+SXANqTKB2eZ3dPzxoOthaduJ3x060W/eBn3guIMICFTNh9qDPlPTMNUmjsm1KCIdz5K9Znodnr/WjR3hlETgygCIjrAgSFDeVrtr/aWBkP/bdsas9Nf/vKkt8ehhdA8Sh9yrKbabqVi63n9Ydpjd34g6lqUkaBYAScdhZal6tLams96lmqsxMD5BOgo5h73IGwBBfDRUEBtk9COlpby+CndqcH9PwQg7k/EBGaCbxQ7NKDJRuZ26+Oxz3+piyZ4cKJMa5ocJk1AgkPEuLYwOsINusbsSznGi2efZqxCAExgt2vFwubcnbQzzOOL5ejGEQ2i4mEIL3FpkMPtbhrh+Hk8bggkDFro9CS7ZttJp1rZN1ZzGGvQV2MYGwOB4SUcMa2/2E4zBOUtT6GMKu1ct012oShbksgScQiQwzz8e+Hjk/jAe6x0sjak9zSFghMSg06coRS2LlOfi1SbFbdBtz9CLPoRIaL8UqoauLrv3coYJVH6rrYqeIE4hy8QQbMiZzCmQSES/sngHbMmA0lWXAzASWATMjozv4wa56cDurO/fbuJYTSDZ1NzbOEU4aUCXfxIAt6j8ThjENFneyLQmfrSn4dzYNlw/D6ps7NIWz3R+L7JR/Gt1nylN9vsdTjfvgemkbpSd0fIb5YkwFgn2Ox2J9QSP113nd0KsnySVB01h25QlLJfqxldTolS8VnNSwoklIqbJf1bpBvCgOgu9kj0XXYiGaFgvPFNp+4cJf68TWvKQCc2v1ht+0aAa3rLlKTMKlUBPr1t/4c/yWyq1z5idkWX+m+apG8yw8HH8vsWQttnWHqA+q3qxFiyBtzWdkk1wSb+khSjn/rbmoIF0BlwrCC4GZpndCQy0vFbBOLaqlVNUipFm8k2pBGa3Nga+MLfvRaHp0enr8xEi1fRRNI9Xq8ssHbmYf3Z8FbnZltyhT0Bz9BaqV6HeiNAMA";
  }
});

// packages/cli/src/html/render-html-page.ts
import { gunzipSync } from "node:zlib";
function chartJsSource() {
  return gunzipSync(Buffer.from(CHART_JS_GZIP_BASE64, "base64")).toString("utf8");
}
function tableHtml(t) {
  const cell = (tag2, i, text3) => `<${tag2}${t.numeric.includes(i) ? ' class="n"' : ""}>${escapeHtml(text3)}</${tag2}>`;
  return `<section class="table"><h2>${escapeHtml(t.title)}</h2><table><thead><tr>${t.columns.map((c, i) => cell("th", i, c)).join("")}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c, i) => cell("td", i, c)).join("")}</tr>`).join("")}</tbody></table>` + (t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : "") + "</section>";
}
function renderHtmlPage(model) {
  const headline = model.headline.map((h) => `<div class="kpi"><span>${escapeHtml(h.label)}</span><b>${escapeHtml(h.value)}</b></div>`).join("");
  const waterfall2 = model.waterfall ? `<section><h2>${escapeHtml(model.waterfall.title)}</h2><p class="note">Session \u2192 turns \u2192 model calls \u2192 the tools each call requested \u2192 subagents; cost after each name.${model.waterfall.omitted > 0 ? ` ${model.waterfall.omitted} more spans not drawn.` : ""}</p><div class="chart" id="waterfall-box"><canvas id="waterfall"></canvas></div></section>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;background:#fff}
h1{font-size:22px;margin:0}h2{font-size:16px;margin:24px 0 8px}.sub,.note{color:#666;margin:4px 0}
.kpis{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.kpi{border:1px solid #ddd;border-radius:6px;padding:8px 12px;min-width:140px}
.kpi span{display:block;color:#666;font-size:12px}.kpi b{font-size:18px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
.chart{position:relative;height:280px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left}.n{text-align:right;font-variant-numeric:tabular-nums}
</style></head>
<body data-status="loading">
<h1>${escapeHtml(model.title)}</h1><p class="sub">${escapeHtml(model.subtitle)} \xB7 generated ${escapeHtml(model.generatedAt)}</p>
<div class="kpis">${headline}</div>
<div class="grid">
<section><h2>Cost ${escapeHtml(model.series.title)}</h2><div class="chart"><canvas id="cost-series"></canvas></div></section>
<section><h2>Tokens ${escapeHtml(model.series.title)}</h2><div class="chart"><canvas id="tokens-series"></canvas></div></section>
<section><h2>Cost by model</h2><div class="chart"><canvas id="cost-models"></canvas></div></section>
<section><h2>Tokens by model</h2><div class="chart"><canvas id="tokens-models"></canvas></div></section>
</div>
${waterfall2}
${model.tables.map(tableHtml).join("\n")}
<script type="application/json" id="glassbox-data">${scriptJson(model)}</script>
<script>${chartJsSource().replace(/<\/script/gi, "<\\/script")}</script>
<script>${APP}</script>
</body></html>
`;
}
var escapeHtml, scriptJson, APP;
var init_render_html_page = __esm({
  "packages/cli/src/html/render-html-page.ts"() {
    "use strict";
    init_chart_js_source();
    escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    scriptJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    APP = String.raw`(function () {
  var body = document.body;
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); body.dataset.status = 'error: ' + errors.join('; '); });
  var model = JSON.parse(document.getElementById('glassbox-data').textContent);
  var colors = { input: '#4e79a7', output: '#f28e2b', cacheWrite: '#59a14f', cacheRead: '#b6b6b6', cost: '#e15759' };
  var kinds = { session: '#4e79a7', turn: '#76b7b2', llm: '#f28e2b', tool: '#59a14f', subagent: '#af7aa1' };
  var usd = function (v) { return v == null ? 'no price' : '$' + (v < 1 ? v.toFixed(4) : v.toFixed(2)); };
  var charts = 0;
  function chart(id, config) {
    var el = document.getElementById(id);
    if (!el) return;
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options || {});
    new Chart(el, config);
    charts += 1;
  }
  var s = model.series.points;
  var tokenSets = function (points) {
    return [
      { label: 'Input', data: points.map(function (p) { return p.input; }), backgroundColor: colors.input },
      { label: 'Output', data: points.map(function (p) { return p.output; }), backgroundColor: colors.output },
      { label: 'Cache write', data: points.map(function (p) { return p.cacheWrite; }), backgroundColor: colors.cacheWrite },
      { label: 'Cache read', data: points.map(function (p) { return p.cacheRead; }), backgroundColor: colors.cacheRead }
    ];
  };
  chart('cost-series', { type: 'bar', data: { labels: s.map(function (p) { return p.label; }),
    datasets: [{ label: 'Cost (USD)', data: s.map(function (p) { return p.cost; }), backgroundColor: colors.cost }] },
    options: { plugins: { tooltip: { callbacks: { label: function (c) { return usd(c.parsed.y); } } } } } });
  chart('tokens-series', { type: 'bar', data: { labels: s.map(function (p) { return p.label; }), datasets: tokenSets(s) },
    options: { scales: { x: { stacked: true }, y: { stacked: true } } } });
  var m = model.models;
  chart('cost-models', { type: 'bar', data: { labels: m.map(function (p) { return p.label; }),
    datasets: [{ label: 'Cost (USD)', data: m.map(function (p) { return p.cost; }), backgroundColor: colors.cost }] },
    options: { indexAxis: 'y', plugins: { tooltip: { callbacks: { label: function (c) { return usd(c.parsed.x); } } } } } });
  chart('tokens-models', { type: 'bar', data: { labels: m.map(function (p) { return p.label; }), datasets: tokenSets(m) },
    options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } } });
  var w = model.waterfall;
  if (w) {
    var box = document.getElementById('waterfall-box');
    box.style.height = Math.max(160, 22 * w.bars.length + 60) + 'px';
    // Indented by depth, tree-like; a tool's own cost is its subagents' (none: no price shown).
    var labels = w.bars.map(function (b) {
      var cost = b.kind === 'tool' && !b.cost ? '' : '  ' + usd(b.cost);
      return '\u2003'.repeat(b.depth) + b.label + cost;
    });
    chart('waterfall', { type: 'bar', data: { labels: labels, datasets: [{ label: 'span',
      data: w.bars.map(function (b) { return [b.startMs, Math.max(b.endMs, b.startMs + 1)]; }),
      backgroundColor: w.bars.map(function (b) { return b.status === 'error' ? colors.cost : kinds[b.kind]; }),
      barPercentage: 0.9, categoryPercentage: 1 }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) {
        var b = w.bars[c.dataIndex];
        return b.kind + ' · ' + (b.endMs - b.startMs).toLocaleString() + ' ms · ' + b.tokens.toLocaleString() + ' tokens · ' + usd(b.cost);
      } } } }, scales: { x: { type: 'linear', title: { display: true, text: 'ms from the session start' } },
        y: { ticks: { autoSkip: false, crossAlign: 'far', font: { family: 'ui-monospace, monospace', size: 11 } } } } } });
  }
  // How long the page took to draw, from the start of navigation (the closing note's load time).
  if (errors.length === 0) body.dataset.status = 'ok charts=' + charts + ' ms=' + Math.round(performance.now());
})();`;
  }
});

// packages/cli/src/html/write-html-page.ts
import { writeFileSync } from "node:fs";
import { resolve as resolve3 } from "node:path";
function write(file, html, io, command) {
  const path = resolve3(io.cwd, file);
  try {
    writeFileSync(path, html);
  } catch (cause) {
    throw new GlassboxError("INVALID_INPUT", `could not write ${path}`, { cause });
  }
  io.stderr.write(`glassbox ${command}: wrote ${path} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB)
`);
}
function writeReportPage(file, report, waterfall2, io) {
  write(file, renderHtmlPage(reportPageModel(report, waterfall2, new Date(io.now()))), io, "report");
}
function writeTracePage(file, trace, io) {
  write(file, renderHtmlPage(tracePageModel(trace, new Date(io.now()))), io, "trace");
}
var init_write_html_page = __esm({
  "packages/cli/src/html/write-html-page.ts"() {
    "use strict";
    init_src2();
    init_page_model();
    init_render_html_page();
  }
});

// packages/cli/src/progress-display.ts
function createProgress(io, options) {
  if (!io.stderrIsTTY) return silent;
  const started = io.now();
  const delay = options.delayMs ?? 300;
  const interval = options.intervalMs ?? 100;
  const format = options.format ?? String;
  let lastDraw = -Infinity;
  let drawn = false;
  const width = Math.max(20, io.columns - 1);
  return {
    update(done, total, detail) {
      const now = io.now();
      if (now - started < delay || now - lastDraw < interval) return;
      lastDraw = now;
      drawn = true;
      const pct = total > 0 ? Math.min(100, Math.floor(done / total * 100)) : 0;
      const barWidth = 20;
      const filled = Math.round(pct / 100 * barWidth);
      const bar = `${"\u2588".repeat(filled)}${"\u2591".repeat(barWidth - filled)}`;
      let text3 = `${options.label} ${bar} ${String(pct).padStart(3)}%  ${format(done)}/${format(total)}`;
      if (detail) text3 += `  ${detail}`;
      if (text3.length > width) text3 = `${text3.slice(0, width - 1)}\u2026`;
      io.stderr.write(`\r${text3}\x1B[K`);
    },
    finish() {
      if (drawn) io.stderr.write("\r\x1B[K");
      drawn = false;
    }
  };
}
var silent;
var init_progress_display = __esm({
  "packages/cli/src/progress-display.ts"() {
    "use strict";
    silent = { update: () => void 0, finish: () => void 0 };
  }
});

// packages/cli/src/render-report.ts
function costCell(e) {
  return e.costUnknownResponses > 0 ? `${formatUsd(e.cost)}+?` : formatUsd(e.cost);
}
function tokenCells(e, n) {
  return [n(e.inputTokens), n(e.outputTokens), n(e.cacheCreationTokens), n(e.cacheReadTokens), costCell(e)];
}
function usageTables(label2, rows, total, totalCells) {
  const variant = (n) => {
    const body = rows.map((r) => [...r.cells, ...tokenCells(r.entry, n)]);
    return {
      columns: [...label2, ...TOKEN_COLUMNS],
      rows: [...body, "rule", [...totalCells, ...tokenCells(total, n)]]
    };
  };
  return [variant(formatInteger), variant(formatCompact)];
}
function byCostDesc(entries) {
  return entries.sort((a, b) => b[1].cost - a[1].cost || (a[0] < b[0] ? -1 : 1));
}
function renderGroups(report, by, groups, width) {
  const title = `Usage by ${ATTRIBUTION_TITLES[by].toLowerCase()}: ${formatInteger(report.sessions)} sessions, ${formatUsd(report.totals.cost)}`;
  const tables = usageTables(
    [{ header: ATTRIBUTION_TITLES[by], shrink: true, minWidth: 10 }],
    byCostDesc(Object.entries(groups)).map(([key, entry]) => ({ cells: [key], entry })),
    report.totals,
    ["Total"]
  );
  const note = by === "user" || by === "team" ? `The ${by} is the ${by === "user" ? "userId" : "team"} setting of the glassbox plugins (user: else the OS user).` : by === "skill" || by === "command" ? SCOPE_NOTE : `From each session's working directory and the git branch Claude Code recorded in its transcript.`;
  return `${title}

${fitTable(tables, width).trimEnd()}

${wrap(note, width)}
`;
}
function renderReport(report, by, stats, roots, width) {
  const sessions = report.sessions;
  const range = report.since || report.until ? ` from ${report.since ?? "the start"} to ${report.until ?? "today"}` : "";
  const out = [];
  const title = {
    day: `Usage by day (${report.timezone})`,
    session: "Usage by session",
    model: "Usage by model",
    project: "Usage by project",
    tool: "Tool calls"
  }[by];
  out.push(
    `${title}${range}: ${formatInteger(sessions)} session${sessions === 1 ? "" : "s"}, ${formatInteger(report.totals.responses)} API responses, ${formatUsd(report.totals.cost)}${report.totals.costUnknownResponses ? "+?" : ""}`,
    ""
  );
  if (stats.files === 0) {
    out.push(`No transcripts found under ${roots.map((r) => `${r}/projects`).join(", ")}.`);
    out.push("Use --config-dir DIR (or CLAUDE_CONFIG_DIR) if Claude Code keeps them elsewhere.");
    return `${out.join("\n")}
`;
  }
  let tables;
  switch (by) {
    case "day":
      tables = usageTables(
        [{ header: "Date" }],
        Object.entries(report.byDate).map(([date, entry]) => ({ cells: [date], entry })),
        report.totals,
        ["Total"]
      );
      break;
    case "model":
      tables = usageTables(
        [{ header: "Model", shrink: true, minWidth: 12 }],
        byCostDesc(Object.entries(report.byModel)).map(([model, entry]) => ({ cells: [model], entry })),
        report.totals,
        ["Total"]
      );
      break;
    case "project":
      tables = usageTables(
        [{ header: "Project", shrink: true, minWidth: 10 }],
        byCostDesc(Object.entries(report.byProject ?? {})).map(([project, entry]) => ({
          cells: [project],
          entry
        })),
        report.totals,
        ["Total"]
      );
      break;
    case "session": {
      const list = Object.entries(report.bySession).sort(
        (a, b) => (a[1].lastTime ?? "") < (b[1].lastTime ?? "") ? -1 : (a[1].lastTime ?? "") > (b[1].lastTime ?? "") ? 1 : 0
      );
      tables = usageTables(
        [{ header: "Session" }, { header: "Last active" }, { header: "Project", shrink: true, minWidth: 8 }],
        list.map(([id, entry]) => ({
          cells: [id.slice(0, 8), entry.lastTime?.slice(0, 10) ?? "\u2014", entry.project],
          entry
        })),
        report.totals,
        ["Total", "", ""]
      );
      break;
    }
    case "tool":
      tables = toolTables(report.byTool ?? {});
      break;
  }
  out.push(fitTable(tables, width).trimEnd());
  const notes = [];
  if (report.unpricedModels.length > 0)
    notes.push(
      `+? ${report.totals.costUnknownResponses} response${report.totals.costUnknownResponses === 1 ? "" : "s"} of ${report.unpricedModels.join(", ")} have no known price: the costs shown leave them out.`
    );
  if (by === "session")
    notes.push("Session ids are cut to 8 characters; `glassbox trace <prefix>` accepts them.");
  if (by === "tool")
    notes.push(
      "Latency is from the model asking for the tool to its result; Err% is of calls that returned."
    );
  const read = stats.bytesRead === stats.bytes ? `read ${formatBytes(stats.bytes)}` : `read ${formatBytes(stats.bytesRead)} new of ${formatBytes(stats.bytes)}, the rest from the cache`;
  const transcripts = stats.files - stats.agentSessions;
  notes.push(`${formatInteger(transcripts)} transcript file${transcripts === 1 ? "" : "s"}, ${read}.`);
  if (stats.agentSessions > 0)
    notes.push(
      `${formatInteger(stats.agentSessions)} session${stats.agentSessions === 1 ? "" : "s"} counted from the agent's captured data (the transcript is gone).`
    );
  out.push("", ...notes.map((n) => wrap(n, width)));
  return `${out.join("\n")}
`;
}
function toolTables(byTool, header = "Tool") {
  const ms = (v) => v === null ? "\u2014" : formatDuration(v);
  const columns = [
    { header, shrink: true, minWidth: 10 },
    { header: "Calls", align: "right" },
    { header: "Errors", align: "right" },
    { header: "Err%", align: "right" },
    { header: "p50", align: "right" },
    { header: "p95", align: "right" },
    { header: "Max", align: "right" },
    { header: "Total time", align: "right" }
  ];
  const rows = Object.entries(byTool).map(([name, t]) => [
    name,
    formatInteger(t.calls),
    formatInteger(t.errors),
    t.completed ? `${(t.errorRate * 100).toFixed(1)}%` : "\u2014",
    ms(t.p50Ms),
    ms(t.p95Ms),
    ms(t.maxMs),
    formatDuration(t.totalMs)
  ]);
  return [{ columns, rows }];
}
var TOKEN_COLUMNS, ATTRIBUTION_TITLES, SCOPE_NOTE;
var init_render_report = __esm({
  "packages/cli/src/render-report.ts"() {
    "use strict";
    init_define_command();
    init_format_table();
    init_format_units();
    TOKEN_COLUMNS = [
      { header: "Input", align: "right" },
      { header: "Output", align: "right" },
      { header: "Cache write", align: "right" },
      { header: "Cache read", align: "right" },
      { header: "Cost", align: "right" }
    ];
    ATTRIBUTION_TITLES = {
      user: "User",
      team: "Team",
      repo: "Repository",
      branch: "Branch",
      skill: "Skill",
      command: "Command"
    };
    SCOPE_NOTE = "A slash command's turn counts for the command until the next prompt; a Skill call and everything after it in its turn, or a skill run as a slash command, for the skill; subagents for the Agent call that started them. (none): the rest.";
  }
});

// packages/cli/src/trace-json.ts
var tokenTotal;
var init_trace_json = __esm({
  "packages/cli/src/trace-json.ts"() {
    "use strict";
    tokenTotal = (t) => t.input + t.output + t.cacheCreation + t.cacheRead;
  }
});

// packages/cli/src/render-trace-tree.ts
function label(span, sessionModel) {
  switch (span.kind) {
    case "session":
      return span.name;
    case "turn":
      return `${span.name}${span.status === "error" ? ` \u2717 ${span.error ?? "failed"}` : ""}`;
    case "llm": {
      const model = span.model && span.model !== sessionModel ? ` ${shortModel(span.model)}` : "";
      const tools = span.children.filter((c) => c.kind === "tool").map((c) => c.name);
      const counts = /* @__PURE__ */ new Map();
      for (const t of tools) counts.set(t, (counts.get(t) ?? 0) + 1);
      const decision = tools.length > 0 ? [...counts].map(([t, n]) => n > 1 ? `${t} \xD7${n}` : t).join(", ") : span.error ? `\u2717 ${span.error}` : "answer";
      return `${span.name}${model} \u2192 ${decision}`;
    }
    case "tool":
      return `${span.name} ${STATUS_MARK[span.toolStatus ?? ""] ?? span.toolStatus ?? ""}`.trimEnd();
    case "subagent":
      return span.name;
  }
}
function shortModel(model) {
  return model.replace(/^claude-/, "").replace(/-\d{8}$/, "");
}
function costText(span) {
  if (span.costUsd === null) return "no price";
  return `${formatUsd(span.costUsd)}${span.costUnknownResponses > 0 && span.kind !== "llm" ? "+?" : ""}`;
}
function renderTraceTree(json, width = 80) {
  const lines = [];
  const root = json.spans[0];
  const tk = json.tokens;
  const head = [
    `Session ${json.sessionId}`,
    [
      json.project ? `project ${json.project}` : void 0,
      json.model,
      `started ${json.startTime.slice(0, 19).replace("T", " ")}Z`,
      `lasted ${formatDuration(json.durationMs)}`
    ].filter(Boolean).join(" \xB7 "),
    `tokens: ${formatInteger(tk.input)} in \xB7 ${formatInteger(tk.output)} out \xB7 ${formatInteger(tk.cacheRead)} cache read \xB7 ${formatInteger(tk.cacheCreation)} cache write (5m ${formatCompact(tk.cacheCreation5m)}, 1h ${formatCompact(tk.cacheCreation1h)})`,
    `cost: ${formatUsd(json.costUsd)}` + (json.costUnknownResponses > 0 ? ` + ${json.costUnknownResponses} call${json.costUnknownResponses === 1 ? "" : "s"} without a price` : "") + (json.claudeCostUsd !== void 0 ? ` (Claude Code's own total: ${formatUsd(json.claudeCostUsd)})` : ""),
    `${json.counts.turns} turns \xB7 ${json.counts.llmCalls} model calls \xB7 ${json.counts.toolCalls} tool calls` + (json.counts.toolFailures ? ` (${json.counts.toolFailures} failed)` : "") + (json.counts.subagents ? ` \xB7 ${json.counts.subagents} subagents` : "")
  ];
  for (const h of head) lines.push(wrap(h, width, "  "));
  lines.push("");
  const labelWidth = Math.max(20, width - RIGHT);
  lines.push(
    `${padEnd("", labelWidth)}${padStart("time", COLS.duration)} ${padStart("tokens", COLS.tokens)} ${padStart("cost", COLS.cost)}`
  );
  const row = (prefix, span) => {
    const text3 = truncate(`${prefix}${label(span, json.model)}`, labelWidth - 1);
    const time = span.kind === "llm" && span.durationMs === 0 ? "\u2014" : formatDuration(span.durationMs);
    const right = `${padStart(time, COLS.duration)} ${padStart(formatCompact(tokenTotal(span.tokens)), COLS.tokens)} ${padStart(costText(span), COLS.cost)}`;
    lines.push(`${text3}${" ".repeat(Math.max(1, labelWidth - displayWidth(text3)))}${right}`);
  };
  const walk = (span, indent) => {
    span.children.forEach((child, i) => {
      const last = i === span.children.length - 1;
      row(`${indent}${last ? "\u2514\u2500 " : "\u251C\u2500 "}`, child);
      walk(child, `${indent}${last ? "   " : "\u2502  "}`);
    });
  };
  if (root) {
    row("", { ...root, name: "Session" });
    walk(root, "");
  }
  return `${lines.join("\n")}
`;
}
var STATUS_MARK, COLS, RIGHT;
var init_render_trace_tree = __esm({
  "packages/cli/src/render-trace-tree.ts"() {
    "use strict";
    init_define_command();
    init_format_units();
    init_trace_json();
    STATUS_MARK = {
      ok: "\u2713",
      error: "\u2717 error",
      denied: "\u2717 denied",
      interrupted: "\u2717 interrupted",
      running: "\u2026 no result"
    };
    COLS = { duration: 8, tokens: 7, cost: 9 };
    RIGHT = COLS.duration + COLS.tokens + COLS.cost + 2;
  }
});

// packages/cli/src/trace-view.ts
function totalsTokens(t) {
  return {
    input: t.inputTokens,
    output: t.outputTokens,
    cacheCreation: t.cacheCreationInputTokens,
    cacheCreation5m: t.cacheCreation5mInputTokens,
    cacheCreation1h: t.cacheCreation1hInputTokens,
    cacheRead: t.cacheReadInputTokens
  };
}
function usageTokens(u) {
  const oneHourField = u.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const total = u.cache_creation_input_tokens ?? (u.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
  const oneHour = Math.max(0, Math.min(oneHourField, total));
  return {
    input: u.input_tokens ?? 0,
    output: u.output_tokens ?? 0,
    cacheCreation: u.cache_creation_input_tokens ?? 0,
    cacheCreation5m: total - oneHour,
    cacheCreation1h: oneHour,
    cacheRead: u.cache_read_input_tokens ?? 0
  };
}
function addTokens(a, b) {
  return {
    input: a.input + b.input,
    output: a.output + b.output,
    cacheCreation: a.cacheCreation + b.cacheCreation,
    cacheCreation5m: a.cacheCreation5m + b.cacheCreation5m,
    cacheCreation1h: a.cacheCreation1h + b.cacheCreation1h,
    cacheRead: a.cacheRead + b.cacheRead
  };
}
function llmSpan(node, n, tools) {
  const span = {
    kind: "llm",
    name: `LLM #${n}`,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens: usageTokens(node.usage),
    costUsd: node.costUsd ?? null,
    costUnknownResponses: node.costUsd === void 0 ? 1 : 0,
    model: node.pricedModel,
    usage: node.usage,
    messageId: node.messageId,
    children: tools
  };
  if (node.requestId) span.requestId = node.requestId;
  if (node.stopReason) span.stopReason = node.stopReason;
  if (node.error) span.error = node.error;
  if (node.agentId) span.agentId = node.agentId;
  if (node.scope?.skill) span.skill = node.scope.skill;
  if (node.scope?.command) span.command = node.scope.command;
  return span;
}
function toolSpan(node, subagents) {
  let tokens = ZERO;
  let cost = 0;
  let unknown = 0;
  for (const s of subagents) {
    tokens = addTokens(tokens, s.tokens);
    cost += s.costUsd ?? 0;
    unknown += s.costUnknownResponses;
  }
  const span = {
    kind: "tool",
    name: node.name,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: node.durationMs ?? Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens,
    costUsd: cost,
    costUnknownResponses: unknown,
    toolUseId: node.toolUseId,
    toolStatus: node.toolStatus,
    children: subagents
  };
  if (node.errorText) span.error = node.errorText.slice(0, 500);
  if (node.promptId) span.promptId = node.promptId;
  if (node.agentId) span.agentId = node.agentId;
  if (node.scope?.skill) span.skill = node.scope.skill;
  if (node.scope?.command) span.command = node.scope.command;
  return span;
}
function threadChildren(children, numbering, subagentSpans) {
  const byRequester = /* @__PURE__ */ new Map();
  const llmIds = new Set(children.filter((c) => c.kind === "llm").map((c) => c.spanId));
  for (const c of children)
    if (c.kind === "tool" && c.parentSpanId !== void 0 && llmIds.has(c.parentSpanId)) {
      const list = byRequester.get(c.parentSpanId) ?? [];
      list.push(c);
      byRequester.set(c.parentSpanId, list);
    }
  const out = [];
  for (const c of children) {
    if (c.kind === "llm") {
      const n = numbering.next();
      const tools = (byRequester.get(c.spanId) ?? []).map((t) => toolSpan(t, subagentSpans(t)));
      out.push(llmSpan(c, n, tools));
    } else if (c.parentSpanId === void 0 || !llmIds.has(c.parentSpanId))
      out.push(toolSpan(c, subagentSpans(c)));
  }
  return out;
}
function subagentSpan(node) {
  const numbering = new Numbering();
  const children = threadChildren(node.children, numbering, (tool) => tool.subagents.map(subagentSpan));
  const span = {
    kind: "subagent",
    name: `Subagent ${node.agentType ?? node.agentId}`,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens: totalsTokens(node.totals),
    costUsd: node.totals.costUsd,
    costUnknownResponses: node.totals.unpricedCalls,
    agentId: node.agentId,
    children
  };
  if (node.agentType) span.agentType = node.agentType;
  if (node.model) span.model = node.model;
  return span;
}
function turnSpan(node, n, numbering) {
  const children = [
    ...threadChildren(node.children, numbering, (tool) => tool.subagents.map(subagentSpan)),
    ...node.subagents.map(subagentSpan)
  ].sort((a, b) => a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : 0);
  const span = {
    kind: "turn",
    name: `Turn ${n}`,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens: totalsTokens(node.totals),
    costUsd: node.totals.costUsd,
    costUnknownResponses: node.totals.unpricedCalls,
    children
  };
  if (node.promptId) span.promptId = node.promptId;
  if (node.error) span.error = node.error;
  return span;
}
function traceToJson(trace, extra) {
  const numbering = new Numbering();
  const turns = trace.turns.map((t, i) => turnSpan(t, i + 1, numbering));
  const orphans = trace.subagents.map(subagentSpan);
  let subagents = 0;
  const countAgents = (s) => {
    if (s.kind === "subagent") subagents += 1;
    s.children.forEach(countAgents);
  };
  const root = {
    kind: "session",
    name: `Session ${trace.sessionId}`,
    spanId: trace.spanId,
    startTime: iso(trace.startMs),
    durationMs: Math.max(0, trace.endMs - trace.startMs),
    status: trace.status,
    tokens: totalsTokens(trace.totals),
    costUsd: trace.totals.costUsd,
    costUnknownResponses: trace.totals.unpricedCalls,
    children: [...turns, ...orphans]
  };
  if (trace.model) root.model = trace.model;
  countAgents(root);
  const link = (s) => {
    for (const c of s.children) {
      c.parentSpanId = s.spanId;
      link(c);
    }
  };
  link(root);
  const json = {
    sessionId: trace.sessionId,
    traceId: trace.traceId,
    source: extra.source,
    startTime: root.startTime,
    durationMs: root.durationMs,
    costUsd: trace.totals.costUsd,
    costUnknownResponses: trace.totals.unpricedCalls,
    tokens: root.tokens,
    counts: {
      turns: trace.turns.length,
      llmCalls: trace.totals.llmCalls,
      toolCalls: trace.totals.toolCalls,
      toolFailures: trace.totals.toolFailures,
      subagents
    },
    spans: [root]
  };
  if (extra.transcriptPath) json.transcriptPath = extra.transcriptPath;
  if (extra.project) json.project = extra.project;
  if (trace.model) json.model = trace.model;
  if (trace.claudeCostUsd !== void 0) json.claudeCostUsd = trace.claudeCostUsd;
  return json;
}
var iso, ZERO, Numbering;
var init_trace_view = __esm({
  "packages/cli/src/trace-view.ts"() {
    "use strict";
    init_render_trace_tree();
    iso = (ms) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();
    ZERO = {
      input: 0,
      output: 0,
      cacheCreation: 0,
      cacheCreation5m: 0,
      cacheCreation1h: 0,
      cacheRead: 0
    };
    Numbering = class {
      #n = 0;
      next() {
        this.#n += 1;
        return this.#n;
      }
    };
  }
});

// packages/cli/src/trace-command.ts
import { closeSync as closeSync3, existsSync as existsSync10, openSync as openSync3, readSync as readSync2 } from "node:fs";
import { basename as basename2, dirname as dirname4, resolve as resolve4 } from "node:path";
function sessionIdInFile(path, bytes = 64 * 1024) {
  let fd;
  try {
    fd = openSync3(path, "r");
    const buf = Buffer.alloc(bytes);
    const n = readSync2(fd, buf, 0, buf.length, 0);
    const m = /"sessionId":"([^"\\]{1,200})"/.exec(buf.toString("utf8", 0, n));
    return m?.[1];
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync3(fd);
  }
}
function locateSession(query, roots, cwd) {
  if (query.endsWith(".jsonl") && existsSync10(resolve4(cwd, query))) {
    const path = resolve4(cwd, query);
    return { sessionId: sessionIdInFile(path) ?? basename2(path, ".jsonl"), transcriptPath: path };
  }
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(query))
    throw new GlassboxError("INVALID_INPUT", `'${query}' is not a session id`, {
      data: { hint: "pass a session id (or a unique prefix of one), or a path to a .jsonl transcript" }
    });
  const mains = listTranscriptFiles(roots).filter(isMain);
  const found = (f, id) => ({
    sessionId: id ?? sessionIdInFile(f.path) ?? basename2(f.path, ".jsonl"),
    transcriptPath: f.path,
    project: f.project || void 0
  });
  const exact = mains.find((f) => basename2(f.path, ".jsonl") === query);
  if (exact) return found(exact);
  const ambiguous = (ids) => new GlassboxError("INVALID_INPUT", `'${query}' matches ${ids.length} sessions`, {
    data: { hint: `be more specific: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", \u2026" : ""}` }
  });
  const prefixed = mains.filter((f) => basename2(f.path, ".jsonl").startsWith(query));
  if (prefixed.length === 1) return found(prefixed[0]);
  if (prefixed.length > 1) throw ambiguous(prefixed.map((f) => basename2(f.path, ".jsonl")));
  const byRecord = /* @__PURE__ */ new Map();
  for (const f of mains) {
    const id = sessionIdInFile(f.path, 16 * 1024);
    if (id?.startsWith(query) && !byRecord.has(id)) byRecord.set(id, f);
  }
  const exactRecord = byRecord.get(query);
  if (exactRecord) return found(exactRecord, query);
  if (byRecord.size === 1) {
    const [id, f] = [...byRecord][0];
    return found(f, id);
  }
  if (byRecord.size > 1) throw ambiguous([...byRecord.keys()]);
  throw new GlassboxError(
    "TRANSCRIPT_UNREADABLE",
    `no session '${query}' under ${roots.map((r) => `${r}/projects`).join(", ")}`,
    {
      data: {
        hint: "list sessions with 'glassbox report --by session'; use --config-dir if Claude Code keeps them elsewhere",
        notFound: true
      }
    }
  );
}
async function buildSessionTrace(located) {
  const { agentIdFromPath: agentIdFromPath2, findSubagentTranscripts: findSubagentTranscripts2, readTranscriptIncrement: readTranscriptIncrement2, SessionTracker: SessionTracker2 } = await Promise.resolve().then(() => (init_src4(), src_exports));
  const pricing = cliPricing();
  const tracker = new SessionTracker2({ sessionId: located.sessionId, pricing: { pricer: pricing.pricer } });
  const main = await readTranscriptIncrement2(located.transcriptPath, 0);
  tracker.addTranscriptEntries(main.entries);
  for (const path of await findSubagentTranscripts2(located.transcriptPath)) {
    const sub = await readTranscriptIncrement2(path, 0);
    tracker.addTranscriptEntries(sub.entries, { agentId: agentIdFromPath2(path) });
  }
  return tracker.build({ final: true });
}
function uniquePrefix(traces, query) {
  const matches = traces.filter((t) => t.sessionId.startsWith(query));
  return matches.length === 1 ? matches[0] : void 0;
}
function sessionQuery(given, env) {
  if (given !== void 0) return given;
  const current = env.CLAUDE_CODE_SESSION_ID?.trim();
  if (current) return current;
  throw new GlassboxError("INVALID_INPUT", "missing <session-id>", {
    data: {
      hint: "usage: glassbox trace <session-id> [options]; list sessions with 'glassbox report --by session' (inside Claude Code it defaults to the current session)"
    }
  });
}
var isMain, traceCommand;
var init_trace_command = __esm({
  "packages/cli/src/trace-command.ts"() {
    "use strict";
    init_src2();
    init_agent_data();
    init_claude_config_dirs();
    init_cli_io();
    init_cli_pricing();
    init_define_command();
    init_write_html_page();
    init_list_transcript_files();
    init_trace_view();
    isMain = (f) => basename2(dirname4(f.path)) !== "subagents";
    traceCommand = defineCommand({
      name: "trace",
      summary: "one session as a tree: turns, model calls, tools and subagents, with time, tokens and cost",
      description: [
        "Shows a session the way the seed trace view does: each turn, the model calls in it, the tools each call asked for, and subagents nested under the tool call that started them. Every line has its duration, tokens (all kinds) and cost; --json has tokens by kind, usage and ids on every node.",
        "The trace is built from the session transcript and its subagent transcripts, or taken from what the Glassbox agent captured live when it has every model call the transcript has (or the transcript is gone)."
      ],
      positionals: [
        {
          name: "session-id",
          description: "a session id, a unique prefix of one, or a .jsonl path (default inside Claude Code: the current session, $CLAUDE_CODE_SESSION_ID)"
        }
      ],
      options: {
        "config-dir": {
          type: "string",
          value: "DIR",
          multiple: true,
          description: "Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude and ~/.config/claude)"
        },
        html: {
          type: "string",
          value: "FILE",
          description: "also write one self-contained page with the waterfall and charts, that opens offline"
        }
      },
      examples: [
        "glassbox trace 0b9e2d1c",
        "glassbox trace 0b9e2d1c --html trace.html",
        "glassbox trace 0b9e2d1c-\u2026-c94edc91af04 --json | jq .costUsd",
        "!glassbox trace   (in Claude Code: the current session)"
      ],
      exitCodes: ["1 no such session, or its transcript cannot be read"],
      async run(ctx) {
        const query = sessionQuery(ctx.positionals[0], ctx.io.env);
        if (query !== ctx.positionals[0])
          ctx.io.stderr.write(`glassbox trace: the current session ${query} ($CLAUDE_CODE_SESSION_ID)
`);
        const roots = claudeConfigDirs(ctx.strings("config-dir"), ctx.io.env, ctx.io.cwd);
        let located;
        let notFound;
        try {
          located = locateSession(query, roots, ctx.io.cwd);
        } catch (error) {
          if (!(GlassboxError.is(error) && error.data?.notFound === true)) throw error;
          notFound = error;
        }
        const agentTraces = listAgentTraces(agentDataDirs(roots, ctx.io.env));
        const sessionId = located?.sessionId;
        const agentFile = agentTraces.find((t) => t.sessionId === (sessionId ?? query)) ?? (located ? void 0 : uniquePrefix(agentTraces, query));
        if (!located && !agentFile) throw notFound;
        const fromAgent = agentFile ? readAgentTrace(agentFile.path) : void 0;
        const fromTranscript = located ? await buildSessionTrace(located) : void 0;
        const useAgent = fromAgent !== void 0 && (fromTranscript === void 0 || fromAgent.totals.llmCalls >= fromTranscript.totals.llmCalls);
        const trace = useAgent ? fromAgent : fromTranscript;
        const json = traceToJson(trace, {
          source: useAgent ? "agent" : "transcript",
          transcriptPath: located?.transcriptPath,
          project: located?.project
        });
        const html = ctx.string("html");
        if (html !== void 0) writeTracePage(html, json, ctx.io);
        if (ctx.json) writeJson(ctx.io, json);
        else ctx.io.stdout.write(renderTraceTree(json, ctx.io.columns));
        return EXIT_OK;
      }
    });
  }
});

// packages/cli/src/report-attribution.ts
import { open as open3, readFile as readFile6 } from "node:fs/promises";
import { userInfo } from "node:os";
import { join as join20 } from "node:path";
async function placeOf(path) {
  const file = await open3(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    const lines = buffer.subarray(0, bytesRead).toString("utf8").split("\n");
    if (bytesRead === HEAD_BYTES) lines.pop();
    let cwd;
    let branch;
    for (const line of lines) {
      if (!line.includes('"cwd"') && !line.includes('"gitBranch"')) continue;
      try {
        const r = JSON.parse(line);
        if (typeof r.cwd === "string" && r.cwd) cwd ??= r.cwd;
        if (typeof r.gitBranch === "string" && r.gitBranch) branch = r.gitBranch;
      } catch {
      }
    }
    return { ...cwd ? { cwd } : {}, ...branch ? { branch } : {} };
  } finally {
    await file.close();
  }
}
async function configuredOwner(roots, env) {
  let user = env.CLAUDE_PLUGIN_OPTION_USERID?.trim() || void 0;
  let team = env.CLAUDE_PLUGIN_OPTION_TEAM?.trim() || void 0;
  for (const root of roots) {
    if (user && team) break;
    try {
      const settings = JSON.parse(await readFile6(join20(root, "settings.json"), "utf8"));
      for (const [id, entry] of Object.entries(settings.pluginConfigs ?? {})) {
        if (!id.startsWith("glassbox")) continue;
        const o = entry.options ?? {};
        if (!user && typeof o.userId === "string" && o.userId.trim()) user = o.userId.trim();
        if (!team && typeof o.team === "string" && o.team.trim()) team = o.team.trim();
      }
    } catch {
    }
  }
  if (!user) {
    try {
      user = userInfo().username || void 0;
    } catch {
    }
  }
  return { user: user ?? NONE, team: team ?? NONE };
}
function add(into, e) {
  for (const k of Object.keys(into)) into[k] += e[k];
}
async function groupByAttribution(bySession, by, roots, env, cwd) {
  const out = {};
  const owner = by === "user" || by === "team" ? await configuredOwner(roots, env) : void 0;
  const repos = /* @__PURE__ */ new Map();
  for (const [id, entry] of Object.entries(bySession)) {
    let key;
    if (owner) key = by === "user" ? owner.user : owner.team;
    else {
      let place = {};
      try {
        place = await placeOf(locateSession(id, roots, cwd).transcriptPath);
      } catch {
      }
      let git;
      if (place.cwd) {
        if (!repos.has(place.cwd)) repos.set(place.cwd, readGitInfo(place.cwd));
        git = await repos.get(place.cwd);
      }
      key = by === "repo" ? git?.repositoryUrl ?? (git ? place.cwd : void 0) ?? NONE : place.branch ?? git?.branch ?? NONE;
    }
    const into = out[key] ??= emptyEntry();
    add(into, entry);
  }
  return out;
}
function groupToolsByMcpServer(byTool) {
  const out = {};
  for (const [name, t] of Object.entries(byTool)) {
    const origin = toolOrigin(name);
    if (!origin.mcpServer) continue;
    const key = origin.plugin ? `${origin.plugin}/${origin.mcpServer}` : origin.mcpServer;
    const g = out[key] ??= {
      calls: 0,
      completed: 0,
      errors: 0,
      errorRate: 0,
      p50Ms: null,
      p95Ms: null,
      maxMs: null,
      meanMs: null,
      totalMs: 0
    };
    g.calls += t.calls;
    g.completed += t.completed;
    g.errors += t.errors;
    g.totalMs += t.totalMs;
    if (t.maxMs !== null) g.maxMs = Math.max(g.maxMs ?? 0, t.maxMs);
    g.errorRate = g.completed > 0 ? g.errors / g.completed : 0;
    g.meanMs = g.completed > 0 ? g.totalMs / g.completed : null;
  }
  return out;
}
var ATTRIBUTION_GROUPS, HEAD_BYTES, NONE;
var init_report_attribution = __esm({
  "packages/cli/src/report-attribution.ts"() {
    "use strict";
    init_src4();
    init_build_report();
    init_trace_command();
    ATTRIBUTION_GROUPS = ["user", "team", "repo", "branch"];
    HEAD_BYTES = 64 * 1024;
    NONE = "(none)";
  }
});

// packages/cli/src/report-scopes.ts
import { closeSync as closeSync4, openSync as openSync4, readSync as readSync3 } from "node:fs";
import { basename as basename3, dirname as dirname5 } from "node:path";
function wanted(line, subagent) {
  if (line.indexOf(ASSISTANT) !== -1) return true;
  if (line.indexOf(USER) === -1) return false;
  if (line.indexOf(TOOL_RESULT) === -1) return true;
  const agent = line.indexOf(AGENT_ID);
  return agent !== -1 && (!subagent || line.indexOf(AGENT_ID, agent + 1) !== -1);
}
function readFileScopes(path, agentId, scopes) {
  let fd;
  try {
    fd = openSync4(path, "r");
  } catch {
    return;
  }
  try {
    let buf = shared;
    let filled = 0;
    let position = 0;
    for (; ; ) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
        shared = bigger;
      }
      const n = readSync3(fd, buf, filled, buf.length - filled, position);
      const end = filled + n;
      position += n;
      const view = buf.subarray(0, end);
      let start = 0;
      for (let nl = view.indexOf(NL2, start); nl !== -1; nl = view.indexOf(NL2, start)) {
        addLine(view.subarray(start, nl), agentId, scopes);
        start = nl + 1;
      }
      if (n === 0) {
        if (start < end) addLine(buf.subarray(start, end), agentId, scopes);
        return;
      }
      buf.copyWithin(0, start, end);
      filled = end - start;
    }
  } finally {
    closeSync4(fd);
  }
}
function plainResponseId(line, subagent) {
  if (!subagent && line.indexOf(SIDECHAIN) !== -1 || line.indexOf(SYNTHETIC) !== -1) return void 0;
  for (const name of SCOPE_TOOLS) if (line.indexOf(name) !== -1) return void 0;
  const message = line.indexOf(MESSAGE);
  if (message === -1) return void 0;
  const id = line.indexOf(ID, message);
  const content = line.indexOf(CONTENT, message);
  if (id === -1 || content !== -1 && content < id) return void 0;
  const start = id + ID.length;
  const end = line.indexOf(QUOTE2, start);
  if (end === -1 || end - start > 200) return void 0;
  for (let i = start; i < end; i += 1) if (line[i] === BACKSLASH2) return void 0;
  return line.toString("latin1", start, end);
}
function addLine(line, agentId, scopes) {
  if (!wanted(line, agentId !== void 0)) return;
  if (line.indexOf(ASSISTANT) !== -1) {
    const messageId = plainResponseId(line, agentId !== void 0);
    if (messageId) {
      scopes.addResponse(messageId, agentId);
      return;
    }
  }
  let record;
  try {
    record = JSON.parse(line.toString("utf8"));
  } catch {
    return;
  }
  for (const entry of normalizeTranscriptRecord(record))
    scopes.add(agentId && !entry.agentId ? { ...entry, agentId } : entry);
}
function agentIdOf(path) {
  if (basename3(dirname5(path)) !== "subagents") return void 0;
  const m = /^agent-(.+)\.jsonl$/.exec(basename3(path));
  return m?.[1];
}
function readResponseScopes(files) {
  const sessions = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.agentTrace) continue;
    let scopes = sessions.get(file.defaultSession);
    if (!scopes) sessions.set(file.defaultSession, scopes = new SessionScopes());
    readFileScopes(file.path, agentIdOf(file.path), scopes);
  }
  const out = /* @__PURE__ */ new Map();
  const h = new Uint32Array(2);
  for (const scopes of sessions.values())
    for (const [messageId, scope] of scopes.responses()) {
      if (!scope.skill && !scope.command) continue;
      hash64(messageId, h, 0);
      const key = `${h[0]}:${h[1]}`;
      if (!out.has(key)) out.set(key, scope);
    }
  return out;
}
function groupByScope(collected, by, scopes, options) {
  const { tables, strings } = collected;
  if (!tables) return {};
  const { u32, f64, count: count2 } = tables.responses;
  const groups = new UsageGroups();
  const none = strings.intern(NONE2);
  const labels = /* @__PURE__ */ new Map();
  for (let r = 0; r < count2; r += 1) {
    const o = r * R_U32;
    if (u32[o + R_FLAGS] & FLAG_DEAD) continue;
    const label2 = scopes.get(`${u32[o + R_MSG]}:${u32[o + R_MSG + 1]}`)?.[by];
    let key = none;
    if (label2) {
      key = labels.get(label2) ?? strings.intern(label2);
      labels.set(label2, key);
    }
    groups.addRow(u32, f64, r, key, 0, [""]);
  }
  const report = buildReport(
    { ...collected, groups, fileKeys: [""] },
    { ...options, byProject: true, byTool: false, bySession: false }
  );
  return report.byProject ?? {};
}
function scopeBreakdowns(collected, roots, which, options) {
  if (which.length === 0) return {};
  const scopes = readResponseScopes(findTranscriptFiles(roots));
  return Object.fromEntries(which.map((by) => [by, groupByScope(collected, by, scopes, options)]));
}
var SCOPE_GROUPS, NONE2, CHUNK, NL2, shared, ASSISTANT, USER, TOOL_RESULT, AGENT_ID, MESSAGE, ID, CONTENT, SIDECHAIN, SYNTHETIC, SCOPE_TOOLS, QUOTE2, BACKSLASH2;
var init_report_scopes = __esm({
  "packages/cli/src/report-scopes.ts"() {
    "use strict";
    init_src4();
    init_build_report();
    init_hash64();
    init_list_transcript_files();
    init_usage_groups();
    init_usage_tables();
    SCOPE_GROUPS = ["skill", "command"];
    NONE2 = "(none)";
    CHUNK = 4 * 1024 * 1024;
    NL2 = 10;
    shared = Buffer.allocUnsafe(CHUNK);
    ASSISTANT = Buffer.from('"type":"assistant"');
    USER = Buffer.from('"type":"user"');
    TOOL_RESULT = Buffer.from('"type":"tool_result"');
    AGENT_ID = Buffer.from('"agentId"');
    MESSAGE = Buffer.from('"message":{');
    ID = Buffer.from('"id":"');
    CONTENT = Buffer.from('"content"');
    SIDECHAIN = Buffer.from('"isSidechain":true');
    SYNTHETIC = Buffer.from("<synthetic>");
    SCOPE_TOOLS = ["Skill", "Agent", "Task"].map((name) => Buffer.from(`"name":"${name}"`));
    QUOTE2 = 34;
    BACKSLASH2 = 92;
  }
});

// packages/cli/src/report-command.ts
async function costliestTrace(report, roots, cwd) {
  const top = Object.entries(report.bySession).sort((a, b) => b[1].cost - a[1].cost)[0];
  if (!top) return void 0;
  try {
    const located = locateSession(top[0], roots, cwd);
    return traceToJson(await buildSessionTrace(located), {
      source: "transcript",
      transcriptPath: located.transcriptPath,
      project: located.project
    });
  } catch {
    return void 0;
  }
}
function threadsOption(value) {
  const n = Number(value);
  return value !== void 0 && Number.isInteger(n) && n >= 1 && n <= 16 ? n : void 0;
}
var GROUPS, reportCommand;
var init_report_command = __esm({
  "packages/cli/src/report-command.ts"() {
    "use strict";
    init_agent_client();
    init_agent_data();
    init_budget_view();
    init_build_report();
    init_claude_config_dirs();
    init_cli_io();
    init_cli_pricing();
    init_collect_usage();
    init_define_command();
    init_format_table();
    init_format_units();
    init_write_html_page();
    init_progress_display();
    init_render_report();
    init_report_attribution();
    init_report_cache();
    init_report_scopes();
    init_trace_command();
    init_trace_view();
    GROUPS = [
      "day",
      "session",
      "model",
      "project",
      "tool",
      ...ATTRIBUTION_GROUPS,
      ...SCOPE_GROUPS,
      "mcp"
    ];
    reportCommand = defineCommand({
      name: "report",
      summary: "tokens and cost over your Claude Code transcripts, by day, session, model, project, tool, user, team, repo, branch, skill, slash command or MCP server",
      description: [
        "Reads every transcript under the Claude config directory (main sessions and subagents), counts each API response once (by message id and request id, as Claude Code bills it) and prices it as Claude Code does. A model without a price is reported as such, never as $0.",
        "Re-runs read only what is new: per-file results are cached under $XDG_CACHE_HOME/glassbox (or ~/.cache/glassbox); appended transcripts are read from where the last run stopped."
      ],
      options: {
        by: {
          type: "string",
          value: "GROUP",
          description: "what the table groups by (default day); --json always has byModel, byDate, bySession",
          choices: GROUPS
        },
        since: { type: "string", value: "DATE", description: "first day to count, YYYY-MM-DD (inclusive)" },
        until: { type: "string", value: "DATE", description: "last day to count, YYYY-MM-DD (inclusive)" },
        timezone: {
          type: "string",
          value: "TZ",
          description: "time zone that days are counted in (default UTC)"
        },
        "config-dir": {
          type: "string",
          value: "DIR",
          multiple: true,
          description: "Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude and ~/.config/claude)"
        },
        "no-cache": { type: "boolean", description: "read everything again and leave the cache alone" },
        "cache-dir": { type: "string", value: "DIR", description: "where the cache lives" },
        html: {
          type: "string",
          value: "FILE",
          description: "also write one self-contained page (charts by day and model, every breakdown, the most expensive session's waterfall) that opens offline"
        }
      },
      examples: [
        "glassbox report",
        "glassbox report --html report.html --since 2026-11-01",
        "glassbox report --by model --since 2026-11-01",
        "glassbox report --by tool --json | jq .byTool"
      ],
      exitCodes: ["1 the transcripts could not be read"],
      async run(ctx) {
        const chosen = ctx.string("by") ?? "day";
        const scopeBy = SCOPE_GROUPS.includes(chosen) ? chosen : void 0;
        const mcp = chosen === "mcp";
        const attribution = ATTRIBUTION_GROUPS.includes(chosen) ? chosen : void 0;
        const by = attribution ? "session" : scopeBy ? "day" : mcp ? "tool" : chosen;
        const html = ctx.string("html");
        const since = parseDateOption("since", ctx.string("since"));
        const until = parseDateOption("until", ctx.string("until"));
        const timezone = checkTimezone(ctx.string("timezone") ?? "UTC");
        const roots = claudeConfigDirs(ctx.strings("config-dir"), ctx.io.env, ctx.io.cwd);
        const pricing = cliPricing();
        const progress = createProgress(ctx.io, { label: "Reading transcripts", format: formatBytes });
        const collected = await collectUsage({
          roots,
          pricer: pricing.pricer,
          pricingKey: pricing.key,
          cacheDir: ctx.flag("no-cache") ? false : ctx.string("cache-dir") ?? defaultCacheDir(ctx.io.env),
          tools: by === "tool" || html !== void 0,
          rows: scopeBy !== void 0,
          progress,
          workerUrl: ctx.io.scanWorkerUrl,
          threads: threadsOption(ctx.io.env.GLASSBOX_REPORT_THREADS),
          agentDataDirs: agentDataDirs(roots, ctx.io.env)
        });
        if (collected.stats.cache === "discarded")
          ctx.io.stderr.write(
            `glassbox report: the cache in ${ctx.string("cache-dir") ?? defaultCacheDir(ctx.io.env)} was damaged; it was ignored and rebuilt from the transcripts.
`
          );
        if (collected.stats.cacheError && ctx.debug)
          ctx.io.stderr.write(`glassbox report: could not write the cache: ${collected.stats.cacheError}
`);
        const built = performance.now();
        const report = buildReport(collected, {
          timezone,
          since,
          until,
          byProject: by === "project" || html !== void 0,
          byTool: by === "tool" || html !== void 0,
          bySession: ctx.json || by === "session" || html !== void 0
        });
        const aggregated = performance.now();
        if (ctx.debug) {
          const t = { ...collected.stats.timings, aggregate: Math.round((aggregated - built) * 10) / 10 };
          const c = collected.stats.counters;
          ctx.io.stderr.write(
            `glassbox report: cache ${collected.stats.cache} (${collected.stats.cacheUse}); ${Object.entries(t).map(([k, v]) => `${k} ${v} ms`).join(
              ", "
            )}; lines: ${c.fastLines} fast, ${c.slowLines} full parse, ${c.malformedLines} malformed
`
          );
        }
        const skipped = collected.stats.counters.malformedLines;
        if (skipped > 0)
          ctx.io.stderr.write(
            `glassbox report: skipped ${skipped} transcript line(s) that are not valid JSON (re-runs read only new lines)
`
          );
        const budgets = readBudgets(agentHomes(roots, ctx.io.env), ctx.io.now());
        const json = {
          ...report,
          ...budgets ? { budgets } : {},
          source: {
            configDirs: roots,
            files: collected.stats.files,
            bytes: collected.stats.bytes,
            bytesRead: collected.stats.bytesRead,
            cache: collected.stats.cache,
            agentSessions: collected.stats.agentSessions,
            pricing: pricing.key,
            skippedLines: skipped
          }
        };
        const scoped = scopeBreakdowns(
          collected,
          roots,
          html !== void 0 ? SCOPE_GROUPS : scopeBy ? [scopeBy] : [],
          {
            timezone,
            since,
            until
          }
        );
        if (html !== void 0) Object.assign(json, { bySkill: scoped.skill, byCommand: scoped.command });
        if (html !== void 0)
          writeReportPage(html, json, await costliestTrace(json, roots, ctx.io.cwd), ctx.io);
        if (mcp) {
          const servers = groupToolsByMcpServer(json.byTool ?? {});
          if (ctx.json) {
            writeJson(ctx.io, { ...json, by: "mcp", byGroup: servers });
            return EXIT_OK;
          }
          ctx.io.stdout.write(
            `Tool calls by MCP server: ${formatInteger(Object.values(servers).reduce((n, s) => n + s.calls, 0))} calls

${fitTable(toolTables(servers, "MCP server"), ctx.io.columns).trimEnd()}
`
          );
          return EXIT_OK;
        }
        if (scopeBy) {
          const groups = scoped[scopeBy] ?? {};
          if (ctx.json) writeJson(ctx.io, { ...json, by: scopeBy, byGroup: groups });
          else ctx.io.stdout.write(renderGroups(report, scopeBy, groups, ctx.io.columns));
          return EXIT_OK;
        }
        if (attribution) {
          const groups = await groupByAttribution(json.bySession, attribution, roots, ctx.io.env, ctx.io.cwd);
          if (ctx.json) {
            writeJson(ctx.io, { ...json, by: attribution, byGroup: groups });
            return EXIT_OK;
          }
          ctx.io.stdout.write(renderGroups(report, attribution, groups, ctx.io.columns));
          return EXIT_OK;
        }
        if (ctx.json) {
          writeJson(ctx.io, json);
          return EXIT_OK;
        }
        ctx.io.stdout.write(renderReport(report, by, collected.stats, roots, ctx.io.columns));
        if (budgets) ctx.io.stdout.write(`
${renderBudgets(budgets)}`);
        return EXIT_OK;
      }
    });
  }
});

// packages/cli/src/run-cli.ts
function mainHelp(width) {
  const lines = [
    `glassbox ${CLI_VERSION} \u2014 observability for Claude Code`,
    "",
    "Usage: glassbox <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(8)}${wrap(c.summary, width, " ".repeat(10))}`),
    "",
    "Every command takes --json (output for scripts), --debug (stack traces) and --help.",
    wrap(
      "Exit codes: 0 success; 1 the command could not do what was asked (not found, unreadable, unhealthy); 2 bad arguments or input.",
      width
    ),
    "",
    "Run 'glassbox <command> --help' for a command's options."
  ];
  return `${lines.join("\n")}
`;
}
async function runCli(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : void 0;
    io.stdout.write(topic ? formatCommandHelp(topic, io.columns) : mainHelp(io.columns));
    return name === void 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout.write(`${CLI_VERSION}
`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const wantsJson = rest.includes("--json");
  const debug = rest.includes("--debug");
  if (!command) {
    return reportError(
      new GlassboxError("INVALID_INPUT", `unknown command '${name}'`, {
        data: { hint: `commands: ${COMMANDS.map((c) => c.name).join(", ")}; see 'glassbox --help'` }
      }),
      "glassbox",
      io,
      wantsJson,
      debug
    );
  }
  try {
    const { help, context } = parseCommandLine(command, rest, io);
    if (help) {
      io.stdout.write(formatCommandHelp(command, io.columns));
      return EXIT_OK;
    }
    return await command.run(context);
  } catch (error) {
    return reportError(error, `glassbox ${command.name}`, io, wantsJson, debug);
  }
}
function reportError(error, prefix, io, json, debug) {
  const e = GlassboxError.is(error) ? error : GlassboxError.from(error, "INTERNAL");
  const hint = typeof e.data?.hint === "string" ? e.data.hint : void 0;
  io.stderr.write(`${prefix}: ${e.message}
`);
  if (hint) io.stderr.write(`  ${hint}
`);
  if (debug) {
    io.stderr.write(`  code: ${e.code}
`);
    if (e.stack) io.stderr.write(`${e.stack}
`);
    if (e.cause !== void 0)
      io.stderr.write(`cause: ${e.cause instanceof Error ? e.cause.stack : String(e.cause)}
`);
  } else if (e.code === "INTERNAL")
    io.stderr.write("  (an internal error: run again with --debug for details)\n");
  if (json) writeJson(io, { error: { code: e.code, message: e.message, hint } });
  return e.code === "INVALID_INPUT" || e.code === "INVALID_CONFIG" ? EXIT_USAGE : EXIT_FAILURE;
}
var COMMANDS;
var init_run_cli = __esm({
  "packages/cli/src/run-cli.ts"() {
    "use strict";
    init_src2();
    init_audit_command();
    init_cli_io();
    init_cli_version();
    init_define_command();
    init_doctor_command();
    init_price_command();
    init_report_command();
    init_trace_command();
    COMMANDS = [
      traceCommand,
      reportCommand,
      priceCommand,
      doctorCommand,
      auditCommand
    ];
  }
});

// packages/cli/src/cli.ts
var cli_exports = {};
var init_cli = __esm({
  "packages/cli/src/cli.ts"() {
    "use strict";
    init_cli_io();
    init_cli_pricing();
    init_run_cli();
    init_scan_file();
    init_scan_workers();
    if (isScanWorker()) void runScanWorker(scanJob(cliPricing().pricer));
    else {
      process.stdout.on("error", (error) => {
        if (error.code === "EPIPE") process.exit(0);
      });
      runCli(process.argv.slice(2), processIo(new URL(import.meta.url))).then(
        (code) => {
          process.exitCode = code;
        },
        (error) => {
          process.stderr.write(`glassbox: ${String(error)}
`);
          process.exitCode = 1;
        }
      );
    }
  }
});

// scripts/plugin-cli.mjs
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";

// scripts/plugin-cli-context.mjs
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var PLUGIN_DATA_FLAG = "--plugin-data";
function installedPluginDirs(bundlePath) {
  const m = /^(.+)[\\/]plugins[\\/]cache[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/][^\\/]+[\\/]dist[\\/][^\\/]+$/.exec(
    bundlePath
  );
  if (!m) return void 0;
  const [, configDir, marketplace, plugin] = m;
  return { configDir, dataDir: join(configDir, "plugins", "data", dataDirName(`${plugin}@${marketplace}`)) };
}
var dataDirName = (id) => id.replace(/[^A-Za-z0-9_-]/g, "-");
function installedDataDirs(configDir, plugin, readText) {
  try {
    const installed = JSON.parse(readText(join(configDir, "plugins", "installed_plugins.json")));
    return Object.keys(installed?.plugins ?? {}).filter((id) => id.startsWith(`${plugin}@`)).map((id) => join(configDir, "plugins", "data", dataDirName(id)));
  } catch {
    return [];
  }
}
function pluginCliContext(argv, env, bundlePath, { pluginName: pluginName2, exists = existsSync, readText = (path) => readFileSync(path, "utf8") } = {}) {
  const args = [];
  let flagData;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === PLUGIN_DATA_FLAG) flagData = argv[++i];
    else if (arg.startsWith(`${PLUGIN_DATA_FLAG}=`)) flagData = arg.slice(PLUGIN_DATA_FLAG.length + 1);
    else args.push(arg);
  }
  const set = {};
  const installed = installedPluginDirs(bundlePath);
  if (flagData) set.GLASSBOX_AGENT_DATA_DIR = flagData;
  else if (!env.GLASSBOX_AGENT_DATA_DIR) {
    if (env.CLAUDE_PLUGIN_DATA) set.GLASSBOX_AGENT_DATA_DIR = env.CLAUDE_PLUGIN_DATA;
    else if (installed && exists(installed.dataDir)) set.GLASSBOX_AGENT_DATA_DIR = installed.dataDir;
    else if (pluginName2 && (env.CLAUDE_CONFIG_DIR || env.HOME)) {
      const configDir = env.CLAUDE_CONFIG_DIR?.split(",")[0]?.trim() || join(env.HOME, ".claude");
      const found = installedDataDirs(configDir, pluginName2, readText).find((d) => exists(d));
      if (found) set.GLASSBOX_AGENT_DATA_DIR = found;
    }
  }
  if (!env.CLAUDE_CONFIG_DIR && installed && env.HOME) {
    const defaults = [join(env.HOME, ".claude"), join(env.HOME, ".config", "claude")];
    if (!defaults.includes(installed.configDir)) set.CLAUDE_CONFIG_DIR = installed.configDir;
  }
  return { args, env: set };
}

// scripts/plugin-cli.mjs
var pluginName = true ? "glassbox-datadog" : void 0;
if (isMainThread) {
  const { args, env } = pluginCliContext(process.argv.slice(2), process.env, fileURLToPath(import.meta.url), {
    pluginName
  });
  process.argv = [...process.argv.slice(0, 2), ...args];
  Object.assign(process.env, env);
}
await Promise.resolve().then(() => (init_cli(), cli_exports));
