// Generated from packages/cli by `pnpm --filter glassbox-plugin build`. Do not edit. Run: node cli.mjs --help
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
      const short = `claude-${parsed.family}-${parsed.major}`;
      if (new RegExp(`${short}(?!-\\d(?!\\d))(?!\\d)`).test(id)) return name;
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
    (f) => messages.every((m) => isCount(m[f])) && messages.reduce((sum, m) => sum + (m[f] ?? 0), 0) === (usage[f] ?? 0)
  );
  if (!addsUp) return [toPiece(usage)];
  let unassigned = Math.max(
    0,
    splitWrites(usage).oneHour - messages.reduce((sum, m) => sum + splitWrites(m).oneHour, 0)
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
  const wanted = model.toLowerCase().replace(/\[[12]m\]$/, "");
  let byCanonical;
  for (const [key, entry] of Object.entries(overrides)) {
    if (key === "*" || !entry || typeof entry !== "object") continue;
    if (key.toLowerCase().replace(/\[[12]m\]$/, "") === wanted) return { own: entry, ownKey: key, star };
    if (!byCanonical && canonical !== void 0 && canonicalModelId(key) === canonical)
      byCanonical = [key, entry];
  }
  return { own: byCanonical?.[1], ownKey: byCanonical?.[0], star };
}
function describeSet(set) {
  let text = described.get(set);
  if (text === void 0) {
    text = `input ${money(set.input)}, output ${money(set.output)}, 5m write ${money(set.cacheWrite5m)}, 1h write ${money(set.cacheWrite1h)}, cache read ${money(set.cacheRead)} per Mtok`;
    described.set(set, text);
  }
  return text;
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
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
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

// packages/cli/src/agent-data.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join2, sep } from "node:path";
function isAgentDataDir(data, name) {
  if (!PLUGIN_NAMES.some((p) => name === p || name.startsWith(`${p}-`))) return false;
  return AGENT_FILES.some((f) => existsSync2(join2(data, name, f)));
}
function agentDataDirs(configDirs, env) {
  const out = [];
  if (env.GLASSBOX_AGENT_DATA_DIR) out.push(env.GLASSBOX_AGENT_DATA_DIR);
  for (const dir of configDirs) {
    const data = join2(dir, "plugins", "data");
    try {
      for (const name of readdirSync(data).sort()) if (isAgentDataDir(data, name)) out.push(join2(data, name));
    } catch {
    }
  }
  if (env.HOME) out.push(join2(env.HOME, ".glassbox", "agent"));
  return [...new Set(out)].filter((d) => existsSync2(d));
}
function listAgentTraces(dataDirs) {
  const out = /* @__PURE__ */ new Map();
  for (const dir of dataDirs) {
    const sessions = join2(dir, "sessions");
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
    PLUGIN_NAMES = ["glassbox-lite", "glassbox"];
    AGENT_FILES = ["hash.key", "agent.lock", "agent.log", "spool"];
    TRACE_FILE = /^([A-Za-z0-9._-]{1,200})\.json$/;
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

// packages/cli/src/usage-tables.ts
function hash64(text, out, at) {
  scratchHash.reset().string(text).finish(out, at);
}
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
function iterationsOf(usage) {
  const list = usage.iterations;
  return Array.isArray(list) && list.length > 0 ? list : void 0;
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
function emptyFileTables() {
  return {
    responses: emptyColumns(R_U32, R_F64, 16),
    toolUses: emptyColumns(U_U32, U_F64, 16),
    toolResults: emptyColumns(T_U32, T_F64, 16)
  };
}
var StringTable, Hash64, scratchHash, PairMap, R_KEY, R_MSG, R_MODEL, R_SESSION, R_FLAGS, R_SPEED, R_GEO, R_TIER, R_INPUT, R_OUTPUT, R_CACHE_WRITE, R_CACHE_5M, R_CACHE_1H, R_CACHE_READ, R_WEB_SEARCH, R_WEB_FETCH, R_PRESENT, R_ITER, R_U32, R_TIME, R_COST, R_RECORDED, R_F64, FLAG_SIDECHAIN, FLAG_DEAD, P_INPUT, P_OUTPUT, P_CACHE_WRITE, P_CACHE_READ, P_CACHE_OBJ, P_5M, P_1H, P_SERVER, P_SEARCH, P_FETCH, NUMERIC, fin, U_ID, U_NAME, U_SESSION, U_U32, U_F64, T_ID, T_ERROR, T_U32, T_F64, TableSink;
var init_usage_tables = __esm({
  "packages/cli/src/usage-tables.ts"() {
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
      string(text) {
        for (let i = 0; i < text.length; i += 1)
          if (text.charCodeAt(i) > 127) {
            const utf8 = Buffer.from(text, "utf8");
            return this.bytes(utf8, 0, utf8.length);
          }
        for (let i = 0; i < text.length; i += 1) this.byte(text.charCodeAt(i));
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

// packages/cli/src/list-transcript-files.ts
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { join as join3, sep as sep2 } from "node:path";
function listTranscriptFiles(roots) {
  return findTranscriptFiles(roots).sort(byPath);
}
function findTranscriptFiles(roots) {
  const out = [];
  const unique = [...new Set(roots.map((root) => join3(root, "projects")))];
  const walk = (dir, project, parentName, grandName, depth) => {
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
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
      const st = statSync2(path, { throwIfNoEntry: false });
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
        const write = u32[o + R_CACHE_WRITE];
        const present = u32[o + R_PRESENT];
        const oneHourField = present & P_1H ? u32[o + R_CACHE_1H] : 0;
        const writeTotal = present & P_CACHE_WRITE ? write : (present & P_5M ? u32[o + R_CACHE_5M] : 0) + oneHourField;
        const oneHour = Math.min(oneHourField, writeTotal);
        const cost = f64[r * R_F64 + R_COST];
        const known = !Number.isNaN(cost);
        a[b + G_RESPONSES] += 1;
        a[b + G_INPUT] += u32[o + R_INPUT];
        a[b + G_OUTPUT] += u32[o + R_OUTPUT];
        a[b + G_WRITE] += write;
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

// packages/cli/src/report-cache.ts
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync as readdirSync3,
  readFileSync as readFileSync3,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { homedir } from "node:os";
import { join as join4 } from "node:path";
function defaultCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith("/")) return join4(xdg, "glassbox");
  return join4(env.HOME || homedir(), ".cache", "glassbox");
}
function readFramed(path, magic) {
  let buf;
  try {
    buf = readFileSync3(path);
  } catch {
    return void 0;
  }
  if (buf.length < 16 || buf.toString("latin1", 0, 6) !== magic) return void 0;
  if (buf.readUInt16LE(6) !== REPORT_CACHE_VERSION) return void 0;
  const headerEnd = 12 + buf.readUInt32LE(8);
  if (headerEnd > buf.length) return void 0;
  return { buf, header: JSON.parse(buf.toString("utf8", 12, headerEnd)), headerEnd };
}
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
  const put = (c, stride, f64Stride) => {
    for (const view of [c.u32.subarray(0, c.count * stride), c.f64.subarray(0, c.count * f64Stride)]) {
      pad();
      chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      size += view.byteLength;
    }
  };
  put(responses, R_U32, R_F64);
  put(toolUses, U_U32, U_F64);
  put(toolResults, T_U32, T_F64);
  pad();
  return writeAtomically(path, dir, chunks);
}
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
function removeOldReportCaches(dir) {
  const removed = [];
  let names;
  try {
    names = readdirSync3(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = CACHE_FILE.exec(name);
    if (!m || Number(m[1]) >= REPORT_CACHE_VERSION) continue;
    try {
      unlinkSync(join4(dir, name));
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
var REPORT_CACHE_VERSION, MAGIC, SUMMARY_MAGIC, align8, TAIL_STRIDE, SummaryFiles, CACHE_FILE;
var init_report_cache = __esm({
  "packages/cli/src/report-cache.ts"() {
    "use strict";
    init_usage_groups();
    init_usage_tables();
    REPORT_CACHE_VERSION = 4;
    MAGIC = "GBXRPT";
    SUMMARY_MAGIC = "GBXSUM";
    align8 = (n) => n + 7 & ~7;
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
    CACHE_FILE = /^report-v(\d+)-[0-9a-f]{16}\.(?:bin|sum)(?:\.\d+\.tmp)?$/;
  }
});

// packages/core/src/shape-of.ts
import { createHmac } from "node:crypto";
function canonicalJson(value) {
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
  const text = typeof value === "string" ? value : canonicalJson(value);
  const hash = createHmac("sha256", hashKey).update(text).digest("hex").slice(0, 32);
  const bytes = Buffer.byteLength(text, "utf8");
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
  return { type: "string", length: text.length, bytes, hash };
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
    const text = typeof value === "string" ? value : Buffer.from(value).toString("utf8");
    try {
      value = JSON.parse(text);
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
  for (const field of STRING_FIELDS) {
    const v = raw[field];
    if (v === void 0 || v === null) {
      delete input[field];
      continue;
    }
    if (typeof v === "string") continue;
    if (ID_FIELDS.has(field)) return { ok: false, reason: `${event}: ${field} must be a string` };
    delete input[field];
  }
  if (input.duration_ms !== void 0 && !(typeof input.duration_ms === "number" && input.duration_ms >= 0))
    delete input.duration_ms;
  if (input.is_interrupt !== void 0 && typeof input.is_interrupt !== "boolean") delete input.is_interrupt;
  if (input.stop_hook_active !== void 0 && typeof input.stop_hook_active !== "boolean")
    delete input.stop_hook_active;
  if (TOOL_EVENTS.has(event) && typeof input.tool_name !== "string")
    return { ok: false, reason: `${event}: missing tool_name` };
  return { ok: true, input };
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
      const text = input.prompt ?? "";
      return [
        {
          ...base,
          type: "prompt.submit",
          ...input.prompt_id ? { promptId: input.prompt_id } : {},
          textLength: text.length,
          ...content ? { text } : {}
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
          inputBytes: byteSize(input.tool_input),
          ...content ? { input: input.tool_input } : {},
          ...shapes ? { inputShape: shapeOf(input.tool_input, options.hashKey) } : {}
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
      const out = [
        {
          ...base,
          type: "tool.end",
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          status,
          ...input.duration_ms !== void 0 ? { durationMs: input.duration_ms } : {},
          ...errorText ? { errorText: errorText.slice(0, MAX_ERROR) } : {},
          ...output !== void 0 ? { outputBytes: byteSize(output) } : {},
          ...content && output !== void 0 ? { output } : {},
          ...shapes && output !== void 0 ? { outputShape: shapeOf(output, options.hashKey) } : {}
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
          ...input.error ? { error: input.error.slice(0, MAX_ERROR) } : {}
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
    init_glassbox_error();
  }
});

// packages/core/src/metrics-registry.ts
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
var LATENCY_MS_BOUNDARIES, GEN_AI_TOKEN_BOUNDARIES, GEN_AI_DURATION_BOUNDARIES, METRIC_DEFINITIONS, MetricsRegistry, str, num;
var init_metrics_registry = __esm({
  "packages/core/src/metrics-registry.ts"() {
    "use strict";
    init_src2();
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
      }
    };
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
          else if (type === "tool") this.#recordTool(span, base);
          else if (type === "llm") this.#recordLlm(span, base);
        }
        return added;
      }
      #recordTool(span, base) {
        const a = span.attributes;
        const tool = str(a["gen_ai.tool.name"]) ?? "unknown";
        const status = str(a["glassbox.tool.status"]) ?? (span.status.code === "error" ? "error" : "ok");
        const ok = status === "ok";
        this.#add("claude.tool.calls_total", { ...base, tool, success: String(ok) }, 1);
        if (!ok) this.#add("claude.tool.errors_total", { ...base, tool, status }, 1);
        const duration = num(a["glassbox.tool.duration_ms"]) ?? span.endTimeMs - span.startTimeMs;
        this.#observe("claude.tool.latency_ms", { ...base, tool }, Math.max(0, duration));
      }
      #recordLlm(span, base) {
        const a = span.attributes;
        const model = str(a["gen_ai.request.model"]) ?? "unknown";
        const responseModel = str(a["gen_ai.response.model"]) ?? model;
        const failed = span.status.code === "error";
        this.#add("claude.llm.calls_total", { ...base, model, success: String(!failed) }, 1);
        const uncached = num(a["glassbox.usage.uncached_input_tokens"]) ?? 0;
        const cacheRead = num(a["gen_ai.usage.cache_read.input_tokens"]) ?? 0;
        const write5m = num(a["glassbox.usage.cache_creation.5m.input_tokens"]) ?? 0;
        const write1h = num(a["glassbox.usage.cache_creation.1h.input_tokens"]) ?? 0;
        const output = num(a["gen_ai.usage.output_tokens"]) ?? 0;
        for (const [type, value] of [
          ["uncached", uncached],
          ["cache_read", cacheRead],
          ["cache_write_5m", write5m],
          ["cache_write_1h", write1h]
        ]) {
          if (value > 0) this.#add("claude.tokens.input", { ...base, model, type }, value);
        }
        if (output > 0) this.#add("claude.tokens.output", { ...base, model }, output);
        const cost = num(a["glassbox.cost.usd"]);
        if (cost !== void 0 && a["glassbox.cost.known"] === true)
          this.#add("claude.cost.usd", { ...base, model }, cost);
        const durationMs = Math.max(0, span.endTimeMs - span.startTimeMs);
        const ttftS = num(a["gen_ai.response.time_to_first_chunk"]);
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
        const semconvInput = num(a["gen_ai.usage.input_tokens"]) ?? uncached + cacheRead + write5m + write1h;
        this.#observe("gen_ai.client.token.usage", { ...genai, "gen_ai.token.type": "input" }, semconvInput);
        this.#observe("gen_ai.client.token.usage", { ...genai, "gen_ai.token.type": "output" }, output);
        this.#observe(
          "gen_ai.client.operation.duration",
          failed ? { ...genai, "error.type": str(a["error.type"]) ?? "error" } : genai,
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
    str = (v) => typeof v === "string" ? v : void 0;
    num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
  }
});

// packages/core/src/redact-secrets.ts
function redactString(input, options = {}) {
  try {
    const max = options.maxStringLength ?? DEFAULTS.maxStringLength;
    let s = input;
    if (s.length > max) s = `${s.slice(0, max)}\u2026[TRUNCATED ${s.length - max} chars]`;
    for (const rule of RULES) {
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
var tag, RULES, DEFAULTS, SECRET_KEY;
var init_redact_secrets = __esm({
  "packages/core/src/redact-secrets.ts"() {
    "use strict";
    tag = (kind) => `[REDACTED:${kind}]`;
    RULES = [
      {
        kind: "private_key",
        pattern: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,20000}?(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|$)/g,
        replace: () => tag("private_key")
      },
      {
        kind: "url_credentials",
        pattern: /\b([a-z][a-z0-9+.-]{0,20}:\/\/)([^\s:/@'"`]{1,256}):([^\s@/'"`]{1,256})@/gi,
        replace: (_m, scheme, user) => `${scheme}${user}:${tag("password")}@`
      },
      { kind: "anthropic_key", pattern: /\bsk-ant-[A-Za-z0-9_-]{8,}/g, replace: () => tag("anthropic_key") },
      {
        kind: "openai_key",
        pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g,
        replace: () => tag("openai_key")
      },
      {
        kind: "stripe_key",
        pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}|\bwhsec_[0-9A-Za-z]{20,}/g,
        replace: () => tag("stripe_key")
      },
      {
        kind: "aws_access_key",
        pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g,
        replace: () => tag("aws_access_key")
      },
      {
        kind: "aws_secret",
        pattern: /\b(aws_?secret_?access_?key|aws_?secret)(["']?\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
        replace: (_m, name, sep3) => `${name}${sep3}${tag("aws_secret")}`
      },
      {
        kind: "github_token",
        pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})/g,
        replace: () => tag("github_token")
      },
      { kind: "slack_token", pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g, replace: () => tag("slack_token") },
      {
        kind: "slack_webhook",
        pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,}/g,
        replace: () => tag("slack_webhook")
      },
      { kind: "google_api_key", pattern: /\bAIza[0-9A-Za-z_-]{35}/g, replace: () => tag("google_api_key") },
      {
        kind: "jwt",
        pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
        replace: () => tag("jwt")
      },
      {
        // Real tokens carry a digit; the lookahead spares prose such as "Bearer authentication".
        kind: "bearer",
        pattern: /\b(Bearer|Basic)(\s+)(?=[A-Za-z._~+/=-]{0,4096}[0-9])[A-Za-z0-9._~+/=-]{8,}/g,
        replace: (_m, scheme, space) => `${scheme}${space}${tag("credential")}`
      },
      {
        kind: "authorization",
        pattern: /\b((?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?!Bearer\b|Basic\b)[A-Za-z]{1,20}[ \t]+)?)(?!\[REDACTED)([^\s"'`,;]{8,})/gi,
        replace: (_m, head) => `${head}${tag("credential")}`
      },
      {
        // NAME=value / NAME: value / "name": "value" where the name ends in a secret-ish word.
        // The lookbehind keeps start positions to word starts; the name length is bounded.
        kind: "assignment",
        pattern: /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{0,64}?(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|AUTH[_-]?KEY|CREDENTIALS?)(?![A-Za-z0-9]))(["']?[ \t]*[=:][ \t]*)(["']?)([^\s"'`,;)}\]]{1,4096})/gi,
        replace: (m, name, sep3, quote, value) => value.startsWith("[REDACTED") ? m : `${name}${sep3}${quote}${tag("secret")}`
      }
    ];
    DEFAULTS = { maxStringLength: 262144, maxDepth: 32, maxNodes: 1e5 };
    SECRET_KEY = /^(?:[A-Za-z0-9_.-]*[_.-])?(?:password|passwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|authorization|auth|credentials?|cookie)$/i;
  }
});

// packages/core/src/trace-ids.ts
import { createHash } from "node:crypto";
function digest(parts) {
  const hash = createHash("sha256");
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

// packages/core/src/transcript-entry.ts
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
function parseNotification(text) {
  if (!text.startsWith("<task-notification>")) return void 0;
  const pick = (tag2) => new RegExp(`<${tag2}>([^<]{1,200})</${tag2}>`).exec(text)?.[1]?.trim();
  return { agentId: pick("task-id"), toolUseId: pick("tool-use-id"), status: pick("status") };
}
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
  const ai = iterationsOf2(a);
  const bi = iterationsOf2(b);
  const iterations = bi && (!ai || (b.output_tokens ?? 0) >= (a.output_tokens ?? 0)) ? bi : ai;
  if (iterations) out.iterations = iterations;
  for (const k of Object.keys(out)) if (out[k] === void 0) delete out[k];
  return out;
}
function iterationsOf2(usage) {
  const list = usage.iterations;
  return Array.isArray(list) && list.length > 0 ? list : void 0;
}
function normalizeUsage(raw) {
  if (!isObject(raw)) return {};
  const cc = isObject(raw.cache_creation) ? raw.cache_creation : void 0;
  const stu = isObject(raw.server_tool_use) ? raw.server_tool_use : void 0;
  const iterations = Array.isArray(raw.iterations) ? raw.iterations.filter(isObject) : [];
  return mergeUsage(iterations.length > 0 ? { iterations } : {}, {
    input_tokens: num2(raw.input_tokens),
    output_tokens: num2(raw.output_tokens),
    cache_creation_input_tokens: num2(raw.cache_creation_input_tokens),
    cache_read_input_tokens: num2(raw.cache_read_input_tokens),
    cache_creation: cc ? {
      ephemeral_5m_input_tokens: num2(cc.ephemeral_5m_input_tokens),
      ephemeral_1h_input_tokens: num2(cc.ephemeral_1h_input_tokens)
    } : void 0,
    server_tool_use: stu ? {
      web_search_requests: num2(stu.web_search_requests),
      web_fetch_requests: num2(stu.web_fetch_requests)
    } : void 0,
    speed: str2(raw.speed),
    inference_geo: typeof raw.inference_geo === "string" ? raw.inference_geo : void 0,
    service_tier: str2(raw.service_tier)
  });
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
  return merged;
}
function minDefined(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.min(a, b);
}
function envelope(rec, inherited) {
  const env = {
    timeMs: parseTime(rec.timestamp) ?? inherited?.timeMs,
    uuid: str2(rec.uuid),
    sessionId: str2(rec.sessionId) ?? inherited?.sessionId,
    isSidechain: rec.isSidechain === true || inherited?.isSidechain === true,
    agentId: str2(rec.agentId) ?? inherited?.agentId
  };
  if (inherited?.viaProgress) env.viaProgress = true;
  if (inherited?.parentToolUseId) env.parentToolUseId = inherited.parentToolUseId;
  for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
  return env;
}
function normalizeAssistant(rec, env, opts) {
  const message = isObject(rec.message) ? rec.message : void 0;
  const messageId = str2(message?.id);
  const model = str2(message?.model);
  if (!message || !messageId || !model) return [{ ...env, kind: "other", type: "assistant" }];
  const toolUses = [];
  const content = Array.isArray(message.content) ? message.content : [];
  for (const block of content) {
    if (!isObject(block) || block.type !== "tool_use") continue;
    const id = str2(block.id);
    if (!id) continue;
    const ref = { id, name: str2(block.name) ?? "unknown", timeMs: env.timeMs, inputBytes: byteSize(block.input) };
    if (opts.content) ref.input = block.input;
    if (opts.hashKey !== void 0) ref.inputShape = shapeOf(block.input, opts.hashKey);
    if ((ref.name === "Agent" || ref.name === "Task") && isObject(block.input)) {
      const type = str2(block.input.subagent_type);
      if (type) ref.subagentType = type;
    }
    toolUses.push(ref);
  }
  const synthetic = model === "<synthetic>";
  const entry = {
    ...env,
    kind: "llm",
    messageId,
    requestId: str2(rec.requestId),
    requestRef: str2(rec.requestRef),
    model,
    requestedModel: str2(rec.requestedModel),
    stopReason: str2(message.stop_reason),
    usage: normalizeUsage(message.usage),
    toolUses,
    firstTimeMs: env.timeMs,
    lastTimeMs: env.timeMs,
    records: 1
  };
  const out = entry;
  if (synthetic) out.synthetic = true;
  const recordedCost = num2(rec.costUSD);
  if (recordedCost !== void 0) out.recordedCostUsd = recordedCost;
  const attribution = str2(rec.attributionAgent);
  if (attribution) out.attributionAgent = attribution;
  if (rec.isApiErrorMessage === true || str2(rec.error))
    out.apiError = (str2(rec.error) ?? contentText(message.content).slice(0, MAX_ERROR_TEXT)) || "api_error";
  for (const k of ["requestId", "requestRef", "requestedModel", "stopReason"])
    if (out[k] === void 0) delete out[k];
  return [out];
}
function resultText(content) {
  if (typeof content === "string") return content;
  return contentText(content);
}
function normalizeUser(rec, env, opts) {
  const message = isObject(rec.message) ? rec.message : void 0;
  if (!message) return [{ ...env, kind: "other", type: "user" }];
  const content = message.content;
  const promptId = str2(rec.promptId);
  const toolUseResult = rec.toolUseResult;
  const tur = isObject(toolUseResult) ? toolUseResult : void 0;
  const decision = isObject(rec.permissionDecision) ? rec.permissionDecision : void 0;
  const out = [];
  if (Array.isArray(content) && content.some((b) => isObject(b) && b.type === "tool_result")) {
    for (const block of content) {
      if (!isObject(block) || block.type !== "tool_result") continue;
      const toolUseId = str2(block.tool_use_id);
      if (!toolUseId) continue;
      const isError = block.is_error === true;
      const text2 = resultText(block.content);
      const denied = isError && (str2(rec.toolDenialKind) !== void 0 || DENY_DECISIONS.has(String(decision?.decision ?? "").toLowerCase()) || DENIAL_TEXT.test(text2.slice(0, 2e3)));
      const interrupted = !denied && (tur?.interrupted === true || isError && INTERRUPT_TEXT.test(text2.slice(0, 500)));
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
      if (isError) entry.errorText = text2.slice(0, MAX_ERROR_TEXT);
      if (opts.content) entry.output = output;
      if (opts.hashKey !== void 0) entry.outputShape = shapeOf(output, opts.hashKey);
      if (decision)
        entry.permissionDecision = { decision: str2(decision.decision), source: str2(decision.source) };
      if (tur) {
        const spawned = str2(tur.agentId);
        if (spawned) entry.spawnedAgentId = spawned;
        const status = str2(tur.status);
        if (status) entry.resultStatus = status;
        const d = num2(tur.totalDurationMs) ?? num2(tur.durationMs);
        if (d !== void 0) entry.reportedDurationMs = d;
      }
      out.push(entry);
    }
    return out;
  }
  const text = contentText(content);
  if (rec.isCompactSummary === true) return [{ ...env, kind: "summary", compaction: true }];
  const interrupt = INTERRUPT.exec(text);
  if (interrupt) {
    const entry = { ...env, kind: "interrupt", duringToolUse: interrupt[1] !== void 0 };
    return [promptId ? { ...entry, promptId } : entry];
  }
  if (rec.isMeta === true || rec.isVisibleInTranscriptOnly === true || LOCAL_OUTPUT.test(text))
    return opts.keepOther ? [{ ...env, kind: "other", type: "user-meta" }] : [];
  if (typeof content !== "string" && !Array.isArray(content))
    return [{ ...env, kind: "other", type: "user" }];
  const prompt = { ...env, kind: "prompt", textLength: text.length };
  if (promptId) prompt.promptId = promptId;
  if (opts.content) prompt.text = text;
  if (opts.hashKey !== void 0) prompt.textShape = shapeOf(text, opts.hashKey);
  const origin = isObject(rec.origin) ? str2(rec.origin.kind) : void 0;
  const source = str2(rec.promptSource);
  if (origin) prompt.origin = origin;
  else if (source && source !== "sdk" && source !== "user") prompt.origin = source;
  const notification = parseNotification(text);
  if (notification) prompt.notification = notification;
  return [prompt];
}
function normalizeSystem(rec, env) {
  const subtype = str2(rec.subtype) ?? "unknown";
  const entry = { ...env, kind: "system", subtype };
  const d = num2(rec.durationMs);
  if (d !== void 0) entry.durationMs = d;
  if (Array.isArray(rec.hookInfos)) {
    const durations = rec.hookInfos.map((h) => isObject(h) ? num2(h.durationMs) : void 0).filter((x) => x !== void 0);
    if (durations.length > 0) entry.hookDurationsMs = durations;
  }
  if (isObject(rec.compactMetadata)) {
    const trigger = str2(rec.compactMetadata.trigger);
    if (trigger) entry.compactTrigger = trigger;
    const pre = num2(rec.compactMetadata.preTokens);
    if (pre !== void 0) entry.compactPreTokens = pre;
  }
  const level = str2(rec.level);
  if (level) entry.level = level;
  return [entry];
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
    agentId: str2(data.agentId) ?? env.agentId,
    viaProgress: true,
    parentToolUseId: str2(rec.parentToolUseID)
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
      return normalizeSystem(rec, env);
    case "progress":
      return normalizeProgress(rec, env, opts);
    case "api-request": {
      const id = str2(rec.id);
      if (!id) return [{ ...env, kind: "other", type }];
      const params = isObject(rec.params) ? rec.params : void 0;
      const entry = { ...env, kind: "api_request", id };
      const model = str2(params?.model);
      const querySource = str2(rec.querySource);
      return [{ ...entry, ...model ? { model } : {}, ...querySource ? { querySource } : {} }];
    }
    case "cost-state": {
      const modelUsage = isObject(rec.modelUsage) ? rec.modelUsage : {};
      return [{ ...env, kind: "cost_state", totalCostUsd: num2(rec.totalCostUSD), modelUsage }];
    }
    case "summary":
      return [{ ...env, kind: "summary", compaction: false }];
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
var isObject, str2, num2, MAX_ERROR_TEXT, INTERRUPT, LOCAL_OUTPUT, DENIAL_TEXT, INTERRUPT_TEXT, DENY_DECISIONS, IGNORED_TYPES;
var init_transcript_entry = __esm({
  "packages/core/src/transcript-entry.ts"() {
    "use strict";
    init_shape_of();
    isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    str2 = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
    num2 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
    MAX_ERROR_TEXT = 2e3;
    INTERRUPT = /^\[Request interrupted by user( for tool use)?\]/;
    LOCAL_OUTPUT = /^\s*<(local-command-stdout|local-command-stderr|local-command-caveat|bash-stdout|bash-stderr)>/;
    DENIAL_TEXT = /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed with this tool use|tool use was rejected|was blocked by (?:a |the )?(?:\S+ )?(?:hook|policy)|denied by (?:a |the )?(?:\S+ )?(?:hook|policy|permission)|Permission denied by|blocked by permission rules/i;
    INTERRUPT_TEXT = /interrupted by user|Request interrupted|was interrupted/i;
    DENY_DECISIONS = /* @__PURE__ */ new Set(["reject", "deny", "denied", "block", "blocked"]);
    IGNORED_TYPES = /* @__PURE__ */ new Set([
      "file-history-snapshot",
      "queue-operation",
      "attachment",
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

// packages/core/src/session-tracker.ts
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
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
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
function usageFingerprint(u) {
  return `${u.input_tokens ?? 0}|${u.output_tokens ?? 0}|${u.cache_read_input_tokens ?? 0}|${u.cache_creation_input_tokens ?? 0}`;
}
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
function totalsOf(children, nested, sum) {
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
  own.costUsd = (sum ?? defaultSum)(costs);
  const mine = {
    ...own,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel
  };
  return sumTotals([mine, ...nested.map((n) => n.totals)], sum ?? defaultSum);
}
function sumTotals(parts, sum = defaultSum) {
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
  out.costUsd = sum(costs);
  for (const [model, list] of Object.entries(modelCosts)) byModel[model].costUsd = sum(list);
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
var turnCid, agentCid, MOD_TURN_BEFORE_MS, MOD_TURN_AFTER_MS, TOTALS_BLOCK, defaultSum, TERMINAL_NOTIFICATIONS, SessionTracker, compareStr;
var init_session_tracker = __esm({
  "packages/core/src/session-tracker.ts"() {
    "use strict";
    init_src();
    init_trace_ids();
    init_transcript_entry();
    turnCid = (key) => `t:${key}`;
    agentCid = (id) => `a:${id}`;
    MOD_TURN_BEFORE_MS = 1e4;
    MOD_TURN_AFTER_MS = 2e3;
    TOTALS_BLOCK = 64;
    defaultSum = (costs) => {
      let total = 0;
      for (const c of costs) total += c;
      return total;
    };
    TERMINAL_NOTIFICATIONS = /* @__PURE__ */ new Set(["completed", "failed", "killed", "error", "cancelled", "stopped"]);
    SessionTracker = class {
      sessionId;
      traceId;
      #pricer;
      #sum;
      #llm = /* @__PURE__ */ new Map();
      #llmByMessage = /* @__PURE__ */ new Map();
      #llmByRequestRef = /* @__PURE__ */ new Map();
      #llmByFp = /* @__PURE__ */ new Map();
      #tools = /* @__PURE__ */ new Map();
      #agents = /* @__PURE__ */ new Map();
      #turns = /* @__PURE__ */ new Map();
      #buckets = /* @__PURE__ */ new Map();
      #requestStart = /* @__PURE__ */ new Map();
      /** Mod turn ids (main thread) → when they started; mod events carry no prompt id. */
      #modTurnStart = /* @__PURE__ */ new Map();
      #pendingModCompletes = [];
      #claimedByMod = /* @__PURE__ */ new Set();
      #pendingSteps = [];
      #turnSeq = 0;
      #transcriptTurn;
      #liveTurn;
      #startMs;
      #model;
      #cwd;
      #transcriptPath;
      #claudeVersion;
      #endReason;
      #sessionEndMs;
      #lastActivityMs;
      #events = [];
      #measureCost;
      #costStateCost;
      #dirty = /* @__PURE__ */ new Set();
      #turnSnap = /* @__PURE__ */ new Map();
      #agentSnap = /* @__PURE__ */ new Map();
      #agentRoot = /* @__PURE__ */ new Map();
      #lastComplete = false;
      #blockCache = [];
      constructor(options) {
        this.sessionId = options.sessionId;
        this.traceId = traceIdForSession(options.sessionId);
        const pricing = options.pricing;
        const priceOptions = pricing?.overrides ? { overrides: pricing.overrides } : void 0;
        this.#pricer = pricing?.pricer ?? ((model, usage) => priceUsage(model, usage, priceOptions));
        this.#sum = pricing?.sumCosts ?? sumCosts;
      }
      // ---------------------------------------------------------------- transcript
      /**
       * Adds normalised transcript entries, in file order. `source.agentId` marks entries of a subagent
       * transcript (`subagents/agent-<id>.jsonl`) whose records do not carry it themselves.
       */
      addTranscriptEntries(entries, source = {}) {
        for (const raw of entries) {
          const entry = source.agentId && !raw.agentId ? { ...raw, agentId: source.agentId } : raw;
          if (entry.sessionId && entry.sessionId !== this.sessionId && !entry.agentId) continue;
          this.#activity(entry.timeMs);
          switch (entry.kind) {
            case "prompt":
              this.#addPrompt(entry);
              break;
            case "llm":
              this.#addLlm(entry);
              break;
            case "tool_result":
              this.#addToolResult(entry);
              break;
            case "api_request":
              this.#addApiRequest(entry.id, entry.timeMs, entry.agentId, entry.querySource);
              break;
            case "cost_state":
              if (entry.totalCostUsd !== void 0) this.#costStateCost = entry.totalCostUsd;
              break;
            case "system":
              this.#addSystem(entry);
              break;
            case "interrupt": {
              if (entry.agentId) break;
              const key = entry.promptId && this.#turns.has(entry.promptId) ? entry.promptId : this.#transcriptTurn;
              const turn = key ? this.#turns.get(key) : void 0;
              if (turn) {
                turn.interrupted = true;
                this.#touch(turnCid(turn.key));
              }
              break;
            }
            default:
              break;
          }
        }
      }
      #addPrompt(entry) {
        if (entry.agentId) {
          const agent = this.#agent(entry.agentId);
          if (entry.promptId) agent.promptId ??= entry.promptId;
          if (entry.parentToolUseId) agent.parentToolUseId ??= entry.parentToolUseId;
          this.#agentSeen(agent, entry.timeMs);
          return;
        }
        const key = entry.promptId ?? entry.uuid;
        if (!key) return;
        const turn = this.#turn(key, "transcript");
        if (entry.promptId) turn.promptId = entry.promptId;
        if (entry.timeMs !== void 0) turn.promptMs = minOf(turn.promptMs, entry.timeMs);
        turn.textLength = entry.textLength;
        if (entry.text !== void 0) turn.text = entry.text;
        if (entry.textShape) turn.textShape = entry.textShape;
        if (entry.origin) turn.origin = entry.origin;
        const n = entry.notification;
        if (n?.agentId) {
          const agent = this.#agent(n.agentId);
          if (n.toolUseId) this.#linkAgent(agent, n.toolUseId);
          if (n.status && TERMINAL_NOTIFICATIONS.has(n.status)) {
            agent.notifiedStatus = n.status;
            if (entry.timeMs !== void 0) agent.liveStopMs ??= entry.timeMs;
          }
          this.#touch(agentCid(agent.id));
        }
        this.#touch(turnCid(key));
      }
      #addLlm(entry) {
        if (entry.synthetic) {
          if (entry.apiError && !entry.agentId) {
            const turn = this.#transcriptTurn ? this.#turns.get(this.#transcriptTurn) : void 0;
            if (turn) {
              turn.failed = true;
              turn.error ??= entry.apiError;
              this.#touch(turnCid(turn.key));
            }
          }
          return;
        }
        const dedupKey = llmKeyOf(entry);
        let state = this.#llm.get(dedupKey);
        if (!state) {
          const byMessage = this.#llmByMessage.get(entry.messageId);
          if (byMessage && (byMessage.entry.isSidechain || entry.isSidechain)) state = byMessage;
        }
        if (state) {
          this.#unindexFp(state);
          state.entry = mergeLlmResponses(state.entry, entry);
          this.#llm.set(dedupKey, state);
        } else {
          const cid = entry.agentId ? agentCid(entry.agentId) : turnCid(this.#currentTranscriptTurn(dedupKey));
          state = { dedupKey, spanKey: entry.requestId ?? entry.messageId, entry, cid };
          this.#llm.set(dedupKey, state);
          this.#llmByMessage.set(entry.messageId, state);
          this.#bucket(cid).llm.add(state);
        }
        if (state.entry.requestRef) this.#llmByRequestRef.set(state.entry.requestRef, state);
        this.#indexFp(state);
        if (entry.agentId) {
          const agent = this.#agent(entry.agentId);
          if (entry.attributionAgent) agent.type ??= entry.attributionAgent;
          agent.model ??= entry.requestedModel ?? entry.model;
          if (entry.parentToolUseId) this.#linkAgent(agent, entry.parentToolUseId);
          this.#agentSeen(agent, entry.firstTimeMs);
          this.#agentSeen(agent, entry.lastTimeMs);
        } else {
          this.#model ??= entry.requestedModel ?? entry.model;
        }
        this.#activity(entry.lastTimeMs);
        for (const use of entry.toolUses) {
          const tool = this.#tool(use.id);
          tool.name = use.name;
          tool.seenTranscript = true;
          tool.requestedBy = state.spanKey;
          if (use.timeMs !== void 0) tool.assistantMs = minOf(tool.assistantMs, use.timeMs);
          tool.inputBytes ??= use.inputBytes;
          if (use.input !== void 0) tool.input ??= use.input;
          if (use.inputShape) tool.inputShape ??= use.inputShape;
          if (use.subagentType) tool.subagentType = use.subagentType;
          if (entry.agentId) tool.agentId = entry.agentId;
          this.#placeTool(tool, state.cid, true);
        }
        this.#touch(state.cid);
      }
      #addToolResult(entry) {
        const tool = this.#tool(entry.toolUseId);
        tool.seenTranscript = true;
        tool.result = entry;
        if (entry.promptId) tool.promptId ??= entry.promptId;
        if (entry.agentId) tool.agentId ??= entry.agentId;
        if (entry.outputBytes !== void 0) tool.outputBytes ??= entry.outputBytes;
        if (entry.output !== void 0) tool.output ??= entry.output;
        if (entry.outputShape) tool.outputShape ??= entry.outputShape;
        if (!tool.cid) {
          const cid = entry.agentId ? agentCid(entry.agentId) : turnCid(
            entry.promptId ? this.#turn(entry.promptId, "none").key : this.#currentTranscriptTurn(`result:${entry.toolUseId}`)
          );
          this.#placeTool(tool, cid, false);
        }
        if (entry.spawnedAgentId) {
          const agent = this.#agent(entry.spawnedAgentId);
          this.#linkAgent(agent, entry.toolUseId);
          if (tool.subagentType) agent.type ??= tool.subagentType;
          if (entry.resultStatus === "completed") {
            agent.resultCompleted = true;
            if (entry.timeMs !== void 0) agent.liveStopMs ??= entry.timeMs;
          }
          this.#touch(agentCid(agent.id));
        }
        if (entry.agentId) this.#agentSeen(this.#agent(entry.agentId), entry.timeMs);
        this.#touch(tool.cid);
      }
      #addApiRequest(id, timeMs, agentId, querySource) {
        if (timeMs === void 0) return;
        this.#requestStart.set(id, timeMs);
        if (agentId && querySource) {
          const type = /^agent:(?:[^:]*:)?(.+)$/.exec(querySource)?.[1];
          if (type) this.#agent(agentId).type ??= type;
        }
        const state = this.#llmByRequestRef.get(id);
        if (state) this.#touch(state.cid);
      }
      #addSystem(entry) {
        if (entry.agentId) return;
        if (entry.subtype === "compact_boundary" && entry.timeMs !== void 0) {
          const attributes = {};
          if (entry.compactTrigger) attributes.trigger = entry.compactTrigger;
          if (entry.compactPreTokens !== void 0) attributes.preTokens = entry.compactPreTokens;
          this.#addEvent({ name: "compaction", timeMs: entry.timeMs, attributes });
          return;
        }
        const turn = this.#transcriptTurn ? this.#turns.get(this.#transcriptTurn) : void 0;
        if (!turn) return;
        if (entry.subtype === "stop_hook_summary" || entry.subtype === "turn_duration") {
          turn.ended = true;
          if (entry.timeMs !== void 0) turn.endSignalMs = maxOf(turn.endSignalMs, entry.timeMs);
          this.#touch(turnCid(turn.key));
        }
      }
      // ---------------------------------------------------------------- live events
      /** Adds one live event (mod batch item or hook payload, normalised). Events of other sessions are ignored. */
      addCaptureEvent(e) {
        if (e.sessionId !== this.sessionId) return;
        if (e.cwd) this.#cwd ??= e.cwd;
        if (e.transcriptPath && !e.agentId) this.#transcriptPath ??= e.transcriptPath;
        if (e.type !== "session.end" && e.type !== "session.measure") this.#activity(e.atMs);
        switch (e.type) {
          case "session.start":
            this.#startMs = minOf(this.#startMs, e.atMs);
            if (e.model) this.#model ??= e.model;
            if (e.claudeVersion) this.#claudeVersion = e.claudeVersion;
            if (e.trigger && e.trigger !== "startup")
              this.#addEvent({ name: "session.resume", timeMs: e.atMs, attributes: { trigger: e.trigger } });
            break;
          case "session.end":
            this.#sessionEndMs = maxOf(this.#sessionEndMs, e.atMs);
            if (e.reason) this.#endReason = e.reason;
            break;
          case "session.measure":
            if (e.costUsd !== void 0) this.#measureCost = e.costUsd;
            break;
          case "session.compact":
            this.#addEvent({
              name: "compaction",
              timeMs: e.atMs,
              attributes: e.trigger ? { trigger: e.trigger } : {}
            });
            break;
          case "prompt.submit": {
            if (e.agentId || !e.promptId) break;
            const turn = this.#turn(e.promptId, "live");
            turn.promptId = e.promptId;
            turn.liveSubmitMs = minOf(turn.liveSubmitMs, e.atMs);
            turn.textLength ??= e.textLength;
            if (e.text !== void 0) turn.text ??= e.text;
            this.#touch(turnCid(turn.key));
            break;
          }
          case "turn.start":
            if (!e.agentId) this.#modTurnStart.set(e.turnId, e.atMs);
            break;
          case "turn.step":
            this.#pendingSteps.push(e);
            break;
          case "turn.complete": {
            if (e.agentId) {
              const agent = this.#agent(e.agentId);
              agent.stopped = true;
              agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
              this.#touch(agentCid(agent.id));
            } else {
              this.#pendingModCompletes.push(e);
            }
            break;
          }
          case "turn.end": {
            if (e.agentId) break;
            const key = e.promptId ?? this.#liveTurn ?? this.#transcriptTurn;
            const turn = key ? this.#turns.get(key) : void 0;
            if (!turn) break;
            turn.ended = true;
            turn.endSignalMs = maxOf(turn.endSignalMs, e.atMs);
            if (e.failed) {
              turn.failed = true;
              if (e.error) turn.error ??= e.error;
            }
            this.#touch(turnCid(turn.key));
            break;
          }
          case "tool.start": {
            const tool = this.#tool(e.toolUseId);
            tool.seenLive = true;
            tool.name ??= e.toolName;
            tool.liveStartMs = minOf(tool.liveStartMs, e.atMs);
            if (e.inputBytes !== void 0) tool.inputBytes ??= e.inputBytes;
            if (e.input !== void 0) tool.input ??= e.input;
            if (e.inputShape) tool.inputShape ??= e.inputShape;
            this.#placeLiveTool(tool, e.agentId, e.promptId);
            break;
          }
          case "tool.end": {
            const tool = this.#tool(e.toolUseId);
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
            this.#placeLiveTool(tool, e.agentId, e.promptId);
            break;
          }
          case "agent.spawn": {
            if (!e.spawnedAgentId) break;
            const agent = this.#agent(e.spawnedAgentId);
            if (e.toolUseId) this.#linkAgent(agent, e.toolUseId);
            if (e.subagentType) agent.type ??= e.subagentType;
            if (e.model) agent.model ??= e.model;
            if (e.promptId) agent.promptId ??= e.promptId;
            agent.liveStartMs = minOf(agent.liveStartMs, e.atMs);
            this.#touch(agentCid(agent.id));
            break;
          }
          case "subagent.stop": {
            if (!e.agentId) break;
            const agent = this.#agent(e.agentId);
            agent.stopped = true;
            agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
            this.#touch(agentCid(agent.id));
            break;
          }
          default:
            break;
        }
      }
      // ---------------------------------------------------------------- state helpers
      #activity(timeMs) {
        if (timeMs !== void 0) this.#lastActivityMs = maxOf(this.#lastActivityMs, timeMs);
      }
      #addEvent(event) {
        const dup = this.#events.some((x) => x.name === event.name && Math.abs(x.timeMs - event.timeMs) < 1e3);
        if (!dup) this.#events.push(event);
      }
      #touch(cid) {
        this.#dirty.add(cid);
      }
      #bucket(cid) {
        let b = this.#buckets.get(cid);
        if (!b) {
          b = { llm: /* @__PURE__ */ new Set(), tools: /* @__PURE__ */ new Set() };
          this.#buckets.set(cid, b);
        }
        return b;
      }
      /** Finds or creates a turn. A new turn ends the previous one of the same channel. */
      #turn(key, channel) {
        let turn = this.#turns.get(key);
        if (!turn) {
          turn = { key, seq: this.#turnSeq++, ended: false, failed: false, interrupted: false };
          this.#turns.set(key, turn);
        }
        if (channel === "transcript" && this.#transcriptTurn !== key) {
          this.#endTurn(this.#transcriptTurn);
          this.#transcriptTurn = key;
        } else if (channel === "live" && this.#liveTurn !== key) {
          this.#endTurn(this.#liveTurn);
          this.#liveTurn = key;
        }
        return turn;
      }
      #endTurn(key) {
        const prev = key ? this.#turns.get(key) : void 0;
        if (prev && !prev.ended) {
          prev.ended = true;
          this.#touch(turnCid(prev.key));
        }
      }
      /** The turn transcript entries belong to now; a response before any prompt opens an implicit turn. */
      #currentTranscriptTurn(seed) {
        if (this.#transcriptTurn) return this.#transcriptTurn;
        return this.#turn(`implicit:${seed}`, "transcript").key;
      }
      #tool(id) {
        let tool = this.#tools.get(id);
        if (!tool) {
          tool = {
            id,
            cidFromTranscript: false,
            seenTranscript: false,
            seenLive: false,
            durationFromHook: false
          };
          this.#tools.set(id, tool);
        }
        return tool;
      }
      #placeTool(tool, cid, authoritative) {
        if (tool.cid === cid) {
          if (authoritative) tool.cidFromTranscript = true;
          return;
        }
        if (tool.cid && (tool.cidFromTranscript || !authoritative)) return;
        if (tool.cid) {
          this.#bucket(tool.cid).tools.delete(tool);
          this.#touch(tool.cid);
        }
        tool.cid = cid;
        tool.cidFromTranscript = authoritative;
        this.#bucket(cid).tools.add(tool);
        this.#touch(cid);
      }
      #placeLiveTool(tool, agentId, promptId) {
        if (agentId) tool.agentId ??= agentId;
        if (promptId) tool.promptId ??= promptId;
        if (!tool.cid) {
          const cid = agentId ? agentCid(agentId) : turnCid(
            promptId ? this.#turn(promptId, "none").key : this.#liveTurn ?? this.#transcriptTurn ?? this.#turn(`implicit:${tool.id}`, "none").key
          );
          this.#placeTool(tool, cid, false);
        }
        this.#touch(tool.cid);
      }
      #agent(id) {
        let agent = this.#agents.get(id);
        if (!agent) {
          agent = { id, stopped: false, resultCompleted: false };
          this.#agents.set(id, agent);
        }
        return agent;
      }
      #linkAgent(agent, toolUseId) {
        if (agent.parentToolUseId === toolUseId) return;
        if (this.#tools.get(toolUseId)?.cid === agentCid(agent.id)) return;
        agent.parentToolUseId ??= toolUseId;
        this.#touch(agentCid(agent.id));
      }
      #agentSeen(agent, timeMs) {
        if (timeMs === void 0) return;
        agent.firstMs = minOf(agent.firstMs, timeMs);
        agent.lastMs = maxOf(agent.lastMs, timeMs);
        this.#touch(agentCid(agent.id));
      }
      #indexFp(state) {
        if (state.step) return;
        const fp = usageFingerprint(state.entry.usage);
        state.fp = fp;
        let set = this.#llmByFp.get(fp);
        if (!set) {
          set = /* @__PURE__ */ new Set();
          this.#llmByFp.set(fp, set);
        }
        set.add(state);
      }
      #unindexFp(state) {
        if (state.fp === void 0) return;
        const set = this.#llmByFp.get(state.fp);
        set?.delete(state);
        if (set && set.size === 0) this.#llmByFp.delete(state.fp);
        state.fp = void 0;
      }
      /** Mod `turn.step`s carry no request id: match each to the response with the same usage, nearest in time. */
      #matchSteps() {
        if (this.#pendingSteps.length === 0) return;
        const left = [];
        for (const step of this.#pendingSteps) {
          const set = step.usage ? this.#llmByFp.get(usageFingerprint(step.usage)) : void 0;
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
          this.#unindexFp(best);
          best.step = { startMs: step.startMs, endMs: step.endMs, firstChunkMs: step.firstChunkMs };
          this.#touch(best.cid);
        }
        this.#pendingSteps = left.length > 1e4 ? left.slice(-1e4) : left;
      }
      /**
       * Mod `turn.complete`s name a mod turn id, not a prompt: the turn is the main-thread turn whose prompt
       * was written just before the mod's `turn.start`. Unresolved ones wait for the transcript to catch up.
       */
      #matchModCompletes() {
        if (this.#pendingModCompletes.length === 0) return;
        const left = [];
        for (const e of this.#pendingModCompletes) {
          const startedAt = e.turnId ? this.#modTurnStart.get(e.turnId) : void 0;
          let best;
          let bestStart = Number.NEGATIVE_INFINITY;
          if (startedAt !== void 0) {
            for (const turn of this.#turns.values()) {
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
          this.#touch(turnCid(best.key));
        }
        this.#pendingModCompletes = left.length > 1e3 ? left.slice(-1e3) : left;
      }
      // ---------------------------------------------------------------- build
      /** The session's trace now. Cheap to call repeatedly: unchanged turns are reused. */
      build(options = {}) {
        const final = options.final === true;
        this.#matchSteps();
        this.#matchModCompletes();
        const sessionComplete = final || this.#sessionEndMs !== void 0 && this.#sessionEndMs >= (this.#lastActivityMs ?? 0);
        if (sessionComplete !== this.#lastComplete || final) {
          for (const [key, snap] of this.#turnSnap) if (!snap.complete) this.#dirty.add(turnCid(key));
          for (const [id, snap] of this.#agentSnap) if (!snap.complete) this.#dirty.add(agentCid(id));
          this.#lastComplete = sessionComplete;
        }
        const ctx = { final, sessionComplete, agentsByTool: /* @__PURE__ */ new Map(), agentsByTurn: /* @__PURE__ */ new Map() };
        const orphanAgents = [];
        for (const agent of this.#agents.values()) {
          const place = this.#placementOf(agent);
          if (place.kind === "tool") push(ctx.agentsByTool, place.id, agent.id);
          else if (place.kind === "turn") push(ctx.agentsByTurn, place.id, agent.id);
          else orphanAgents.push(agent.id);
          const root = this.#rootOf(agent.id);
          const previous = this.#agentRoot.get(agent.id);
          if (previous !== root || !this.#agentRoot.has(agent.id)) {
            if (previous) this.#dirty.add(previous);
            if (root) this.#dirty.add(root);
            this.#dirty.add(agentCid(agent.id));
            this.#agentRoot.set(agent.id, root);
          }
        }
        for (const cid of [...this.#dirty]) {
          if (!cid.startsWith("a:")) continue;
          let current = cid.slice(2);
          const seen = /* @__PURE__ */ new Set();
          while (current && !seen.has(current)) {
            seen.add(current);
            const agent = this.#agents.get(current);
            if (!agent) break;
            const place = this.#placementOf(agent);
            const parentCid = place.kind === "tool" ? this.#tools.get(place.id)?.cid : place.kind === "turn" ? turnCid(place.id) : void 0;
            if (!parentCid) break;
            this.#dirty.add(parentCid);
            current = parentCid.startsWith("a:") ? parentCid.slice(2) : void 0;
          }
        }
        for (const cid of this.#dirty) if (cid.startsWith("a:")) this.#agentSnap.delete(cid.slice(2));
        const turns = [];
        for (const turn of this.#turns.values()) {
          const cid = turnCid(turn.key);
          if (turn.key.startsWith("implicit:") && this.#isEmpty(cid) && !ctx.agentsByTurn.has(turn.key)) continue;
          let snap = this.#dirty.has(cid) ? void 0 : this.#turnSnap.get(turn.key);
          if (!snap) {
            snap = this.#buildTurn(turn, ctx);
            this.#turnSnap.set(turn.key, snap);
          }
          turns.push(snap);
        }
        this.#dirty.clear();
        turns.sort((a, b) => a.startMs - b.startMs || compareStr(a.key, b.key));
        const sessionSpan = sessionSpanId(this.sessionId);
        const subagents = orphanAgents.map((id) => this.#buildAgent(id, sessionSpan, ctx, /* @__PURE__ */ new Set()));
        const totals = sumTotals([...this.#turnBlockTotals(turns), ...subagents.map((a) => a.totals)], this.#sum);
        let startMs = this.#startMs;
        let endMs = this.#startMs;
        for (const node of [...turns, ...subagents]) {
          startMs = minOf(startMs, node.startMs);
          endMs = maxOf(endMs, node.endMs);
        }
        for (const ev of this.#events) endMs = maxOf(endMs, ev.timeMs);
        if (sessionComplete && this.#sessionEndMs !== void 0) endMs = maxOf(endMs, this.#sessionEndMs);
        startMs ??= this.#lastActivityMs ?? 0;
        endMs = Math.max(endMs ?? startMs, startMs);
        const claudeCostUsd = this.#measureCost ?? this.#costStateCost;
        const trace = {
          kind: "session",
          sessionId: this.sessionId,
          traceId: this.traceId,
          spanId: sessionSpan,
          startMs,
          endMs,
          complete: sessionComplete,
          status: sessionComplete ? "ok" : "unset",
          turns,
          subagents,
          events: [...this.#events].sort((a, b) => a.timeMs - b.timeMs),
          totals
        };
        if (this.#model) trace.model = this.#model;
        if (this.#cwd) trace.cwd = this.#cwd;
        if (this.#transcriptPath) trace.transcriptPath = this.#transcriptPath;
        if (this.#claudeVersion) trace.claudeVersion = this.#claudeVersion;
        if (this.#endReason) trace.endReason = this.#endReason;
        if (claudeCostUsd !== void 0) {
          trace.claudeCostUsd = claudeCostUsd;
          trace.costDriftUsd = totals.costUsd - claudeCostUsd;
        }
        return trace;
      }
      /**
       * Session totals are sums of turn totals in blocks of consecutive turns; a block whose turns did not
       * change keeps its sum, so a build after one turn costs O(turns / block + block), not O(turns × models).
       * The partition depends only on the turn list, so the result does not depend on the build history.
       */
      #turnBlockTotals(turns) {
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
            this.#sum
          );
          this.#blockCache[b] = { members, totals };
          out.push(totals);
        }
        this.#blockCache.length = blocks;
        return out;
      }
      #isEmpty(cid) {
        const bucket = this.#buckets.get(cid);
        return !bucket || bucket.llm.size === 0 && bucket.tools.size === 0;
      }
      #placementOf(agent) {
        if (agent.parentToolUseId) {
          const tool = this.#tools.get(agent.parentToolUseId);
          if (tool?.cid && tool.cid !== agentCid(agent.id)) return { kind: "tool", id: tool.id };
        }
        if (agent.promptId && this.#turns.has(agent.promptId)) return { kind: "turn", id: agent.promptId };
        return { kind: "session", id: "" };
      }
      /** The turn a subagent ultimately belongs to (through nested subagents), or undefined at session level. */
      #rootOf(agentId) {
        const seen = /* @__PURE__ */ new Set();
        let current = agentId;
        while (current && !seen.has(current)) {
          seen.add(current);
          const agent = this.#agents.get(current);
          if (!agent) return void 0;
          const place = this.#placementOf(agent);
          if (place.kind === "turn") return turnCid(place.id);
          if (place.kind === "session") return void 0;
          const cid = this.#tools.get(place.id)?.cid;
          if (!cid) return void 0;
          if (cid.startsWith("t:")) return cid;
          current = cid.slice(2);
        }
        return void 0;
      }
      #buildChildren(cid, parentSpanId, ctx, visiting) {
        const bucket = this.#buckets.get(cid);
        const children = [];
        const nested = [];
        if (!bucket) return { children, nested };
        const llmKeys = /* @__PURE__ */ new Set();
        for (const state of bucket.llm) {
          children.push(this.#buildLlm(state, parentSpanId));
          llmKeys.add(state.spanKey);
        }
        for (const tool of bucket.tools) {
          const toolSpan2 = toolSpanId(this.sessionId, tool.id);
          const subagents = (ctx.agentsByTool.get(tool.id) ?? []).map(
            (id) => this.#buildAgent(id, toolSpan2, ctx, visiting)
          );
          nested.push(...subagents);
          const requester = tool.requestedBy !== void 0 && llmKeys.has(tool.requestedBy) ? llmSpanId(this.sessionId, tool.requestedBy) : parentSpanId;
          children.push(this.#buildTool(tool, requester, subagents));
        }
        children.sort((a, b) => a.startMs - b.startMs || compareStr(a.spanId, b.spanId));
        return { children, nested };
      }
      #buildTurn(turn, ctx) {
        const spanId = turnSpanId(this.sessionId, turn.key);
        const visiting = /* @__PURE__ */ new Set();
        const { children, nested } = this.#buildChildren(turnCid(turn.key), spanId, ctx, visiting);
        const direct = (ctx.agentsByTurn.get(turn.key) ?? []).map(
          (id) => this.#buildAgent(id, spanId, ctx, visiting)
        );
        let startMs = minOf(turn.promptMs, turn.liveSubmitMs);
        let endMs = turn.endSignalMs;
        for (const child of children) {
          startMs = minOf(startMs, child.startMs);
          endMs = maxOf(endMs, child.endMs);
        }
        startMs ??= endMs ?? 0;
        endMs = Math.max(endMs ?? startMs, startMs);
        const complete = turn.ended || ctx.sessionComplete || ctx.final;
        let error = turn.error;
        for (const child of children) if (child.kind === "llm" && child.error) error ??= child.error;
        const failed = turn.failed || children.some((c) => c.kind === "llm" && c.status === "error");
        const status = failed ? "error" : complete ? "ok" : "unset";
        const node = {
          kind: "turn",
          key: turn.key,
          spanId,
          parentSpanId: sessionSpanId(this.sessionId),
          startMs,
          endMs,
          complete,
          status,
          interrupted: turn.interrupted,
          children,
          subagents: direct,
          totals: totalsOf(children, [...nested, ...direct], this.#sum)
        };
        if (turn.promptId) node.promptId = turn.promptId;
        if (turn.textLength !== void 0) node.textLength = turn.textLength;
        if (turn.text !== void 0) node.text = turn.text;
        if (turn.textShape) node.textShape = turn.textShape;
        if (turn.origin) node.origin = turn.origin;
        if (failed) node.error = error ?? "turn failed";
        return node;
      }
      #buildAgent(id, parentSpanId, ctx, visiting) {
        const cached = this.#agentSnap.get(id);
        if (cached && cached.parentSpanId === parentSpanId) return cached;
        const agent = this.#agents.get(id);
        const spanId = agentSpanId(this.sessionId, id);
        let result;
        if (visiting.has(id)) {
          result = emptyAgent(agent, spanId, parentSpanId);
        } else {
          visiting.add(id);
          const { children, nested } = this.#buildChildren(agentCid(id), spanId, ctx, visiting);
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
            totals: totalsOf(children, nested, this.#sum)
          };
          if (agent.type) node.agentType = agent.type;
          if (agent.model) node.model = agent.model;
          if (agent.parentToolUseId) node.parentToolUseId = agent.parentToolUseId;
          if (agent.promptId) node.promptId = agent.promptId;
          result = node;
        }
        this.#agentSnap.set(id, result);
        return result;
      }
      #buildLlm(state, parentSpanId) {
        const e = state.entry;
        const pricedModel = e.requestedModel ?? e.model;
        if (!state.priced || state.priced.entry !== e) {
          const p = priceResponse(this.#pricer, pricedModel, e.usage, e.recordedCostUsd);
          const result = {
            costUsd: p.costUsd,
            known: p.source !== "unknown",
            ...p.rule ? { rule: p.rule } : {},
            ...p.canonicalModel ? { canonicalModel: p.canonicalModel } : {}
          };
          state.priced = { entry: e, result, model: pricedModel };
        }
        const price2 = state.priced.result;
        const requestStart = e.requestRef ? this.#requestStart.get(e.requestRef) : void 0;
        const startMs = state.step?.startMs ?? requestStart ?? e.firstTimeMs ?? e.timeMs ?? 0;
        const endMs = Math.max(state.step?.endMs ?? e.lastTimeMs ?? startMs, startMs);
        const node = {
          kind: "llm",
          key: state.spanKey,
          spanId: llmSpanId(this.sessionId, state.spanKey),
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
        const first = state.step?.firstChunkMs ?? e.firstTimeMs;
        if (first !== void 0) node.firstContentMs = Math.max(first, startMs);
        if (e.agentId) node.agentId = e.agentId;
        if (e.apiError) node.error = e.apiError;
        return node;
      }
      #buildTool(tool, parentSpanId, subagents) {
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
          spanId: toolSpanId(this.sessionId, tool.id),
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
        const errorText = r?.errorText ?? tool.liveErrorText;
        if (status !== "ok" && status !== "running" && errorText) node.errorText = errorText;
        if (tool.inputBytes !== void 0) node.inputBytes = tool.inputBytes;
        if (tool.outputBytes !== void 0) node.outputBytes = tool.outputBytes;
        if (tool.input !== void 0) node.input = tool.input;
        if (tool.output !== void 0) node.output = tool.output;
        if (tool.inputShape) node.inputShape = tool.inputShape;
        if (tool.outputShape) node.outputShape = tool.outputShape;
        if (tool.requestedBy) node.requestedBy = llmSpanId(this.sessionId, tool.requestedBy);
        if (tool.agentId) node.agentId = tool.agentId;
        if (tool.promptId) node.promptId = tool.promptId;
        return node;
      }
    };
    compareStr = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// packages/core/src/should-sample.ts
import { createHash as createHash2 } from "node:crypto";
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
  const h = createHash2("sha256").update(`glassbox/sample\0${sessionId}`).digest();
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

// packages/core/src/trace-to-telemetry.ts
function traceToTelemetry(trace, opts) {
  const redact = opts.redact ?? ((v) => redactSecrets(v));
  const agentName = opts.agentName ?? "claude-code";
  const resource = { ...opts.resource ?? {} };
  const skip = opts.skip;
  let done;
  if (skip && typeof skip === "object") {
    done = deliveredTurns.get(skip);
    if (!done) {
      done = /* @__PURE__ */ new WeakSet();
      deliveredTurns.set(skip, done);
    }
  }
  let incomplete = false;
  const spans = [];
  const logs = [];
  const sid = trace.sessionId;
  const common = {
    ...resource,
    "gen_ai.conversation.id": sid,
    "gen_ai.provider.name": "anthropic"
  };
  const cleanText = (text, max) => {
    if (text === void 0) return void 0;
    const out = redact(text);
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
      status: { code: trace.status === "error" ? "error" : "ok" },
      attributes: clean({
        ...common,
        "glassbox.span.type": "session",
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": agentName,
        "gen_ai.request.model": trace.model,
        ...usageAttributes(trace.totals),
        "glassbox.turns": trace.turns.length,
        "claude.session.end_reason": trace.endReason,
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
    const u = node.usage;
    const split = cacheWriteSplit(u);
    const cacheRead = u.cache_read_input_tokens ?? 0;
    const cacheWrite = u.cache_creation_input_tokens ?? 0;
    const input = u.input_tokens ?? 0;
    const output = u.output_tokens ?? 0;
    const latencyMs = node.endMs - node.startMs;
    const requested = node.requestedModel ?? node.model;
    const error = cleanText(node.error, MAX_ERROR2);
    addSpan(node.spanId, () => ({
      traceId: trace.traceId,
      spanId: node.spanId,
      parentSpanId: node.parentSpanId,
      name: `chat ${requested}`,
      kind: "client",
      startTimeMs: node.startMs,
      endTimeMs: node.endMs,
      status: spanStatus(node.status, error),
      attributes: clean({
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
        "error.type": node.status === "error" ? "api_error" : void 0
      }),
      events: []
    }));
    addLog(logRecordId(sid, "llm_call", node.key), (id) => ({
      id,
      timeMs: node.endMs,
      severity: node.status === "error" ? "error" : "info",
      event: "llm_call",
      traceId: trace.traceId,
      spanId: node.spanId,
      attributes: clean({
        ...resource,
        sessionId: sid,
        promptId,
        agentId: agent?.agentId,
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
        status: node.status === "error" ? "error" : "ok",
        error
      })
    }));
  };
  const visitTool = (node, promptId, agent) => {
    if (!node.complete) incomplete = true;
    if (node.complete) {
      const error = node.toolStatus === "ok" ? void 0 : cleanText(node.errorText, MAX_ERROR2);
      const errorType = node.toolStatus === "denied" ? "permission_denied" : node.toolStatus === "interrupted" ? "interrupted" : node.toolStatus === "error" ? "tool_error" : void 0;
      const contentAttrs = {};
      if (opts.captureContent) {
        const args = contentAttr(node.input);
        const result = contentAttr(node.output);
        if (args !== void 0) contentAttrs["gen_ai.tool.call.arguments"] = args;
        if (result !== void 0) contentAttrs["gen_ai.tool.call.result"] = result;
      }
      addSpan(node.spanId, () => ({
        traceId: trace.traceId,
        spanId: node.spanId,
        parentSpanId: node.parentSpanId,
        name: `execute_tool ${node.name}`,
        kind: "internal",
        startTimeMs: node.startMs,
        endTimeMs: node.endMs,
        status: spanStatus(node.status, error ?? errorType),
        attributes: clean({
          ...common,
          "glassbox.span.type": "tool",
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": node.name,
          "gen_ai.tool.call.id": node.toolUseId,
          "gen_ai.tool.type": node.name.startsWith("mcp__") ? "extension" : "function",
          "gen_ai.agent.id": agent?.agentId,
          "claude.prompt.id": promptId,
          "glassbox.tool.status": node.toolStatus,
          "glassbox.tool.duration_ms": node.durationMs,
          "glassbox.tool.input_bytes": node.inputBytes,
          "glassbox.tool.output_bytes": node.outputBytes,
          "glassbox.tool.requested_by": node.requestedBy,
          "glassbox.tool.seen_in": node.seenIn,
          "error.type": errorType,
          ...contentAttrs
        }),
        events: []
      }));
      const body = {};
      if (opts.captureContent) {
        if (node.input !== void 0) body.input = redact(node.input);
        if (node.output !== void 0) body.output = redact(node.output);
      }
      addLog(logRecordId(sid, "tool_call", node.toolUseId), (id) => ({
        id,
        timeMs: node.endMs,
        severity: toolSeverity(node),
        event: "tool_call",
        traceId: trace.traceId,
        spanId: node.spanId,
        attributes: clean({
          ...resource,
          sessionId: sid,
          promptId,
          agentId: agent?.agentId,
          toolName: node.name,
          toolUseId: node.toolUseId,
          latencyMs: node.durationMs ?? node.endMs - node.startMs,
          status: node.toolStatus,
          error,
          ...opts.captureContent ? {} : shapeAttributes("inputShape", node.inputShape, node.inputBytes),
          ...opts.captureContent ? {} : shapeAttributes("outputShape", node.outputShape, node.outputBytes)
        }),
        ...Object.keys(body).length > 0 ? { body } : {}
      }));
    }
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
  };
  for (const turn of trace.turns) visitTurn(turn);
  for (const sub of trace.subagents) visitAgent(sub, void 0);
  return { spans, logs };
}
function spanStatus(status, message) {
  if (status === "error") return message ? { code: "error", message } : { code: "error" };
  return { code: status === "ok" ? "ok" : "unset" };
}
function toolSeverity(node) {
  if (node.toolStatus === "error") return "error";
  if (node.toolStatus === "denied" || node.toolStatus === "interrupted") return "warn";
  return "info";
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
var deliveredTurns, MAX_ERROR2, MAX_CONTENT_ATTR;
var init_trace_to_telemetry = __esm({
  "packages/core/src/trace-to-telemetry.ts"() {
    "use strict";
    init_redact_secrets();
    init_session_tracker();
    init_trace_ids();
    deliveredTurns = /* @__PURE__ */ new WeakMap();
    MAX_ERROR2 = 1e3;
    MAX_CONTENT_ATTR = 8192;
  }
});

// packages/core/src/transcript-reader.ts
import { open, readdir, stat } from "node:fs/promises";
import { basename, dirname, join as join5 } from "node:path";
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
  const dir = join5(dirname(mainPath), session, "subagents");
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.startsWith("agent-") && n.endsWith(".jsonl")).sort().map((n) => join5(dir, n));
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
    return (await stat(path)).size;
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
        let text = line.toString("utf8");
        if (text.endsWith("\r")) text = text.slice(0, -1);
        if (text.trim() === "") return;
        let record;
        try {
          record = JSON.parse(text);
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
          const open2 = pending.get(key);
          if (open2) open2.entry = mergeLlmResponses(open2.entry, entry);
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
  GEN_AI_DURATION_BOUNDARIES: () => GEN_AI_DURATION_BOUNDARIES,
  GEN_AI_TOKEN_BOUNDARIES: () => GEN_AI_TOKEN_BOUNDARIES,
  LATENCY_MS_BOUNDARIES: () => LATENCY_MS_BOUNDARIES,
  METRIC_DEFINITIONS: () => METRIC_DEFINITIONS,
  MetricsRegistry: () => MetricsRegistry,
  SessionTracker: () => SessionTracker,
  TranscriptStream: () => TranscriptStream,
  agentIdFromPath: () => agentIdFromPath,
  agentSpanId: () => agentSpanId,
  byteSize: () => byteSize,
  cacheWriteSplit: () => cacheWriteSplit,
  canonicalJson: () => canonicalJson,
  deterministicId: () => deterministicId,
  findSubagentTranscripts: () => findSubagentTranscripts,
  hookInputToCaptureEvents: () => hookInputToCaptureEvents,
  llmKeyOf: () => llmKeyOf,
  llmSpanId: () => llmSpanId,
  logRecordId: () => logRecordId,
  mergeLlmResponses: () => mergeLlmResponses,
  mergeUsage: () => mergeUsage,
  normalizeTranscriptRecord: () => normalizeTranscriptRecord,
  parseHookInput: () => parseHookInput,
  parseSamplingRate: () => parseSamplingRate,
  readTranscript: () => readTranscript,
  readTranscriptIncrement: () => readTranscriptIncrement,
  redactSecrets: () => redactSecrets,
  redactString: () => redactString,
  sessionSampleValue: () => sessionSampleValue,
  sessionSpanId: () => sessionSpanId,
  shapeOf: () => shapeOf,
  shouldSample: () => shouldSample,
  spanIdFor: () => spanIdFor,
  sumTotals: () => sumTotals,
  toolSpanId: () => toolSpanId,
  traceIdForSession: () => traceIdForSession,
  traceToTelemetry: () => traceToTelemetry,
  transcriptSize: () => transcriptSize,
  turnSpanId: () => turnSpanId
});
var init_src3 = __esm({
  "packages/core/src/index.ts"() {
    "use strict";
    init_hook_input();
    init_metrics_registry();
    init_redact_secrets();
    init_session_tracker();
    init_shape_of();
    init_should_sample();
    init_trace_ids();
    init_trace_to_telemetry();
    init_transcript_entry();
    init_transcript_reader();
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
    init_src3();
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
    if (!fast || !fastRecord(buf, lineStart, contentEnd, void 0, sink, TOP)) {
      slowLine(buf, lineStart, contentEnd, sink, counters);
    } else counters.fastLines += 1;
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
      const v = JSON.parse(b.toString("utf8", vs, ve));
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
  const text = stringAt(b, vs, ve);
  return text === void 0 ? Number.NaN : Date.parse(text);
}
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
var NL, CR, SP, TAB, QUOTE, BACKSLASH, COLON, COMMA, LBRACE, RBRACE, LBRACK, RBRACK, NEEDLE_USAGE, NEEDLE_RESULT, K, KEY_TYPE, KEY_MESSAGE, KEY_DATA, KEY_REQUEST_ID, KEY_REQUESTED_MODEL, KEY_TIMESTAMP, KEY_SESSION_ID, KEY_IS_SIDECHAIN, KEY_COST_USD, KEY_ID, KEY_MODEL, KEY_USAGE, KEY_CONTENT, KEY_ROLE, KEY_NAME, KEY_TOOL_USE_ID, KEY_IS_ERROR, KEY_INPUT_TOKENS, KEY_OUTPUT_TOKENS, KEY_CACHE_CREATION_INPUT, KEY_CACHE_READ_INPUT, KEY_CACHE_CREATION, KEY_5M, KEY_1H, KEY_SERVER_TOOL_USE, KEY_WEB_SEARCH, KEY_WEB_FETCH, KEY_SPEED, KEY_GEO, KEY_TIER, KEY_ITERATIONS, VAL_ASSISTANT, VAL_USER, VAL_PROGRESS, VAL_AGENT_PROGRESS, VAL_TOOL_USE, VAL_TOOL_RESULT, VAL_SYNTHETIC, FieldCursor, ItemCursor, EMPTY, MessageScratch, UsageScratch, RecordScratch, TOP, isRawSink, RAW;
var init_scan_transcript = __esm({
  "packages/cli/src/scan-transcript.ts"() {
    "use strict";
    init_extract_record();
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
    NEEDLE_USAGE = Buffer.from('"usage"');
    NEEDLE_RESULT = Buffer.from('"tool_result"');
    K = (s) => Buffer.from(JSON.stringify(s));
    KEY_TYPE = K("type");
    KEY_MESSAGE = K("message");
    KEY_DATA = K("data");
    KEY_REQUEST_ID = K("requestId");
    KEY_REQUESTED_MODEL = K("requestedModel");
    KEY_TIMESTAMP = K("timestamp");
    KEY_SESSION_ID = K("sessionId");
    KEY_IS_SIDECHAIN = K("isSidechain");
    KEY_COST_USD = K("costUSD");
    KEY_ID = K("id");
    KEY_MODEL = K("model");
    KEY_USAGE = K("usage");
    KEY_CONTENT = K("content");
    KEY_ROLE = K("role");
    KEY_NAME = K("name");
    KEY_TOOL_USE_ID = K("tool_use_id");
    KEY_IS_ERROR = K("is_error");
    KEY_INPUT_TOKENS = K("input_tokens");
    KEY_OUTPUT_TOKENS = K("output_tokens");
    KEY_CACHE_CREATION_INPUT = K("cache_creation_input_tokens");
    KEY_CACHE_READ_INPUT = K("cache_read_input_tokens");
    KEY_CACHE_CREATION = K("cache_creation");
    KEY_5M = K("ephemeral_5m_input_tokens");
    KEY_1H = K("ephemeral_1h_input_tokens");
    KEY_SERVER_TOOL_USE = K("server_tool_use");
    KEY_WEB_SEARCH = K("web_search_requests");
    KEY_WEB_FETCH = K("web_fetch_requests");
    KEY_SPEED = K("speed");
    KEY_GEO = K("inference_geo");
    KEY_TIER = K("service_tier");
    KEY_ITERATIONS = K("iterations");
    VAL_ASSISTANT = K("assistant");
    VAL_USER = K("user");
    VAL_PROGRESS = K("progress");
    VAL_AGENT_PROGRESS = K("agent_progress");
    VAL_TOOL_USE = K("tool_use");
    VAL_TOOL_RESULT = K("tool_result");
    VAL_SYNTHETIC = K("<synthetic>");
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
    EMPTY = Buffer.alloc(0);
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
    (share) => new Promise((resolve3) => {
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
        resolve3({ share, output: { ok: false, error: String(error) } });
        return;
      }
      let settled = false;
      worker.once("message", (output) => {
        settled = true;
        resolve3({ share, output });
      });
      worker.once("error", (error) => {
        if (!settled) resolve3({ share, output: { ok: false, error: String(error) } });
        settled = true;
      });
      worker.once("exit", (code) => {
        if (!settled) resolve3({ share, output: { ok: false, error: `worker exited with ${code}` } });
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

// packages/cli/src/collect-usage.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync2, existsSync as existsSync3, openSync as openSync2, readSync } from "node:fs";
import { join as join6 } from "node:path";
function reportCachePath(cacheDir, roots) {
  const id = createHash3("sha256").update([...roots].sort().join("\0")).digest("hex").slice(0, 16);
  return join6(cacheDir, `report-v${REPORT_CACHE_VERSION}-${id}.bin`);
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
  if (summaryPath !== void 0 && cacheDir !== void 0 && options.tools !== true) {
    const summary = loadReportSummary(summaryPath);
    lap("loadSummary");
    summaryDamaged = summary === void 0 && existsSync3(summaryPath);
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
async function collectFromRows(files, options, cachePath, summaryPath, summaryDamaged, timings, lap) {
  let cache;
  let cacheState = "off";
  if (cachePath) {
    cache = loadReportCache(cachePath);
    lap("loadCache");
    cacheState = summaryDamaged || !cache && existsSync3(cachePath) ? "discarded" : cache ? "warm" : "cold";
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
    tables: wantTools ? tables : void 0,
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
      const text = sharedBuffer.toString("utf8", 0, filled);
      let whole = false;
      try {
        JSON.parse(text);
        whole = true;
      } catch {
        whole = false;
      }
      if (whole) {
        const line = Buffer.from(`${text}
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
var AGENT_PROJECT, SUMMARY_READ_LIMIT, SUMMARY_BEHIND_LIMIT, TAIL_BYTES, FIRST_CHUNK, MAX_LINE_BYTES, sharedBuffer, follows, ends, TableBuilder, formatCount;
var init_collect_usage = __esm({
  "packages/cli/src/collect-usage.ts"() {
    "use strict";
    init_agent_data();
    init_dedupe_responses();
    init_list_transcript_files();
    init_price_rows();
    init_report_cache();
    init_scan_transcript();
    init_scan_workers();
    init_usage_groups();
    init_usage_tables();
    AGENT_PROJECT = "(captured by the agent)";
    SUMMARY_READ_LIMIT = 64 * 1024 * 1024;
    SUMMARY_BEHIND_LIMIT = 256 * 1024 * 1024;
    TAIL_BYTES = 64;
    FIRST_CHUNK = 512 * 1024;
    MAX_LINE_BYTES = 256 * 1024 * 1024;
    sharedBuffer = Buffer.allocUnsafe(FIRST_CHUNK);
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
    formatCount = (n) => String(n);
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
function wrap(text, width, indent = "") {
  const words = text.split(/\s+/).filter(Boolean);
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
    const choices = spec.choices ? ` (${spec.choices.join("|")})` : "";
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

// packages/cli/src/claude-config-dirs.ts
import { existsSync as existsSync4 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join7, resolve } from "node:path";
function claudeConfigDirs(given, env, cwd) {
  const list = (values) => [
    ...new Set(
      values.map((v) => v.trim()).filter(Boolean).map((v) => resolve(cwd, v))
    )
  ];
  if (given.length > 0) return list(given.flatMap((g) => g.split(",")));
  if (env.CLAUDE_CONFIG_DIR) return list(env.CLAUDE_CONFIG_DIR.split(","));
  const home = env.HOME || homedir2();
  const candidates = [join7(home, ".claude"), join7(home, ".config", "claude")];
  const existing = candidates.filter((c) => existsSync4(join7(c, "projects")));
  return existing.length > 0 ? existing : [candidates[0]];
}
var init_claude_config_dirs = __esm({
  "packages/cli/src/claude-config-dirs.ts"() {
    "use strict";
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
      const text = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
      return `${text.includes(".") ? text.replace(/\.?0+$/, "") : text}${suffix}`;
    }
  }
  return String(n);
}
function formatUsd(n) {
  if (!Number.isFinite(n)) return "?";
  if (n === 0) return "$0.00";
  const abs = Math.abs(n);
  grouped2 ??= new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const text = abs >= 1 ? grouped2.format(abs) : abs >= 1e-4 ? abs.toFixed(4) : abs.toExponential(1);
  return `${n < 0 ? "-" : ""}$${text}`;
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
function displayWidth(text) {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
function truncate(text, width) {
  if (width <= 0) return "";
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  return `${chars.slice(0, Math.max(0, width - 1)).join("")}\u2026`;
}
function padEnd(text, width) {
  const w = displayWidth(text);
  return w >= width ? text : text + " ".repeat(width - w);
}
function padStart(text, width) {
  const w = displayWidth(text);
  return w >= width ? text : " ".repeat(width - w) + text;
}
var grouped, grouped2;
var init_format_units = __esm({
  "packages/cli/src/format-units.ts"() {
    "use strict";
  }
});

// packages/cli/src/doctor-command.ts
import { existsSync as existsSync5, readdirSync as readdirSync4, readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import { join as join8 } from "node:path";
async function fetchAgentJson(port, path, timeoutMs = 1e3) {
  const { request } = await import("node:http");
  return new Promise((resolve3) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET", timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        try {
          resolve3(res.statusCode === 200 ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : void 0);
        } catch {
          resolve3(void 0);
        }
      });
      res.on("error", () => resolve3(void 0));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve3(void 0));
    req.end();
  });
}
function readJson(path) {
  try {
    return JSON.parse(readFileSync4(path, "utf8"));
  } catch {
    return void 0;
  }
}
function configuredPort(configDirs) {
  for (const dir of configDirs) {
    const settings = readJson(join8(dir, "settings.json"));
    if (!isObject2(settings) || !isObject2(settings.pluginConfigs)) continue;
    for (const [id, value] of Object.entries(settings.pluginConfigs)) {
      if (!PLUGIN_NAMES.some((p) => id.startsWith(`${p}@`)) || !isObject2(value) || !isObject2(value.options))
        continue;
      const port = Number(value.options.agentPort);
      if (Number.isInteger(port) && port > 0 && port < 65536) return port;
    }
  }
  return void 0;
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function runDoctor(ctx) {
  const io = ctx.io;
  const now = io.now();
  const checks = [];
  const configDirs = claudeConfigDirs(ctx.strings("config-dir"), io.env, io.cwd);
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  checks.push(
    major > 20 || major === 20 && minor >= 19 ? { name: "node", level: "ok", message: `Node ${process.versions.node}` } : {
      name: "node",
      level: "fail",
      message: `Node ${process.versions.node} is too old`,
      fix: "install Node 20.19 or newer (the agent and this CLI need it)"
    }
  );
  const projects = configDirs.map((d) => join8(d, "projects")).filter((p) => existsSync5(p));
  checks.push(
    projects.length > 0 ? { name: "transcripts", level: "ok", message: `Claude Code transcripts in ${projects.join(", ")}` } : {
      name: "transcripts",
      level: "warn",
      message: `no transcripts under ${configDirs.map((d) => join8(d, "projects")).join(", ")}`,
      fix: "run a Claude Code session first, or pass --config-dir (or set CLAUDE_CONFIG_DIR) to where Claude Code keeps them"
    }
  );
  const pricing = cliPricing();
  checks.push({ name: "pricing", level: "ok", message: `price table ${pricing.key}` });
  const found = ctx.string("data-dir") ? [ctx.string("data-dir")] : agentDataDirs(configDirs, io.env);
  const dataDir = ctx.string("data-dir") || io.env.GLASSBOX_AGENT_DATA_DIR ? found[0] : found.find((d) => existsSync5(join8(d, "agent.lock"))) ?? found[0];
  const dataDirs = dataDir ? [dataDir, ...found.filter((d) => d !== dataDir)] : [];
  const lock = dataDir ? readJson(join8(dataDir, "agent.lock")) : void 0;
  const givenPort = ctx.string("port") === void 0 ? void 0 : Number(ctx.string("port"));
  const port = givenPort !== void 0 && Number.isInteger(givenPort) && givenPort > 0 ? givenPort : lock?.port ?? configuredPort(configDirs) ?? DEFAULT_AGENT_PORT;
  checks.push(
    dataDir ? {
      name: "plugin data",
      level: "ok",
      message: `agent data directory ${dataDir}${dataDirs.length > 1 ? ` (also: ${dataDirs.slice(1).join(", ")})` : ""}`
    } : {
      name: "plugin data",
      level: "info",
      message: "no Glassbox agent data directory found: the plugin has not run a session yet",
      fix: "install the glassbox or glassbox-lite plugin and start a Claude Code session; the agent starts with it"
    }
  );
  const raw = await fetchAgentJson(port, "/status");
  const status = isObject2(raw) && raw.name === "glassbox-agent" ? raw : void 0;
  if (!status) {
    const other = raw !== void 0;
    const lockAlive = lock?.pid !== void 0 && isAlive(lock.pid);
    checks.push({
      name: "agent",
      level: dataDir ? "warn" : "info",
      message: other ? `something that is not the Glassbox agent answers on 127.0.0.1:${port}` : lockAlive ? `the agent (pid ${lock.pid}) holds its lock but does not answer on 127.0.0.1:${port}` : `the agent is not running (nothing answers on 127.0.0.1:${port})`,
      fix: other ? "set the plugin option agentPort to a free port" : lockAlive ? `it may be stuck: stop it (kill ${lock.pid}); the next session starts a new one${dataDir ? `; its log is ${join8(dataDir, "agent.log")}` : ""}` : "it starts with the next Claude Code session (SessionStart hook) and exits when idle; nothing is lost meanwhile: the transcripts are read when it starts"
    });
  } else {
    checks.push({
      name: "agent",
      level: "ok",
      message: `agent ${status.version ?? "?"} running on 127.0.0.1:${port} (pid ${status.pid ?? "?"}, up ${formatDuration(status.uptimeMs)})`
    });
    for (const problem of status.configProblems ?? [])
      checks.push({
        name: "configuration",
        level: "warn",
        message: String(problem),
        fix: "fix the plugin option in /config (Glassbox Lite); the default is used meanwhile"
      });
    const spool = status.spool ?? {};
    const spoolBad = (spool.corruptLines ?? 0) > 0 || (spool.droppedSegments ?? 0) > 0;
    checks.push({
      name: "spool",
      level: spoolBad ? "warn" : "ok",
      message: `spool ${formatBytes(spool.bytes ?? 0)} in ${formatInteger(spool.segments ?? 0)} segment(s)` + (spoolBad ? `; ${formatInteger(spool.corruptLines ?? 0)} corrupt line(s), ${formatInteger(spool.droppedSegments ?? 0)} dropped segment(s)` : ""),
      fix: spoolBad ? "a crash or a full disk damaged the spool; the transcript still has the data (it is reconciled)" : void 0
    });
    for (const e of status.exporters ?? []) {
      const failing = e.lastErrorMs !== void 0 && (e.lastSuccessMs === void 0 || e.lastErrorMs > e.lastSuccessMs);
      const pending = (e.pendingSpans ?? 0) + (e.pendingLogs ?? 0);
      checks.push({
        name: `exporter ${e.name ?? "?"}`,
        level: failing ? "fail" : "ok",
        message: `last export ${ago(now, e.lastSuccessMs)}, ${formatInteger(e.exportedBatches ?? 0)} batch(es) sent, ${formatInteger(e.failedBatches ?? 0)} failed, ${formatInteger(pending)} record(s) waiting` + (e.lastError ? `; last error ${ago(now, e.lastErrorMs)}: ${e.lastError}` : "") + ((e.rejectedItems ?? 0) > 0 ? `; ${formatInteger(e.rejectedItems)} record(s) rejected` : ""),
        fix: failing ? "check the exporter settings (directory writable? endpoint reachable?); records wait and are retried" : void 0
      });
    }
    const ignored = Object.entries(status.ignored ?? {}).filter(([, n]) => n > 0);
    checks.push(
      ignored.length === 0 ? { name: "events", level: "ok", message: "no event was dropped or ignored" } : {
        name: "events",
        level: "info",
        message: `ignored or dropped: ${ignored.map(([k, n]) => `${k} ${formatInteger(n)}`).join(", ")}`,
        fix: "ignored events are expected (other sessions, duplicates); drops mean the agent was overloaded or input was malformed"
      }
    );
    const sessions = status.sessions ?? [];
    const modAlive = status.modAliveSessions ?? [];
    checks.push(
      sessions.length === 0 ? { name: "mod", level: "info", message: "no session seen yet: cannot tell whether the mod loads" } : modAlive.length > 0 ? {
        name: "mod",
        level: "ok",
        message: `the mod reported from ${modAlive.length} of ${sessions.length} session(s)`
      } : {
        name: "mod",
        level: "warn",
        message: `the mod reported from none of ${sessions.length} session(s): live timing comes from hooks only`,
        fix: "mods need a Claude Code that loads them; usage and cost are still exact (from the transcript)"
      }
    );
    const drift = sessions.filter(
      (s) => typeof s.costDriftUsd === "number" && Math.abs(s.costDriftUsd) > 1e-6
    );
    if (drift.length > 0)
      checks.push({
        name: "cost",
        level: "warn",
        message: `${drift.length} session(s) where Glassbox's cost differs from Claude Code's own total`,
        fix: "a model or pricing rule newer than this build: update Glassbox"
      });
  }
  const cacheDir = defaultCacheDir(io.env);
  let cacheBytes = 0;
  try {
    for (const name of readdirSync4(cacheDir)) cacheBytes += statSync3(join8(cacheDir, name)).size;
    checks.push({ name: "report cache", level: "ok", message: `${formatBytes(cacheBytes)} in ${cacheDir}` });
  } catch {
    checks.push({
      name: "report cache",
      level: "info",
      message: `empty (${cacheDir}); the first report fills it`
    });
  }
  return {
    healthy: !checks.some((c) => c.level === "fail"),
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
var DEFAULT_AGENT_PORT, isObject2, ago, MARK, doctorCommand;
var init_doctor_command = __esm({
  "packages/cli/src/doctor-command.ts"() {
    "use strict";
    init_agent_data();
    init_claude_config_dirs();
    init_cli_io();
    init_cli_pricing();
    init_cli_version();
    init_define_command();
    init_format_units();
    init_report_cache();
    DEFAULT_AGENT_PORT = 47821;
    isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    ago = (now, ms) => ms === void 0 ? "never" : `${formatDuration(Math.max(0, now - ms))} ago`;
    MARK = { ok: "\u2713", info: "\xB7", warn: "!", fail: "\u2717" };
    doctorCommand = defineCommand({
      name: "doctor",
      summary: "is the agent up, are exporters delivering, is anything misconfigured \u2014 and what to do",
      description: [
        "Asks the local agent for its status (GET /status on its loopback port, found in the plugin's data directory or settings) and explains it: version, spool, last export and last error per exporter, dropped or ignored events, configuration problems, whether the mod reports in. It does not start Claude Code."
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
          lines.push("", result.healthy ? "Nothing needs doing." : "Something needs attention (see \u2717 above).");
          ctx.io.stdout.write(`${lines.join("\n")}
`);
        }
        return result.healthy ? EXIT_OK : EXIT_FAILURE;
      }
    });
  }
});

// packages/cli/src/price-command.ts
function parseUsageOption(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new GlassboxError("INVALID_INPUT", `--usage is not valid JSON: ${error.message}`, {
      cause: error,
      data: {
        hint: `e.g. --usage '{"input_tokens":1200,"output_tokens":80,"cache_read_input_tokens":3000}'`
      }
    });
  }
  if (!isObject3(raw))
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
    if (!isObject3(raw.cache_creation))
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
    if (!isObject3(raw.server_tool_use))
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
var NUMERIC_FIELDS, isObject3, priceCommand;
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
    isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
        const write = usage.cache_creation_input_tokens ?? (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
        const oneHour = Math.min(oneHourField, write);
        lines.push(
          `  ${wrap(
            `tokens: ${formatInteger(usage.input_tokens ?? 0)} in \xB7 ${formatInteger(usage.output_tokens ?? 0)} out \xB7 ${formatInteger(write)} cache write (5m ${formatInteger(write - oneHour)}, 1h ${formatInteger(oneHour)}) \xB7 ${formatInteger(usage.cache_read_input_tokens ?? 0)} cache read`,
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

// packages/cli/src/build-report.ts
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
function accumulate(a, g, from, p) {
  const b = g * A_WIDTH;
  const f = p + G_RESPONSES;
  for (let k = 0; k < A_WIDTH; k += 1) a[b + k] += from[f + k];
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
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
  return sorted[i];
}
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
  const total = new Groups();
  total.id(0);
  const models = new Groups();
  const days = new Groups();
  const sessions = new Groups();
  const projects = new Groups();
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
var A_RESPONSES, A_INPUT, A_OUTPUT, A_WRITE, A_WRITE_5M, A_WRITE_1H, A_READ, A_WEB, A_COST, A_UNKNOWN, A_WIDTH, Groups, byKey;
var init_build_report = __esm({
  "packages/cli/src/build-report.ts"() {
    "use strict";
    init_src2();
    init_pair_index();
    init_usage_groups();
    init_usage_tables();
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
    Groups = class {
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
        const write = a[o + A_WRITE];
        const read = a[o + A_READ];
        return {
          responses: a[o + A_RESPONSES],
          inputTokens: input,
          outputTokens: output,
          cacheCreationTokens: write,
          cacheCreation5mTokens: a[o + A_WRITE_5M],
          cacheCreation1hTokens: a[o + A_WRITE_1H],
          cacheReadTokens: read,
          totalTokens: input + output + write + read,
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
        const write = a[o + A_WRITE];
        const read = a[o + A_READ];
        return {
          responses: a[o + A_RESPONSES],
          inputTokens: input,
          outputTokens: output,
          cacheCreationTokens: write,
          cacheCreation5mTokens: a[o + A_WRITE_5M],
          cacheCreation1hTokens: a[o + A_WRITE_1H],
          cacheReadTokens: read,
          totalTokens: input + output + write + read,
          webSearchRequests: a[o + A_WEB],
          cost: a[o + A_COST],
          costUnknownResponses: a[o + A_UNKNOWN]
        };
      }
    };
    byKey = (entries) => {
      entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      return Object.fromEntries(entries);
    };
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
  const cell = (text, i) => {
    const c = table.columns[i];
    const w = widths[i];
    const cut = truncate(text, w);
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
    const { text, fits } = formatTable(table, maxWidth);
    if (fits) return text;
    last = text;
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
      let text = `${options.label} ${bar} ${String(pct).padStart(3)}%  ${format(done)}/${format(total)}`;
      if (detail) text += `  ${detail}`;
      if (text.length > width) text = `${text.slice(0, width - 1)}\u2026`;
      io.stderr.write(`\r${text}\x1B[K`);
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

// packages/cli/src/report-command.ts
function threadsOption(value) {
  const n = Number(value);
  return value !== void 0 && Number.isInteger(n) && n >= 1 && n <= 16 ? n : void 0;
}
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
function toolTables(byTool) {
  const ms = (v) => v === null ? "\u2014" : formatDuration(v);
  const columns = [
    { header: "Tool", shrink: true, minWidth: 10 },
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
var GROUPS, reportCommand, TOKEN_COLUMNS;
var init_report_command = __esm({
  "packages/cli/src/report-command.ts"() {
    "use strict";
    init_agent_data();
    init_build_report();
    init_claude_config_dirs();
    init_cli_io();
    init_cli_pricing();
    init_collect_usage();
    init_define_command();
    init_format_table();
    init_format_units();
    init_progress_display();
    init_report_cache();
    GROUPS = ["day", "session", "model", "project", "tool"];
    reportCommand = defineCommand({
      name: "report",
      summary: "tokens and cost over your Claude Code transcripts, by day, session, model, project or tool",
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
        "cache-dir": { type: "string", value: "DIR", description: "where the cache lives" }
      },
      examples: [
        "glassbox report",
        "glassbox report --by model --since 2026-11-01",
        "glassbox report --by tool --json | jq .byTool"
      ],
      exitCodes: ["1 the transcripts could not be read"],
      async run(ctx) {
        const by = ctx.string("by") ?? "day";
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
          tools: by === "tool",
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
          byProject: by === "project",
          byTool: by === "tool",
          bySession: ctx.json || by === "session"
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
        if (ctx.json) {
          const json = {
            ...report,
            source: {
              configDirs: roots,
              files: collected.stats.files,
              bytes: collected.stats.bytes,
              bytesRead: collected.stats.bytesRead,
              cache: collected.stats.cache,
              agentSessions: collected.stats.agentSessions,
              pricing: pricing.key
            }
          };
          writeJson(ctx.io, json);
          return EXIT_OK;
        }
        ctx.io.stdout.write(renderReport(report, by, collected.stats, roots, ctx.io.columns));
        return EXIT_OK;
      }
    });
    TOKEN_COLUMNS = [
      { header: "Input", align: "right" },
      { header: "Output", align: "right" },
      { header: "Cache write", align: "right" },
      { header: "Cache read", align: "right" },
      { header: "Cost", align: "right" }
    ];
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
    const text = truncate(`${prefix}${label(span, json.model)}`, labelWidth - 1);
    const time = span.kind === "llm" && span.durationMs === 0 ? "\u2014" : formatDuration(span.durationMs);
    const right = `${padStart(time, COLS.duration)} ${padStart(formatCompact(tokenTotal(span.tokens)), COLS.tokens)} ${padStart(costText(span), COLS.cost)}`;
    lines.push(`${text}${" ".repeat(Math.max(1, labelWidth - displayWidth(text)))}${right}`);
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
var iso, ZERO, tokenTotal, Numbering, STATUS_MARK, COLS, RIGHT;
var init_trace_view = __esm({
  "packages/cli/src/trace-view.ts"() {
    "use strict";
    init_define_command();
    init_format_units();
    iso = (ms) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();
    ZERO = {
      input: 0,
      output: 0,
      cacheCreation: 0,
      cacheCreation5m: 0,
      cacheCreation1h: 0,
      cacheRead: 0
    };
    tokenTotal = (t) => t.input + t.output + t.cacheCreation + t.cacheRead;
    Numbering = class {
      #n = 0;
      next() {
        this.#n += 1;
        return this.#n;
      }
    };
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

// packages/cli/src/trace-command.ts
import { closeSync as closeSync3, existsSync as existsSync6, openSync as openSync3, readSync as readSync2 } from "node:fs";
import { basename as basename2, dirname as dirname2, resolve as resolve2 } from "node:path";
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
  if (query.endsWith(".jsonl") && existsSync6(resolve2(cwd, query))) {
    const path = resolve2(cwd, query);
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
  const { agentIdFromPath: agentIdFromPath2, findSubagentTranscripts: findSubagentTranscripts2, readTranscriptIncrement: readTranscriptIncrement2, SessionTracker: SessionTracker2 } = await Promise.resolve().then(() => (init_src3(), src_exports));
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
    init_list_transcript_files();
    init_trace_view();
    isMain = (f) => basename2(dirname2(f.path)) !== "subagents";
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
        }
      },
      examples: [
        "glassbox trace 0b9e2d1c",
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
        if (ctx.json) writeJson(ctx.io, json);
        else ctx.io.stdout.write(renderTraceTree(json, ctx.io.columns));
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
    init_cli_io();
    init_cli_version();
    init_define_command();
    init_doctor_command();
    init_price_command();
    init_report_command();
    init_trace_command();
    COMMANDS = [traceCommand, reportCommand, priceCommand, doctorCommand];
  }
});

// packages/cli/src/cli.ts
var cli_exports = {};
var init_cli = __esm({
  "packages/cli/src/cli.ts"() {
    "use strict";
    init_cli_io();
    init_cli_pricing();
    init_collect_usage();
    init_run_cli();
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
var pluginName = true ? "glassbox" : void 0;
if (isMainThread) {
  const { args, env } = pluginCliContext(process.argv.slice(2), process.env, fileURLToPath(import.meta.url), {
    pluginName
  });
  process.argv = [...process.argv.slice(0, 2), ...args];
  Object.assign(process.env, env);
}
await Promise.resolve().then(() => (init_cli(), cli_exports));
