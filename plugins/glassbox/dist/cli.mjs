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
            const utf82 = Buffer.from(text, "utf8");
            return this.bytes(utf82, 0, utf82.length);
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

// packages/core/src/error-summary.ts
function errorKind(text, fallback = "error") {
  if (CODE.test(text)) return text;
  const head = text.slice(0, 500);
  for (const [kind, pattern] of KINDS) if (pattern.test(head)) return kind;
  return fallback;
}
function errorSummary(text, fallback = "error") {
  if (CODE.test(text) || SUMMARY.test(text)) return text;
  return `${errorKind(text, fallback)} (${text.length} chars)`;
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
  const errorOf = (text, kind) => (content ? text : errorSummary(text, kind)).slice(0, MAX_ERROR);
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
          textLength: input.prompt === void 0 && typeof input.prompt_length === "number" ? input.prompt_length : text.length,
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
function utf8(text) {
  return encoder.encode(text);
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
function parseAgentKey(text) {
  const hex = text.endsWith("\n") ? text.slice(0, -1) : text;
  if (!/^[0-9a-f]{64}$/.test(hex)) return void 0;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function parseAgentEndpoint(text) {
  const fields = {};
  for (const line of text.split("\n")) {
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
  const text = requestSigningText(options.method, options.path, ts, nonce, bodyDigest(options.body ?? ""));
  return {
    nonce,
    headers: {
      [CHANNEL_HEADER_TS]: ts,
      [CHANNEL_HEADER_NONCE]: nonce,
      [CHANNEL_HEADER_SIG]: toHex(hmacSha256(options.key, utf8(text)))
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
    out.apiError = apiErrorOf(str2(rec.error) ?? contentText(message.content).slice(0, MAX_ERROR_TEXT), opts);
  for (const k of ["requestId", "requestRef", "requestedModel", "stopReason"])
    if (out[k] === void 0) delete out[k];
  return [out];
}
function apiErrorOf(text, opts) {
  if (!text) return "api_error";
  return opts.content ? text : errorSummary(text);
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
      if (isError && opts.content) entry.errorText = text2.slice(0, MAX_ERROR_TEXT);
      else if (isError) entry.errorSummary = errorSummary(text2);
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
    init_error_summary();
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
      /** `api-request` records of the main thread and subagents: where each belongs, for unanswered ones. */
      #requestInfo = /* @__PURE__ */ new Map();
      /** When Claude Code's process was found gone without a session end (`processExited`). */
      #exitedMs;
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
              if (!this.#requestInfo.has(entry.id))
                this.#requestInfo.set(entry.id, {
                  ...this.#transcriptTurn ? { turnKey: this.#transcriptTurn } : {},
                  ...entry.agentId ? { agentId: entry.agentId } : {},
                  ...entry.model ? { model: entry.model } : {}
                });
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
      /**
       * Claude Code's process is gone and the session never ended (kill -9, crash, OOM): the session ends at
       * `atMs`, a turn still open is interrupted (status error), and requests the transcript logged without a
       * response are listed as unanswered. The first call wins, so a rebuild after a restart is the same.
       */
      processExited(atMs) {
        if (this.#exitedMs !== void 0) return;
        this.#exitedMs = atMs;
        this.#sessionEndMs = maxOf(this.#sessionEndMs, atMs);
        this.#endReason ??= "process_exited";
        for (const key of this.#turns.keys()) this.#touch(turnCid(key));
      }
      /** Requests of `turnKey` with no response; empty unless the process exited. */
      #unanswered(turnKey, parentSpanId) {
        const out = [];
        if (this.#exitedMs === void 0) return out;
        for (const [id, info] of this.#requestInfo) {
          const startMs = this.#requestStart.get(id);
          if (info.turnKey !== turnKey || this.#llmByRequestRef.has(id) || startMs === void 0) continue;
          out.push({
            spanId: llmSpanId(this.sessionId, `unanswered:${id}`),
            parentSpanId,
            requestRef: id,
            startMs,
            endMs: Math.max(this.#exitedMs, startMs),
            ...info.model ? { model: info.model } : {},
            ...info.agentId ? { agentId: info.agentId } : {}
          });
        }
        return out;
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
          status: this.#exitedMs !== void 0 ? "error" : sessionComplete ? "ok" : "unset",
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
        if (this.#exitedMs !== void 0) trace.interrupted = true;
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
        const cut = this.#exitedMs !== void 0 && !turn.ended;
        const unanswered = this.#unanswered(turn.key, spanId);
        for (const u of unanswered) endMs = Math.max(endMs, u.endMs);
        let error = turn.error ?? (cut ? "interrupted: Claude Code exited mid-turn" : void 0);
        for (const child of children) if (child.kind === "llm" && child.error) error ??= child.error;
        const failed = cut || turn.failed || children.some((c) => c.kind === "llm" && c.status === "error");
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
          interrupted: turn.interrupted || cut,
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
        if (unanswered.length > 0) node.unanswered = unanswered;
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
        const errorText = r?.errorText ?? tool.liveErrorText ?? r?.errorSummary;
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
    for (const u of turn.unanswered ?? []) visitUnanswered(u, pid);
  };
  const visitUnanswered = (u, promptId) => {
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
  errorKind: () => errorKind,
  errorSummary: () => errorSummary,
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
  stripEventContent: () => stripEventContent,
  stripHookContent: () => stripHookContent,
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
    init_error_summary();
    init_hook_input();
    init_metrics_registry();
    init_redact_secrets();
    init_session_tracker();
    init_shape_of();
    init_should_sample();
    init_strip_content();
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
var NL, CR, SP, TAB, QUOTE, BACKSLASH, COLON, COMMA, LBRACE, RBRACE, LBRACK, RBRACK, NEEDLE_USAGE, NEEDLE_RESULT, K2, KEY_TYPE, KEY_MESSAGE, KEY_DATA, KEY_REQUEST_ID, KEY_REQUESTED_MODEL, KEY_TIMESTAMP, KEY_SESSION_ID, KEY_IS_SIDECHAIN, KEY_COST_USD, KEY_ID, KEY_MODEL, KEY_USAGE, KEY_CONTENT, KEY_ROLE, KEY_NAME, KEY_TOOL_USE_ID, KEY_IS_ERROR, KEY_INPUT_TOKENS, KEY_OUTPUT_TOKENS, KEY_CACHE_CREATION_INPUT, KEY_CACHE_READ_INPUT, KEY_CACHE_CREATION, KEY_5M, KEY_1H, KEY_SERVER_TOOL_USE, KEY_WEB_SEARCH, KEY_WEB_FETCH, KEY_SPEED, KEY_GEO, KEY_TIER, KEY_ITERATIONS, VAL_ASSISTANT, VAL_USER, VAL_PROGRESS, VAL_AGENT_PROGRESS, VAL_TOOL_USE, VAL_TOOL_RESULT, VAL_SYNTHETIC, FieldCursor, ItemCursor, MALFORMED, EMPTY, MessageScratch, UsageScratch, RecordScratch, TOP, isRawSink, RAW;
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
    (share) => new Promise((resolve4) => {
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
        resolve4({ share, output: { ok: false, error: String(error) } });
        return;
      }
      let settled = false;
      worker.once("message", (output) => {
        settled = true;
        resolve4({ share, output });
      });
      worker.once("error", (error) => {
        if (!settled) resolve4({ share, output: { ok: false, error: String(error) } });
        settled = true;
      });
      worker.once("exit", (code) => {
        if (!settled) resolve4({ share, output: { ok: false, error: `worker exited with ${code}` } });
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

// packages/cli/src/agent-client.ts
import { randomFillSync } from "node:crypto";
import { lstatSync, readFileSync as readFileSync4 } from "node:fs";
import { join as join7 } from "node:path";
function agentHomes(configDirs, env) {
  const home = env.GLASSBOX_HOME?.trim();
  return home ? [home] : configDirs.map((d) => join7(d, "glassbox"));
}
function readAgentKeyFile(home) {
  const path = join7(home, AGENT_KEY_FILE);
  try {
    const st = lstatSync(path);
    const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
    if (!st.isFile()) return { path, problem: "is not a regular file" };
    if (uid !== void 0 && st.uid !== uid)
      return { path, problem: `is owned by uid ${st.uid}, not ${uid}` };
    const mode = st.mode & 511;
    if (mode !== 384) return { path, problem: `has mode ${mode.toString(8).padStart(4, "0")}, not 0600` };
    const key = parseAgentKey(readFileSync4(path, "utf8"));
    return key ? { path, key } : { path, problem: "does not hold 64 lowercase hex digits" };
  } catch (error) {
    const absent = error.code === "ENOENT";
    return { path, absent, problem: absent ? "does not exist" : String(error) };
  }
}
function readAgentEndpoint(home) {
  try {
    return parseAgentEndpoint(readFileSync4(join7(home, AGENT_ENDPOINT_FILE), "utf8"));
  } catch {
    return void 0;
  }
}
async function getFromAgent(port, key, path, timeoutMs = 1e3) {
  const { request } = await import("node:http");
  const signed = signAgentRequest({
    key,
    method: "GET",
    path,
    nowMs: Date.now(),
    random: (b) => randomFillSync(b)
  });
  return new Promise((resolve4) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: "GET", headers: signed.headers, timeout: timeoutMs },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("error", () => resolve4(void 0));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = res.statusCode ?? 0;
          const sig = res.headers[CHANNEL_HEADER_SIG];
          const verified = verifyAgentReply(
            key,
            signed.nonce,
            status,
            text,
            typeof sig === "string" ? sig : void 0
          );
          let json;
          try {
            json = text ? JSON.parse(text) : void 0;
          } catch {
            json = void 0;
          }
          resolve4({ status, json, verified });
        });
      }
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve4(void 0));
    req.end();
  });
}
function lockHolderState(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return "gone";
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return "gone";
  }
  try {
    const stat2 = readFileSync4(`/proc/${pid}/stat`, "utf8");
    const state = stat2.slice(stat2.lastIndexOf(")") + 2, stat2.lastIndexOf(")") + 3);
    if (state === "Z" || state === "X") return "gone";
    const argv = readFileSync4(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return argv.some((a) => AGENT_ENTRY.test(a)) ? "agent" : "other";
  } catch {
    return "unknown";
  }
}
var AGENT_ENTRY;
var init_agent_client = __esm({
  "packages/cli/src/agent-client.ts"() {
    "use strict";
    init_src2();
    AGENT_ENTRY = /(?:^|\/)(?:agent\.mjs|glassbox-agent|agent\/dist\/main\.js)$/;
  }
});

// packages/cli/src/claude-config-dirs.ts
import { existsSync as existsSync4 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join8, resolve } from "node:path";
function claudeConfigDirs(given, env, cwd) {
  const list = (values) => [
    ...new Set(
      values.map((v) => v.trim()).filter(Boolean).map((v) => resolve(cwd, v))
    )
  ];
  if (given.length > 0) return list(given.flatMap((g) => g.split(",")));
  if (env.CLAUDE_CONFIG_DIR) return list(env.CLAUDE_CONFIG_DIR.split(","));
  const home = env.HOME || homedir2();
  const candidates = [join8(home, ".claude"), join8(home, ".config", "claude")];
  const existing = candidates.filter((c) => existsSync4(join8(c, "projects")));
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
import { existsSync as existsSync5, readdirSync as readdirSync4, readFileSync as readFileSync5, statSync as statSync3 } from "node:fs";
import { dirname as dirname2, join as join9 } from "node:path";
function readJson(path) {
  try {
    return JSON.parse(readFileSync5(path, "utf8"));
  } catch {
    return void 0;
  }
}
function configuredPort(configDirs) {
  for (const dir of configDirs) {
    const settings = readJson(join9(dir, "settings.json"));
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
  const projects = configDirs.map((d) => join9(d, "projects")).filter((p) => existsSync5(p));
  checks.push(
    projects.length > 0 ? { name: "transcripts", level: "ok", message: `Claude Code transcripts in ${projects.join(", ")}` } : {
      name: "transcripts",
      level: "warn",
      message: `no transcripts under ${configDirs.map((d) => join9(d, "projects")).join(", ")}`,
      fix: "run a Claude Code session first, or pass --config-dir (or set CLAUDE_CONFIG_DIR) to where Claude Code keeps them"
    }
  );
  const pricing = cliPricing();
  checks.push({ name: "pricing", level: "ok", message: `price table ${pricing.key}` });
  const found = ctx.string("data-dir") ? [ctx.string("data-dir")] : agentDataDirs(configDirs, io.env);
  const dataDir = ctx.string("data-dir") || io.env.GLASSBOX_AGENT_DATA_DIR ? found[0] : found.find((d) => existsSync5(join9(d, "agent.lock"))) ?? found[0];
  const dataDirs = dataDir ? [dataDir, ...found.filter((d) => d !== dataDir)] : [];
  const lock = dataDir ? readJson(join9(dataDir, "agent.lock")) : void 0;
  const keyFiles = agentHomes(configDirs, io.env).map(readAgentKeyFile);
  const keyFile = keyFiles.find((k) => !k.absent) ?? keyFiles[0];
  const endpoint = keyFile ? readAgentEndpoint(dirname2(keyFile.path)) : void 0;
  const givenPort = ctx.string("port") === void 0 ? void 0 : Number(ctx.string("port"));
  const port = givenPort !== void 0 && Number.isInteger(givenPort) && givenPort > 0 ? givenPort : endpoint?.port ?? lock?.port ?? configuredPort(configDirs) ?? DEFAULT_AGENT_PORT;
  if (keyFile)
    checks.push(
      keyFile.key ? { name: "agent key", level: "ok", message: `channel key ${keyFile.path} (0600, yours)` } : keyFile.absent ? {
        name: "agent key",
        level: "info",
        message: `no channel key yet (${keyFile.path})`,
        fix: "the agent creates it when it first starts"
      } : {
        name: "agent key",
        level: "warn",
        message: `${keyFile.path} ${keyFile.problem}: the agent and its clients refuse it`,
        fix: keyFile.problem?.startsWith("has mode") ? `chmod 600 ${keyFile.path}` : `remove it (rm ${keyFile.path}); the next agent start creates a new one`
      }
    );
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
  const answer = keyFile?.key ? await getFromAgent(port, keyFile.key, "/status") : void 0;
  const raw = answer?.verified && answer.status === 200 ? answer.json : void 0;
  const status = isObject2(raw) && raw.name === "glassbox-agent" ? raw : void 0;
  if (!status) checks.push(agentDownCheck(port, answer !== void 0, lock?.pid, dataDir));
  else {
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
    const spoolBad = (spool.corruptLines ?? 0) > 0 || (spool.droppedSegments ?? 0) > 0 || (spool.quarantinedSegments ?? 0) > 0 || (spool.failedWrites ?? 0) > 0;
    checks.push({
      name: "spool",
      level: spoolBad ? "warn" : "ok",
      message: `spool ${formatBytes(spool.bytes ?? 0)} in ${formatInteger(spool.segments ?? 0)} segment(s)` + (spoolBad ? `; ${formatInteger(spool.corruptLines ?? 0)} corrupt line(s), ${formatInteger(spool.droppedSegments ?? 0)} segment(s) dropped past the ${formatBytes(spool.limitBytes ?? 0)} limit (${formatInteger(spool.droppedRecords ?? 0)} record(s)), ${formatInteger(spool.quarantinedSegments ?? 0)} unreadable segment(s) moved aside, ${formatInteger(spool.failedWrites ?? 0)} failed write(s)` : ""),
      fix: spoolBad ? "a crash or a full disk damaged the spool, or an exporter was down long enough to fill it ($GLASSBOX_SPOOL_MAX_MB raises the limit); the transcripts still have the data (they are reconciled)" : void 0
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
    for (const name of readdirSync4(cacheDir)) cacheBytes += statSync3(join9(cacheDir, name)).size;
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
var DEFAULT_AGENT_PORT, isObject2, ago, MARK, doctorCommand;
var init_doctor_command = __esm({
  "packages/cli/src/doctor-command.ts"() {
    "use strict";
    init_agent_client();
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
function usageTable(title, first, rows, limit = Infinity) {
  const sorted = [...rows].sort((a, b) => b[1].cost - a[1].cost);
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
    // In time order, not by cost.
    { ...usageTable(`By ${time.unit}`, unitTitle, []), rows: time.rows.map(([k, e]) => usageRow(k, e)) }
  ];
  if (report.byProject) tables.push(usageTable("By project", "Project", Object.entries(report.byProject)));
  tables.push(usageTable("By session", "Session", Object.entries(report.bySession), MAX_SESSION_ROWS));
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
var CHART_JS_SOURCE;
var init_chart_js_source = __esm({
  "packages/cli/src/html/chart-js-source.ts"() {
    "use strict";
    CHART_JS_SOURCE = '/*!\n * Chart.js v4.6.1\n * https://www.chartjs.org\n * (c) 2026 Chart.js Contributors\n * Released under the MIT License\n */\n!function(t,e){"object"==typeof exports&&"undefined"!=typeof module?module.exports=e():"function"==typeof define&&define.amd?define(e):(t="undefined"!=typeof globalThis?globalThis:t||self).Chart=e()}(this,(function(){"use strict";var t=Object.freeze({__proto__:null,get Colors(){return Jo},get Decimation(){return ta},get Filler(){return ba},get Legend(){return Ma},get SubTitle(){return Pa},get Title(){return ka},get Tooltip(){return Wa}});function e(){}const i=(()=>{let t=0;return()=>t++})();function s(t){return null==t}function n(t){if(Array.isArray&&Array.isArray(t))return!0;const e=Object.prototype.toString.call(t);return"[object"===e.slice(0,7)&&"Array]"===e.slice(-6)}function o(t){return null!==t&&"[object Object]"===Object.prototype.toString.call(t)}function a(t){return("number"==typeof t||t instanceof Number)&&isFinite(+t)}function r(t,e){return a(t)?t:e}function l(t,e){return void 0===t?e:t}const h=(t,e)=>"string"==typeof t&&t.endsWith("%")?parseFloat(t)/100:+t/e,c=(t,e)=>"string"==typeof t&&t.endsWith("%")?parseFloat(t)/100*e:+t;function d(t,e,i){if(t&&"function"==typeof t.call)return t.apply(i,e)}function u(t,e,i,s){let a,r,l;if(n(t))if(r=t.length,s)for(a=r-1;a>=0;a--)e.call(i,t[a],a);else for(a=0;a<r;a++)e.call(i,t[a],a);else if(o(t))for(l=Object.keys(t),r=l.length,a=0;a<r;a++)e.call(i,t[l[a]],l[a])}function f(t,e){let i,s,n,o;if(!t||!e||t.length!==e.length)return!1;for(i=0,s=t.length;i<s;++i)if(n=t[i],o=e[i],n.datasetIndex!==o.datasetIndex||n.index!==o.index)return!1;return!0}function g(t){if(n(t))return t.map(g);if(o(t)){const e=Object.create(null),i=Object.keys(t),s=i.length;let n=0;for(;n<s;++n)e[i[n]]=g(t[i[n]]);return e}return t}function p(t){return-1===["__proto__","prototype","constructor"].indexOf(t)}function m(t,e,i,s){if(!p(t))return;const n=e[t],a=i[t];o(n)&&o(a)?x(n,a,s):e[t]=g(a)}function x(t,e,i){const s=n(e)?e:[e],a=s.length;if(!o(t))return t;const r=(i=i||{}).merger||m;let l;for(let e=0;e<a;++e){if(l=s[e],!o(l))continue;const n=Object.keys(l);for(let e=0,s=n.length;e<s;++e)r(n[e],t,l,i)}return t}function b(t,e){return x(t,e,{merger:_})}function _(t,e,i){if(!p(t))return;const s=e[t],n=i[t];o(s)&&o(n)?b(s,n):Object.prototype.hasOwnProperty.call(e,t)||(e[t]=g(n))}const y={"":t=>t,x:t=>t.x,y:t=>t.y};function v(t){const e=t.split("."),i=[];let s="";for(const t of e)s+=t,s.endsWith("\\\\")?s=s.slice(0,-1)+".":(i.push(s),s="");return i}function M(t,e){const i=y[e]||(y[e]=function(t){const e=v(t);return t=>{for(const i of e){if(""===i)break;t=t&&t[i]}return t}}(e));return i(t)}function w(t){return t.charAt(0).toUpperCase()+t.slice(1)}const k=t=>void 0!==t,S=t=>"function"==typeof t,P=(t,e)=>{if(t.size!==e.size)return!1;for(const i of t)if(!e.has(i))return!1;return!0};function D(t){return"mouseup"===t.type||"click"===t.type||"contextmenu"===t.type}const C=Math.PI,O=2*C,A=O+C,T=Number.POSITIVE_INFINITY,L=C/180,E=C/2,R=C/4,I=2*C/3,z=Math.log10,F=Math.sign;function V(t,e,i){return Math.abs(t-e)<i}function B(t){const e=Math.round(t);t=V(t,e,t/1e3)?e:t;const i=Math.pow(10,Math.floor(z(t))),s=t/i;return(s<=1?1:s<=2?2:s<=5?5:10)*i}function N(t){const e=[],i=Math.sqrt(t);let s;for(s=1;s<i;s++)t%s==0&&(e.push(s),e.push(t/s));return i===(0|i)&&e.push(i),e.sort(((t,e)=>t-e)).pop(),e}function W(t){return!function(t){return"symbol"==typeof t||"object"==typeof t&&null!==t&&!(Symbol.toPrimitive in t||"toString"in t||"valueOf"in t)}(t)&&!isNaN(parseFloat(t))&&isFinite(t)}function H(t,e){const i=Math.round(t);return i-e<=t&&i+e>=t}function j(t,e,i){let s,n,o;for(s=0,n=t.length;s<n;s++)o=t[s][i],isNaN(o)||(e.min=Math.min(e.min,o),e.max=Math.max(e.max,o))}function $(t){return t*(C/180)}function Y(t){return t*(180/C)}function U(t){if(!a(t))return;let e=1,i=0;for(;Math.round(t*e)/e!==t;)e*=10,i++;return i}function X(t,e){const i=e.x-t.x,s=e.y-t.y,n=Math.sqrt(i*i+s*s);let o=Math.atan2(s,i);return o<-.5*C&&(o+=O),{angle:o,distance:n}}function q(t,e){return Math.sqrt(Math.pow(e.x-t.x,2)+Math.pow(e.y-t.y,2))}function K(t,e){return(t-e+A)%O-C}function G(t){return(t%O+O)%O}function J(t,e,i,s){const n=G(t),o=G(e),a=G(i),r=G(o-n),l=G(a-n),h=G(n-o),c=G(n-a);return n===o||n===a||s&&o===a||r>l&&h<c}function Z(t,e,i){return Math.max(e,Math.min(i,t))}function Q(t){return Z(t,-32768,32767)}function tt(t,e,i,s=1e-6){return t>=Math.min(e,i)-s&&t<=Math.max(e,i)+s}function et(t,e,i){i=i||(i=>t[i]<e);let s,n=t.length-1,o=0;for(;n-o>1;)s=o+n>>1,i(s)?o=s:n=s;return{lo:o,hi:n}}const it=(t,e,i,s)=>et(t,i,s?s=>{const n=t[s][e];return n<i||n===i&&t[s+1][e]===i}:s=>t[s][e]<i),st=(t,e,i)=>et(t,i,(s=>t[s][e]>=i));function nt(t,e,i){let s=0,n=t.length;for(;s<n&&t[s]<e;)s++;for(;n>s&&t[n-1]>i;)n--;return s>0||n<t.length?t.slice(s,n):t}const ot=["push","pop","shift","splice","unshift"];function at(t,e){t._chartjs?t._chartjs.listeners.push(e):(Object.defineProperty(t,"_chartjs",{configurable:!0,enumerable:!1,value:{listeners:[e]}}),ot.forEach((e=>{const i="_onData"+w(e),s=t[e];Object.defineProperty(t,e,{configurable:!0,enumerable:!1,value(...e){const n=s.apply(this,e);return t._chartjs.listeners.forEach((t=>{"function"==typeof t[i]&&t[i](...e)})),n}})})))}function rt(t,e){const i=t._chartjs;if(!i)return;const s=i.listeners,n=s.indexOf(e);-1!==n&&s.splice(n,1),s.length>0||(ot.forEach((e=>{delete t[e]})),delete t._chartjs)}function lt(t){const e=new Set(t);return e.size===t.length?t:Array.from(e)}const ht="undefined"==typeof window?function(t){return t()}:window.requestAnimationFrame;function ct(t,e){let i=[],s=!1;return function(...n){i=n,s||(s=!0,ht.call(window,(()=>{s=!1,t.apply(e,i)})))}}function dt(t,e){let i;return function(...s){return e?(clearTimeout(i),i=setTimeout(t,e,s)):t.apply(this,s),e}}const ut=t=>"start"===t?"left":"end"===t?"right":"center",ft=(t,e,i)=>"start"===t?e:"end"===t?i:(e+i)/2,gt=(t,e,i,s)=>t===(s?"left":"right")?i:"center"===t?(e+i)/2:e;function pt(t,e,i){const n=e.length;let o=0,a=n;if(t._sorted){const{iScale:r,vScale:l,_parsed:h}=t,c=t.dataset&&t.dataset.options?t.dataset.options.spanGaps:null,d=r.axis,{min:u,max:f,minDefined:g,maxDefined:p}=r.getUserBounds();if(g){if(o=Math.min(it(h,d,u).lo,i?n:it(e,d,r.getPixelForValue(u)).lo),c){const t=h.slice(0,o+1).reverse().findIndex((t=>!s(t[l.axis])));o-=Math.max(0,t)}o=Z(o,0,n-1)}if(p){let t=Math.max(it(h,r.axis,f,!0).hi+1,i?0:it(e,d,r.getPixelForValue(f),!0).hi+1);if(c){const e=h.slice(t-1).findIndex((t=>!s(t[l.axis])));t+=Math.max(0,e)}a=Z(t,o,n)-o}else a=n-o}return{start:o,count:a}}function mt(t){const{xScale:e,yScale:i,_scaleRanges:s}=t,n={xmin:e.min,xmax:e.max,ymin:i.min,ymax:i.max};if(!s)return t._scaleRanges=n,!0;const o=s.xmin!==e.min||s.xmax!==e.max||s.ymin!==i.min||s.ymax!==i.max;return Object.assign(s,n),o}class xt{constructor(){this._request=null,this._charts=new Map,this._running=!1,this._lastDate=void 0}_notify(t,e,i,s){const n=e.listeners[s],o=e.duration;n.forEach((s=>s({chart:t,initial:e.initial,numSteps:o,currentStep:Math.min(i-e.start,o)})))}_refresh(){this._request||(this._running=!0,this._request=ht.call(window,(()=>{this._update(),this._request=null,this._running&&this._refresh()})))}_update(t=Date.now()){let e=0;this._charts.forEach(((i,s)=>{if(!i.running||!i.items.length)return;const n=i.items;let o,a=n.length-1,r=!1;for(;a>=0;--a)o=n[a],o._active?(o._total>i.duration&&(i.duration=o._total),o.tick(t),r=!0):(n[a]=n[n.length-1],n.pop());r&&(s.draw(),this._notify(s,i,t,"progress")),n.length||(i.running=!1,this._notify(s,i,t,"complete"),i.initial=!1),e+=n.length})),this._lastDate=t,0===e&&(this._running=!1)}_getAnims(t){const e=this._charts;let i=e.get(t);return i||(i={running:!1,initial:!0,items:[],listeners:{complete:[],progress:[]}},e.set(t,i)),i}listen(t,e,i){this._getAnims(t).listeners[e].push(i)}add(t,e){e&&e.length&&this._getAnims(t).items.push(...e)}has(t){return this._getAnims(t).items.length>0}start(t){const e=this._charts.get(t);e&&(e.running=!0,e.start=Date.now(),e.duration=e.items.reduce(((t,e)=>Math.max(t,e._duration)),0),this._refresh())}running(t){if(!this._running)return!1;const e=this._charts.get(t);return!!(e&&e.running&&e.items.length)}stop(t){const e=this._charts.get(t);if(!e||!e.items.length)return;const i=e.items;let s=i.length-1;for(;s>=0;--s)i[s].cancel();e.items=[],this._notify(t,e,Date.now(),"complete")}remove(t){return this._charts.delete(t)}}var bt=new xt;\n/*!\n * @kurkle/color v0.3.2\n * https://github.com/kurkle/color#readme\n * (c) 2023 Jukka Kurkela\n * Released under the MIT License\n */function _t(t){return t+.5|0}const yt=(t,e,i)=>Math.max(Math.min(t,i),e);function vt(t){return yt(_t(2.55*t),0,255)}function Mt(t){return yt(_t(255*t),0,255)}function wt(t){return yt(_t(t/2.55)/100,0,1)}function kt(t){return yt(_t(100*t),0,100)}const St={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},Pt=[..."0123456789ABCDEF"],Dt=t=>Pt[15&t],Ct=t=>Pt[(240&t)>>4]+Pt[15&t],Ot=t=>(240&t)>>4==(15&t);function At(t){var e=(t=>Ot(t.r)&&Ot(t.g)&&Ot(t.b)&&Ot(t.a))(t)?Dt:Ct;return t?"#"+e(t.r)+e(t.g)+e(t.b)+((t,e)=>t<255?e(t):"")(t.a,e):void 0}const Tt=/^(hsla?|hwb|hsv)\\(\\s*([-+.e\\d]+)(?:deg)?[\\s,]+([-+.e\\d]+)%[\\s,]+([-+.e\\d]+)%(?:[\\s,]+([-+.e\\d]+)(%)?)?\\s*\\)$/;function Lt(t,e,i){const s=e*Math.min(i,1-i),n=(e,n=(e+t/30)%12)=>i-s*Math.max(Math.min(n-3,9-n,1),-1);return[n(0),n(8),n(4)]}function Et(t,e,i){const s=(s,n=(s+t/60)%6)=>i-i*e*Math.max(Math.min(n,4-n,1),0);return[s(5),s(3),s(1)]}function Rt(t,e,i){const s=Lt(t,1,.5);let n;for(e+i>1&&(n=1/(e+i),e*=n,i*=n),n=0;n<3;n++)s[n]*=1-e-i,s[n]+=e;return s}function It(t){const e=t.r/255,i=t.g/255,s=t.b/255,n=Math.max(e,i,s),o=Math.min(e,i,s),a=(n+o)/2;let r,l,h;return n!==o&&(h=n-o,l=a>.5?h/(2-n-o):h/(n+o),r=function(t,e,i,s,n){return t===n?(e-i)/s+(e<i?6:0):e===n?(i-t)/s+2:(t-e)/s+4}(e,i,s,h,n),r=60*r+.5),[0|r,l||0,a]}function zt(t,e,i,s){return(Array.isArray(e)?t(e[0],e[1],e[2]):t(e,i,s)).map(Mt)}function Ft(t,e,i){return zt(Lt,t,e,i)}function Vt(t){return(t%360+360)%360}function Bt(t){const e=Tt.exec(t);let i,s=255;if(!e)return;e[5]!==i&&(s=e[6]?vt(+e[5]):Mt(+e[5]));const n=Vt(+e[2]),o=+e[3]/100,a=+e[4]/100;return i="hwb"===e[1]?function(t,e,i){return zt(Rt,t,e,i)}(n,o,a):"hsv"===e[1]?function(t,e,i){return zt(Et,t,e,i)}(n,o,a):Ft(n,o,a),{r:i[0],g:i[1],b:i[2],a:s}}const Nt={x:"dark",Z:"light",Y:"re",X:"blu",W:"gr",V:"medium",U:"slate",A:"ee",T:"ol",S:"or",B:"ra",C:"lateg",D:"ights",R:"in",Q:"turquois",E:"hi",P:"ro",O:"al",N:"le",M:"de",L:"yello",F:"en",K:"ch",G:"arks",H:"ea",I:"ightg",J:"wh"},Wt={OiceXe:"f0f8ff",antiquewEte:"faebd7",aqua:"ffff",aquamarRe:"7fffd4",azuY:"f0ffff",beige:"f5f5dc",bisque:"ffe4c4",black:"0",blanKedOmond:"ffebcd",Xe:"ff",XeviTet:"8a2be2",bPwn:"a52a2a",burlywood:"deb887",caMtXe:"5f9ea0",KartYuse:"7fff00",KocTate:"d2691e",cSO:"ff7f50",cSnflowerXe:"6495ed",cSnsilk:"fff8dc",crimson:"dc143c",cyan:"ffff",xXe:"8b",xcyan:"8b8b",xgTMnPd:"b8860b",xWay:"a9a9a9",xgYF:"6400",xgYy:"a9a9a9",xkhaki:"bdb76b",xmagFta:"8b008b",xTivegYF:"556b2f",xSange:"ff8c00",xScEd:"9932cc",xYd:"8b0000",xsOmon:"e9967a",xsHgYF:"8fbc8f",xUXe:"483d8b",xUWay:"2f4f4f",xUgYy:"2f4f4f",xQe:"ced1",xviTet:"9400d3",dAppRk:"ff1493",dApskyXe:"bfff",dimWay:"696969",dimgYy:"696969",dodgerXe:"1e90ff",fiYbrick:"b22222",flSOwEte:"fffaf0",foYstWAn:"228b22",fuKsia:"ff00ff",gaRsbSo:"dcdcdc",ghostwEte:"f8f8ff",gTd:"ffd700",gTMnPd:"daa520",Way:"808080",gYF:"8000",gYFLw:"adff2f",gYy:"808080",honeyMw:"f0fff0",hotpRk:"ff69b4",RdianYd:"cd5c5c",Rdigo:"4b0082",ivSy:"fffff0",khaki:"f0e68c",lavFMr:"e6e6fa",lavFMrXsh:"fff0f5",lawngYF:"7cfc00",NmoncEffon:"fffacd",ZXe:"add8e6",ZcSO:"f08080",Zcyan:"e0ffff",ZgTMnPdLw:"fafad2",ZWay:"d3d3d3",ZgYF:"90ee90",ZgYy:"d3d3d3",ZpRk:"ffb6c1",ZsOmon:"ffa07a",ZsHgYF:"20b2aa",ZskyXe:"87cefa",ZUWay:"778899",ZUgYy:"778899",ZstAlXe:"b0c4de",ZLw:"ffffe0",lime:"ff00",limegYF:"32cd32",lRF:"faf0e6",magFta:"ff00ff",maPon:"800000",VaquamarRe:"66cdaa",VXe:"cd",VScEd:"ba55d3",VpurpN:"9370db",VsHgYF:"3cb371",VUXe:"7b68ee",VsprRggYF:"fa9a",VQe:"48d1cc",VviTetYd:"c71585",midnightXe:"191970",mRtcYam:"f5fffa",mistyPse:"ffe4e1",moccasR:"ffe4b5",navajowEte:"ffdead",navy:"80",Tdlace:"fdf5e6",Tive:"808000",TivedBb:"6b8e23",Sange:"ffa500",SangeYd:"ff4500",ScEd:"da70d6",pOegTMnPd:"eee8aa",pOegYF:"98fb98",pOeQe:"afeeee",pOeviTetYd:"db7093",papayawEp:"ffefd5",pHKpuff:"ffdab9",peru:"cd853f",pRk:"ffc0cb",plum:"dda0dd",powMrXe:"b0e0e6",purpN:"800080",YbeccapurpN:"663399",Yd:"ff0000",Psybrown:"bc8f8f",PyOXe:"4169e1",saddNbPwn:"8b4513",sOmon:"fa8072",sandybPwn:"f4a460",sHgYF:"2e8b57",sHshell:"fff5ee",siFna:"a0522d",silver:"c0c0c0",skyXe:"87ceeb",UXe:"6a5acd",UWay:"708090",UgYy:"708090",snow:"fffafa",sprRggYF:"ff7f",stAlXe:"4682b4",tan:"d2b48c",teO:"8080",tEstN:"d8bfd8",tomato:"ff6347",Qe:"40e0d0",viTet:"ee82ee",JHt:"f5deb3",wEte:"ffffff",wEtesmoke:"f5f5f5",Lw:"ffff00",LwgYF:"9acd32"};let Ht;function jt(t){Ht||(Ht=function(){const t={},e=Object.keys(Wt),i=Object.keys(Nt);let s,n,o,a,r;for(s=0;s<e.length;s++){for(a=r=e[s],n=0;n<i.length;n++)o=i[n],r=r.replace(o,Nt[o]);o=parseInt(Wt[a],16),t[r]=[o>>16&255,o>>8&255,255&o]}return t}(),Ht.transparent=[0,0,0,0]);const e=Ht[t.toLowerCase()];return e&&{r:e[0],g:e[1],b:e[2],a:4===e.length?e[3]:255}}const $t=/^rgba?\\(\\s*([-+.\\d]+)(%)?[\\s,]+([-+.e\\d]+)(%)?[\\s,]+([-+.e\\d]+)(%)?(?:[\\s,/]+([-+.e\\d]+)(%)?)?\\s*\\)$/;const Yt=t=>t<=.0031308?12.92*t:1.055*Math.pow(t,1/2.4)-.055,Ut=t=>t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4);function Xt(t,e,i){if(t){let s=It(t);s[e]=Math.max(0,Math.min(s[e]+s[e]*i,0===e?360:1)),s=Ft(s),t.r=s[0],t.g=s[1],t.b=s[2]}}function qt(t,e){return t?Object.assign(e||{},t):t}function Kt(t){var e={r:0,g:0,b:0,a:255};return Array.isArray(t)?t.length>=3&&(e={r:t[0],g:t[1],b:t[2],a:255},t.length>3&&(e.a=Mt(t[3]))):(e=qt(t,{r:0,g:0,b:0,a:1})).a=Mt(e.a),e}function Gt(t){return"r"===t.charAt(0)?function(t){const e=$t.exec(t);let i,s,n,o=255;if(e){if(e[7]!==i){const t=+e[7];o=e[8]?vt(t):yt(255*t,0,255)}return i=+e[1],s=+e[3],n=+e[5],i=255&(e[2]?vt(i):yt(i,0,255)),s=255&(e[4]?vt(s):yt(s,0,255)),n=255&(e[6]?vt(n):yt(n,0,255)),{r:i,g:s,b:n,a:o}}}(t):Bt(t)}class Jt{constructor(t){if(t instanceof Jt)return t;const e=typeof t;let i;var s,n,o;"object"===e?i=Kt(t):"string"===e&&(o=(s=t).length,"#"===s[0]&&(4===o||5===o?n={r:255&17*St[s[1]],g:255&17*St[s[2]],b:255&17*St[s[3]],a:5===o?17*St[s[4]]:255}:7!==o&&9!==o||(n={r:St[s[1]]<<4|St[s[2]],g:St[s[3]]<<4|St[s[4]],b:St[s[5]]<<4|St[s[6]],a:9===o?St[s[7]]<<4|St[s[8]]:255})),i=n||jt(t)||Gt(t)),this._rgb=i,this._valid=!!i}get valid(){return this._valid}get rgb(){var t=qt(this._rgb);return t&&(t.a=wt(t.a)),t}set rgb(t){this._rgb=Kt(t)}rgbString(){return this._valid?(t=this._rgb)&&(t.a<255?`rgba(${t.r}, ${t.g}, ${t.b}, ${wt(t.a)})`:`rgb(${t.r}, ${t.g}, ${t.b})`):void 0;var t}hexString(){return this._valid?At(this._rgb):void 0}hslString(){return this._valid?function(t){if(!t)return;const e=It(t),i=e[0],s=kt(e[1]),n=kt(e[2]);return t.a<255?`hsla(${i}, ${s}%, ${n}%, ${wt(t.a)})`:`hsl(${i}, ${s}%, ${n}%)`}(this._rgb):void 0}mix(t,e){if(t){const i=this.rgb,s=t.rgb;let n;const o=e===n?.5:e,a=2*o-1,r=i.a-s.a,l=((a*r==-1?a:(a+r)/(1+a*r))+1)/2;n=1-l,i.r=255&l*i.r+n*s.r+.5,i.g=255&l*i.g+n*s.g+.5,i.b=255&l*i.b+n*s.b+.5,i.a=o*i.a+(1-o)*s.a,this.rgb=i}return this}interpolate(t,e){return t&&(this._rgb=function(t,e,i){const s=Ut(wt(t.r)),n=Ut(wt(t.g)),o=Ut(wt(t.b));return{r:Mt(Yt(s+i*(Ut(wt(e.r))-s))),g:Mt(Yt(n+i*(Ut(wt(e.g))-n))),b:Mt(Yt(o+i*(Ut(wt(e.b))-o))),a:t.a+i*(e.a-t.a)}}(this._rgb,t._rgb,e)),this}clone(){return new Jt(this.rgb)}alpha(t){return this._rgb.a=Mt(t),this}clearer(t){return this._rgb.a*=1-t,this}greyscale(){const t=this._rgb,e=_t(.3*t.r+.59*t.g+.11*t.b);return t.r=t.g=t.b=e,this}opaquer(t){return this._rgb.a*=1+t,this}negate(){const t=this._rgb;return t.r=255-t.r,t.g=255-t.g,t.b=255-t.b,this}lighten(t){return Xt(this._rgb,2,t),this}darken(t){return Xt(this._rgb,2,-t),this}saturate(t){return Xt(this._rgb,1,t),this}desaturate(t){return Xt(this._rgb,1,-t),this}rotate(t){return function(t,e){var i=It(t);i[0]=Vt(i[0]+e),i=Ft(i),t.r=i[0],t.g=i[1],t.b=i[2]}(this._rgb,t),this}}function Zt(t){if(t&&"object"==typeof t){const e=t.toString();return"[object CanvasPattern]"===e||"[object CanvasGradient]"===e}return!1}function Qt(t){return Zt(t)?t:new Jt(t)}function te(t){return Zt(t)?t:new Jt(t).saturate(.5).darken(.1).hexString()}const ee=["x","y","borderWidth","radius","tension"],ie=["color","borderColor","backgroundColor"];const se=new Map;function ne(t,e,i){return function(t,e){e=e||{};const i=t+JSON.stringify(e);let s=se.get(i);return s||(s=new Intl.NumberFormat(t,e),se.set(i,s)),s}(e,i).format(t)}const oe={values:t=>n(t)?t:""+t,numeric(t,e,i){if(0===t)return"0";const s=this.chart.options.locale;let n,o=t;if(i.length>1){const e=Math.max(Math.abs(i[0].value),Math.abs(i[i.length-1].value));(e<1e-4||e>1e15)&&(n="scientific"),o=function(t,e){let i=e.length>3?e[2].value-e[1].value:e[1].value-e[0].value;Math.abs(i)>=1&&t!==Math.floor(t)&&(i=t-Math.floor(t));return i}(t,i)}const a=z(Math.abs(o)),r=isNaN(a)?1:Math.max(Math.min(-1*Math.floor(a),20),0),l={notation:n,minimumFractionDigits:r,maximumFractionDigits:r};return Object.assign(l,this.options.ticks.format),ne(t,s,l)},logarithmic(t,e,i){if(0===t)return"0";const s=i[e].significand||t/Math.pow(10,Math.floor(z(t)));return[1,2,3,5,10,15].includes(s)||e>.8*i.length?oe.numeric.call(this,t,e,i):""}};var ae={formatters:oe};const re=Object.create(null),le=Object.create(null);function he(t,e){if(!e)return t;const i=e.split(".");for(let e=0,s=i.length;e<s;++e){const s=i[e];t=t[s]||(t[s]=Object.create(null))}return t}function ce(t,e,i){return"string"==typeof e?x(he(t,e),i):x(he(t,""),e)}class de{constructor(t,e){this.animation=void 0,this.backgroundColor="rgba(0,0,0,0.1)",this.borderColor="rgba(0,0,0,0.1)",this.color="#666",this.datasets={},this.devicePixelRatio=t=>t.chart.platform.getDevicePixelRatio(),this.elements={},this.events=["mousemove","mouseout","click","touchstart","touchmove"],this.font={family:"\'Helvetica Neue\', \'Helvetica\', \'Arial\', sans-serif",size:12,style:"normal",lineHeight:1.2,weight:null},this.hover={},this.hoverBackgroundColor=(t,e)=>te(e.backgroundColor),this.hoverBorderColor=(t,e)=>te(e.borderColor),this.hoverColor=(t,e)=>te(e.color),this.indexAxis="x",this.interaction={mode:"nearest",intersect:!0,includeInvisible:!1},this.maintainAspectRatio=!0,this.onHover=null,this.onClick=null,this.parsing=!0,this.plugins={},this.responsive=!0,this.scale=void 0,this.scales={},this.showLine=!0,this.drawActiveElementsOnTop=!0,this.describe(t),this.apply(e)}set(t,e){return ce(this,t,e)}get(t){return he(this,t)}describe(t,e){return ce(le,t,e)}override(t,e){return ce(re,t,e)}route(t,e,i,s){const n=he(this,t),a=he(this,i),r="_"+e;Object.defineProperties(n,{[r]:{value:n[e],writable:!0},[e]:{enumerable:!0,get(){const t=this[r],e=a[s];return o(t)?Object.assign({},e,t):l(t,e)},set(t){this[r]=t}}})}apply(t){t.forEach((t=>t(this)))}}var ue=new de({_scriptable:t=>!t.startsWith("on"),_indexable:t=>"events"!==t,hover:{_fallback:"interaction"},interaction:{_scriptable:!1,_indexable:!1}},[function(t){t.set("animation",{delay:void 0,duration:1e3,easing:"easeOutQuart",fn:void 0,from:void 0,loop:void 0,to:void 0,type:void 0}),t.describe("animation",{_fallback:!1,_indexable:!1,_scriptable:t=>"onProgress"!==t&&"onComplete"!==t&&"fn"!==t}),t.set("animations",{colors:{type:"color",properties:ie},numbers:{type:"number",properties:ee}}),t.describe("animations",{_fallback:"animation"}),t.set("transitions",{active:{animation:{duration:400}},resize:{animation:{duration:0}},show:{animations:{colors:{from:"transparent"},visible:{type:"boolean",duration:0}}},hide:{animations:{colors:{to:"transparent"},visible:{type:"boolean",easing:"linear",fn:t=>0|t}}}})},function(t){t.set("layout",{autoPadding:!0,padding:{top:0,right:0,bottom:0,left:0}})},function(t){t.set("scale",{display:!0,offset:!1,reverse:!1,beginAtZero:!1,bounds:"ticks",clip:!0,grace:0,grid:{display:!0,lineWidth:1,drawOnChartArea:!0,drawTicks:!0,tickLength:8,tickWidth:(t,e)=>e.lineWidth,tickColor:(t,e)=>e.color,offset:!1},border:{display:!0,dash:[],dashOffset:0,width:1},title:{display:!1,text:"",padding:{top:4,bottom:4}},ticks:{minRotation:0,maxRotation:50,mirror:!1,textStrokeWidth:0,textStrokeColor:"",padding:3,display:!0,autoSkip:!0,autoSkipPadding:3,labelOffset:0,callback:ae.formatters.values,minor:{},major:{},align:"center",crossAlign:"near",showLabelBackdrop:!1,backdropColor:"rgba(255, 255, 255, 0.75)",backdropPadding:2}}),t.route("scale.ticks","color","","color"),t.route("scale.grid","color","","borderColor"),t.route("scale.border","color","","borderColor"),t.route("scale.title","color","","color"),t.describe("scale",{_fallback:!1,_scriptable:t=>!t.startsWith("before")&&!t.startsWith("after")&&"callback"!==t&&"parser"!==t,_indexable:t=>"borderDash"!==t&&"tickBorderDash"!==t&&"dash"!==t}),t.describe("scales",{_fallback:"scale"}),t.describe("scale.ticks",{_scriptable:t=>"backdropPadding"!==t&&"callback"!==t,_indexable:t=>"backdropPadding"!==t})}]);function fe(){return"undefined"!=typeof window&&"undefined"!=typeof document}function ge(t){let e=t.parentNode;return e&&"[object ShadowRoot]"===e.toString()&&(e=e.host),e}function pe(t,e,i){let s;return"string"==typeof t?(s=parseInt(t,10),-1!==t.indexOf("%")&&(s=s/100*e.parentNode[i])):s=t,s}const me=t=>t.ownerDocument.defaultView.getComputedStyle(t,null);function xe(t,e){return me(t).getPropertyValue(e)}const be=["top","right","bottom","left"];function _e(t,e,i){const s={};i=i?"-"+i:"";for(let n=0;n<4;n++){const o=be[n];s[o]=parseFloat(t[e+"-"+o+i])||0}return s.width=s.left+s.right,s.height=s.top+s.bottom,s}const ye=(t,e,i)=>(t>0||e>0)&&(!i||!i.shadowRoot);function ve(t,e){if("native"in t)return t;const{canvas:i,currentDevicePixelRatio:s}=e,n=me(i),o="border-box"===n.boxSizing,a=_e(n,"padding"),r=_e(n,"border","width"),{x:l,y:h,box:c}=function(t,e){const i=t.touches,s=i&&i.length?i[0]:t,{offsetX:n,offsetY:o}=s;let a,r,l=!1;if(ye(n,o,t.target))a=n,r=o;else{const t=e.getBoundingClientRect();a=s.clientX-t.left,r=s.clientY-t.top,l=!0}return{x:a,y:r,box:l}}(t,i),d=a.left+(c&&r.left),u=a.top+(c&&r.top);let{width:f,height:g}=e;return o&&(f-=a.width+r.width,g-=a.height+r.height),{x:Math.round((l-d)/f*i.width/s),y:Math.round((h-u)/g*i.height/s)}}const Me=t=>Math.round(10*t)/10;function we(t,e,i,s){const n=me(t),o=_e(n,"margin"),a=pe(n.maxWidth,t,"clientWidth")||T,r=pe(n.maxHeight,t,"clientHeight")||T,l=function(t,e,i){let s,n;if(void 0===e||void 0===i){const o=t&&ge(t);if(o){const t=o.getBoundingClientRect(),a=me(o),r=_e(a,"border","width"),l=_e(a,"padding");e=t.width-l.width-r.width,i=t.height-l.height-r.height,s=pe(a.maxWidth,o,"clientWidth"),n=pe(a.maxHeight,o,"clientHeight")}else e=t.clientWidth,i=t.clientHeight}return{width:e,height:i,maxWidth:s||T,maxHeight:n||T}}(t,e,i);let{width:h,height:c}=l;if("content-box"===n.boxSizing){const t=_e(n,"border","width"),e=_e(n,"padding");h-=e.width+t.width,c-=e.height+t.height}h=Math.max(0,h-o.width),c=Math.max(0,s?h/s:c-o.height),h=Me(Math.min(h,a,l.maxWidth)),c=Me(Math.min(c,r,l.maxHeight)),h&&!c&&(c=Me(h/2));return(void 0!==e||void 0!==i)&&s&&l.height&&c>l.height&&(c=l.height,h=Me(Math.floor(c*s))),{width:h,height:c}}function ke(t,e,i){const s=e||1,n=Me(t.height*s),o=Me(t.width*s);t.height=Me(t.height),t.width=Me(t.width);const a=t.canvas;a.style&&(i||!a.style.height&&!a.style.width)&&(a.style.height=`${t.height}px`,a.style.width=`${t.width}px`);const r=Math.floor(n),l=Math.floor(o);return(t.currentDevicePixelRatio!==s||a.height!==r||a.width!==l)&&(t.currentDevicePixelRatio=s,a.height=r,a.width=l,t.ctx.setTransform(s,0,0,s,0,0),!0)}const Se=function(){let t=!1;try{const e={get passive(){return t=!0,!1}};fe()&&(window.addEventListener("test",null,e),window.removeEventListener("test",null,e))}catch(t){}return t}();function Pe(t,e){const i=xe(t,e),s=i&&i.match(/^(\\d+)(\\.\\d+)?px$/);return s?+s[1]:void 0}function De(t){return!t||s(t.size)||s(t.family)?null:(t.style?t.style+" ":"")+(t.weight?t.weight+" ":"")+t.size+"px "+t.family}function Ce(t,e,i,s,n){let o=e[n];return o||(o=e[n]=t.measureText(n).width,i.push(n)),o>s&&(s=o),s}function Oe(t,e,i,s){let o=(s=s||{}).data=s.data||{},a=s.garbageCollect=s.garbageCollect||[];s.font!==e&&(o=s.data={},a=s.garbageCollect=[],s.font=e),t.save(),t.font=e;let r=0;const l=i.length;let h,c,d,u,f;for(h=0;h<l;h++)if(u=i[h],null==u||n(u)){if(n(u))for(c=0,d=u.length;c<d;c++)f=u[c],null==f||n(f)||(r=Ce(t,o,a,r,f))}else r=Ce(t,o,a,r,u);t.restore();const g=a.length/2;if(g>i.length){for(h=0;h<g;h++)delete o[a[h]];a.splice(0,g)}return r}function Ae(t,e,i){const s=t.currentDevicePixelRatio,n=0!==i?Math.max(i/2,.5):0;return Math.round((e-n)*s)/s+n}function Te(t,e){(e||t)&&((e=e||t.getContext("2d")).save(),e.resetTransform(),e.clearRect(0,0,t.width,t.height),e.restore())}function Le(t,e,i,s){Ee(t,e,i,s,null)}function Ee(t,e,i,s,n){let o,a,r,l,h,c,d,u;const f=e.pointStyle,g=e.rotation,p=e.radius;let m=(g||0)*L;if(f&&"object"==typeof f&&(o=f.toString(),"[object HTMLImageElement]"===o||"[object HTMLCanvasElement]"===o))return t.save(),t.translate(i,s),t.rotate(m),t.drawImage(f,-f.width/2,-f.height/2,f.width,f.height),void t.restore();if(!(isNaN(p)||p<=0)){switch(t.beginPath(),f){default:n?t.ellipse(i,s,n/2,p,0,0,O):t.arc(i,s,p,0,O),t.closePath();break;case"triangle":c=n?n/2:p,t.moveTo(i+Math.sin(m)*c,s-Math.cos(m)*p),m+=I,t.lineTo(i+Math.sin(m)*c,s-Math.cos(m)*p),m+=I,t.lineTo(i+Math.sin(m)*c,s-Math.cos(m)*p),t.closePath();break;case"rectRounded":h=.516*p,l=p-h,a=Math.cos(m+R)*l,d=Math.cos(m+R)*(n?n/2-h:l),r=Math.sin(m+R)*l,u=Math.sin(m+R)*(n?n/2-h:l),t.arc(i-d,s-r,h,m-C,m-E),t.arc(i+u,s-a,h,m-E,m),t.arc(i+d,s+r,h,m,m+E),t.arc(i-u,s+a,h,m+E,m+C),t.closePath();break;case"rect":if(!g){l=Math.SQRT1_2*p,c=n?n/2:l,t.rect(i-c,s-l,2*c,2*l);break}m+=R;case"rectRot":d=Math.cos(m)*(n?n/2:p),a=Math.cos(m)*p,r=Math.sin(m)*p,u=Math.sin(m)*(n?n/2:p),t.moveTo(i-d,s-r),t.lineTo(i+u,s-a),t.lineTo(i+d,s+r),t.lineTo(i-u,s+a),t.closePath();break;case"crossRot":m+=R;case"cross":d=Math.cos(m)*(n?n/2:p),a=Math.cos(m)*p,r=Math.sin(m)*p,u=Math.sin(m)*(n?n/2:p),t.moveTo(i-d,s-r),t.lineTo(i+d,s+r),t.moveTo(i+u,s-a),t.lineTo(i-u,s+a);break;case"star":d=Math.cos(m)*(n?n/2:p),a=Math.cos(m)*p,r=Math.sin(m)*p,u=Math.sin(m)*(n?n/2:p),t.moveTo(i-d,s-r),t.lineTo(i+d,s+r),t.moveTo(i+u,s-a),t.lineTo(i-u,s+a),m+=R,d=Math.cos(m)*(n?n/2:p),a=Math.cos(m)*p,r=Math.sin(m)*p,u=Math.sin(m)*(n?n/2:p),t.moveTo(i-d,s-r),t.lineTo(i+d,s+r),t.moveTo(i+u,s-a),t.lineTo(i-u,s+a);break;case"line":a=n?n/2:Math.cos(m)*p,r=Math.sin(m)*p,t.moveTo(i-a,s-r),t.lineTo(i+a,s+r);break;case"dash":t.moveTo(i,s),t.lineTo(i+Math.cos(m)*(n?n/2:p),s+Math.sin(m)*p);break;case!1:t.closePath()}t.fill(),e.borderWidth>0&&t.stroke()}}function Re(t,e,i){return i=i||.5,!e||t&&t.x>e.left-i&&t.x<e.right+i&&t.y>e.top-i&&t.y<e.bottom+i}function Ie(t,e){t.save(),t.beginPath(),t.rect(e.left,e.top,e.right-e.left,e.bottom-e.top),t.clip()}function ze(t){t.restore()}function Fe(t,e,i,s,n){if(!e)return t.lineTo(i.x,i.y);if("middle"===n){const s=(e.x+i.x)/2;t.lineTo(s,e.y),t.lineTo(s,i.y)}else"after"===n!=!!s?t.lineTo(e.x,i.y):t.lineTo(i.x,e.y);t.lineTo(i.x,i.y)}function Ve(t,e,i,s){if(!e)return t.lineTo(i.x,i.y);t.bezierCurveTo(s?e.cp1x:e.cp2x,s?e.cp1y:e.cp2y,s?i.cp2x:i.cp1x,s?i.cp2y:i.cp1y,i.x,i.y)}function Be(t,e,i,s,n){if(n.strikethrough||n.underline){const o=t.measureText(s),a=e-o.actualBoundingBoxLeft,r=e+o.actualBoundingBoxRight,l=i-o.actualBoundingBoxAscent,h=i+o.actualBoundingBoxDescent,c=n.strikethrough?(l+h)/2:h;t.strokeStyle=t.fillStyle,t.beginPath(),t.lineWidth=n.decorationWidth||2,t.moveTo(a,c),t.lineTo(r,c),t.stroke()}}function Ne(t,e){const i=t.fillStyle;t.fillStyle=e.color,t.fillRect(e.left,e.top,e.width,e.height),t.fillStyle=i}function We(t,e,i,o,a,r={}){const l=n(e)?e:[e],h=r.strokeWidth>0&&""!==r.strokeColor;let c,d;for(t.save(),t.font=a.string,function(t,e){e.translation&&t.translate(e.translation[0],e.translation[1]),s(e.rotation)||t.rotate(e.rotation),e.color&&(t.fillStyle=e.color),e.textAlign&&(t.textAlign=e.textAlign),e.textBaseline&&(t.textBaseline=e.textBaseline)}(t,r),c=0;c<l.length;++c)d=l[c],r.backdrop&&Ne(t,r.backdrop),h&&(r.strokeColor&&(t.strokeStyle=r.strokeColor),s(r.strokeWidth)||(t.lineWidth=r.strokeWidth),t.strokeText(d,i,o,r.maxWidth)),t.fillText(d,i,o,r.maxWidth),Be(t,i,o,d,r),o+=Number(a.lineHeight);t.restore()}function He(t,e){const{x:i,y:s,w:n,h:o,radius:a}=e;t.arc(i+a.topLeft,s+a.topLeft,a.topLeft,1.5*C,C,!0),t.lineTo(i,s+o-a.bottomLeft),t.arc(i+a.bottomLeft,s+o-a.bottomLeft,a.bottomLeft,C,E,!0),t.lineTo(i+n-a.bottomRight,s+o),t.arc(i+n-a.bottomRight,s+o-a.bottomRight,a.bottomRight,E,0,!0),t.lineTo(i+n,s+a.topRight),t.arc(i+n-a.topRight,s+a.topRight,a.topRight,0,-E,!0),t.lineTo(i+a.topLeft,s)}function je(t,e=[""],i,s,n=(()=>t[0])){const o=i||t;void 0===s&&(s=ti("_fallback",t));const a={[Symbol.toStringTag]:"Object",_cacheable:!0,_scopes:t,_rootScopes:o,_fallback:s,_getTarget:n,override:i=>je([i,...t],e,o,s)};return new Proxy(a,{deleteProperty:(e,i)=>(delete e[i],delete e._keys,delete t[0][i],!0),get:(i,s)=>qe(i,s,(()=>function(t,e,i,s){let n;for(const o of e)if(n=ti(Ue(o,t),i),void 0!==n)return Xe(t,n)?Ze(i,s,t,n):n}(s,e,t,i))),getOwnPropertyDescriptor:(t,e)=>Reflect.getOwnPropertyDescriptor(t._scopes[0],e),getPrototypeOf:()=>Reflect.getPrototypeOf(t[0]),has:(t,e)=>ei(t).includes(e),ownKeys:t=>ei(t),set(t,e,i){const s=t._storage||(t._storage=n());return t[e]=s[e]=i,delete t._keys,!0}})}function $e(t,e,i,s){const a={_cacheable:!1,_proxy:t,_context:e,_subProxy:i,_stack:new Set,_descriptors:Ye(t,s),setContext:e=>$e(t,e,i,s),override:n=>$e(t.override(n),e,i,s)};return new Proxy(a,{deleteProperty:(e,i)=>(delete e[i],delete t[i],!0),get:(t,e,i)=>qe(t,e,(()=>function(t,e,i){const{_proxy:s,_context:a,_subProxy:r,_descriptors:l}=t;let h=s[e];S(h)&&l.isScriptable(e)&&(h=function(t,e,i,s){const{_proxy:n,_context:o,_subProxy:a,_stack:r}=i;if(r.has(t))throw new Error("Recursion detected: "+Array.from(r).join("->")+"->"+t);r.add(t);let l=e(o,a||s);r.delete(t),Xe(t,l)&&(l=Ze(n._scopes,n,t,l));return l}(e,h,t,i));n(h)&&h.length&&(h=function(t,e,i,s){const{_proxy:n,_context:a,_subProxy:r,_descriptors:l}=i;if(void 0!==a.index&&s(t))return e[a.index%e.length];if(o(e[0])){const i=e,s=n._scopes.filter((t=>t!==i));e=[];for(const o of i){const i=Ze(s,n,t,o);e.push($e(i,a,r&&r[t],l))}}return e}(e,h,t,l.isIndexable));Xe(e,h)&&(h=$e(h,a,r&&r[e],l));return h}(t,e,i))),getOwnPropertyDescriptor:(e,i)=>e._descriptors.allKeys?Reflect.has(t,i)?{enumerable:!0,configurable:!0}:void 0:Reflect.getOwnPropertyDescriptor(t,i),getPrototypeOf:()=>Reflect.getPrototypeOf(t),has:(e,i)=>Reflect.has(t,i),ownKeys:()=>Reflect.ownKeys(t),set:(e,i,s)=>(t[i]=s,delete e[i],!0)})}function Ye(t,e={scriptable:!0,indexable:!0}){const{_scriptable:i=e.scriptable,_indexable:s=e.indexable,_allKeys:n=e.allKeys}=t;return{allKeys:n,scriptable:i,indexable:s,isScriptable:S(i)?i:()=>i,isIndexable:S(s)?s:()=>s}}const Ue=(t,e)=>t?t+w(e):e,Xe=(t,e)=>o(e)&&"adapters"!==t&&(null===Object.getPrototypeOf(e)||e.constructor===Object);function qe(t,e,i){if(Object.prototype.hasOwnProperty.call(t,e)||"constructor"===e)return t[e];const s=i();return t[e]=s,s}function Ke(t,e,i){return S(t)?t(e,i):t}const Ge=(t,e)=>!0===t?e:"string"==typeof t?M(e,t):void 0;function Je(t,e,i,s,n){for(const o of e){const e=Ge(i,o);if(e){t.add(e);const o=Ke(e._fallback,i,n);if(void 0!==o&&o!==i&&o!==s)return o}else if(!1===e&&void 0!==s&&i!==s)return null}return!1}function Ze(t,e,i,s){const a=e._rootScopes,r=Ke(e._fallback,i,s),l=[...t,...a],h=new Set;h.add(s);let c=Qe(h,l,i,r||i,s);return null!==c&&((void 0===r||r===i||(c=Qe(h,l,r,c,s),null!==c))&&je(Array.from(h),[""],a,r,(()=>function(t,e,i){const s=t._getTarget();e in s||(s[e]={});const a=s[e];if(n(a)&&o(i))return i;return a||{}}(e,i,s))))}function Qe(t,e,i,s,n){for(;i;)i=Je(t,e,i,s,n);return i}function ti(t,e){for(const i of e){if(!i)continue;const e=i[t];if(void 0!==e)return e}}function ei(t){let e=t._keys;return e||(e=t._keys=function(t){const e=new Set;for(const i of t)for(const t of Object.keys(i).filter((t=>!t.startsWith("_"))))e.add(t);return Array.from(e)}(t._scopes)),e}function ii(t,e,i,s){const{iScale:n}=t,{key:o="r"}=this._parsing,a=new Array(s);let r,l,h,c;for(r=0,l=s;r<l;++r)h=r+i,c=e[h],a[r]={r:n.parse(M(c,o),h)};return a}const si=Number.EPSILON||1e-14,ni=(t,e)=>e<t.length&&!t[e].skip&&t[e],oi=t=>"x"===t?"y":"x";function ai(t,e,i,s){const n=t.skip?e:t,o=e,a=i.skip?e:i,r=q(o,n),l=q(a,o);let h=r/(r+l),c=l/(r+l);h=isNaN(h)?0:h,c=isNaN(c)?0:c;const d=s*h,u=s*c;return{previous:{x:o.x-d*(a.x-n.x),y:o.y-d*(a.y-n.y)},next:{x:o.x+u*(a.x-n.x),y:o.y+u*(a.y-n.y)}}}function ri(t,e="x"){const i=oi(e),s=t.length,n=Array(s).fill(0),o=Array(s);let a,r,l,h=ni(t,0);for(a=0;a<s;++a)if(r=l,l=h,h=ni(t,a+1),l){if(h){const t=h[e]-l[e];n[a]=0!==t?(h[i]-l[i])/t:0}o[a]=r?h?F(n[a-1])!==F(n[a])?0:(n[a-1]+n[a])/2:n[a-1]:n[a]}!function(t,e,i){const s=t.length;let n,o,a,r,l,h=ni(t,0);for(let c=0;c<s-1;++c)l=h,h=ni(t,c+1),l&&h&&(V(e[c],0,si)?i[c]=i[c+1]=0:(n=i[c]/e[c],o=i[c+1]/e[c],r=Math.pow(n,2)+Math.pow(o,2),r<=9||(a=3/Math.sqrt(r),i[c]=n*a*e[c],i[c+1]=o*a*e[c])))}(t,n,o),function(t,e,i="x"){const s=oi(i),n=t.length;let o,a,r,l=ni(t,0);for(let h=0;h<n;++h){if(a=r,r=l,l=ni(t,h+1),!r)continue;const n=r[i],c=r[s];a&&(o=(n-a[i])/3,r[`cp1${i}`]=n-o,r[`cp1${s}`]=c-o*e[h]),l&&(o=(l[i]-n)/3,r[`cp2${i}`]=n+o,r[`cp2${s}`]=c+o*e[h])}}(t,o,e)}function li(t,e,i){return Math.max(Math.min(t,i),e)}function hi(t,e,i,s,n){let o,a,r,l;if(e.spanGaps&&(t=t.filter((t=>!t.skip))),"monotone"===e.cubicInterpolationMode)ri(t,n);else{let i=s?t[t.length-1]:t[0];for(o=0,a=t.length;o<a;++o)r=t[o],l=ai(i,r,t[Math.min(o+1,a-(s?0:1))%a],e.tension),r.cp1x=l.previous.x,r.cp1y=l.previous.y,r.cp2x=l.next.x,r.cp2y=l.next.y,i=r}e.capBezierPoints&&function(t,e){let i,s,n,o,a,r=Re(t[0],e);for(i=0,s=t.length;i<s;++i)a=o,o=r,r=i<s-1&&Re(t[i+1],e),o&&(n=t[i],a&&(n.cp1x=li(n.cp1x,e.left,e.right),n.cp1y=li(n.cp1y,e.top,e.bottom)),r&&(n.cp2x=li(n.cp2x,e.left,e.right),n.cp2y=li(n.cp2y,e.top,e.bottom)))}(t,i)}const ci=t=>0===t||1===t,di=(t,e,i)=>-Math.pow(2,10*(t-=1))*Math.sin((t-e)*O/i),ui=(t,e,i)=>Math.pow(2,-10*t)*Math.sin((t-e)*O/i)+1,fi={linear:t=>t,easeInQuad:t=>t*t,easeOutQuad:t=>-t*(t-2),easeInOutQuad:t=>(t/=.5)<1?.5*t*t:-.5*(--t*(t-2)-1),easeInCubic:t=>t*t*t,easeOutCubic:t=>(t-=1)*t*t+1,easeInOutCubic:t=>(t/=.5)<1?.5*t*t*t:.5*((t-=2)*t*t+2),easeInQuart:t=>t*t*t*t,easeOutQuart:t=>-((t-=1)*t*t*t-1),easeInOutQuart:t=>(t/=.5)<1?.5*t*t*t*t:-.5*((t-=2)*t*t*t-2),easeInQuint:t=>t*t*t*t*t,easeOutQuint:t=>(t-=1)*t*t*t*t+1,easeInOutQuint:t=>(t/=.5)<1?.5*t*t*t*t*t:.5*((t-=2)*t*t*t*t+2),easeInSine:t=>1-Math.cos(t*E),easeOutSine:t=>Math.sin(t*E),easeInOutSine:t=>-.5*(Math.cos(C*t)-1),easeInExpo:t=>0===t?0:Math.pow(2,10*(t-1)),easeOutExpo:t=>1===t?1:1-Math.pow(2,-10*t),easeInOutExpo:t=>ci(t)?t:t<.5?.5*Math.pow(2,10*(2*t-1)):.5*(2-Math.pow(2,-10*(2*t-1))),easeInCirc:t=>t>=1?t:-(Math.sqrt(1-t*t)-1),easeOutCirc:t=>Math.sqrt(1-(t-=1)*t),easeInOutCirc:t=>(t/=.5)<1?-.5*(Math.sqrt(1-t*t)-1):.5*(Math.sqrt(1-(t-=2)*t)+1),easeInElastic:t=>ci(t)?t:di(t,.075,.3),easeOutElastic:t=>ci(t)?t:ui(t,.075,.3),easeInOutElastic(t){const e=.1125;return ci(t)?t:t<.5?.5*di(2*t,e,.45):.5+.5*ui(2*t-1,e,.45)},easeInBack(t){const e=1.70158;return t*t*((e+1)*t-e)},easeOutBack(t){const e=1.70158;return(t-=1)*t*((e+1)*t+e)+1},easeInOutBack(t){let e=1.70158;return(t/=.5)<1?t*t*((1+(e*=1.525))*t-e)*.5:.5*((t-=2)*t*((1+(e*=1.525))*t+e)+2)},easeInBounce:t=>1-fi.easeOutBounce(1-t),easeOutBounce(t){const e=7.5625,i=2.75;return t<1/i?e*t*t:t<2/i?e*(t-=1.5/i)*t+.75:t<2.5/i?e*(t-=2.25/i)*t+.9375:e*(t-=2.625/i)*t+.984375},easeInOutBounce:t=>t<.5?.5*fi.easeInBounce(2*t):.5*fi.easeOutBounce(2*t-1)+.5};function gi(t,e,i,s){return{x:t.x+i*(e.x-t.x),y:t.y+i*(e.y-t.y)}}function pi(t,e,i,s){return{x:t.x+i*(e.x-t.x),y:"middle"===s?i<.5?t.y:e.y:"after"===s?i<1?t.y:e.y:i>0?e.y:t.y}}function mi(t,e,i,s){const n={x:t.cp2x,y:t.cp2y},o={x:e.cp1x,y:e.cp1y},a=gi(t,n,i),r=gi(n,o,i),l=gi(o,e,i),h=gi(a,r,i),c=gi(r,l,i);return gi(h,c,i)}const xi=/^(normal|(\\d+(?:\\.\\d+)?)(px|em|%)?)$/,bi=/^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;function _i(t,e){const i=(""+t).match(xi);if(!i||"normal"===i[1])return 1.2*e;switch(t=+i[2],i[3]){case"px":return t;case"%":t/=100}return e*t}const yi=t=>+t||0;function vi(t,e){const i={},s=o(e),n=s?Object.keys(e):e,a=o(t)?s?i=>l(t[i],t[e[i]]):e=>t[e]:()=>t;for(const t of n)i[t]=yi(a(t));return i}function Mi(t){return vi(t,{top:"y",right:"x",bottom:"y",left:"x"})}function wi(t){return vi(t,["topLeft","topRight","bottomLeft","bottomRight"])}function ki(t){const e=Mi(t);return e.width=e.left+e.right,e.height=e.top+e.bottom,e}function Si(t,e){t=t||{},e=e||ue.font;let i=l(t.size,e.size);"string"==typeof i&&(i=parseInt(i,10));let s=l(t.style,e.style);s&&!(""+s).match(bi)&&(console.warn(\'Invalid font style specified: "\'+s+\'"\'),s=void 0);const n={family:l(t.family,e.family),lineHeight:_i(l(t.lineHeight,e.lineHeight),i),size:i,style:s,weight:l(t.weight,e.weight),string:""};return n.string=De(n),n}function Pi(t,e,i,s){let o,a,r,l=!0;for(o=0,a=t.length;o<a;++o)if(r=t[o],void 0!==r&&(void 0!==e&&"function"==typeof r&&(r=r(e),l=!1),void 0!==i&&n(r)&&(r=r[i%r.length],l=!1),void 0!==r))return s&&!l&&(s.cacheable=!1),r}function Di(t,e,i){const{min:s,max:n}=t,o=c(e,(n-s)/2),a=(t,e)=>i&&0===t?0:t+e;return{min:a(s,-Math.abs(o)),max:a(n,o)}}function Ci(t,e){return Object.assign(Object.create(t),e)}function Oi(t,e,i){return t?function(t,e){return{x:i=>t+t+e-i,setWidth(t){e=t},textAlign:t=>"center"===t?t:"right"===t?"left":"right",xPlus:(t,e)=>t-e,leftForLtr:(t,e)=>t-e}}(e,i):{x:t=>t,setWidth(t){},textAlign:t=>t,xPlus:(t,e)=>t+e,leftForLtr:(t,e)=>t}}function Ai(t,e){let i,s;"ltr"!==e&&"rtl"!==e||(i=t.canvas.style,s=[i.getPropertyValue("direction"),i.getPropertyPriority("direction")],i.setProperty("direction",e,"important"),t.prevTextDirection=s)}function Ti(t,e){void 0!==e&&(delete t.prevTextDirection,t.canvas.style.setProperty("direction",e[0],e[1]))}function Li(t){return"angle"===t?{between:J,compare:K,normalize:G}:{between:tt,compare:(t,e)=>t-e,normalize:t=>t}}function Ei({start:t,end:e,count:i,loop:s,style:n}){return{start:t%i,end:e%i,loop:s&&(e-t+1)%i==0,style:n}}function Ri(t,e,i){if(!i)return[t];const{property:s,start:n,end:o}=i,a=e.length,{compare:r,between:l,normalize:h}=Li(s),{start:c,end:d,loop:u,style:f}=function(t,e,i){const{property:s,start:n,end:o}=i,{between:a,normalize:r}=Li(s),l=e.length;let h,c,{start:d,end:u,loop:f}=t;if(f){for(d+=l,u+=l,h=0,c=l;h<c&&a(r(e[d%l][s]),n,o);++h)d--,u--;d%=l,u%=l}return u<d&&(u+=l),{start:d,end:u,loop:f,style:t.style}}(t,e,i),g=[];let p,m,x,b=!1,_=null;const y=()=>b||l(n,x,p)&&0!==r(n,x),v=()=>!b||0===r(o,p)||l(o,x,p);for(let t=c,i=c;t<=d;++t)m=e[t%a],m.skip||(p=h(m[s]),p!==x&&(b=l(p,n,o),null===_&&y()&&(_=0===r(p,n)?t:i),null!==_&&v()&&(g.push(Ei({start:_,end:t,loop:u,count:a,style:f})),_=null),i=t,x=p));return null!==_&&g.push(Ei({start:_,end:d,loop:u,count:a,style:f})),g}function Ii(t,e){const i=[],s=t.segments;for(let n=0;n<s.length;n++){const o=Ri(s[n],t.points,e);o.length&&i.push(...o)}return i}function zi(t,e){const i=t.points,s=t.options.spanGaps,n=i.length;if(!n)return[];const o=!!t._loop,{start:a,end:r}=function(t,e,i,s){let n=0,o=e-1;if(i&&!s)for(;n<e&&!t[n].skip;)n++;for(;n<e&&t[n].skip;)n++;for(n%=e,i&&(o+=n);o>n&&t[o%e].skip;)o--;return o%=e,{start:n,end:o}}(i,n,o,s);if(!0===s)return Fi(t,[{start:a,end:r,loop:o}],i,e);return Fi(t,function(t,e,i,s){const n=t.length,o=[];let a,r=e,l=t[e];for(a=e+1;a<=i;++a){const i=t[a%n];i.skip||i.stop?l.skip||(s=!1,o.push({start:e%n,end:(a-1)%n,loop:s}),e=r=i.stop?a:null):(r=a,l.skip&&(e=a)),l=i}return null!==r&&o.push({start:e%n,end:r%n,loop:s}),o}(i,a,r<a?r+n:r,!!t._fullLoop&&0===a&&r===n-1),i,e)}function Fi(t,e,i,s){return s&&s.setContext&&i?function(t,e,i,s){const n=t._chart.getContext(),o=Vi(t.options),{_datasetIndex:a,options:{spanGaps:r}}=t,l=i.length,h=[];let c=o,d=e[0].start,u=d;function f(t,e,s,n){const o=r?-1:1;if(t!==e){for(t+=l;i[t%l].skip;)t-=o;for(;i[e%l].skip;)e+=o;t%l!=e%l&&(h.push({start:t%l,end:e%l,loop:s,style:n}),c=n,d=e%l)}}for(const t of e){d=r?d:t.start;let e,o=i[d%l];for(u=d+1;u<=t.end;u++){const r=i[u%l];e=Vi(s.setContext(Ci(n,{type:"segment",p0:o,p1:r,p0DataIndex:(u-1)%l,p1DataIndex:u%l,datasetIndex:a}))),Bi(e,c)&&f(d,u-1,t.loop,c),o=r,c=e}d<u-1&&f(d,u-1,t.loop,c)}return h}(t,e,i,s):e}function Vi(t){return{backgroundColor:t.backgroundColor,borderCapStyle:t.borderCapStyle,borderDash:t.borderDash,borderDashOffset:t.borderDashOffset,borderJoinStyle:t.borderJoinStyle,borderWidth:t.borderWidth,borderColor:t.borderColor}}function Bi(t,e){if(!e)return!1;const i=[],s=function(t,e){return Zt(e)?(i.includes(e)||i.push(e),i.indexOf(e)):e};return JSON.stringify(t,s)!==JSON.stringify(e,s)}function Ni(t,e,i){return t.options.clip?t[i]:e[i]}function Wi(t,e){const i=e._clip;if(i.disabled)return!1;const s=function(t,e){const{xScale:i,yScale:s}=t;return i&&s?{left:Ni(i,e,"left"),right:Ni(i,e,"right"),top:Ni(s,e,"top"),bottom:Ni(s,e,"bottom")}:e}(e,t.chartArea);return{left:!1===i.left?0:s.left-(!0===i.left?0:i.left),right:!1===i.right?t.width:s.right+(!0===i.right?0:i.right),top:!1===i.top?0:s.top-(!0===i.top?0:i.top),bottom:!1===i.bottom?t.height:s.bottom+(!0===i.bottom?0:i.bottom)}}var Hi=Object.freeze({__proto__:null,HALF_PI:E,INFINITY:T,PI:C,PITAU:A,QUARTER_PI:R,RAD_PER_DEG:L,TAU:O,TWO_THIRDS_PI:I,_addGrace:Di,_alignPixel:Ae,_alignStartEnd:ft,_angleBetween:J,_angleDiff:K,_arrayUnique:lt,_attachContext:$e,_bezierCurveTo:Ve,_bezierInterpolation:mi,_boundSegment:Ri,_boundSegments:Ii,_capitalize:w,_computeSegments:zi,_createResolver:je,_decimalPlaces:U,_deprecated:function(t,e,i,s){void 0!==e&&console.warn(t+\': "\'+i+\'" is deprecated. Please use "\'+s+\'" instead\')},_descriptors:Ye,_elementsEqual:f,_factorize:N,_filterBetween:nt,_getParentNode:ge,_getStartAndCountOfVisiblePoints:pt,_int16Range:Q,_isBetween:tt,_isClickEvent:D,_isDomSupported:fe,_isPointInArea:Re,_limitValue:Z,_longestText:Oe,_lookup:et,_lookupByKey:it,_measureText:Ce,_merger:m,_mergerIf:_,_normalizeAngle:G,_parseObjectDataRadialScale:ii,_pointInLine:gi,_readValueToProps:vi,_rlookupByKey:st,_scaleRangesChanged:mt,_setMinAndMaxByKey:j,_splitKey:v,_steppedInterpolation:pi,_steppedLineTo:Fe,_textX:gt,_toLeftRightCenter:ut,_updateBezierControlPoints:hi,addRoundedRectPath:He,almostEquals:V,almostWhole:H,callback:d,clearCanvas:Te,clipArea:Ie,clone:g,color:Qt,createContext:Ci,debounce:dt,defined:k,distanceBetweenPoints:q,drawPoint:Le,drawPointLegend:Ee,each:u,easingEffects:fi,finiteOrDefault:r,fontString:function(t,e,i){return e+" "+t+"px "+i},formatNumber:ne,getAngleFromPoint:X,getDatasetClipArea:Wi,getHoverColor:te,getMaximumSize:we,getRelativePosition:ve,getRtlAdapter:Oi,getStyle:xe,isArray:n,isFinite:a,isFunction:S,isNullOrUndef:s,isNumber:W,isObject:o,isPatternOrGradient:Zt,listenArrayEvents:at,log10:z,merge:x,mergeIf:b,niceNum:B,noop:e,overrideTextDirection:Ai,readUsedSize:Pe,renderText:We,requestAnimFrame:ht,resolve:Pi,resolveObjectKey:M,restoreTextDirection:Ti,retinaScale:ke,setsEqual:P,sign:F,splineCurve:ai,splineCurveMonotone:ri,supportsEventListenerOptions:Se,throttled:ct,toDegrees:Y,toDimension:c,toFont:Si,toFontString:De,toLineHeight:_i,toPadding:ki,toPercentage:h,toRadians:$,toTRBL:Mi,toTRBLCorners:wi,uid:i,unclipArea:ze,unlistenArrayEvents:rt,valueOrDefault:l});function ji(t,e,i,n){const{controller:o,data:a,_sorted:r}=t,l=o._cachedMeta.iScale,h=t.dataset&&t.dataset.options?t.dataset.options.spanGaps:null;if(l&&e===l.axis&&"r"!==e&&r&&a.length){const r=l._reversePixels?st:it;if(!n){const n=r(a,e,i);if(h){const{vScale:e}=o._cachedMeta,{_parsed:i}=t,a=i.slice(0,n.lo+1).reverse().findIndex((t=>!s(t[e.axis])));n.lo-=Math.max(0,a);const r=i.slice(n.hi).findIndex((t=>!s(t[e.axis])));n.hi+=Math.max(0,r)}return n}if(o._sharedOptions){const t=a[0],s="function"==typeof t.getRange&&t.getRange(e);if(s){const t=r(a,e,i-s),n=r(a,e,i+s);return{lo:t.lo,hi:n.hi}}}}return{lo:0,hi:a.length-1}}function $i(t,e,i,s,n){const o=t.getSortedVisibleDatasetMetas(),a=i[e];for(let t=0,i=o.length;t<i;++t){const{index:i,data:r}=o[t],{lo:l,hi:h}=ji(o[t],e,a,n);for(let t=l;t<=h;++t){const e=r[t];e.skip||s(e,i,t)}}}function Yi(t,e,i,s,n){const o=[];if(!n&&!t.isPointInArea(e))return o;return $i(t,i,e,(function(i,a,r){(n||Re(i,t.chartArea,0))&&i.inRange(e.x,e.y,s)&&o.push({element:i,datasetIndex:a,index:r})}),!0),o}function Ui(t,e,i,s,n,o){let a=[];const r=function(t){const e=-1!==t.indexOf("x"),i=-1!==t.indexOf("y");return function(t,s){const n=e?Math.abs(t.x-s.x):0,o=i?Math.abs(t.y-s.y):0;return Math.sqrt(Math.pow(n,2)+Math.pow(o,2))}}(i);let l=Number.POSITIVE_INFINITY;return $i(t,i,e,(function(i,h,c){const d=i.inRange(e.x,e.y,n);if(s&&!d)return;const u=i.getCenterPoint(n);if(!(!!o||t.isPointInArea(u))&&!d)return;const f=r(e,u);f<l?(a=[{element:i,datasetIndex:h,index:c}],l=f):f===l&&a.push({element:i,datasetIndex:h,index:c})})),a}function Xi(t,e,i,s,n,o){return o||t.isPointInArea(e)?"r"!==i||s?Ui(t,e,i,s,n,o):function(t,e,i,s){let n=[];return $i(t,i,e,(function(t,i,o){const{startAngle:a,endAngle:r}=t.getProps(["startAngle","endAngle"],s),{angle:l}=X(t,{x:e.x,y:e.y});J(l,a,r)&&n.push({element:t,datasetIndex:i,index:o})})),n}(t,e,i,n):[]}function qi(t,e,i,s,n){const o=[],a="x"===i?"inXRange":"inYRange";let r=!1;return $i(t,i,e,((t,s,l)=>{t[a]&&t[a](e[i],n)&&(o.push({element:t,datasetIndex:s,index:l}),r=r||t.inRange(e.x,e.y,n))})),s&&!r?[]:o}var Ki={evaluateInteractionItems:$i,modes:{index(t,e,i,s){const n=ve(e,t),o=i.axis||"x",a=i.includeInvisible||!1,r=i.intersect?Yi(t,n,o,s,a):Xi(t,n,o,!1,s,a),l=[];return r.length?(t.getSortedVisibleDatasetMetas().forEach((t=>{const e=r[0].index,i=t.data[e];i&&!i.skip&&l.push({element:i,datasetIndex:t.index,index:e})})),l):[]},dataset(t,e,i,s){const n=ve(e,t),o=i.axis||"xy",a=i.includeInvisible||!1;let r=i.intersect?Yi(t,n,o,s,a):Xi(t,n,o,!1,s,a);if(r.length>0){const e=r[0].datasetIndex,i=t.getDatasetMeta(e).data;r=[];for(let t=0;t<i.length;++t)r.push({element:i[t],datasetIndex:e,index:t})}return r},point:(t,e,i,s)=>Yi(t,ve(e,t),i.axis||"xy",s,i.includeInvisible||!1),nearest(t,e,i,s){const n=ve(e,t),o=i.axis||"xy",a=i.includeInvisible||!1;return Xi(t,n,o,i.intersect,s,a)},x:(t,e,i,s)=>qi(t,ve(e,t),"x",i.intersect,s),y:(t,e,i,s)=>qi(t,ve(e,t),"y",i.intersect,s)}};const Gi=["left","top","right","bottom"];function Ji(t,e){return t.filter((t=>t.pos===e))}function Zi(t,e){return t.filter((t=>-1===Gi.indexOf(t.pos)&&t.box.axis===e))}function Qi(t,e){return t.sort(((t,i)=>{const s=e?i:t,n=e?t:i;return s.weight===n.weight?s.index-n.index:s.weight-n.weight}))}function ts(t,e){const i=function(t){const e={};for(const i of t){const{stack:t,pos:s,stackWeight:n}=i;if(!t||!Gi.includes(s))continue;const o=e[t]||(e[t]={count:0,placed:0,weight:0,size:0});o.count++,o.weight+=n}return e}(t),{vBoxMaxWidth:s,hBoxMaxHeight:n}=e;let o,a,r;for(o=0,a=t.length;o<a;++o){r=t[o];const{fullSize:a}=r.box,l=i[r.stack],h=l&&r.stackWeight/l.weight;r.horizontal?(r.width=h?h*s:a&&e.availableWidth,r.height=n):(r.width=s,r.height=h?h*n:a&&e.availableHeight)}return i}function es(t,e,i,s){return Math.max(t[i],e[i])+Math.max(t[s],e[s])}function is(t,e){t.top=Math.max(t.top,e.top),t.left=Math.max(t.left,e.left),t.bottom=Math.max(t.bottom,e.bottom),t.right=Math.max(t.right,e.right)}function ss(t,e,i,s){const{pos:n,box:a}=i,r=t.maxPadding;if(!o(n)){i.size&&(t[n]-=i.size);const e=s[i.stack]||{size:0,count:1};e.size=Math.max(e.size,i.horizontal?a.height:a.width),i.size=e.size/e.count,t[n]+=i.size}a.getPadding&&is(r,a.getPadding());const l=Math.max(0,e.outerWidth-es(r,t,"left","right")),h=Math.max(0,e.outerHeight-es(r,t,"top","bottom")),c=l!==t.w,d=h!==t.h;return t.w=l,t.h=h,i.horizontal?{same:c,other:d}:{same:d,other:c}}function ns(t,e){const i=e.maxPadding;function s(t){const s={left:0,top:0,right:0,bottom:0};return t.forEach((t=>{s[t]=Math.max(e[t],i[t])})),s}return s(t?["left","right"]:["top","bottom"])}function os(t,e,i,s){const n=[];let o,a,r,l,h,c;for(o=0,a=t.length,h=0;o<a;++o){r=t[o],l=r.box,l.update(r.width||e.w,r.height||e.h,ns(r.horizontal,e));const{same:a,other:d}=ss(e,i,r,s);h|=a&&n.length,c=c||d,l.fullSize||n.push(r)}return h&&os(n,e,i,s)||c}function as(t,e,i,s,n){t.top=i,t.left=e,t.right=e+s,t.bottom=i+n,t.width=s,t.height=n}function rs(t,e,i,s){const n=i.padding;let{x:o,y:a}=e;for(const r of t){const t=r.box,l=s[r.stack]||{count:1,placed:0,weight:1},h=r.stackWeight/l.weight||1;if(r.horizontal){const s=e.w*h,o=l.size||t.height;k(l.start)&&(a=l.start),t.fullSize?as(t,n.left,a,i.outerWidth-n.right-n.left,o):as(t,e.left+l.placed,a,s,o),l.start=a,l.placed+=s,a=t.bottom}else{const s=e.h*h,a=l.size||t.width;k(l.start)&&(o=l.start),t.fullSize?as(t,o,n.top,a,i.outerHeight-n.bottom-n.top):as(t,o,e.top+l.placed,a,s),l.start=o,l.placed+=s,o=t.right}}e.x=o,e.y=a}var ls={addBox(t,e){t.boxes||(t.boxes=[]),e.fullSize=e.fullSize||!1,e.position=e.position||"top",e.weight=e.weight||0,e._layers=e._layers||function(){return[{z:0,draw(t){e.draw(t)}}]},t.boxes.push(e)},removeBox(t,e){const i=t.boxes?t.boxes.indexOf(e):-1;-1!==i&&t.boxes.splice(i,1)},configure(t,e,i){e.fullSize=i.fullSize,e.position=i.position,e.weight=i.weight},update(t,e,i,s){if(!t)return;const n=ki(t.options.layout.padding),o=Math.max(e-n.width,0),a=Math.max(i-n.height,0),r=function(t){const e=function(t){const e=[];let i,s,n,o,a,r;for(i=0,s=(t||[]).length;i<s;++i)n=t[i],({position:o,options:{stack:a,stackWeight:r=1}}=n),e.push({index:i,box:n,pos:o,horizontal:n.isHorizontal(),weight:n.weight,stack:a&&o+a,stackWeight:r});return e}(t),i=Qi(e.filter((t=>t.box.fullSize)),!0),s=Qi(Ji(e,"left"),!0),n=Qi(Ji(e,"right")),o=Qi(Ji(e,"top"),!0),a=Qi(Ji(e,"bottom")),r=Zi(e,"x"),l=Zi(e,"y");return{fullSize:i,leftAndTop:s.concat(o),rightAndBottom:n.concat(l).concat(a).concat(r),chartArea:Ji(e,"chartArea"),vertical:s.concat(n).concat(l),horizontal:o.concat(a).concat(r)}}(t.boxes),l=r.vertical,h=r.horizontal;u(t.boxes,(t=>{"function"==typeof t.beforeLayout&&t.beforeLayout()}));const c=l.reduce(((t,e)=>e.box.options&&!1===e.box.options.display?t:t+1),0)||1,d=Object.freeze({outerWidth:e,outerHeight:i,padding:n,availableWidth:o,availableHeight:a,vBoxMaxWidth:o/2/c,hBoxMaxHeight:a/2}),f=Object.assign({},n);is(f,ki(s));const g=Object.assign({maxPadding:f,w:o,h:a,x:n.left,y:n.top},n),p=ts(l.concat(h),d);os(r.fullSize,g,d,p),os(l,g,d,p),os(h,g,d,p)&&os(l,g,d,p),function(t){const e=t.maxPadding;function i(i){const s=Math.max(e[i]-t[i],0);return t[i]+=s,s}t.y+=i("top"),t.x+=i("left"),i("right"),i("bottom")}(g),rs(r.leftAndTop,g,d,p),g.x+=g.w,g.y+=g.h,rs(r.rightAndBottom,g,d,p),t.chartArea={left:g.left,top:g.top,right:g.left+g.w,bottom:g.top+g.h,height:g.h,width:g.w},u(r.chartArea,(e=>{const i=e.box;Object.assign(i,t.chartArea),i.update(g.w,g.h,{left:0,top:0,right:0,bottom:0})}))}};class hs{acquireContext(t,e){}releaseContext(t){return!1}addEventListener(t,e,i){}removeEventListener(t,e,i){}getDevicePixelRatio(){return 1}getMaximumSize(t,e,i,s){return e=Math.max(0,e||t.width),i=i||t.height,{width:e,height:Math.max(0,s?Math.floor(e/s):i)}}isAttached(t){return!0}updateConfig(t){}}class cs extends hs{acquireContext(t){return t&&t.getContext&&t.getContext("2d")||null}updateConfig(t){t.options.animation=!1}}const ds="$chartjs",us={touchstart:"mousedown",touchmove:"mousemove",touchend:"mouseup",pointerenter:"mouseenter",pointerdown:"mousedown",pointermove:"mousemove",pointerup:"mouseup",pointerleave:"mouseout",pointerout:"mouseout"},fs=t=>null===t||""===t;const gs=!!Se&&{passive:!0};function ps(t,e,i){t&&t.canvas&&t.canvas.removeEventListener(e,i,gs)}function ms(t,e){for(const i of t)if(i===e||i.contains(e))return!0}function xs(t,e,i){const s=t.canvas,n=new MutationObserver((t=>{let e=!1;for(const i of t)e=e||ms(i.addedNodes,s),e=e&&!ms(i.removedNodes,s);e&&i()}));return n.observe(document,{childList:!0,subtree:!0}),n}function bs(t,e,i){const s=t.canvas,n=new MutationObserver((t=>{let e=!1;for(const i of t)e=e||ms(i.removedNodes,s),e=e&&!ms(i.addedNodes,s);e&&i()}));return n.observe(document,{childList:!0,subtree:!0}),n}const _s=new Map;let ys=0;function vs(){const t=window.devicePixelRatio;t!==ys&&(ys=t,_s.forEach(((e,i)=>{i.currentDevicePixelRatio!==t&&e()})))}function Ms(t,e,i){const s=t.canvas,n=s&&ge(s);if(!n)return;const o=ct(((t,e)=>{const s=n.clientWidth;i(t,e),s<n.clientWidth&&i()}),window),a=new ResizeObserver((t=>{const e=t[0],i=e.contentRect.width,s=e.contentRect.height;0===i&&0===s||o(i,s)}));return a.observe(n),function(t,e){_s.size||window.addEventListener("resize",vs),_s.set(t,e)}(t,o),a}function ws(t,e,i){i&&i.disconnect(),"resize"===e&&function(t){_s.delete(t),_s.size||window.removeEventListener("resize",vs)}(t)}function ks(t,e,i){const s=t.canvas,n=ct((e=>{null!==t.ctx&&i(function(t,e){const i=us[t.type]||t.type,{x:s,y:n}=ve(t,e);return{type:i,chart:e,native:t,x:void 0!==s?s:null,y:void 0!==n?n:null}}(e,t))}),t);return function(t,e,i){t&&t.addEventListener(e,i,gs)}(s,e,n),n}class Ss extends hs{acquireContext(t,e){const i=t&&t.getContext&&t.getContext("2d");return i&&i.canvas===t?(function(t,e){const i=t.style,s=t.getAttribute("height"),n=t.getAttribute("width");if(t[ds]={initial:{height:s,width:n,style:{display:i.display,height:i.height,width:i.width}}},i.display=i.display||"block",i.boxSizing=i.boxSizing||"border-box",fs(n)){const e=Pe(t,"width");void 0!==e&&(t.width=e)}if(fs(s))if(""===t.style.height)t.height=t.width/(e||2);else{const e=Pe(t,"height");void 0!==e&&(t.height=e)}}(t,e),i):null}releaseContext(t){const e=t.canvas;if(!e[ds])return!1;const i=e[ds].initial;["height","width"].forEach((t=>{const n=i[t];s(n)?e.removeAttribute(t):e.setAttribute(t,n)}));const n=i.style||{};return Object.keys(n).forEach((t=>{e.style[t]=n[t]})),e.width=e.width,delete e[ds],!0}addEventListener(t,e,i){this.removeEventListener(t,e);const s=t.$proxies||(t.$proxies={}),n={attach:xs,detach:bs,resize:Ms}[e]||ks;s[e]=n(t,e,i)}removeEventListener(t,e){const i=t.$proxies||(t.$proxies={}),s=i[e];if(!s)return;({attach:ws,detach:ws,resize:ws}[e]||ps)(t,e,s),i[e]=void 0}getDevicePixelRatio(){return window.devicePixelRatio}getMaximumSize(t,e,i,s){return we(t,e,i,s)}isAttached(t){const e=t&&ge(t);return!(!e||!e.isConnected)}}function Ps(t){return!fe()||"undefined"!=typeof OffscreenCanvas&&t instanceof OffscreenCanvas?cs:Ss}var Ds=Object.freeze({__proto__:null,BasePlatform:hs,BasicPlatform:cs,DomPlatform:Ss,_detectPlatform:Ps});const Cs="transparent",Os={boolean:(t,e,i)=>i>.5?e:t,color(t,e,i){const s=Qt(t||Cs),n=s.valid&&Qt(e||Cs);return n&&n.valid?n.mix(s,i).hexString():e},number:(t,e,i)=>t+(e-t)*i};class As{constructor(t,e,i,s){const n=e[i];s=Pi([t.to,s,n,t.from]);const o=Pi([t.from,n,s]);this._active=!0,this._fn=t.fn||Os[t.type||typeof o],this._easing=fi[t.easing]||fi.linear,this._start=Math.floor(Date.now()+(t.delay||0)),this._duration=this._total=Math.floor(t.duration),this._loop=!!t.loop,this._target=e,this._prop=i,this._from=o,this._to=s,this._promises=void 0}active(){return this._active}update(t,e,i){if(this._active){this._notify(!1);const s=this._target[this._prop],n=i-this._start,o=this._duration-n;this._start=i,this._duration=Math.floor(Math.max(o,t.duration)),this._total+=n,this._loop=!!t.loop,this._to=Pi([t.to,e,s,t.from]),this._from=Pi([t.from,s,e])}}cancel(){this._active&&(this.tick(Date.now()),this._active=!1,this._notify(!1))}tick(t){const e=t-this._start,i=this._duration,s=this._prop,n=this._from,o=this._loop,a=this._to;let r;if(this._active=n!==a&&(o||e<i),!this._active)return this._target[s]=a,void this._notify(!0);e<0?this._target[s]=n:(r=e/i%2,r=o&&r>1?2-r:r,r=this._easing(Math.min(1,Math.max(0,r))),this._target[s]=this._fn(n,a,r))}wait(){const t=this._promises||(this._promises=[]);return new Promise(((e,i)=>{t.push({res:e,rej:i})}))}_notify(t){const e=t?"res":"rej",i=this._promises||[];for(let t=0;t<i.length;t++)i[t][e]()}}class Ts{constructor(t,e){this._chart=t,this._properties=new Map,this.configure(e)}configure(t){if(!o(t))return;const e=Object.keys(ue.animation),i=this._properties;Object.getOwnPropertyNames(t).forEach((s=>{const a=t[s];if(!o(a))return;const r={};for(const t of e)r[t]=a[t];(n(a.properties)&&a.properties||[s]).forEach((t=>{t!==s&&i.has(t)||i.set(t,r)}))}))}_animateOptions(t,e){const i=e.options,s=function(t,e){if(!e)return;let i=t.options;if(!i)return void(t.options=e);i.$shared&&(t.options=i=Object.assign({},i,{$shared:!1,$animations:{}}));return i}(t,i);if(!s)return[];const n=this._createAnimations(s,i);return i.$shared&&function(t,e){const i=[],s=Object.keys(e);for(let e=0;e<s.length;e++){const n=t[s[e]];n&&n.active()&&i.push(n.wait())}return Promise.all(i)}(t.options.$animations,i).then((()=>{t.options=i}),(()=>{})),n}_createAnimations(t,e){const i=this._properties,s=[],n=t.$animations||(t.$animations={}),o=Object.keys(e),a=Date.now();let r;for(r=o.length-1;r>=0;--r){const l=o[r];if("$"===l.charAt(0))continue;if("options"===l){s.push(...this._animateOptions(t,e));continue}const h=e[l];let c=n[l];const d=i.get(l);if(c){if(d&&c.active()){c.update(d,h,a);continue}c.cancel()}d&&d.duration?(n[l]=c=new As(d,t,l,h),s.push(c)):t[l]=h}return s}update(t,e){if(0===this._properties.size)return void Object.assign(t,e);const i=this._createAnimations(t,e);return i.length?(bt.add(this._chart,i),!0):void 0}}function Ls(t,e){const i=t&&t.options||{},s=i.reverse,n=void 0===i.min?e:0,o=void 0===i.max?e:0;return{start:s?o:n,end:s?n:o}}function Es(t,e){const i=[],s=t._getSortedDatasetMetas(e);let n,o;for(n=0,o=s.length;n<o;++n)i.push(s[n].index);return i}function Rs(t,e,i,s={}){const n=t.keys,o="single"===s.mode;let r,l,h,c;if(null===e)return;let d=!1;for(r=0,l=n.length;r<l;++r){if(h=+n[r],h===i){if(d=!0,s.all)continue;break}c=t.values[h],a(c)&&(o||0===e||F(e)===F(c))&&(e+=c)}return d||s.all?e:0}function Is(t,e){const i=t&&t.options.stacked;return i||void 0===i&&void 0!==e.stack}function zs(t,e,i){const s=t[e]||(t[e]={});return s[i]||(s[i]={})}function Fs(t,e,i,s){for(const n of e.getMatchingVisibleMetas(s).reverse()){const e=t[n.index];if(i&&e>0||!i&&e<0)return n.index}return null}function Vs(t,e){const{chart:i,_cachedMeta:s}=t,n=i._stacks||(i._stacks={}),{iScale:o,vScale:a,index:r}=s,l=o.axis,h=a.axis,c=function(t,e,i){return`${t.id}.${e.id}.${i.stack||i.type}`}(o,a,s),d=e.length;let u;for(let t=0;t<d;++t){const i=e[t],{[l]:o,[h]:d}=i;u=(i._stacks||(i._stacks={}))[h]=zs(n,c,o),u[r]=d,u._top=Fs(u,a,!0,s.type),u._bottom=Fs(u,a,!1,s.type);(u._visualValues||(u._visualValues={}))[r]=d}}function Bs(t,e){const i=t.scales;return Object.keys(i).filter((t=>i[t].axis===e)).shift()}function Ns(t,e){const i=t.controller.index,s=t.vScale&&t.vScale.axis;if(s){e=e||t._parsed;for(const t of e){const e=t._stacks;e&&void 0!==e[s]&&void 0!==e[s][i]&&(delete e[s][i],void 0!==e[s]._visualValues&&void 0!==e[s]._visualValues[i]&&delete e[s]._visualValues[i])}}}const Ws=t=>"reset"===t||"none"===t,Hs=(t,e)=>e?t:Object.assign({},t);class js{static defaults={};static datasetElementType=null;static dataElementType=null;constructor(t,e){this.chart=t,this._ctx=t.ctx,this.index=e,this._cachedDataOpts={},this._cachedMeta=this.getMeta(),this._type=this._cachedMeta.type,this.options=void 0,this._parsing=!1,this._data=void 0,this._objectData=void 0,this._sharedOptions=void 0,this._drawStart=void 0,this._drawCount=void 0,this.enableOptionSharing=!1,this.supportsDecimation=!1,this.$context=void 0,this._syncList=[],this.datasetElementType=new.target.datasetElementType,this.dataElementType=new.target.dataElementType,this.initialize()}initialize(){const t=this._cachedMeta;this.configure(),this.linkScales(),t._stacked=Is(t.vScale,t),this.addElements(),this.options.fill&&!this.chart.isPluginEnabled("filler")&&console.warn("Tried to use the \'fill\' option without the \'Filler\' plugin enabled. Please import and register the \'Filler\' plugin and make sure it is not disabled in the options")}updateIndex(t){this.index!==t&&Ns(this._cachedMeta),this.index=t}linkScales(){const t=this.chart,e=this._cachedMeta,i=this.getDataset(),s=(t,e,i,s)=>"x"===t?e:"r"===t?s:i,n=e.xAxisID=l(i.xAxisID,Bs(t,"x")),o=e.yAxisID=l(i.yAxisID,Bs(t,"y")),a=e.rAxisID=l(i.rAxisID,Bs(t,"r")),r=e.indexAxis,h=e.iAxisID=s(r,n,o,a),c=e.vAxisID=s(r,o,n,a);e.xScale=this.getScaleForId(n),e.yScale=this.getScaleForId(o),e.rScale=this.getScaleForId(a),e.iScale=this.getScaleForId(h),e.vScale=this.getScaleForId(c)}getDataset(){return this.chart.data.datasets[this.index]}getMeta(){return this.chart.getDatasetMeta(this.index)}getScaleForId(t){return this.chart.scales[t]}_getOtherScale(t){const e=this._cachedMeta;return t===e.iScale?e.vScale:e.iScale}reset(){this._update("reset")}_destroy(){const t=this._cachedMeta;this._data&&rt(this._data,this),t._stacked&&Ns(t)}_dataCheck(){const t=this.getDataset(),e=t.data||(t.data=[]),i=this._data;if(o(e)){const t=this._cachedMeta;this._data=function(t,e){const{iScale:i,vScale:s}=e,n="x"===i.axis?"x":"y",o="x"===s.axis?"x":"y",a=Object.keys(t),r=new Array(a.length);let l,h,c;for(l=0,h=a.length;l<h;++l)c=a[l],r[l]={[n]:c,[o]:t[c]};return r}(e,t)}else if(i!==e){if(i){rt(i,this);const t=this._cachedMeta;Ns(t),t._parsed=[]}e&&Object.isExtensible(e)&&at(e,this),this._syncList=[],this._data=e}}addElements(){const t=this._cachedMeta;this._dataCheck(),this.datasetElementType&&(t.dataset=new this.datasetElementType)}buildOrUpdateElements(t){const e=this._cachedMeta,i=this.getDataset();let s=!1;this._dataCheck();const n=e._stacked;e._stacked=Is(e.vScale,e),e.stack!==i.stack&&(s=!0,Ns(e),e.stack=i.stack),this._resyncElements(t),(s||n!==e._stacked)&&(Vs(this,e._parsed),e._stacked=Is(e.vScale,e))}configure(){const t=this.chart.config,e=t.datasetScopeKeys(this._type),i=t.getOptionScopes(this.getDataset(),e,!0);this.options=t.createResolver(i,this.getContext()),this._parsing=this.options.parsing,this._cachedDataOpts={}}parse(t,e){const{_cachedMeta:i,_data:s}=this,{iScale:a,_stacked:r}=i,l=a.axis;let h,c,d,u=0===t&&e===s.length||i._sorted,f=t>0&&i._parsed[t-1];if(!1===this._parsing)i._parsed=s,i._sorted=!0,d=s;else{d=n(s[t])?this.parseArrayData(i,s,t,e):o(s[t])?this.parseObjectData(i,s,t,e):this.parsePrimitiveData(i,s,t,e);const a=()=>null===c[l]||f&&c[l]<f[l];for(h=0;h<e;++h)i._parsed[h+t]=c=d[h],u&&(a()&&(u=!1),f=c);i._sorted=u}r&&Vs(this,d)}parsePrimitiveData(t,e,i,s){const{iScale:n,vScale:o}=t,a=n.axis,r=o.axis,l=n.getLabels(),h=n===o,c=new Array(s);let d,u,f;for(d=0,u=s;d<u;++d)f=d+i,c[d]={[a]:h||n.parse(l[f],f),[r]:o.parse(e[f],f)};return c}parseArrayData(t,e,i,s){const{xScale:n,yScale:o}=t,a=new Array(s);let r,l,h,c;for(r=0,l=s;r<l;++r)h=r+i,c=e[h],a[r]={x:n.parse(c[0],h),y:o.parse(c[1],h)};return a}parseObjectData(t,e,i,s){const{xScale:n,yScale:o}=t,{xAxisKey:a="x",yAxisKey:r="y"}=this._parsing,l=new Array(s);let h,c,d,u;for(h=0,c=s;h<c;++h)d=h+i,u=e[d],l[h]={x:n.parse(M(u,a),d),y:o.parse(M(u,r),d)};return l}getParsed(t){return this._cachedMeta._parsed[t]}getDataElement(t){return this._cachedMeta.data[t]}applyStack(t,e,i){const s=this.chart,n=this._cachedMeta,o=e[t.axis];return Rs({keys:Es(s,!0),values:e._stacks[t.axis]._visualValues},o,n.index,{mode:i})}updateRangeFromParsed(t,e,i,s){const n=i[e.axis];let o=null===n?NaN:n;const a=s&&i._stacks[e.axis];s&&a&&(s.values=a,o=Rs(s,n,this._cachedMeta.index)),t.min=Math.min(t.min,o),t.max=Math.max(t.max,o)}getMinMax(t,e){const i=this._cachedMeta,s=i._parsed,n=i._sorted&&t===i.iScale,o=s.length,r=this._getOtherScale(t),l=((t,e,i)=>t&&!e.hidden&&e._stacked&&{keys:Es(i,!0),values:null})(e,i,this.chart),h={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY},{min:c,max:d}=function(t){const{min:e,max:i,minDefined:s,maxDefined:n}=t.getUserBounds();return{min:s?e:Number.NEGATIVE_INFINITY,max:n?i:Number.POSITIVE_INFINITY}}(r);let u,f;function g(){f=s[u];const e=f[r.axis];return!a(f[t.axis])||c>e||d<e}for(u=0;u<o&&(g()||(this.updateRangeFromParsed(h,t,f,l),!n));++u);if(n)for(u=o-1;u>=0;--u)if(!g()){this.updateRangeFromParsed(h,t,f,l);break}return h}getAllParsedValues(t){const e=this._cachedMeta._parsed,i=[];let s,n,o;for(s=0,n=e.length;s<n;++s)o=e[s][t.axis],a(o)&&i.push(o);return i}getMaxOverflow(){return!1}getLabelAndValue(t){const e=this._cachedMeta,i=e.iScale,s=e.vScale,n=this.getParsed(t);return{label:i?""+i.getLabelForValue(n[i.axis]):"",value:s?""+s.getLabelForValue(n[s.axis]):""}}_update(t){const e=this._cachedMeta;this.update(t||"default"),e._clip=function(t){let e,i,s,n;return o(t)?(e=t.top,i=t.right,s=t.bottom,n=t.left):e=i=s=n=t,{top:e,right:i,bottom:s,left:n,disabled:!1===t}}(l(this.options.clip,function(t,e,i){if(!1===i)return!1;const s=Ls(t,i),n=Ls(e,i);return{top:n.end,right:s.end,bottom:n.start,left:s.start}}(e.xScale,e.yScale,this.getMaxOverflow())))}update(t){}draw(){const t=this._ctx,e=this.chart,i=this._cachedMeta,s=i.data||[],n=e.chartArea,o=[],a=this._drawStart||0,r=this._drawCount||s.length-a,l=this.options.drawActiveElementsOnTop;let h;for(i.dataset&&i.dataset.draw(t,n,a,r),h=a;h<a+r;++h){const e=s[h];e.hidden||(e.active&&l?o.push(e):e.draw(t,n))}for(h=0;h<o.length;++h)o[h].draw(t,n)}getStyle(t,e){const i=e?"active":"default";return void 0===t&&this._cachedMeta.dataset?this.resolveDatasetElementOptions(i):this.resolveDataElementOptions(t||0,i)}getContext(t,e,i){const s=this.getDataset();let n;if(t>=0&&t<this._cachedMeta.data.length){const e=this._cachedMeta.data[t];n=e.$context||(e.$context=function(t,e,i){return Ci(t,{active:!1,dataIndex:e,parsed:void 0,raw:void 0,element:i,index:e,mode:"default",type:"data"})}(this.getContext(),t,e)),n.parsed=this.getParsed(t),n.raw=s.data[t],n.index=n.dataIndex=t}else n=this.$context||(this.$context=function(t,e){return Ci(t,{active:!1,dataset:void 0,datasetIndex:e,index:e,mode:"default",type:"dataset"})}(this.chart.getContext(),this.index)),n.dataset=s,n.index=n.datasetIndex=this.index;return n.active=!!e,n.mode=i,n}resolveDatasetElementOptions(t){return this._resolveElementOptions(this.datasetElementType.id,t)}resolveDataElementOptions(t,e){return this._resolveElementOptions(this.dataElementType.id,e,t)}_resolveElementOptions(t,e="default",i){const s="active"===e,n=this._cachedDataOpts,o=t+"-"+e,a=n[o],r=this.enableOptionSharing&&k(i);if(a)return Hs(a,r);const l=this.chart.config,h=l.datasetElementScopeKeys(this._type,t),c=s?[`${t}Hover`,"hover",t,""]:[t,""],d=l.getOptionScopes(this.getDataset(),h),u=Object.keys(ue.elements[t]),f=l.resolveNamedOptions(d,u,(()=>this.getContext(i,s,e)),c);return f.$shared&&(f.$shared=r,n[o]=Object.freeze(Hs(f,r))),f}_resolveAnimations(t,e,i){const s=this.chart,n=this._cachedDataOpts,o=`animation-${e}`,a=n[o];if(a)return a;let r;if(!1!==s.options.animation){const s=this.chart.config,n=s.datasetAnimationScopeKeys(this._type,e),o=s.getOptionScopes(this.getDataset(),n);r=s.createResolver(o,this.getContext(t,i,e))}const l=new Ts(s,r&&r.animations);return r&&r._cacheable&&(n[o]=Object.freeze(l)),l}getSharedOptions(t){if(t.$shared)return this._sharedOptions||(this._sharedOptions=Object.assign({},t))}includeOptions(t,e){return!e||Ws(t)||this.chart._animationsDisabled}_getSharedOptions(t,e){const i=this.resolveDataElementOptions(t,e),s=this._sharedOptions,n=this.getSharedOptions(i),o=this.includeOptions(e,n)||n!==s;return this.updateSharedOptions(n,e,i),{sharedOptions:n,includeOptions:o}}updateElement(t,e,i,s){Ws(s)?Object.assign(t,i):this._resolveAnimations(e,s).update(t,i)}updateSharedOptions(t,e,i){t&&!Ws(e)&&this._resolveAnimations(void 0,e).update(t,i)}_setStyle(t,e,i,s){t.active=s;const n=this.getStyle(e,s);this._resolveAnimations(e,i,s).update(t,{options:!s&&this.getSharedOptions(n)||n})}removeHoverStyle(t,e,i){this._setStyle(t,i,"active",!1)}setHoverStyle(t,e,i){this._setStyle(t,i,"active",!0)}_removeDatasetHoverStyle(){const t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!1)}_setDatasetHoverStyle(){const t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!0)}_resyncElements(t){const e=this._data,i=this._cachedMeta.data;for(const[t,e,i]of this._syncList)this[t](e,i);this._syncList=[];const s=i.length,n=e.length,o=Math.min(n,s);o&&this.parse(0,o),n>s?this._insertElements(s,n-s,t):n<s&&this._removeElements(n,s-n)}_insertElements(t,e,i=!0){const s=this._cachedMeta,n=s.data,o=t+e;let a;const r=t=>{for(t.length+=e,a=t.length-1;a>=o;a--)t[a]=t[a-e]};for(r(n),a=t;a<o;++a)n[a]=new this.dataElementType;this._parsing&&r(s._parsed),this.parse(t,e),i&&this.updateElements(n,t,e,"reset")}updateElements(t,e,i,s){}_removeElements(t,e){const i=this._cachedMeta;if(this._parsing){const s=i._parsed.splice(t,e);i._stacked&&Ns(i,s)}i.data.splice(t,e)}_sync(t){if(this._parsing)this._syncList.push(t);else{const[e,i,s]=t;this[e](i,s)}this.chart._dataChanges.push([this.index,...t])}_onDataPush(){const t=arguments.length;this._sync(["_insertElements",this.getDataset().data.length-t,t])}_onDataPop(){this._sync(["_removeElements",this._cachedMeta.data.length-1,1])}_onDataShift(){this._sync(["_removeElements",0,1])}_onDataSplice(t,e){e&&this._sync(["_removeElements",t,e]);const i=arguments.length-2;i&&this._sync(["_insertElements",t,i])}_onDataUnshift(){this._sync(["_insertElements",0,arguments.length])}}class $s{static defaults={};static defaultRoutes=void 0;x;y;active=!1;options;$animations;tooltipPosition(t){const{x:e,y:i}=this.getProps(["x","y"],t);return{x:e,y:i}}hasValue(){return W(this.x)&&W(this.y)}getProps(t,e){const i=this.$animations;if(!e||!i)return this;const s={};return t.forEach((t=>{s[t]=i[t]&&i[t].active()?i[t]._to:this[t]})),s}}function Ys(t,e){const i=t.options.ticks,n=function(t){const e=t.options.offset,i=t._tickSize(),s=t._length/i+(e?0:1),n=t._maxLength/i;return Math.floor(Math.min(s,n))}(t),o=Math.min(i.maxTicksLimit||n,n),a=i.major.enabled?function(t){const e=[];let i,s;for(i=0,s=t.length;i<s;i++)t[i].major&&e.push(i);return e}(e):[],r=a.length,l=a[0],h=a[r-1],c=[];if(r>o)return function(t,e,i,s){let n,o=0,a=i[0];for(s=Math.ceil(s),n=0;n<t.length;n++)n===a&&(e.push(t[n]),o++,a=i[o*s])}(e,c,a,r/o),c;const d=function(t,e,i){const s=function(t){const e=t.length;let i,s;if(e<2)return!1;for(s=t[0],i=1;i<e;++i)if(t[i]-t[i-1]!==s)return!1;return s}(t),n=e.length/i;if(!s)return Math.max(n,1);const o=N(s);for(let t=0,e=o.length-1;t<e;t++){const e=o[t];if(e>n)return e}return Math.max(n,1)}(a,e,o);if(r>0){let t,i;const n=r>1?Math.round((h-l)/(r-1)):null;for(Us(e,c,d,s(n)?0:l-n,l),t=0,i=r-1;t<i;t++)Us(e,c,d,a[t],a[t+1]);return Us(e,c,d,h,s(n)?e.length:h+n),c}return Us(e,c,d),c}function Us(t,e,i,s,n){const o=l(s,0),a=Math.min(l(n,t.length),t.length);let r,h,c,d=0;for(i=Math.ceil(i),n&&(r=n-s,i=r/Math.floor(r/i)),c=o;c<0;)d++,c=Math.round(o+d*i);for(h=Math.max(o,0);h<a;h++)h===c&&(e.push(t[h]),d++,c=Math.round(o+d*i))}const Xs=(t,e,i)=>"top"===e||"left"===e?t[e]+i:t[e]-i,qs=(t,e)=>Math.min(e||t,t);function Ks(t,e){const i=[],s=t.length/e,n=t.length;let o=0;for(;o<n;o+=s)i.push(t[Math.floor(o)]);return i}function Gs(t,e,i){const s=t.ticks.length,n=Math.min(e,s-1),o=t._startPixel,a=t._endPixel,r=1e-6;let l,h=t.getPixelForTick(n);if(!(i&&(l=1===s?Math.max(h-o,a-h):0===e?(t.getPixelForTick(1)-h)/2:(h-t.getPixelForTick(n-1))/2,h+=n<e?l:-l,h<o-r||h>a+r)))return h}function Js(t){return t.drawTicks?t.tickLength:0}function Zs(t,e){if(!t.display)return 0;const i=Si(t.font,e),s=ki(t.padding);return(n(t.text)?t.text.length:1)*i.lineHeight+s.height}function Qs(t,e,i){let s=ut(t);return(i&&"right"!==e||!i&&"right"===e)&&(s=(t=>"left"===t?"right":"right"===t?"left":t)(s)),s}class tn extends $s{constructor(t){super(),this.id=t.id,this.type=t.type,this.options=void 0,this.ctx=t.ctx,this.chart=t.chart,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this._margins={left:0,right:0,top:0,bottom:0},this.maxWidth=void 0,this.maxHeight=void 0,this.paddingTop=void 0,this.paddingBottom=void 0,this.paddingLeft=void 0,this.paddingRight=void 0,this.axis=void 0,this.labelRotation=void 0,this.min=void 0,this.max=void 0,this._range=void 0,this.ticks=[],this._gridLineItems=null,this._labelItems=null,this._labelSizes=null,this._length=0,this._maxLength=0,this._longestTextCache={},this._startPixel=void 0,this._endPixel=void 0,this._reversePixels=!1,this._userMax=void 0,this._userMin=void 0,this._suggestedMax=void 0,this._suggestedMin=void 0,this._ticksLength=0,this._borderValue=0,this._cache={},this._dataLimitsCached=!1,this.$context=void 0}init(t){this.options=t.setContext(this.getContext()),this.axis=t.axis,this._userMin=this.parse(t.min),this._userMax=this.parse(t.max),this._suggestedMin=this.parse(t.suggestedMin),this._suggestedMax=this.parse(t.suggestedMax)}parse(t,e){return t}getUserBounds(){let{_userMin:t,_userMax:e,_suggestedMin:i,_suggestedMax:s}=this;return t=r(t,Number.POSITIVE_INFINITY),e=r(e,Number.NEGATIVE_INFINITY),i=r(i,Number.POSITIVE_INFINITY),s=r(s,Number.NEGATIVE_INFINITY),{min:r(t,i),max:r(e,s),minDefined:a(t),maxDefined:a(e)}}getMinMax(t){let e,{min:i,max:s,minDefined:n,maxDefined:o}=this.getUserBounds();if(n&&o)return{min:i,max:s};const a=this.getMatchingVisibleMetas();for(let r=0,l=a.length;r<l;++r)e=a[r].controller.getMinMax(this,t),n||(i=Math.min(i,e.min)),o||(s=Math.max(s,e.max));return i=o&&i>s?s:i,s=n&&i>s?i:s,{min:r(i,r(s,i)),max:r(s,r(i,s))}}getPadding(){return{left:this.paddingLeft||0,top:this.paddingTop||0,right:this.paddingRight||0,bottom:this.paddingBottom||0}}getTicks(){return this.ticks}getLabels(){const t=this.chart.data;return this.options.labels||(this.isHorizontal()?t.xLabels:t.yLabels)||t.labels||[]}getLabelItems(t=this.chart.chartArea){return this._labelItems||(this._labelItems=this._computeLabelItems(t))}beforeLayout(){this._cache={},this._dataLimitsCached=!1}beforeUpdate(){d(this.options.beforeUpdate,[this])}update(t,e,i){const{beginAtZero:s,grace:n,ticks:o}=this.options,a=o.sampleSize;this.beforeUpdate(),this.maxWidth=t,this.maxHeight=e,this._margins=i=Object.assign({left:0,right:0,top:0,bottom:0},i),this.ticks=null,this._labelSizes=null,this._gridLineItems=null,this._labelItems=null,this.beforeSetDimensions(),this.setDimensions(),this.afterSetDimensions(),this._maxLength=this.isHorizontal()?this.width+i.left+i.right:this.height+i.top+i.bottom,this._dataLimitsCached||(this.beforeDataLimits(),this.determineDataLimits(),this.afterDataLimits(),this._range=Di(this,n,s),this._dataLimitsCached=!0),this.beforeBuildTicks(),this.ticks=this.buildTicks()||[],this.afterBuildTicks();const r=a<this.ticks.length;this._convertTicksToLabels(r?Ks(this.ticks,a):this.ticks),this.configure(),this.beforeCalculateLabelRotation(),this.calculateLabelRotation(),this.afterCalculateLabelRotation(),o.display&&(o.autoSkip||"auto"===o.source)&&(this.ticks=Ys(this,this.ticks),this._labelSizes=null,this.afterAutoSkip()),r&&this._convertTicksToLabels(this.ticks),this.beforeFit(),this.fit(),this.afterFit(),this.afterUpdate()}configure(){let t,e,i=this.options.reverse;this.isHorizontal()?(t=this.left,e=this.right):(t=this.top,e=this.bottom,i=!i),this._startPixel=t,this._endPixel=e,this._reversePixels=i,this._length=e-t,this._alignToPixels=this.options.alignToPixels}afterUpdate(){d(this.options.afterUpdate,[this])}beforeSetDimensions(){d(this.options.beforeSetDimensions,[this])}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=0,this.right=this.width):(this.height=this.maxHeight,this.top=0,this.bottom=this.height),this.paddingLeft=0,this.paddingTop=0,this.paddingRight=0,this.paddingBottom=0}afterSetDimensions(){d(this.options.afterSetDimensions,[this])}_callHooks(t){this.chart.notifyPlugins(t,this.getContext()),d(this.options[t],[this])}beforeDataLimits(){this._callHooks("beforeDataLimits")}determineDataLimits(){}afterDataLimits(){this._callHooks("afterDataLimits")}beforeBuildTicks(){this._callHooks("beforeBuildTicks")}buildTicks(){return[]}afterBuildTicks(){this._callHooks("afterBuildTicks")}beforeTickToLabelConversion(){d(this.options.beforeTickToLabelConversion,[this])}generateTickLabels(t){const e=this.options.ticks;let i,s,n;for(i=0,s=t.length;i<s;i++)n=t[i],n.label=d(e.callback,[n.value,i,t],this)}afterTickToLabelConversion(){d(this.options.afterTickToLabelConversion,[this])}beforeCalculateLabelRotation(){d(this.options.beforeCalculateLabelRotation,[this])}calculateLabelRotation(){const t=this.options,e=t.ticks,i=qs(this.ticks.length,t.ticks.maxTicksLimit),s=e.minRotation||0,n=e.maxRotation;let o,a,r,l=s;if(!this._isVisible()||!e.display||s>=n||i<=1||!this.isHorizontal())return void(this.labelRotation=s);const h=this._getLabelSizes(),c=h.widest.width,d=h.highest.height,u=Z(this.chart.width-c,0,this.maxWidth);o=t.offset?this.maxWidth/i:u/(i-1),c+6>o&&(o=u/(i-(t.offset?.5:1)),a=this.maxHeight-Js(t.grid)-e.padding-Zs(t.title,this.chart.options.font),r=Math.sqrt(c*c+d*d),l=Y(Math.min(Math.asin(Z((h.highest.height+6)/o,-1,1)),Math.asin(Z(a/r,-1,1))-Math.asin(Z(d/r,-1,1)))),l=Math.max(s,Math.min(n,l))),this.labelRotation=l}afterCalculateLabelRotation(){d(this.options.afterCalculateLabelRotation,[this])}afterAutoSkip(){}beforeFit(){d(this.options.beforeFit,[this])}fit(){const t={width:0,height:0},{chart:e,options:{ticks:i,title:s,grid:n}}=this,o=this._isVisible(),a=this.isHorizontal();if(o){const o=Zs(s,e.options.font);if(a?(t.width=this.maxWidth,t.height=Js(n)+o):(t.height=this.maxHeight,t.width=Js(n)+o),i.display&&this.ticks.length){const{first:e,last:s,widest:n,highest:o}=this._getLabelSizes(),r=2*i.padding,l=$(this.labelRotation),h=Math.cos(l),c=Math.sin(l);if(a){const e=i.mirror?0:c*n.width+h*o.height;t.height=Math.min(this.maxHeight,t.height+e+r)}else{const e=i.mirror?0:h*n.width+c*o.height;t.width=Math.min(this.maxWidth,t.width+e+r)}this._calculatePadding(e,s,c,h)}}this._handleMargins(),a?(this.width=this._length=e.width-this._margins.left-this._margins.right,this.height=t.height):(this.width=t.width,this.height=this._length=e.height-this._margins.top-this._margins.bottom)}_calculatePadding(t,e,i,s){const{ticks:{align:n,padding:o},position:a}=this.options,r=0!==this.labelRotation,l="top"!==a&&"x"===this.axis;if(this.isHorizontal()){const a=this.getPixelForTick(0)-this.left,h=this.right-this.getPixelForTick(this.ticks.length-1);let c=0,d=0;r?l?(c=s*t.width,d=i*e.height):(c=i*t.height,d=s*e.width):"start"===n?d=e.width:"end"===n?c=t.width:"inner"!==n&&(c=t.width/2,d=e.width/2),this.paddingLeft=Math.max((c-a+o)*this.width/(this.width-a),0),this.paddingRight=Math.max((d-h+o)*this.width/(this.width-h),0)}else{let i=e.height/2,s=t.height/2;"start"===n?(i=0,s=t.height):"end"===n&&(i=e.height,s=0),this.paddingTop=i+o,this.paddingBottom=s+o}}_handleMargins(){this._margins&&(this._margins.left=Math.max(this.paddingLeft,this._margins.left),this._margins.top=Math.max(this.paddingTop,this._margins.top),this._margins.right=Math.max(this.paddingRight,this._margins.right),this._margins.bottom=Math.max(this.paddingBottom,this._margins.bottom))}afterFit(){d(this.options.afterFit,[this])}isHorizontal(){const{axis:t,position:e}=this.options;return"top"===e||"bottom"===e||"x"===t}isFullSize(){return this.options.fullSize}_convertTicksToLabels(t){let e,i;for(this.beforeTickToLabelConversion(),this.generateTickLabels(t),e=0,i=t.length;e<i;e++)s(t[e].label)&&(t.splice(e,1),i--,e--);this.afterTickToLabelConversion()}_getLabelSizes(){let t=this._labelSizes;if(!t){const e=this.options.ticks.sampleSize;let i=this.ticks;e<i.length&&(i=Ks(i,e)),this._labelSizes=t=this._computeLabelSizes(i,i.length,this.options.ticks.maxTicksLimit)}return t}_computeLabelSizes(t,e,i){const{ctx:o,_longestTextCache:a}=this,r=[],l=[],h=Math.floor(e/qs(e,i));let c,d,f,g,p,m,x,b,_,y,v,M=0,w=0;for(c=0;c<e;c+=h){if(g=t[c].label,p=this._resolveTickFontOptions(c),o.font=m=p.string,x=a[m]=a[m]||{data:{},gc:[]},b=p.lineHeight,_=y=0,s(g)||n(g)){if(n(g))for(d=0,f=g.length;d<f;++d)v=g[d],s(v)||n(v)||(_=Ce(o,x.data,x.gc,_,v),y+=b)}else _=Ce(o,x.data,x.gc,_,g),y=b;r.push(_),l.push(y),M=Math.max(_,M),w=Math.max(y,w)}!function(t,e){u(t,(t=>{const i=t.gc,s=i.length/2;let n;if(s>e){for(n=0;n<s;++n)delete t.data[i[n]];i.splice(0,s)}}))}(a,e);const k=r.indexOf(M),S=l.indexOf(w),P=t=>({width:r[t]||0,height:l[t]||0});return{first:P(0),last:P(e-1),widest:P(k),highest:P(S),widths:r,heights:l}}getLabelForValue(t){return t}getPixelForValue(t,e){return NaN}getValueForPixel(t){}getPixelForTick(t){const e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getPixelForDecimal(t){this._reversePixels&&(t=1-t);const e=this._startPixel+t*this._length;return Q(this._alignToPixels?Ae(this.chart,e,0):e)}getDecimalForPixel(t){const e=(t-this._startPixel)/this._length;return this._reversePixels?1-e:e}getBasePixel(){return this.getPixelForValue(this.getBaseValue())}getBaseValue(){const{min:t,max:e}=this;return t<0&&e<0?e:t>0&&e>0?t:0}getContext(t){const e=this.ticks||[];if(t>=0&&t<e.length){const i=e[t];return i.$context||(i.$context=function(t,e,i){return Ci(t,{tick:i,index:e,type:"tick"})}(this.getContext(),t,i))}return this.$context||(this.$context=Ci(this.chart.getContext(),{scale:this,type:"scale"}))}_tickSize(){const t=this.options.ticks,e=$(this.labelRotation),i=Math.abs(Math.cos(e)),s=Math.abs(Math.sin(e)),n=this._getLabelSizes(),o=t.autoSkipPadding||0,a=n?n.widest.width+o:0,r=n?n.highest.height+o:0;return this.isHorizontal()?r*i>a*s?a/i:r/s:r*s<a*i?r/i:a/s}_isVisible(){const t=this.options.display;return"auto"!==t?!!t:this.getMatchingVisibleMetas().length>0}_computeGridLineItems(t){const e=this.axis,i=this.chart,s=this.options,{grid:n,position:a,border:r}=s,h=n.offset,c=this.isHorizontal(),d=this.ticks.length+(h?1:0),u=Js(n),f=[],g=r.setContext(this.getContext()),p=g.display?g.width:0,m=p/2,x=function(t){return Ae(i,t,p)};let b,_,y,v,M,w,k,S,P,D,C,O;if("top"===a)b=x(this.bottom),w=this.bottom-u,S=b-m,D=x(t.top)+m,O=t.bottom;else if("bottom"===a)b=x(this.top),D=t.top,O=x(t.bottom)-m,w=b+m,S=this.top+u;else if("left"===a)b=x(this.right),M=this.right-u,k=b-m,P=x(t.left)+m,C=t.right;else if("right"===a)b=x(this.left),P=t.left,C=x(t.right)-m,M=b+m,k=this.left+u;else if("x"===e){if("center"===a)b=x((t.top+t.bottom)/2+.5);else if(o(a)){const t=Object.keys(a)[0],e=a[t];b=x(this.chart.scales[t].getPixelForValue(e))}D=t.top,O=t.bottom,w=b+m,S=w+u}else if("y"===e){if("center"===a)b=x((t.left+t.right)/2);else if(o(a)){const t=Object.keys(a)[0],e=a[t];b=x(this.chart.scales[t].getPixelForValue(e))}M=b-m,k=M-u,P=t.left,C=t.right}const A=l(s.ticks.maxTicksLimit,d),T=Math.max(1,Math.ceil(d/A));for(_=0;_<d;_+=T){const t=this.getContext(_),e=n.setContext(t),s=r.setContext(t),o=e.lineWidth,a=e.color,l=s.dash||[],d=s.dashOffset,u=e.tickWidth,g=e.tickColor,p=e.tickBorderDash||[],m=e.tickBorderDashOffset;y=Gs(this,_,h),void 0!==y&&(v=Ae(i,y,o),c?M=k=P=C=v:w=S=D=O=v,f.push({tx1:M,ty1:w,tx2:k,ty2:S,x1:P,y1:D,x2:C,y2:O,width:o,color:a,borderDash:l,borderDashOffset:d,tickWidth:u,tickColor:g,tickBorderDash:p,tickBorderDashOffset:m}))}return this._ticksLength=d,this._borderValue=b,f}_computeLabelItems(t){const e=this.axis,i=this.options,{position:s,ticks:a}=i,r=this.isHorizontal(),l=this.ticks,{align:h,crossAlign:c,padding:d,mirror:u}=a,f=Js(i.grid),g=f+d,p=u?-d:g,m=-$(this.labelRotation),x=[];let b,_,y,v,M,w,k,S,P,D,C,O,A="middle";if("top"===s)w=this.bottom-p,k=this._getXAxisLabelAlignment();else if("bottom"===s)w=this.top+p,k=this._getXAxisLabelAlignment();else if("left"===s){const t=this._getYAxisLabelAlignment(f);k=t.textAlign,M=t.x}else if("right"===s){const t=this._getYAxisLabelAlignment(f);k=t.textAlign,M=t.x}else if("x"===e){if("center"===s)w=(t.top+t.bottom)/2+g;else if(o(s)){const t=Object.keys(s)[0],e=s[t];w=this.chart.scales[t].getPixelForValue(e)+g}k=this._getXAxisLabelAlignment()}else if("y"===e){if("center"===s)M=(t.left+t.right)/2-g;else if(o(s)){const t=Object.keys(s)[0],e=s[t];M=this.chart.scales[t].getPixelForValue(e)}k=this._getYAxisLabelAlignment(f).textAlign}"y"===e&&("start"===h?A="top":"end"===h&&(A="bottom"));const T=this._getLabelSizes();for(b=0,_=l.length;b<_;++b){y=l[b],v=y.label;const t=a.setContext(this.getContext(b));S=this.getPixelForTick(b)+a.labelOffset,P=this._resolveTickFontOptions(b),D=P.lineHeight,C=n(v)?v.length:1;const e=C/2,i=t.color,o=t.textStrokeColor,h=t.textStrokeWidth;let d,f=k;if(r?(M=S,"inner"===k&&(f=b===_-1?this.options.reverse?"left":"right":0===b?this.options.reverse?"right":"left":"center"),O="top"===s?"near"===c||0!==m?-C*D+D/2:"center"===c?-T.highest.height/2-e*D+D:-T.highest.height+D/2:"near"===c||0!==m?D/2:"center"===c?T.highest.height/2-e*D:T.highest.height-C*D,u&&(O*=-1),0===m||t.showLabelBackdrop||(M+=D/2*Math.sin(m))):(w=S,O=(1-C)*D/2),t.showLabelBackdrop){const e=ki(t.backdropPadding),i=T.heights[b],s=T.widths[b];let n=O-e.top,o=0-e.left;switch(A){case"middle":n-=i/2;break;case"bottom":n-=i}switch(k){case"center":o-=s/2;break;case"right":o-=s;break;case"inner":b===_-1?o-=s:b>0&&(o-=s/2)}d={left:o,top:n,width:s+e.width,height:i+e.height,color:t.backdropColor}}x.push({label:v,font:P,textOffset:O,options:{rotation:m,color:i,strokeColor:o,strokeWidth:h,textAlign:f,textBaseline:A,translation:[M,w],backdrop:d}})}return x}_getXAxisLabelAlignment(){const{position:t,ticks:e}=this.options;if(-$(this.labelRotation))return"top"===t?"left":"right";let i="center";return"start"===e.align?i="left":"end"===e.align?i="right":"inner"===e.align&&(i="inner"),i}_getYAxisLabelAlignment(t){const{position:e,ticks:{crossAlign:i,mirror:s,padding:n}}=this.options,o=t+n,a=this._getLabelSizes().widest.width;let r,l;return"left"===e?s?(l=this.right+n,"near"===i?r="left":"center"===i?(r="center",l+=a/2):(r="right",l+=a)):(l=this.right-o,"near"===i?r="right":"center"===i?(r="center",l-=a/2):(r="left",l=this.left)):"right"===e?s?(l=this.left+n,"near"===i?r="right":"center"===i?(r="center",l-=a/2):(r="left",l-=a)):(l=this.left+o,"near"===i?r="left":"center"===i?(r="center",l+=a/2):(r="right",l=this.right)):r="right",{textAlign:r,x:l}}_computeLabelArea(){if(this.options.ticks.mirror)return;const t=this.chart,e=this.options.position;return"left"===e||"right"===e?{top:0,left:this.left,bottom:t.height,right:this.right}:"top"===e||"bottom"===e?{top:this.top,left:0,bottom:this.bottom,right:t.width}:void 0}drawBackground(){const{ctx:t,options:{backgroundColor:e},left:i,top:s,width:n,height:o}=this;e&&(t.save(),t.fillStyle=e,t.fillRect(i,s,n,o),t.restore())}getLineWidthForValue(t){const e=this.options.grid;if(!this._isVisible()||!e.display)return 0;const i=this.ticks.findIndex((e=>e.value===t));if(i>=0){return e.setContext(this.getContext(i)).lineWidth}return 0}drawGrid(t){const e=this.options.grid,i=this.ctx,s=this._gridLineItems||(this._gridLineItems=this._computeGridLineItems(t));let n,o;const a=(t,e,s)=>{s.width&&s.color&&(i.save(),i.lineWidth=s.width,i.strokeStyle=s.color,i.setLineDash(s.borderDash||[]),i.lineDashOffset=s.borderDashOffset,i.beginPath(),i.moveTo(t.x,t.y),i.lineTo(e.x,e.y),i.stroke(),i.restore())};if(e.display)for(n=0,o=s.length;n<o;++n){const t=s[n];e.drawOnChartArea&&a({x:t.x1,y:t.y1},{x:t.x2,y:t.y2},t),e.drawTicks&&a({x:t.tx1,y:t.ty1},{x:t.tx2,y:t.ty2},{color:t.tickColor,width:t.tickWidth,borderDash:t.tickBorderDash,borderDashOffset:t.tickBorderDashOffset})}}drawBorder(){const{chart:t,ctx:e,options:{border:i,grid:s}}=this,n=i.setContext(this.getContext()),o=i.display?n.width:0;if(!o)return;const a=s.setContext(this.getContext(0)).lineWidth,r=this._borderValue;let l,h,c,d;this.isHorizontal()?(l=Ae(t,this.left,o)-o/2,h=Ae(t,this.right,a)+a/2,c=d=r):(c=Ae(t,this.top,o)-o/2,d=Ae(t,this.bottom,a)+a/2,l=h=r),e.save(),e.lineWidth=n.width,e.strokeStyle=n.color,e.beginPath(),e.moveTo(l,c),e.lineTo(h,d),e.stroke(),e.restore()}drawLabels(t){if(!this.options.ticks.display)return;const e=this.ctx,i=this._computeLabelArea();i&&Ie(e,i);const s=this.getLabelItems(t);for(const t of s){const i=t.options,s=t.font;We(e,t.label,0,t.textOffset,s,i)}i&&ze(e)}drawTitle(){const{ctx:t,options:{position:e,title:i,reverse:s}}=this;if(!i.display)return;const a=Si(i.font),r=ki(i.padding),l=i.align;let h=a.lineHeight/2;"bottom"===e||"center"===e||o(e)?(h+=r.bottom,n(i.text)&&(h+=a.lineHeight*(i.text.length-1))):h+=r.top;const{titleX:c,titleY:d,maxWidth:u,rotation:f}=function(t,e,i,s){const{top:n,left:a,bottom:r,right:l,chart:h}=t,{chartArea:c,scales:d}=h;let u,f,g,p=0;const m=r-n,x=l-a;if(t.isHorizontal()){if(f=ft(s,a,l),o(i)){const t=Object.keys(i)[0],s=i[t];g=d[t].getPixelForValue(s)+m-e}else g="center"===i?(c.bottom+c.top)/2+m-e:Xs(t,i,e);u=l-a}else{if(o(i)){const t=Object.keys(i)[0],s=i[t];f=d[t].getPixelForValue(s)-x+e}else f="center"===i?(c.left+c.right)/2-x+e:Xs(t,i,e);g=ft(s,r,n),p="left"===i?-E:E}return{titleX:f,titleY:g,maxWidth:u,rotation:p}}(this,h,e,l);We(t,i.text,0,0,a,{color:i.color,maxWidth:u,rotation:f,textAlign:Qs(l,e,s),textBaseline:"middle",translation:[c,d],strokeColor:i.strokeColor,strokeWidth:i.strokeWidth})}draw(t){this._isVisible()&&(this.drawBackground(),this.drawGrid(t),this.drawBorder(),this.drawTitle(),this.drawLabels(t))}_layers(){const t=this.options,e=t.ticks&&t.ticks.z||0,i=l(t.grid&&t.grid.z,-1),s=l(t.border&&t.border.z,0);return this._isVisible()&&this.draw===tn.prototype.draw?[{z:i,draw:t=>{this.drawBackground(),this.drawGrid(t),this.drawTitle()}},{z:s,draw:()=>{this.drawBorder()}},{z:e,draw:t=>{this.drawLabels(t)}}]:[{z:e,draw:t=>{this.draw(t)}}]}getMatchingVisibleMetas(t){const e=this.chart.getSortedVisibleDatasetMetas(),i=this.axis+"AxisID",s=[];let n,o;for(n=0,o=e.length;n<o;++n){const o=e[n];o[i]!==this.id||t&&o.type!==t||s.push(o)}return s}_resolveTickFontOptions(t){return Si(this.options.ticks.setContext(this.getContext(t)).font)}_maxDigits(){const t=this._resolveTickFontOptions(0).lineHeight;return(this.isHorizontal()?this.width:this.height)/t}}class en{constructor(t,e,i){this.type=t,this.scope=e,this.override=i,this.items=Object.create(null)}isForType(t){return Object.prototype.isPrototypeOf.call(this.type.prototype,t.prototype)}register(t){const e=Object.getPrototypeOf(t);let i;(function(t){return"id"in t&&"defaults"in t})(e)&&(i=this.register(e));const s=this.items,n=t.id,o=this.scope+"."+n;if(!n)throw new Error("class does not have id: "+t);return n in s||(s[n]=t,function(t,e,i){const s=x(Object.create(null),[i?ue.get(i):{},ue.get(e),t.defaults]);ue.set(e,s),t.defaultRoutes&&function(t,e){Object.keys(e).forEach((i=>{const s=i.split("."),n=s.pop(),o=[t].concat(s).join("."),a=e[i].split("."),r=a.pop(),l=a.join(".");ue.route(o,n,l,r)}))}(e,t.defaultRoutes);t.descriptors&&ue.describe(e,t.descriptors)}(t,o,i),this.override&&ue.override(t.id,t.overrides)),o}get(t){return this.items[t]}unregister(t){const e=this.items,i=t.id,s=this.scope;i in e&&delete e[i],s&&i in ue[s]&&(delete ue[s][i],this.override&&delete re[i])}}class sn{constructor(){this.controllers=new en(js,"datasets",!0),this.elements=new en($s,"elements"),this.plugins=new en(Object,"plugins"),this.scales=new en(tn,"scales"),this._typedRegistries=[this.controllers,this.scales,this.elements]}add(...t){this._each("register",t)}remove(...t){this._each("unregister",t)}addControllers(...t){this._each("register",t,this.controllers)}addElements(...t){this._each("register",t,this.elements)}addPlugins(...t){this._each("register",t,this.plugins)}addScales(...t){this._each("register",t,this.scales)}getController(t){return this._get(t,this.controllers,"controller")}getElement(t){return this._get(t,this.elements,"element")}getPlugin(t){return this._get(t,this.plugins,"plugin")}getScale(t){return this._get(t,this.scales,"scale")}removeControllers(...t){this._each("unregister",t,this.controllers)}removeElements(...t){this._each("unregister",t,this.elements)}removePlugins(...t){this._each("unregister",t,this.plugins)}removeScales(...t){this._each("unregister",t,this.scales)}_each(t,e,i){[...e].forEach((e=>{const s=i||this._getRegistryForType(e);i||s.isForType(e)||s===this.plugins&&e.id?this._exec(t,s,e):u(e,(e=>{const s=i||this._getRegistryForType(e);this._exec(t,s,e)}))}))}_exec(t,e,i){const s=w(t);d(i["before"+s],[],i),e[t](i),d(i["after"+s],[],i)}_getRegistryForType(t){for(let e=0;e<this._typedRegistries.length;e++){const i=this._typedRegistries[e];if(i.isForType(t))return i}return this.plugins}_get(t,e,i){const s=e.get(t);if(void 0===s)throw new Error(\'"\'+t+\'" is not a registered \'+i+".");return s}}var nn=new sn;class on{constructor(){this._init=void 0}notify(t,e,i,s){if("beforeInit"===e&&(this._init=this._createDescriptors(t,!0),this._notify(this._init,t,"install")),void 0===this._init)return;const n=s?this._descriptors(t).filter(s):this._descriptors(t),o=this._notify(n,t,e,i);return"afterDestroy"===e&&(this._notify(n,t,"stop"),this._notify(this._init,t,"uninstall"),this._init=void 0),o}_notify(t,e,i,s){s=s||{};for(const n of t){const t=n.plugin;if(!1===d(t[i],[e,s,n.options],t)&&s.cancelable)return!1}return!0}invalidate(){s(this._cache)||(this._oldCache=this._cache,this._cache=void 0)}_descriptors(t){if(this._cache)return this._cache;const e=this._cache=this._createDescriptors(t);return this._notifyStateChanges(t),e}_createDescriptors(t,e){const i=t&&t.config,s=l(i.options&&i.options.plugins,{}),n=function(t){const e={},i=[],s=Object.keys(nn.plugins.items);for(let t=0;t<s.length;t++)i.push(nn.getPlugin(s[t]));const n=t.plugins||[];for(let t=0;t<n.length;t++){const s=n[t];-1===i.indexOf(s)&&(i.push(s),e[s.id]=!0)}return{plugins:i,localIds:e}}(i);return!1!==s||e?function(t,{plugins:e,localIds:i},s,n){const o=[],a=t.getContext();for(const r of e){const e=r.id,l=an(s[e],n);null!==l&&o.push({plugin:r,options:rn(t.config,{plugin:r,local:i[e]},l,a)})}return o}(t,n,s,e):[]}_notifyStateChanges(t){const e=this._oldCache||[],i=this._cache,s=(t,e)=>t.filter((t=>!e.some((e=>t.plugin.id===e.plugin.id))));this._notify(s(e,i),t,"stop"),this._notify(s(i,e),t,"start")}}function an(t,e){return e||!1!==t?!0===t?{}:t:null}function rn(t,{plugin:e,local:i},s,n){const o=t.pluginScopeKeys(e),a=t.getOptionScopes(s,o);return i&&e.defaults&&a.push(e.defaults),t.createResolver(a,n,[""],{scriptable:!1,indexable:!1,allKeys:!0})}function ln(t,e){const i=ue.datasets[t]||{};return((e.datasets||{})[t]||{}).indexAxis||e.indexAxis||i.indexAxis||"x"}function hn(t){if("x"===t||"y"===t||"r"===t)return t}function cn(t,...e){if(hn(t))return t;for(const s of e){const e=s.axis||("top"===(i=s.position)||"bottom"===i?"x":"left"===i||"right"===i?"y":void 0)||t.length>1&&hn(t[0].toLowerCase());if(e)return e}var i;throw new Error(`Cannot determine type of \'${t}\' axis. Please provide \'axis\' or \'position\' option.`)}function dn(t,e,i){if(i[e+"AxisID"]===t)return{axis:e}}function un(t,e){const i=re[t.type]||{scales:{}},s=e.scales||{},n=ln(t.type,e),a=Object.create(null);return Object.keys(s).forEach((e=>{const r=s[e];if(!o(r))return console.error(`Invalid scale configuration for scale: ${e}`);if(r._proxy)return console.warn(`Ignoring resolver passed as options for scale: ${e}`);const l=cn(e,r,function(t,e){if(e.data&&e.data.datasets){const i=e.data.datasets.filter((e=>e.xAxisID===t||e.yAxisID===t));if(i.length)return dn(t,"x",i[0])||dn(t,"y",i[0])}return{}}(e,t),ue.scales[r.type]),h=function(t,e){return t===e?"_index_":"_value_"}(l,n),c=i.scales||{};a[e]=b(Object.create(null),[{axis:l},r,c[l],c[h]])})),t.data.datasets.forEach((i=>{const n=i.type||t.type,o=i.indexAxis||ln(n,e),r=(re[n]||{}).scales||{};Object.keys(r).forEach((t=>{const e=function(t,e){let i=t;return"_index_"===t?i=e:"_value_"===t&&(i="x"===e?"y":"x"),i}(t,o),n=i[e+"AxisID"]||e;a[n]=a[n]||Object.create(null),b(a[n],[{axis:e},s[n],r[t]])}))})),Object.keys(a).forEach((t=>{const e=a[t];b(e,[ue.scales[e.type],ue.scale])})),a}function fn(t){const e=t.options||(t.options={});e.plugins=l(e.plugins,{}),e.scales=un(t,e)}function gn(t){return(t=t||{}).datasets=t.datasets||[],t.labels=t.labels||[],t}const pn=new Map,mn=new Set;function xn(t,e){let i=pn.get(t);return i||(i=e(),pn.set(t,i),mn.add(i)),i}const bn=(t,e,i)=>{const s=M(e,i);void 0!==s&&t.add(s)};class _n{constructor(t){this._config=function(t){return(t=t||{}).data=gn(t.data),fn(t),t}(t),this._scopeCache=new Map,this._resolverCache=new Map}get platform(){return this._config.platform}get type(){return this._config.type}set type(t){this._config.type=t}get data(){return this._config.data}set data(t){this._config.data=gn(t)}get options(){return this._config.options}set options(t){this._config.options=t}get plugins(){return this._config.plugins}update(){const t=this._config;this.clearCache(),fn(t)}clearCache(){this._scopeCache.clear(),this._resolverCache.clear()}datasetScopeKeys(t){return xn(t,(()=>[[`datasets.${t}`,""]]))}datasetAnimationScopeKeys(t,e){return xn(`${t}.transition.${e}`,(()=>[[`datasets.${t}.transitions.${e}`,`transitions.${e}`],[`datasets.${t}`,""]]))}datasetElementScopeKeys(t,e){return xn(`${t}-${e}`,(()=>[[`datasets.${t}.elements.${e}`,`datasets.${t}`,`elements.${e}`,""]]))}pluginScopeKeys(t){const e=t.id;return xn(`${this.type}-plugin-${e}`,(()=>[[`plugins.${e}`,...t.additionalOptionScopes||[]]]))}_cachedScopes(t,e){const i=this._scopeCache;let s=i.get(t);return s&&!e||(s=new Map,i.set(t,s)),s}getOptionScopes(t,e,i){const{options:s,type:n}=this,o=this._cachedScopes(t,i),a=o.get(e);if(a)return a;const r=new Set;e.forEach((e=>{t&&(r.add(t),e.forEach((e=>bn(r,t,e)))),e.forEach((t=>bn(r,s,t))),e.forEach((t=>bn(r,re[n]||{},t))),e.forEach((t=>bn(r,ue,t))),e.forEach((t=>bn(r,le,t)))}));const l=Array.from(r);return 0===l.length&&l.push(Object.create(null)),mn.has(e)&&o.set(e,l),l}chartOptionScopes(){const{options:t,type:e}=this;return[t,re[e]||{},ue.datasets[e]||{},{type:e},ue,le]}resolveNamedOptions(t,e,i,s=[""]){const o={$shared:!0},{resolver:a,subPrefixes:r}=yn(this._resolverCache,t,s);let l=a;if(function(t,e){const{isScriptable:i,isIndexable:s}=Ye(t);for(const o of e){const e=i(o),a=s(o),r=(a||e)&&t[o];if(e&&(S(r)||vn(r))||a&&n(r))return!0}return!1}(a,e)){o.$shared=!1;l=$e(a,i=S(i)?i():i,this.createResolver(t,i,r))}for(const t of e)o[t]=l[t];return o}createResolver(t,e,i=[""],s){const{resolver:n}=yn(this._resolverCache,t,i);return o(e)?$e(n,e,void 0,s):n}}function yn(t,e,i){let s=t.get(e);s||(s=new Map,t.set(e,s));const n=i.join();let o=s.get(n);if(!o){o={resolver:je(e,i),subPrefixes:i.filter((t=>!t.toLowerCase().includes("hover")))},s.set(n,o)}return o}const vn=t=>o(t)&&Object.getOwnPropertyNames(t).some((e=>S(t[e])));const Mn=["top","bottom","left","right","chartArea"];function wn(t,e){return"top"===t||"bottom"===t||-1===Mn.indexOf(t)&&"x"===e}function kn(t,e){return function(i,s){return i[t]===s[t]?i[e]-s[e]:i[t]-s[t]}}function Sn(t){const e=t.chart,i=e.options.animation;e.notifyPlugins("afterRender"),d(i&&i.onComplete,[t],e)}function Pn(t){const e=t.chart,i=e.options.animation;d(i&&i.onProgress,[t],e)}function Dn(t){return fe()&&"string"==typeof t?t=document.getElementById(t):t&&t.length&&(t=t[0]),t&&t.canvas&&(t=t.canvas),t}const Cn={},On=t=>{const e=Dn(t);return Object.values(Cn).filter((t=>t.canvas===e)).pop()};function An(t,e,i){const s=Object.keys(t);for(const n of s){const s=+n;if(s>=e){const o=t[n];delete t[n],(i>0||s>e)&&(t[s+i]=o)}}}class Tn{static defaults=ue;static instances=Cn;static overrides=re;static registry=nn;static version="4.6.1";static getChart=On;static register(...t){nn.add(...t),Ln()}static unregister(...t){nn.remove(...t),Ln()}constructor(t,e){const s=this.config=new _n(e),n=Dn(t),o=On(n);if(o)throw new Error("Canvas is already in use. Chart with ID \'"+o.id+"\' must be destroyed before the canvas with ID \'"+o.canvas.id+"\' can be reused.");const a=s.createResolver(s.chartOptionScopes(),this.getContext());this.platform=new(s.platform||Ps(n)),this.platform.updateConfig(s);const r=this.platform.acquireContext(n,a.aspectRatio),l=r&&r.canvas,h=l&&l.height,c=l&&l.width;this.id=i(),this.ctx=r,this.canvas=l,this.width=c,this.height=h,this._options=a,this._aspectRatio=this.aspectRatio,this._layers=[],this._metasets=[],this._stacks=void 0,this.boxes=[],this.currentDevicePixelRatio=void 0,this.chartArea=void 0,this._active=[],this._lastEvent=void 0,this._listeners={},this._responsiveListeners=void 0,this._sortedMetasets=[],this.scales={},this._plugins=new on,this.$proxies={},this._hiddenIndices={},this.attached=!1,this._animationsDisabled=void 0,this.$context=void 0,this._doResize=dt((t=>this.update(t)),a.resizeDelay||0),this._dataChanges=[],Cn[this.id]=this,r&&l?(bt.listen(this,"complete",Sn),bt.listen(this,"progress",Pn),this._initialize(),this.attached&&this.update()):console.error("Failed to create chart: can\'t acquire context from the given item")}get aspectRatio(){const{options:{aspectRatio:t,maintainAspectRatio:e},width:i,height:n,_aspectRatio:o}=this;return s(t)?e&&o?o:n?i/n:null:t}get data(){return this.config.data}set data(t){this.config.data=t}get options(){return this._options}set options(t){this.config.options=t}get registry(){return nn}_initialize(){return this.notifyPlugins("beforeInit"),this.options.responsive?this.resize():ke(this,this.options.devicePixelRatio),this.bindEvents(),this.notifyPlugins("afterInit"),this}clear(){return Te(this.canvas,this.ctx),this}stop(){return bt.stop(this),this}resize(t,e){bt.running(this)?this._resizeBeforeDraw={width:t,height:e}:this._resize(t,e)}_resize(t,e){const i=this.options,s=this.canvas,n=i.maintainAspectRatio&&this.aspectRatio,o=this.platform.getMaximumSize(s,t,e,n),a=i.devicePixelRatio||this.platform.getDevicePixelRatio(),r=this.width?"resize":"attach";this.width=o.width,this.height=o.height,this._aspectRatio=this.aspectRatio,ke(this,a,!0)&&(this.notifyPlugins("resize",{size:o}),d(i.onResize,[this,o],this),this.attached&&this._doResize(r)&&this.render())}ensureScalesHaveIDs(){u(this.options.scales||{},((t,e)=>{t.id=e}))}buildOrUpdateScales(){const t=this.options,e=t.scales,i=this.scales,s=Object.keys(i).reduce(((t,e)=>(t[e]=!1,t)),{});let n=[];e&&(n=n.concat(Object.keys(e).map((t=>{const i=e[t],s=cn(t,i),n="r"===s,o="x"===s;return{options:i,dposition:n?"chartArea":o?"bottom":"left",dtype:n?"radialLinear":o?"category":"linear"}})))),u(n,(e=>{const n=e.options,o=n.id,a=cn(o,n),r=l(n.type,e.dtype);void 0!==n.position&&wn(n.position,a)===wn(e.dposition)||(n.position=e.dposition),s[o]=!0;let h=null;if(o in i&&i[o].type===r)h=i[o];else{h=new(nn.getScale(r))({id:o,type:r,ctx:this.ctx,chart:this}),i[h.id]=h}h.init(n,t)})),u(s,((t,e)=>{t||delete i[e]})),u(i,(t=>{ls.configure(this,t,t.options),ls.addBox(this,t)}))}_updateMetasets(){const t=this._metasets,e=this.data.datasets.length,i=t.length;if(t.sort(((t,e)=>t.index-e.index)),i>e){for(let t=e;t<i;++t)this._destroyDatasetMeta(t);t.splice(e,i-e)}this._sortedMetasets=t.slice(0).sort(kn("order","index"))}_removeUnreferencedMetasets(){const{_metasets:t,data:{datasets:e}}=this;t.length>e.length&&delete this._stacks,t.forEach(((t,i)=>{0===e.filter((e=>e===t._dataset)).length&&this._destroyDatasetMeta(i)}))}buildOrUpdateControllers(){const t=[],e=this.data.datasets;let i,s;for(this._removeUnreferencedMetasets(),i=0,s=e.length;i<s;i++){const s=e[i];let n=this.getDatasetMeta(i);const o=s.type||this.config.type;if(n.type&&n.type!==o&&(this._destroyDatasetMeta(i),n=this.getDatasetMeta(i)),n.type=o,n.indexAxis=s.indexAxis||ln(o,this.options),n.order=s.order||0,n.index=i,n.label=""+s.label,n.visible=this.isDatasetVisible(i),n.controller)n.controller.updateIndex(i),n.controller.linkScales();else{const e=nn.getController(o),{datasetElementType:s,dataElementType:a}=ue.datasets[o];Object.assign(e,{dataElementType:nn.getElement(a),datasetElementType:s&&nn.getElement(s)}),n.controller=new e(this,i),t.push(n.controller)}}return this._updateMetasets(),t}_resetElements(){u(this.data.datasets,((t,e)=>{this.getDatasetMeta(e).controller.reset()}),this)}reset(){this._resetElements(),this.notifyPlugins("reset")}update(t){const e=this.config;e.update();const i=this._options=e.createResolver(e.chartOptionScopes(),this.getContext()),s=this._animationsDisabled=!i.animation;if(this._updateScales(),this._checkEventBindings(),this._updateHiddenIndices(),this._plugins.invalidate(),!1===this.notifyPlugins("beforeUpdate",{mode:t,cancelable:!0}))return;const n=this.buildOrUpdateControllers();this.notifyPlugins("beforeElementsUpdate");let o=0;for(let t=0,e=this.data.datasets.length;t<e;t++){const{controller:e}=this.getDatasetMeta(t),i=!s&&-1===n.indexOf(e);e.buildOrUpdateElements(i),o=Math.max(+e.getMaxOverflow(),o)}o=this._minPadding=i.layout.autoPadding?o:0,this._updateLayout(o),s||u(n,(t=>{t.reset()})),this._updateDatasets(t),this.notifyPlugins("afterUpdate",{mode:t}),this._layers.sort(kn("z","_idx"));const{_active:a,_lastEvent:r}=this;r?this._eventHandler(r,!0):a.length&&this._updateHoverStyles(a,a,!0),this.render()}_updateScales(){u(this.scales,(t=>{ls.removeBox(this,t)})),this.ensureScalesHaveIDs(),this.buildOrUpdateScales()}_checkEventBindings(){const t=this.options,e=new Set(Object.keys(this._listeners)),i=new Set(t.events);P(e,i)&&!!this._responsiveListeners===t.responsive||(this.unbindEvents(),this.bindEvents())}_updateHiddenIndices(){const{_hiddenIndices:t}=this,e=this._getUniformDataChanges()||[];for(const{method:i,start:s,count:n}of e){An(t,s,"_removeElements"===i?-n:n)}}_getUniformDataChanges(){const t=this._dataChanges;if(!t||!t.length)return;this._dataChanges=[];const e=this.data.datasets.length,i=e=>new Set(t.filter((t=>t[0]===e)).map(((t,e)=>e+","+t.splice(1).join(",")))),s=i(0);for(let t=1;t<e;t++)if(!P(s,i(t)))return;return Array.from(s).map((t=>t.split(","))).map((t=>({method:t[1],start:+t[2],count:+t[3]})))}_updateLayout(t){if(!1===this.notifyPlugins("beforeLayout",{cancelable:!0}))return;ls.update(this,this.width,this.height,t);const e=this.chartArea,i=e.width<=0||e.height<=0;this._layers=[],u(this.boxes,(t=>{i&&"chartArea"===t.position||(t.configure&&t.configure(),this._layers.push(...t._layers()))}),this),this._layers.forEach(((t,e)=>{t._idx=e})),this.notifyPlugins("afterLayout")}_updateDatasets(t){if(!1!==this.notifyPlugins("beforeDatasetsUpdate",{mode:t,cancelable:!0})){for(let t=0,e=this.data.datasets.length;t<e;++t)this.getDatasetMeta(t).controller.configure();for(let e=0,i=this.data.datasets.length;e<i;++e)this._updateDataset(e,S(t)?t({datasetIndex:e}):t);this.notifyPlugins("afterDatasetsUpdate",{mode:t})}}_updateDataset(t,e){const i=this.getDatasetMeta(t),s={meta:i,index:t,mode:e,cancelable:!0};!1!==this.notifyPlugins("beforeDatasetUpdate",s)&&(i.controller._update(e),s.cancelable=!1,this.notifyPlugins("afterDatasetUpdate",s))}render(){!1!==this.notifyPlugins("beforeRender",{cancelable:!0})&&(bt.has(this)?this.attached&&!bt.running(this)&&bt.start(this):(this.draw(),Sn({chart:this})))}draw(){let t;if(this._resizeBeforeDraw){const{width:t,height:e}=this._resizeBeforeDraw;this._resizeBeforeDraw=null,this._resize(t,e)}if(this.clear(),this.width<=0||this.height<=0)return;if(!1===this.notifyPlugins("beforeDraw",{cancelable:!0}))return;const e=this._layers;for(t=0;t<e.length&&e[t].z<=0;++t)e[t].draw(this.chartArea);for(this._drawDatasets();t<e.length;++t)e[t].draw(this.chartArea);this.notifyPlugins("afterDraw")}_getSortedDatasetMetas(t){const e=this._sortedMetasets,i=[];let s,n;for(s=0,n=e.length;s<n;++s){const n=e[s];t&&!n.visible||i.push(n)}return i}getSortedVisibleDatasetMetas(){return this._getSortedDatasetMetas(!0)}_drawDatasets(){if(!1===this.notifyPlugins("beforeDatasetsDraw",{cancelable:!0}))return;const t=this.getSortedVisibleDatasetMetas();for(let e=t.length-1;e>=0;--e)this._drawDataset(t[e]);this.notifyPlugins("afterDatasetsDraw")}_drawDataset(t){const e=this.ctx,i={meta:t,index:t.index,cancelable:!0},s=Wi(this,t);!1!==this.notifyPlugins("beforeDatasetDraw",i)&&(s&&Ie(e,s),t.controller.draw(),s&&ze(e),i.cancelable=!1,this.notifyPlugins("afterDatasetDraw",i))}isPointInArea(t){return Re(t,this.chartArea,this._minPadding)}getElementsAtEventForMode(t,e,i,s){const n=Ki.modes[e];return"function"==typeof n?n(this,t,i,s):[]}getDatasetMeta(t){const e=this.data.datasets[t],i=this._metasets;let s=i.filter((t=>t&&t._dataset===e)).pop();return s||(s={type:null,data:[],dataset:null,controller:null,hidden:null,xAxisID:null,yAxisID:null,order:e&&e.order||0,index:t,_dataset:e,_parsed:[],_sorted:!1},i.push(s)),s}getContext(){return this.$context||(this.$context=Ci(null,{chart:this,type:"chart"}))}getVisibleDatasetCount(){return this.getSortedVisibleDatasetMetas().length}isDatasetVisible(t){const e=this.data.datasets[t];if(!e)return!1;const i=this.getDatasetMeta(t);return"boolean"==typeof i.hidden?!i.hidden:!e.hidden}setDatasetVisibility(t,e){this.getDatasetMeta(t).hidden=!e}toggleDataVisibility(t){this._hiddenIndices[t]=!this._hiddenIndices[t]}getDataVisibility(t){return!this._hiddenIndices[t]}_updateVisibility(t,e,i){const s=i?"show":"hide",n=this.getDatasetMeta(t),o=n.controller._resolveAnimations(void 0,s);k(e)?(n.data[e].hidden=!i,this.update()):(this.setDatasetVisibility(t,i),o.update(n,{visible:i}),this.update((e=>e.datasetIndex===t?s:void 0)))}hide(t,e){this._updateVisibility(t,e,!1)}show(t,e){this._updateVisibility(t,e,!0)}_destroyDatasetMeta(t){const e=this._metasets[t];e&&e.controller&&e.controller._destroy(),delete this._metasets[t]}_stop(){let t,e;for(this.stop(),bt.remove(this),t=0,e=this.data.datasets.length;t<e;++t)this._destroyDatasetMeta(t)}destroy(){this.notifyPlugins("beforeDestroy");const{canvas:t,ctx:e}=this;this._stop(),this.config.clearCache(),t&&(this.unbindEvents(),Te(t,e),this.platform.releaseContext(e),this.canvas=null,this.ctx=null),delete Cn[this.id],this.notifyPlugins("afterDestroy")}toBase64Image(...t){return this.canvas.toDataURL(...t)}bindEvents(){this.bindUserEvents(),this.options.responsive?this.bindResponsiveEvents():this.attached=!0}bindUserEvents(){const t=this._listeners,e=this.platform,i=(i,s)=>{e.addEventListener(this,i,s),t[i]=s},s=(t,e,i)=>{t.offsetX=e,t.offsetY=i,this._eventHandler(t)};u(this.options.events,(t=>i(t,s)))}bindResponsiveEvents(){this._responsiveListeners||(this._responsiveListeners={});const t=this._responsiveListeners,e=this.platform,i=(i,s)=>{e.addEventListener(this,i,s),t[i]=s},s=(i,s)=>{t[i]&&(e.removeEventListener(this,i,s),delete t[i])},n=(t,e)=>{this.canvas&&this.resize(t,e)};let o;const a=()=>{s("attach",a),this.attached=!0,this.resize(),i("resize",n),i("detach",o)};o=()=>{this.attached=!1,s("resize",n),this._stop(),this._resize(0,0),i("attach",a)},e.isAttached(this.canvas)?a():o()}unbindEvents(){u(this._listeners,((t,e)=>{this.platform.removeEventListener(this,e,t)})),this._listeners={},u(this._responsiveListeners,((t,e)=>{this.platform.removeEventListener(this,e,t)})),this._responsiveListeners=void 0}updateHoverStyle(t,e,i){const s=i?"set":"remove";let n,o,a,r;for("dataset"===e&&(n=this.getDatasetMeta(t[0].datasetIndex),n.controller["_"+s+"DatasetHoverStyle"]()),a=0,r=t.length;a<r;++a){o=t[a];const e=o&&this.getDatasetMeta(o.datasetIndex).controller;e&&e[s+"HoverStyle"](o.element,o.datasetIndex,o.index)}}getActiveElements(){return this._active||[]}setActiveElements(t){const e=this._active||[],i=t.map((({datasetIndex:t,index:e})=>{const i=this.getDatasetMeta(t);if(!i)throw new Error("No dataset found at index "+t);return{datasetIndex:t,element:i.data[e],index:e}}));!f(i,e)&&(this._active=i,this._lastEvent=null,this._updateHoverStyles(i,e))}notifyPlugins(t,e,i){return this._plugins.notify(this,t,e,i)}isPluginEnabled(t){return 1===this._plugins._cache.filter((e=>e.plugin.id===t)).length}_updateHoverStyles(t,e,i){const s=this.options.hover,n=(t,e)=>t.filter((t=>!e.some((e=>t.datasetIndex===e.datasetIndex&&t.index===e.index)))),o=n(e,t),a=i?t:n(t,e);o.length&&this.updateHoverStyle(o,s.mode,!1),a.length&&s.mode&&this.updateHoverStyle(a,s.mode,!0)}_eventHandler(t,e){const i={event:t,replay:e,cancelable:!0,inChartArea:this.isPointInArea(t)},s=e=>(e.options.events||this.options.events).includes(t.native.type);if(!1===this.notifyPlugins("beforeEvent",i,s))return;const n=this._handleEvent(t,e,i.inChartArea);return i.cancelable=!1,this.notifyPlugins("afterEvent",i,s),(n||i.changed)&&this.render(),this}_handleEvent(t,e,i){const{_active:s=[],options:n}=this,o=e,a=this._getActiveElements(t,s,i,o),r=D(t),l=function(t,e,i,s){return i&&"mouseout"!==t.type?s?e:t:null}(t,this._lastEvent,i,r);i&&(this._lastEvent=null,d(n.onHover,[t,a,this],this),r&&d(n.onClick,[t,a,this],this));const h=!f(a,s);return(h||e)&&(this._active=a,this._updateHoverStyles(a,s,e)),this._lastEvent=l,h}_getActiveElements(t,e,i,s){if("mouseout"===t.type)return[];if(!i)return e;const n=this.options.hover;return this.getElementsAtEventForMode(t,n.mode,n,s)}}function Ln(){return u(Tn.instances,(t=>t._plugins.invalidate()))}function En(){throw new Error("This method is not implemented: Check that a complete date adapter is provided.")}class Rn{static override(t){Object.assign(Rn.prototype,t)}options;constructor(t){this.options=t||{}}init(){}formats(){return En()}parse(){return En()}format(){return En()}add(){return En()}diff(){return En()}startOf(){return En()}endOf(){return En()}}var In={_date:Rn};function zn(t){const e=t.iScale,i=function(t,e){if(!t._cache.$bar){const i=t.getMatchingVisibleMetas(e);let s=[];for(let e=0,n=i.length;e<n;e++)s=s.concat(i[e].controller.getAllParsedValues(t));t._cache.$bar=lt(s.sort(((t,e)=>t-e)))}return t._cache.$bar}(e,t.type);let s,n,o,a,r=e._length;const l=()=>{32767!==o&&-32768!==o&&(k(a)&&(r=Math.min(r,Math.abs(o-a)||r)),a=o)};for(s=0,n=i.length;s<n;++s)o=e.getPixelForValue(i[s]),l();for(a=void 0,s=0,n=e.ticks.length;s<n;++s)o=e.getPixelForTick(s),l();return r}function Fn(t,e,i,s){return n(t)?function(t,e,i,s){const n=i.parse(t[0],s),o=i.parse(t[1],s),a=Math.min(n,o),r=Math.max(n,o);let l=a,h=r;Math.abs(a)>Math.abs(r)&&(l=r,h=a),e[i.axis]=h,e._custom={barStart:l,barEnd:h,start:n,end:o,min:a,max:r}}(t,e,i,s):e[i.axis]=i.parse(t,s),e}function Vn(t,e,i,s){const n=t.iScale,o=t.vScale,a=n.getLabels(),r=n===o,l=[];let h,c,d,u;for(h=i,c=i+s;h<c;++h)u=e[h],d={},d[n.axis]=r||n.parse(a[h],h),l.push(Fn(u,d,o,h));return l}function Bn(t){return t&&void 0!==t.barStart&&void 0!==t.barEnd}function Nn(t,e,i,s){let n=e.borderSkipped;const o={};if(!n)return void(t.borderSkipped=o);if(!0===n)return void(t.borderSkipped={top:!0,right:!0,bottom:!0,left:!0});const{start:a,end:r,reverse:l,top:h,bottom:c}=function(t){let e,i,s,n,o;return t.horizontal?(e=t.base>t.x,i="left",s="right"):(e=t.base<t.y,i="bottom",s="top"),e?(n="end",o="start"):(n="start",o="end"),{start:i,end:s,reverse:e,top:n,bottom:o}}(t);"middle"===n&&i&&(t.enableBorderRadius=!0,(i._top||0)===s?n=h:(i._bottom||0)===s?n=c:(o[Wn(c,a,r,l)]=!0,n=h)),o[Wn(n,a,r,l)]=!0,t.borderSkipped=o}function Wn(t,e,i,s){var n,o,a;return s?(a=i,t=Hn(t=(n=t)===(o=e)?a:n===a?o:n,i,e)):t=Hn(t,e,i),t}function Hn(t,e,i){return"start"===t?e:"end"===t?i:t}function jn(t,{inflateAmount:e},i){t.inflateAmount="auto"===e?1===i?.33:0:e}class $n extends js{static id="doughnut";static defaults={datasetElementType:!1,dataElementType:"arc",animation:{animateRotate:!0,animateScale:!1},animations:{numbers:{type:"number",properties:["circumference","endAngle","innerRadius","outerRadius","startAngle","x","y","offset","borderWidth","spacing"]}},cutout:"50%",rotation:0,circumference:360,radius:"100%",spacing:0,spacingMode:"angular",indexAxis:"r"};static descriptors={_scriptable:t=>"spacing"!==t&&"spacingMode"!==t,_indexable:t=>"spacing"!==t&&"spacingMode"!==t&&!t.startsWith("borderDash")&&!t.startsWith("hoverBorderDash")};static overrides={aspectRatio:1,plugins:{legend:{labels:{generateLabels(t){const e=t.data,{labels:{pointStyle:i,textAlign:s,color:n,useBorderRadius:o,borderRadius:a}}=t.legend.options;return e.labels.length&&e.datasets.length?e.labels.map(((e,r)=>{const l=t.getDatasetMeta(0).controller.getStyle(r);return{text:e,fillStyle:l.backgroundColor,fontColor:n,hidden:!t.getDataVisibility(r),lineDash:l.borderDash,lineDashOffset:l.borderDashOffset,lineJoin:l.borderJoinStyle,lineWidth:l.borderWidth,strokeStyle:l.borderColor,textAlign:s,pointStyle:i,borderRadius:o&&(a||l.borderRadius),index:r}})):[]}},onClick(t,e,i){i.chart.toggleDataVisibility(e.index),i.chart.update()}}}};constructor(t,e){super(t,e),this.enableOptionSharing=!0,this.innerRadius=void 0,this.outerRadius=void 0,this.offsetX=void 0,this.offsetY=void 0}linkScales(){}parse(t,e){const i=this.getDataset().data,s=this._cachedMeta;if(!1===this._parsing)s._parsed=i;else{let n,a,r=t=>+i[t];if(o(i[t])){const{key:t="value"}=this._parsing;r=e=>+M(i[e],t)}for(n=t,a=t+e;n<a;++n)s._parsed[n]=r(n)}}_getRotation(){return $(this.options.rotation-90)}_getCircumference(){return $(this.options.circumference)}_getRotationExtents(){let t=O,e=-O;for(let i=0;i<this.chart.data.datasets.length;++i)if(this.chart.isDatasetVisible(i)&&this.chart.getDatasetMeta(i).type===this._type){const s=this.chart.getDatasetMeta(i).controller,n=s._getRotation(),o=s._getCircumference();t=Math.min(t,n),e=Math.max(e,n+o)}return{rotation:t,circumference:e-t}}update(t){const e=this.chart,{chartArea:i}=e,s=this._cachedMeta,n=s.data,o=this.getMaxBorderWidth()+this.getMaxOffset(n)+this.options.spacing,a=Math.max((Math.min(i.width,i.height)-o)/2,0),r=Math.min(h(this.options.cutout,a),1),l=this._getRingWeight(this.index),{circumference:d,rotation:u}=this._getRotationExtents(),{ratioX:f,ratioY:g,offsetX:p,offsetY:m}=function(t,e,i){let s=1,n=1,o=0,a=0;if(e<O){const r=t,l=r+e,h=Math.cos(r),c=Math.sin(r),d=Math.cos(l),u=Math.sin(l),f=(t,e,s)=>J(t,r,l,!0)?1:Math.max(e,e*i,s,s*i),g=(t,e,s)=>J(t,r,l,!0)?-1:Math.min(e,e*i,s,s*i),p=f(0,h,d),m=f(E,c,u),x=g(C,h,d),b=g(C+E,c,u);s=(p-x)/2,n=(m-b)/2,o=-(p+x)/2,a=-(m+b)/2}return{ratioX:s,ratioY:n,offsetX:o,offsetY:a}}(u,d,r),x=(i.width-o)/f,b=(i.height-o)/g,_=Math.max(Math.min(x,b)/2,0),y=c(this.options.radius,_),v=(y-Math.max(y*r,0))/this._getVisibleDatasetWeightTotal();this.offsetX=p*y,this.offsetY=m*y,s.total=this.calculateTotal(),this.outerRadius=y-v*this._getRingWeightOffset(this.index),this.innerRadius=Math.max(this.outerRadius-v*l,0),this.updateElements(n,0,n.length,t)}_circumference(t,e){const i=this.options,s=this._cachedMeta,n=this._getCircumference();return e&&i.animation.animateRotate||!this.chart.getDataVisibility(t)||null===s._parsed[t]||s.data[t].hidden?0:this.calculateCircumference(s._parsed[t]*n/O)}updateElements(t,e,i,s){const n="reset"===s,o=this.chart,a=o.chartArea,r=o.options.animation,l=(a.left+a.right)/2,h=(a.top+a.bottom)/2,c=n&&r.animateScale,d=c?0:this.innerRadius,u=c?0:this.outerRadius,{sharedOptions:f,includeOptions:g}=this._getSharedOptions(e,s);let p,m=this._getRotation();for(p=0;p<e;++p)m+=this._circumference(p,n);for(p=e;p<e+i;++p){const e=this._circumference(p,n),i=t[p],o={x:l+this.offsetX,y:h+this.offsetY,startAngle:m,endAngle:m+e,circumference:e,outerRadius:u,innerRadius:d};g&&(o.options=f||this.resolveDataElementOptions(p,i.active?"active":s)),m+=e,this.updateElement(i,p,o,s)}}calculateTotal(){const t=this._cachedMeta,e=t.data;let i,s=0;for(i=0;i<e.length;i++){const n=t._parsed[i];null===n||isNaN(n)||!this.chart.getDataVisibility(i)||e[i].hidden||(s+=Math.abs(n))}return s}calculateCircumference(t){const e=this._cachedMeta.total;return e>0&&!isNaN(t)?O*(Math.abs(t)/e):0}getLabelAndValue(t){const e=this._cachedMeta,i=this.chart,s=i.data.labels||[],n=ne(e._parsed[t],i.options.locale);return{label:s[t]||"",value:n}}getMaxBorderWidth(t){let e=0;const i=this.chart;let s,n,o,a,r;if(!t)for(s=0,n=i.data.datasets.length;s<n;++s)if(i.isDatasetVisible(s)){o=i.getDatasetMeta(s),t=o.data,a=o.controller;break}if(!t)return 0;for(s=0,n=t.length;s<n;++s)r=a.resolveDataElementOptions(s),"inner"!==r.borderAlign&&(e=Math.max(e,r.borderWidth||0,r.hoverBorderWidth||0));return e}getMaxOffset(t){let e=0;for(let i=0,s=t.length;i<s;++i){const t=this.resolveDataElementOptions(i);e=Math.max(e,t.offset||0,t.hoverOffset||0)}return e}_getRingWeightOffset(t){let e=0;for(let i=0;i<t;++i)this.chart.isDatasetVisible(i)&&(e+=this._getRingWeight(i));return e}_getRingWeight(t){return Math.max(l(this.chart.data.datasets[t].weight,1),0)}_getVisibleDatasetWeightTotal(){return this._getRingWeightOffset(this.chart.data.datasets.length)||1}}class Yn extends js{static id="polarArea";static defaults={dataElementType:"arc",animation:{animateRotate:!0,animateScale:!0},animations:{numbers:{type:"number",properties:["x","y","startAngle","endAngle","innerRadius","outerRadius"]}},indexAxis:"r",startAngle:0,spacing:0,spacingMode:"proportional"};static overrides={aspectRatio:1,plugins:{legend:{labels:{generateLabels(t){const e=t.data;if(e.labels.length&&e.datasets.length){const{labels:{pointStyle:i,color:s}}=t.legend.options;return e.labels.map(((e,n)=>{const o=t.getDatasetMeta(0).controller.getStyle(n);return{text:e,fillStyle:o.backgroundColor,strokeStyle:o.borderColor,fontColor:s,lineWidth:o.borderWidth,pointStyle:i,hidden:!t.getDataVisibility(n),index:n}}))}return[]}},onClick(t,e,i){i.chart.toggleDataVisibility(e.index),i.chart.update()}}},scales:{r:{type:"radialLinear",angleLines:{display:!1},beginAtZero:!0,grid:{circular:!0},pointLabels:{display:!1},startAngle:0}}};constructor(t,e){super(t,e),this.innerRadius=void 0,this.outerRadius=void 0}getLabelAndValue(t){const e=this._cachedMeta,i=this.chart,s=i.data.labels||[],n=ne(e._parsed[t].r,i.options.locale);return{label:s[t]||"",value:n}}parseObjectData(t,e,i,s){return ii.bind(this)(t,e,i,s)}update(t){const e=this._cachedMeta.data;this._updateRadius(),this.updateElements(e,0,e.length,t)}getMinMax(){const t=this._cachedMeta,e={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY};return t.data.forEach(((t,i)=>{const s=this.getParsed(i).r;!isNaN(s)&&this.chart.getDataVisibility(i)&&(s<e.min&&(e.min=s),s>e.max&&(e.max=s))})),e}_updateRadius(){const t=this.chart,e=t.chartArea,i=t.options,s=Math.min(e.right-e.left,e.bottom-e.top),n=Math.max(s/2,0),o=(n-Math.max(i.cutoutPercentage?n/100*i.cutoutPercentage:1,0))/t.getVisibleDatasetCount();this.outerRadius=n-o*this.index,this.innerRadius=this.outerRadius-o}updateElements(t,e,i,s){const n="reset"===s,o=this.chart,a=o.options.animation,r=this._cachedMeta.rScale,l=r.xCenter,h=r.yCenter,c=r.getIndexAngle(0)-.5*C;let d,u=c;const f=360/this.countVisibleElements();for(d=0;d<e;++d)u+=this._computeAngle(d,s,f);for(d=e;d<e+i;d++){const e=t[d];let i=u,g=u+this._computeAngle(d,s,f),p=o.getDataVisibility(d)?r.getDistanceFromCenterForValue(this.getParsed(d).r):0;u=g,n&&(a.animateScale&&(p=0),a.animateRotate&&(i=g=c));const m={x:l,y:h,innerRadius:0,outerRadius:p,startAngle:i,endAngle:g,options:this.resolveDataElementOptions(d,e.active?"active":s)};0===m.options.spacing&&(m.options.spacing=this.options.spacing),"angular"===m.options.spacingMode&&(m.options.spacingMode=this.options.spacingMode),this.updateElement(e,d,m,s)}}countVisibleElements(){const t=this._cachedMeta;let e=0;return t.data.forEach(((t,i)=>{!isNaN(this.getParsed(i).r)&&this.chart.getDataVisibility(i)&&e++})),e}_computeAngle(t,e,i){return this.chart.getDataVisibility(t)?$(this.resolveDataElementOptions(t,e).angle||i):0}}var Un=Object.freeze({__proto__:null,BarController:class extends js{static id="bar";static defaults={datasetElementType:!1,dataElementType:"bar",categoryPercentage:.8,barPercentage:.9,grouped:!0,animations:{numbers:{type:"number",properties:["x","y","base","width","height"]}}};static overrides={scales:{_index_:{type:"category",offset:!0,grid:{offset:!0}},_value_:{type:"linear",beginAtZero:!0}}};parsePrimitiveData(t,e,i,s){return Vn(t,e,i,s)}parseArrayData(t,e,i,s){return Vn(t,e,i,s)}parseObjectData(t,e,i,s){const{iScale:n,vScale:o}=t,{xAxisKey:a="x",yAxisKey:r="y"}=this._parsing,l="x"===n.axis?a:r,h="x"===o.axis?a:r,c=[];let d,u,f,g;for(d=i,u=i+s;d<u;++d)g=e[d],f={},f[n.axis]=n.parse(M(g,l),d),c.push(Fn(M(g,h),f,o,d));return c}updateRangeFromParsed(t,e,i,s){super.updateRangeFromParsed(t,e,i,s);const n=i._custom;n&&e===this._cachedMeta.vScale&&(t.min=Math.min(t.min,n.min),t.max=Math.max(t.max,n.max))}getMaxOverflow(){return 0}getLabelAndValue(t){const e=this._cachedMeta,{iScale:i,vScale:s}=e,n=this.getParsed(t),o=n._custom,a=Bn(o)?"["+o.start+", "+o.end+"]":""+s.getLabelForValue(n[s.axis]);return{label:""+i.getLabelForValue(n[i.axis]),value:a}}initialize(){this.enableOptionSharing=!0,super.initialize();this._cachedMeta.stack=this.getDataset().stack}update(t){const e=this._cachedMeta;this.updateElements(e.data,0,e.data.length,t)}updateElements(t,e,i,n){const o="reset"===n,{index:a,_cachedMeta:{vScale:r}}=this,l=r.getBasePixel(),h=r.isHorizontal(),c=this._getRuler(),{sharedOptions:d,includeOptions:u}=this._getSharedOptions(e,n);for(let f=e;f<e+i;f++){const e=this.getParsed(f),i=o||s(e[r.axis])?{base:l,head:l}:this._calculateBarValuePixels(f),g=this._calculateBarIndexPixels(f,c),p=(e._stacks||{})[r.axis],m={horizontal:h,base:i.base,enableBorderRadius:!p||Bn(e._custom)||a===p._top||a===p._bottom,x:h?i.head:g.center,y:h?g.center:i.head,height:h?g.size:Math.abs(i.size),width:h?Math.abs(i.size):g.size};u&&(m.options=d||this.resolveDataElementOptions(f,t[f].active?"active":n));const x=m.options||t[f].options;Nn(m,x,p,a),jn(m,x,c.ratio),this.updateElement(t[f],f,m,n)}}_getStacks(t,e){const{iScale:i}=this._cachedMeta,n=i.getMatchingVisibleMetas(this._type).filter((t=>t.controller.options.grouped)),o=i.options.stacked,a=[],r=this._cachedMeta.controller.getParsed(e),l=r&&r[i.axis],h=t=>{const e=t._parsed.find((t=>t[i.axis]===l)),n=e&&e[t.vScale.axis];if(s(n)||isNaN(n))return!0};for(const i of n)if((void 0===e||!h(i))&&((!1===o||-1===a.indexOf(i.stack)||void 0===o&&void 0===i.stack)&&a.push(i.stack),i.index===t))break;return a.length||a.push(void 0),a}_getStackCount(t){return this._getStacks(void 0,t).length}_getAxisCount(){return this._getAxis().length}getFirstScaleIdForIndexAxis(){const t=this.chart.scales,e=this.chart.options.indexAxis;return Object.keys(t).filter((i=>t[i].axis===e)).shift()}_getAxis(){const t={},e=this.getFirstScaleIdForIndexAxis();for(const i of this.chart.data.datasets)t[l("x"===this.chart.options.indexAxis?i.xAxisID:i.yAxisID,e)]=!0;return Object.keys(t)}_getStackIndex(t,e,i){const s=this._getStacks(t,i),n=void 0!==e?s.indexOf(e):-1;return-1===n?s.length-1:n}_getRuler(){const t=this.options,e=this._cachedMeta,i=e.iScale,s=[];let n,o;for(n=0,o=e.data.length;n<o;++n)s.push(i.getPixelForValue(this.getParsed(n)[i.axis],n));const a=t.barThickness;return{min:a||zn(e),pixels:s,start:i._startPixel,end:i._endPixel,stackCount:this._getStackCount(),scale:i,grouped:t.grouped,ratio:a?1:t.categoryPercentage*t.barPercentage}}_calculateBarValuePixels(t){const{_cachedMeta:{vScale:e,_stacked:i,index:n},options:{base:o,minBarLength:a}}=this,r=o||0,l=this.getParsed(t),h=l._custom,c=Bn(h);let d,u,f=l[e.axis],g=0,p=i?this.applyStack(e,l,i):f;p!==f&&(g=p-f,p=f),c&&(f=h.barStart,p=h.barEnd-h.barStart,0!==f&&F(f)!==F(h.barEnd)&&(g=0),g+=f);const m=s(o)||c?g:o;let x=e.getPixelForValue(m);if(d=this.chart.getDataVisibility(t)?e.getPixelForValue(g+p):x,u=d-x,Math.abs(u)<a){u=function(t,e,i){return 0!==t?F(t):(e.isHorizontal()?1:-1)*(e.min>=i?1:-1)}(u,e,r)*a,f===r&&(x-=u/2);const t=e.getPixelForDecimal(0),s=e.getPixelForDecimal(1),o=Math.min(t,s),h=Math.max(t,s);x=Math.max(Math.min(x,h),o),d=x+u,i&&!c&&(l._stacks[e.axis]._visualValues[n]=e.getValueForPixel(d)-e.getValueForPixel(x))}if(x===e.getPixelForValue(r)){const t=F(u)*e.getLineWidthForValue(r)/2;x+=t,u-=t}return{size:u,base:x,head:d,center:d+u/2}}_calculateBarIndexPixels(t,e){const i=e.scale,n=this.options,o=n.skipNull,a=l(n.maxBarThickness,1/0);let r,h;const c=this._getAxisCount();if(e.grouped){const i=o?this._getStackCount(t):e.stackCount,d="flex"===n.barThickness?function(t,e,i,s){const n=e.pixels,o=n[t];let a=t>0?n[t-1]:null,r=t<n.length-1?n[t+1]:null;const l=i.categoryPercentage;null===a&&(a=o-(null===r?e.end-e.start:r-o)),null===r&&(r=o+o-a);const h=o-(o-Math.min(a,r))/2*l;return{chunk:Math.abs(r-a)/2*l/s,ratio:i.barPercentage,start:h}}(t,e,n,i*c):function(t,e,i,n){const o=i.barThickness;let a,r;return s(o)?(a=e.min*i.categoryPercentage,r=i.barPercentage):(a=o*n,r=1),{chunk:a/n,ratio:r,start:e.pixels[t]-a/2}}(t,e,n,i*c),u="x"===this.chart.options.indexAxis?this.getDataset().xAxisID:this.getDataset().yAxisID,f=this._getAxis().indexOf(l(u,this.getFirstScaleIdForIndexAxis())),g=this._getStackIndex(this.index,this._cachedMeta.stack,o?t:void 0)+f;r=d.start+d.chunk*g+d.chunk/2,h=Math.min(a,d.chunk*d.ratio)}else r=i.getPixelForValue(this.getParsed(t)[i.axis],t),h=Math.min(a,e.min*e.ratio);return{base:r-h/2,head:r+h/2,center:r,size:h}}draw(){const t=this._cachedMeta,e=t.vScale,i=t.data,s=i.length;let n=0;for(;n<s;++n)null===this.getParsed(n)[e.axis]||i[n].hidden||i[n].draw(this._ctx)}},BubbleController:class extends js{static id="bubble";static defaults={datasetElementType:!1,dataElementType:"point",animations:{numbers:{type:"number",properties:["x","y","borderWidth","radius"]}}};static overrides={scales:{x:{type:"linear"},y:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,super.initialize()}parsePrimitiveData(t,e,i,s){const n=super.parsePrimitiveData(t,e,i,s);for(let t=0;t<n.length;t++)n[t]._custom=this.resolveDataElementOptions(t+i).radius;return n}parseArrayData(t,e,i,s){const n=super.parseArrayData(t,e,i,s);for(let t=0;t<n.length;t++){const s=e[i+t];n[t]._custom=l(s[2],this.resolveDataElementOptions(t+i).radius)}return n}parseObjectData(t,e,i,s){const n=super.parseObjectData(t,e,i,s);for(let t=0;t<n.length;t++){const s=e[i+t];n[t]._custom=l(s&&s.r&&+s.r,this.resolveDataElementOptions(t+i).radius)}return n}getMaxOverflow(){const t=this._cachedMeta.data;let e=0;for(let i=t.length-1;i>=0;--i)e=Math.max(e,t[i].size(this.resolveDataElementOptions(i))/2);return e>0&&e}getLabelAndValue(t){const e=this._cachedMeta,i=this.chart.data.labels||[],{xScale:s,yScale:n}=e,o=this.getParsed(t),a=s.getLabelForValue(o.x),r=n.getLabelForValue(o.y),l=o._custom;return{label:i[t]||"",value:"("+a+", "+r+(l?", "+l:"")+")"}}update(t){const e=this._cachedMeta.data;this.updateElements(e,0,e.length,t)}updateElements(t,e,i,s){const n="reset"===s,{iScale:o,vScale:a}=this._cachedMeta,{sharedOptions:r,includeOptions:l}=this._getSharedOptions(e,s),h=o.axis,c=a.axis;for(let d=e;d<e+i;d++){const e=t[d],i=!n&&this.getParsed(d),u={},f=u[h]=n?o.getPixelForDecimal(.5):o.getPixelForValue(i[h]),g=u[c]=n?a.getBasePixel():a.getPixelForValue(i[c]);u.skip=isNaN(f)||isNaN(g),l&&(u.options=r||this.resolveDataElementOptions(d,e.active?"active":s),n&&(u.options.radius=0)),this.updateElement(e,d,u,s)}}resolveDataElementOptions(t,e){const i=this.getParsed(t);let s=super.resolveDataElementOptions(t,e);s.$shared&&(s=Object.assign({},s,{$shared:!1}));const n=s.radius;return"active"!==e&&(s.radius=0),s.radius+=l(i&&i._custom,n),s}},DoughnutController:$n,LineController:class extends js{static id="line";static defaults={datasetElementType:"line",dataElementType:"point",showLine:!0,spanGaps:!1};static overrides={scales:{_index_:{type:"category"},_value_:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,this.supportsDecimation=!0,super.initialize()}update(t){const e=this._cachedMeta,{dataset:i,data:s=[],_dataset:n}=e,o=this.chart._animationsDisabled;let{start:a,count:r}=pt(e,s,o);this._drawStart=a,this._drawCount=r,mt(e)&&(a=0,r=s.length),i._chart=this.chart,i._datasetIndex=this.index,i._decimated=!!n._decimated,i.points=s;const l=this.resolveDatasetElementOptions(t);this.options.showLine||(l.borderWidth=0),l.segment=this.options.segment,this.updateElement(i,void 0,{animated:!o,options:l},t),this.updateElements(s,a,r,t)}updateElements(t,e,i,n){const o="reset"===n,{iScale:a,vScale:r,_stacked:l,_dataset:h}=this._cachedMeta,{sharedOptions:c,includeOptions:d}=this._getSharedOptions(e,n),u=a.axis,f=r.axis,{spanGaps:g,segment:p}=this.options,m=W(g)?g:Number.POSITIVE_INFINITY,x=this.chart._animationsDisabled||o||"none"===n,b=e+i,_=t.length;let y=e>0&&this.getParsed(e-1);for(let i=0;i<_;++i){const g=t[i],_=x?g:{};if(i<e||i>=b){_.skip=!0;continue}const v=this.getParsed(i),M=s(v[f]),w=_[u]=a.getPixelForValue(v[u],i),k=_[f]=o||M?r.getBasePixel():r.getPixelForValue(l?this.applyStack(r,v,l):v[f],i);_.skip=isNaN(w)||isNaN(k)||M,_.stop=i>0&&Math.abs(v[u]-y[u])>m,p&&(_.parsed=v,_.raw=h.data[i]),d&&(_.options=c||this.resolveDataElementOptions(i,g.active?"active":n)),x||this.updateElement(g,i,_,n),y=v}}getMaxOverflow(){const t=this._cachedMeta,e=t.dataset,i=e.options&&e.options.borderWidth||0,s=t.data||[];if(!s.length)return i;const n=s[0].size(this.resolveDataElementOptions(0)),o=s[s.length-1].size(this.resolveDataElementOptions(s.length-1));return Math.max(i,n,o)/2}draw(){const t=this._cachedMeta;t.dataset.updateControlPoints(this.chart.chartArea,t.iScale.axis),super.draw()}},PieController:class extends $n{static id="pie";static defaults={cutout:0,rotation:0,circumference:360,radius:"100%"}},PolarAreaController:Yn,RadarController:class extends js{static id="radar";static defaults={datasetElementType:"line",dataElementType:"point",indexAxis:"r",showLine:!0,elements:{line:{fill:"start"}}};static overrides={aspectRatio:1,scales:{r:{type:"radialLinear"}}};getLabelAndValue(t){const e=this._cachedMeta.vScale,i=this.getParsed(t);return{label:e.getLabels()[t],value:""+e.getLabelForValue(i[e.axis])}}parseObjectData(t,e,i,s){return ii.bind(this)(t,e,i,s)}update(t){const e=this._cachedMeta,i=e.dataset,s=e.data||[],n=e.iScale.getLabels();if(i.points=s,"resize"!==t){const e=this.resolveDatasetElementOptions(t);this.options.showLine||(e.borderWidth=0);const o={_loop:!0,_fullLoop:n.length===s.length,options:e};this.updateElement(i,void 0,o,t)}this.updateElements(s,0,s.length,t)}updateElements(t,e,i,s){const n=this._cachedMeta.rScale,o="reset"===s;for(let a=e;a<e+i;a++){const e=t[a],i=this.resolveDataElementOptions(a,e.active?"active":s),r=n.getPointPositionForValue(a,this.getParsed(a).r),l=o?n.xCenter:r.x,h=o?n.yCenter:r.y,c={x:l,y:h,angle:r.angle,skip:isNaN(l)||isNaN(h),options:i};this.updateElement(e,a,c,s)}}},ScatterController:class extends js{static id="scatter";static defaults={datasetElementType:!1,dataElementType:"point",showLine:!1,fill:!1};static overrides={interaction:{mode:"point"},scales:{x:{type:"linear"},y:{type:"linear"}}};getLabelAndValue(t){const e=this._cachedMeta,i=this.chart.data.labels||[],{xScale:s,yScale:n}=e,o=this.getParsed(t),a=s.getLabelForValue(o.x),r=n.getLabelForValue(o.y);return{label:i[t]||"",value:"("+a+", "+r+")"}}update(t){const e=this._cachedMeta,{data:i=[]}=e,s=this.chart._animationsDisabled;let{start:n,count:o}=pt(e,i,s);if(this._drawStart=n,this._drawCount=o,mt(e)&&(n=0,o=i.length),this.options.showLine){this.datasetElementType||this.addElements();const{dataset:n,_dataset:o}=e;n._chart=this.chart,n._datasetIndex=this.index,n._decimated=!!o._decimated,n.points=i;const a=this.resolveDatasetElementOptions(t);a.segment=this.options.segment,this.updateElement(n,void 0,{animated:!s,options:a},t)}else this.datasetElementType&&(delete e.dataset,this.datasetElementType=!1);this.updateElements(i,n,o,t)}addElements(){const{showLine:t}=this.options;!this.datasetElementType&&t&&(this.datasetElementType=this.chart.registry.getElement("line")),super.addElements()}updateElements(t,e,i,n){const o="reset"===n,{iScale:a,vScale:r,_stacked:l,_dataset:h}=this._cachedMeta,c=this.resolveDataElementOptions(e,n),d=this.getSharedOptions(c),u=this.includeOptions(n,d),f=a.axis,g=r.axis,{spanGaps:p,segment:m}=this.options,x=W(p)?p:Number.POSITIVE_INFINITY,b=this.chart._animationsDisabled||o||"none"===n;let _=e>0&&this.getParsed(e-1);for(let c=e;c<e+i;++c){const e=t[c],i=this.getParsed(c),p=b?e:{},y=s(i[g]),v=p[f]=a.getPixelForValue(i[f],c),M=p[g]=o||y?r.getBasePixel():r.getPixelForValue(l?this.applyStack(r,i,l):i[g],c);p.skip=isNaN(v)||isNaN(M)||y,p.stop=c>0&&Math.abs(i[f]-_[f])>x,m&&(p.parsed=i,p.raw=h.data[c]),u&&(p.options=d||this.resolveDataElementOptions(c,e.active?"active":n)),b||this.updateElement(e,c,p,n),_=i}this.updateSharedOptions(d,n,c)}getMaxOverflow(){const t=this._cachedMeta,e=t.data||[];if(!this.options.showLine){let t=0;for(let i=e.length-1;i>=0;--i)t=Math.max(t,e[i].size(this.resolveDataElementOptions(i))/2);return t>0&&t}const i=t.dataset,s=i.options&&i.options.borderWidth||0;if(!e.length)return s;const n=e[0].size(this.resolveDataElementOptions(0)),o=e[e.length-1].size(this.resolveDataElementOptions(e.length-1));return Math.max(s,n,o)/2}}});function Xn(t,e,i,s){const n=vi(t.options.borderRadius,["outerStart","outerEnd","innerStart","innerEnd"]);const o=(i-e)/2,a=Math.min(o,s*e/2),r=t=>{const e=(i-Math.min(o,t))*s/2;return Z(t,0,Math.min(o,e))};return{outerStart:r(n.outerStart),outerEnd:r(n.outerEnd),innerStart:Z(n.innerStart,0,a),innerEnd:Z(n.innerEnd,0,a)}}function qn(t,e,i,s){return{x:i+t*Math.cos(e),y:s+t*Math.sin(e)}}function Kn(t,e,i,s,n,o){const{x:a,y:r,startAngle:l,pixelMargin:h,innerRadius:c}=e,{spacingMode:d="angular"}=e.options,u=n-l;if(o&&e.options.selfJoin&&Math.abs(u)>=O-1e-4)return void function(t,e,i,s){const{x:n,y:o,startAngle:a,pixelMargin:r,innerRadius:l}=e,h=Math.max(e.outerRadius+s+i-r,0),c=l>0?l+s+i+r:0;t.beginPath(),t.arc(n,o,h,a,a+O),c>0&&(t.moveTo(n+Math.cos(a)*c,o+Math.sin(a)*c),t.arc(n,o,c,a+O,a,!0)),t.closePath()}(t,e,i,s);const f=Math.max(e.outerRadius+s+i-h,0);let g=c>0?c+s+i+h:0,p=0,m=0;const x=f>0?Math.max(.001,u*f-i/C)/f:.001,b=(u-x)/2;if(s){const t=((c>0?c-s:0)+(f>0?f-s:0))/2,e=(u-(0!==t?u*t/(t+s):u))/2,i=t>0?Math.asin(Math.min(1,s/t)):0,n=Math.max(0,x/2-.001),o=Math.sin(n);if("parallel"===d){if(0===g&&o>0){const t=s/o,e=Math.max(0,f-.001);g=Math.min(t,e)}const t=Math.min(f>0?f*o:Number.POSITIVE_INFINITY,g>0?g*o:Number.POSITIVE_INFINITY),e=Math.min(s,t);p=f>0?Math.asin(Math.min(1,e/f)):Math.min(n,i),m=g>0?Math.asin(Math.min(1,e/g)):p}else"proportional"===d?(p=Math.min(n,e),m=Math.min(n,e)):(p=Math.min(n,i),m=Math.min(n,i))}const _=l+b+p,y=n-b-p,v=l+b+m,M=n-b-m,w=Math.min(y-_,M-v),{outerStart:k,outerEnd:S,innerStart:P,innerEnd:D}=Xn(e,g,f,w),A=f-k,T=f-S,L=_+k/A,R=y-S/T,I=g+P,z=g+D,F=v+P/I,V=M-D/z;if(t.beginPath(),o){const e=(L+R)/2;if(t.arc(a,r,f,L,e),t.arc(a,r,f,e,R),S>0){const e=qn(T,R,a,r);t.arc(e.x,e.y,S,R,y+E)}const i=qn(z,M,a,r);if(t.lineTo(i.x,i.y),D>0){const e=qn(z,V,a,r);t.arc(e.x,e.y,D,M+E,V+Math.PI)}const s=(M-D/g+(v+P/g))/2;if(t.arc(a,r,g,M-D/g,s,!0),t.arc(a,r,g,s,v+P/g,!0),P>0){const e=qn(I,F,a,r);t.arc(e.x,e.y,P,F+Math.PI,v-E)}const n=qn(A,_,a,r);if(t.lineTo(n.x,n.y),k>0){const e=qn(A,L,a,r);t.arc(e.x,e.y,k,_-E,L)}}else{t.moveTo(a,r);const e=Math.cos(L)*f+a,i=Math.sin(L)*f+r;t.lineTo(e,i);const s=Math.cos(R)*f+a,n=Math.sin(R)*f+r;t.lineTo(s,n)}t.closePath()}function Gn(t,e,i,s,n){const{fullCircles:o,startAngle:a,circumference:r,options:l}=e,{borderWidth:h,borderJoinStyle:c,borderDash:d,borderDashOffset:u,borderRadius:f}=l,g="inner"===l.borderAlign;if(!h)return;t.setLineDash(d||[]),t.lineDashOffset=u,g?(t.lineWidth=2*h,t.lineJoin=c||"round"):(t.lineWidth=h,t.lineJoin=c||"bevel");let p=e.endAngle;const m=Math.abs(p-a)>=O-1e-4;if(o){Kn(t,e,i,s,p,n);for(let e=0;e<o;++e)t.stroke();isNaN(r)||(p=a+(r%O||O))}g&&function(t,e,i){const{startAngle:s,pixelMargin:n,x:o,y:a,outerRadius:r,innerRadius:l}=e;let h=n/r;t.beginPath(),t.arc(o,a,r,s-h,i+h),l>n?(h=n/l,t.arc(o,a,l,i+h,s-h,!0)):t.arc(o,a,n,i+E,s-E),t.closePath(),t.clip()}(t,e,p);!(m&&e.innerRadius>0)&&l.selfJoin&&p-a>=C&&0===f&&"miter"!==c&&function(t,e,i){const{startAngle:s,x:n,y:o,outerRadius:a,innerRadius:r,options:l}=e,{borderWidth:h,borderJoinStyle:c}=l,d=Math.min(h/a,G(s-i));if(t.beginPath(),t.arc(n,o,a-h/2,s+d/2,i-d/2),r>0){const e=Math.min(h/r,G(s-i));t.arc(n,o,r+h/2,i-e/2,s+e/2,!0)}else{const e=Math.min(h/2,a*G(s-i));if("round"===c)t.arc(n,o,e,i-C/2,s+C/2,!0);else if("bevel"===c){const a=2*e*e,r=-a*Math.cos(i+C/2)+n,l=-a*Math.sin(i+C/2)+o,h=a*Math.cos(s+C/2)+n,c=a*Math.sin(s+C/2)+o;t.lineTo(r,l),t.lineTo(h,c)}}t.closePath(),t.moveTo(0,0),t.rect(0,0,t.canvas.width,t.canvas.height),t.clip("evenodd")}(t,e,p),o||(Kn(t,e,i,s,p,n),t.stroke())}function Jn(t,e,i=e){t.lineCap=l(i.borderCapStyle,e.borderCapStyle),t.setLineDash(l(i.borderDash,e.borderDash)),t.lineDashOffset=l(i.borderDashOffset,e.borderDashOffset),t.lineJoin=l(i.borderJoinStyle,e.borderJoinStyle),t.lineWidth=l(i.borderWidth,e.borderWidth),t.strokeStyle=l(i.borderColor,e.borderColor)}function Zn(t,e,i){t.lineTo(i.x,i.y)}function Qn(t,e,i={}){const s=t.length,{start:n=0,end:o=s-1}=i,{start:a,end:r}=e,l=Math.max(n,a),h=Math.min(o,r),c=n<a&&o<a||n>r&&o>r;return{count:s,start:l,loop:e.loop,ilen:h<l&&!c?s+h-l:h-l}}function to(t,e,i,s){const{points:n,options:o}=e,{count:a,start:r,loop:l,ilen:h}=Qn(n,i,s),c=function(t){return t.stepped?Fe:t.tension||"monotone"===t.cubicInterpolationMode?Ve:Zn}(o);let d,u,f,{move:g=!0,reverse:p}=s||{};for(d=0;d<=h;++d)u=n[(r+(p?h-d:d))%a],u.skip||(g?(t.moveTo(u.x,u.y),g=!1):c(t,f,u,p,o.stepped),f=u);return l&&(u=n[(r+(p?h:0))%a],c(t,f,u,p,o.stepped)),!!l}function eo(t,e,i,s){const n=e.points,{count:o,start:a,ilen:r}=Qn(n,i,s),{move:l=!0,reverse:h}=s||{};let c,d,u,f,g,p,m=0,x=0;const b=t=>(a+(h?r-t:t))%o,_=()=>{f!==g&&(t.lineTo(m,g),t.lineTo(m,f),t.lineTo(m,p))};for(l&&(d=n[b(0)],t.moveTo(d.x,d.y)),c=0;c<=r;++c){if(d=n[b(c)],d.skip)continue;const e=d.x,i=d.y,s=0|e;s===u?(i<f?f=i:i>g&&(g=i),m=(x*m+e)/++x):(_(),t.lineTo(e,i),u=s,x=0,f=g=i),p=i}_()}function io(t){const e=t.options,i=e.borderDash&&e.borderDash.length;return!(t._decimated||t._loop||e.tension||"monotone"===e.cubicInterpolationMode||e.stepped||i)?eo:to}const so="function"==typeof Path2D;function no(t,e,i,s){so&&!e.options.segment?function(t,e,i,s){let n=e._path;n||(n=e._path=new Path2D,e.path(n,i,s)&&n.closePath()),Jn(t,e.options),t.stroke(n)}(t,e,i,s):function(t,e,i,s){const{segments:n,options:o}=e,a=io(e);for(const r of n)Jn(t,o,r.style),t.beginPath(),a(t,e,r,{start:i,end:i+s-1})&&t.closePath(),t.stroke()}(t,e,i,s)}class oo extends $s{static id="line";static defaults={borderCapStyle:"butt",borderDash:[],borderDashOffset:0,borderJoinStyle:"miter",borderWidth:3,capBezierPoints:!0,cubicInterpolationMode:"default",fill:!1,spanGaps:!1,stepped:!1,tension:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};static descriptors={_scriptable:!0,_indexable:t=>"borderDash"!==t&&"fill"!==t};constructor(t){super(),this.animated=!0,this.options=void 0,this._chart=void 0,this._loop=void 0,this._fullLoop=void 0,this._path=void 0,this._points=void 0,this._segments=void 0,this._decimated=!1,this._pointsUpdated=!1,this._datasetIndex=void 0,t&&Object.assign(this,t)}updateControlPoints(t,e){const i=this.options;if((i.tension||"monotone"===i.cubicInterpolationMode)&&!i.stepped&&!this._pointsUpdated){const s=i.spanGaps?this._loop:this._fullLoop;hi(this._points,i,t,s,e),this._pointsUpdated=!0}}set points(t){this._points=t,delete this._segments,delete this._path,this._pointsUpdated=!1}get points(){return this._points}get segments(){return this._segments||(this._segments=zi(this,this.options.segment))}first(){const t=this.segments,e=this.points;return t.length&&e[t[0].start]}last(){const t=this.segments,e=this.points,i=t.length;return i&&e[t[i-1].end]}interpolate(t,e){const i=this.options,s=t[e],n=this.points,o=Ii(this,{property:e,start:s,end:s});if(!o.length)return;const a=[],r=function(t){return t.stepped?pi:t.tension||"monotone"===t.cubicInterpolationMode?mi:gi}(i);let l,h;for(l=0,h=o.length;l<h;++l){const{start:h,end:c}=o[l],d=n[h],u=n[c];if(d===u){a.push(d);continue}const f=r(d,u,Math.abs((s-d[e])/(u[e]-d[e])),i.stepped);f[e]=t[e],a.push(f)}return 1===a.length?a[0]:a}pathSegment(t,e,i){return io(this)(t,this,e,i)}path(t,e,i){const s=this.segments,n=io(this);let o=this._loop;e=e||0,i=i||this.points.length-e;for(const a of s)o&=n(t,this,a,{start:e,end:e+i-1});return!!o}draw(t,e,i,s){const n=this.options||{};(this.points||[]).length&&n.borderWidth&&(t.save(),no(t,this,i,s),t.restore()),this.animated&&(this._pointsUpdated=!1,this._path=void 0)}}function ao(t,e,i,s){const n=t.options,{[i]:o}=t.getProps([i],s);return Math.abs(e-o)<n.radius+n.hitRadius}function ro(t,e){const{x:i,y:s,base:n,width:o,height:a}=t.getProps(["x","y","base","width","height"],e);let r,l,h,c,d;return t.horizontal?(d=a/2,r=Math.min(i,n),l=Math.max(i,n),h=s-d,c=s+d):(d=o/2,r=i-d,l=i+d,h=Math.min(s,n),c=Math.max(s,n)),{left:r,top:h,right:l,bottom:c}}function lo(t,e,i,s){return t?0:Z(e,i,s)}function ho(t){const e=ro(t),i=e.right-e.left,s=e.bottom-e.top,n=function(t,e,i){const s=t.options.borderWidth,n=t.borderSkipped,o=Mi(s);return{t:lo(n.top,o.top,0,i),r:lo(n.right,o.right,0,e),b:lo(n.bottom,o.bottom,0,i),l:lo(n.left,o.left,0,e)}}(t,i/2,s/2),a=function(t,e,i){const{enableBorderRadius:s}=t.getProps(["enableBorderRadius"]),n=t.options.borderRadius,a=wi(n),r=Math.min(e,i),l=t.borderSkipped,h=s||o(n);return{topLeft:lo(!h||l.top||l.left,a.topLeft,0,r),topRight:lo(!h||l.top||l.right,a.topRight,0,r),bottomLeft:lo(!h||l.bottom||l.left,a.bottomLeft,0,r),bottomRight:lo(!h||l.bottom||l.right,a.bottomRight,0,r)}}(t,i/2,s/2);return{outer:{x:e.left,y:e.top,w:i,h:s,radius:a},inner:{x:e.left+n.l,y:e.top+n.t,w:i-n.l-n.r,h:s-n.t-n.b,radius:{topLeft:Math.max(0,a.topLeft-Math.max(n.t,n.l)),topRight:Math.max(0,a.topRight-Math.max(n.t,n.r)),bottomLeft:Math.max(0,a.bottomLeft-Math.max(n.b,n.l)),bottomRight:Math.max(0,a.bottomRight-Math.max(n.b,n.r))}}}}function co(t,e,i,s){const n=null===e,o=null===i,a=t&&!(n&&o)&&ro(t,s);return a&&(n||tt(e,a.left,a.right))&&(o||tt(i,a.top,a.bottom))}function uo(t,e){t.rect(e.x,e.y,e.w,e.h)}function fo(t,e,i={}){const s=t.x!==i.x?-e:0,n=t.y!==i.y?-e:0,o=(t.x+t.w!==i.x+i.w?e:0)-s,a=(t.y+t.h!==i.y+i.h?e:0)-n;return{x:t.x+s,y:t.y+n,w:t.w+o,h:t.h+a,radius:t.radius}}var go=Object.freeze({__proto__:null,ArcElement:class extends $s{static id="arc";static defaults={borderAlign:"center",borderColor:"#fff",borderDash:[],borderDashOffset:0,borderJoinStyle:void 0,borderRadius:0,borderWidth:2,offset:0,spacing:0,spacingMode:"angular",angle:void 0,circular:!0,selfJoin:!1};static defaultRoutes={backgroundColor:"backgroundColor"};static descriptors={_scriptable:!0,_indexable:t=>"borderDash"!==t};circumference;endAngle;fullCircles;innerRadius;outerRadius;pixelMargin;startAngle;circular;constructor(t){super(),this.options=void 0,this.circumference=void 0,this.startAngle=void 0,this.endAngle=void 0,this.innerRadius=void 0,this.outerRadius=void 0,this.pixelMargin=0,this.fullCircles=0,this.circular=!1,t&&Object.assign(this,t)}inRange(t,e,i){const s=this.getProps(["x","y"],i),{angle:n,distance:o}=X(s,{x:t,y:e}),{startAngle:a,endAngle:r,innerRadius:h,outerRadius:c,circumference:d}=this.getProps(["startAngle","endAngle","innerRadius","outerRadius","circumference"],i),u=(this.options.spacing+this.options.borderWidth)/2,f=l(d,r-a),g=J(n,a,r)&&a!==r,p=f>=O||g,m=tt(o,h+u,c+u);return p&&m}getCenterPoint(t){const{x:e,y:i,startAngle:s,endAngle:n,innerRadius:o,outerRadius:a}=this.getProps(["x","y","startAngle","endAngle","innerRadius","outerRadius"],t),{offset:r,spacing:l}=this.options,h=(s+n)/2,c=(o+a+l+r)/2;return{x:e+Math.cos(h)*c,y:i+Math.sin(h)*c}}tooltipPosition(t){return this.getCenterPoint(t)}draw(t){const{options:e,circumference:i}=this,s=(e.offset||0)/4,n=(e.spacing||0)/2,o=e.circular;if(this.pixelMargin="inner"===e.borderAlign?.33:0,this.fullCircles=i>O?Math.floor(i/O):0,0===i||this.innerRadius<0||this.outerRadius<0)return;t.save();const a=(this.startAngle+this.endAngle)/2;t.translate(Math.cos(a)*s,Math.sin(a)*s);const r=s*(1-Math.sin(Math.min(C,i||0)));t.fillStyle=e.backgroundColor,t.strokeStyle=e.borderColor,function(t,e,i,s,n){const{fullCircles:o,startAngle:a,circumference:r}=e;let l=e.endAngle;if(o){Kn(t,e,i,s,l,n);for(let e=0;e<o;++e)t.fill();isNaN(r)||(l=a+(r%O||O))}Kn(t,e,i,s,l,n),t.fill()}(t,this,r,n,o),Gn(t,this,r,n,o),t.restore()}},BarElement:class extends $s{static id="bar";static defaults={borderSkipped:"start",borderWidth:0,borderRadius:0,inflateAmount:"auto",pointStyle:void 0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.horizontal=void 0,this.base=void 0,this.width=void 0,this.height=void 0,this.inflateAmount=void 0,t&&Object.assign(this,t)}draw(t){const{inflateAmount:e,options:{borderColor:i,backgroundColor:s}}=this,{inner:n,outer:o}=ho(this),a=(r=o.radius).topLeft||r.topRight||r.bottomLeft||r.bottomRight?He:uo;var r;t.save(),o.w===n.w&&o.h===n.h||(t.beginPath(),a(t,fo(o,e,n)),t.clip(),a(t,fo(n,-e,o)),t.fillStyle=i,t.fill("evenodd")),t.beginPath(),a(t,fo(n,e)),t.fillStyle=s,t.fill(),t.restore()}inRange(t,e,i){return co(this,t,e,i)}inXRange(t,e){return co(this,t,null,e)}inYRange(t,e){return co(this,null,t,e)}getCenterPoint(t){const{x:e,y:i,base:s,horizontal:n}=this.getProps(["x","y","base","horizontal"],t);return{x:n?(e+s)/2:e,y:n?i:(i+s)/2}}getRange(t){return"x"===t?this.width/2:this.height/2}},LineElement:oo,PointElement:class extends $s{static id="point";parsed;skip;stop;static defaults={borderWidth:1,hitRadius:1,hoverBorderWidth:1,hoverRadius:4,pointStyle:"circle",radius:3,rotation:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.parsed=void 0,this.skip=void 0,this.stop=void 0,t&&Object.assign(this,t)}inRange(t,e,i){const s=this.options,{x:n,y:o}=this.getProps(["x","y"],i);return Math.pow(t-n,2)+Math.pow(e-o,2)<Math.pow(s.hitRadius+s.radius,2)}inXRange(t,e){return ao(this,t,"x",e)}inYRange(t,e){return ao(this,t,"y",e)}getCenterPoint(t){const{x:e,y:i}=this.getProps(["x","y"],t);return{x:e,y:i}}size(t){let e=(t=t||this.options||{}).radius||0;e=Math.max(e,e&&t.hoverRadius||0);return 2*(e+(e&&t.borderWidth||0))}draw(t,e){const i=this.options;this.skip||i.radius<.1||!Re(this,e,this.size(i)/2)||(t.strokeStyle=i.borderColor,t.lineWidth=i.borderWidth,t.fillStyle=i.backgroundColor,Le(t,i,this.x,this.y))}getRange(){const t=this.options||{};return t.radius+t.hitRadius}}});function po(t,e,i,s){const n=t.indexOf(e);if(-1===n)return((t,e,i,s)=>("string"==typeof e?(i=t.push(e)-1,s.unshift({index:i,label:e})):isNaN(e)&&(i=null),i))(t,e,i,s);return n!==t.lastIndexOf(e)?i:n}function mo(t){const e=this.getLabels();return t>=0&&t<e.length?e[t]:t}function xo(t,e,{horizontal:i,minRotation:s}){const n=$(s),o=(i?Math.sin(n):Math.cos(n))||.001,a=.75*e*(""+t).length;return Math.min(e/o,a)}class bo extends tn{constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._endValue=void 0,this._valueRange=0}parse(t,e){return s(t)||("number"==typeof t||t instanceof Number)&&!isFinite(+t)?null:+t}handleTickRangeOptions(){const{beginAtZero:t}=this.options,{minDefined:e,maxDefined:i}=this.getUserBounds();let{min:s,max:n}=this;const o=t=>s=e?s:t,a=t=>n=i?n:t;if(t){const t=F(s),e=F(n);t<0&&e<0?a(0):t>0&&e>0&&o(0)}if(s===n){let e=0===n?1:Math.abs(.05*n);a(n+e),t||o(s-e)}this.min=s,this.max=n}getTickLimit(){const t=this.options.ticks;let e,{maxTicksLimit:i,stepSize:s}=t;return s?(e=Math.ceil(this.max/s)-Math.floor(this.min/s)+1,e>1e3&&(console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${e} ticks. Limiting to 1000.`),e=1e3)):(e=this.computeTickLimit(),i=i||11),i&&(e=Math.min(i,e)),e}computeTickLimit(){return Number.POSITIVE_INFINITY}buildTicks(){const t=this.options,e=t.ticks;let i=this.getTickLimit();i=Math.max(2,i);const n=function(t,e){const i=[],{bounds:n,step:o,min:a,max:r,precision:l,count:h,maxTicks:c,maxDigits:d,includeBounds:u}=t,f=o||1,g=c-1,{min:p,max:m}=e,x=!s(a),b=!s(r),_=!s(h),y=(m-p)/(d+1);let v,M,w,k,S=B((m-p)/g/f)*f;if(S<1e-14&&!x&&!b)return[{value:p},{value:m}];k=Math.ceil(m/S)-Math.floor(p/S),k>g&&(S=B(k*S/g/f)*f),s(l)||(v=Math.pow(10,l),S=Math.ceil(S*v)/v),"ticks"===n?(M=Math.floor(p/S)*S,w=Math.ceil(m/S)*S):(M=p,w=m),x&&b&&o&&H((r-a)/o,S/1e3)?(k=Math.round(Math.min((r-a)/S,c)),S=(r-a)/k,M=a,w=r):_?(M=x?a:M,w=b?r:w,k=h-1,S=(w-M)/k):(k=(w-M)/S,k=V(k,Math.round(k),S/1e3)?Math.round(k):Math.ceil(k));const P=Math.max(U(S),U(M));v=Math.pow(10,s(l)?P:l),M=Math.round(M*v)/v,w=Math.round(w*v)/v;let D=0;for(x&&(u&&M!==a?(i.push({value:a}),M<a&&D++,V(Math.round((M+D*S)*v)/v,a,xo(a,y,t))&&D++):M<a&&D++);D<k;++D){const t=Math.round((M+D*S)*v)/v;if(b&&t>r)break;i.push({value:t})}return b&&u&&w!==r?i.length&&V(i[i.length-1].value,r,xo(r,y,t))?i[i.length-1].value=r:i.push({value:r}):b&&w!==r||i.push({value:w}),i}({maxTicks:i,bounds:t.bounds,min:t.min,max:t.max,precision:e.precision,step:e.stepSize,count:e.count,maxDigits:this._maxDigits(),horizontal:this.isHorizontal(),minRotation:e.minRotation||0,includeBounds:!1!==e.includeBounds},this._range||this);return"ticks"===t.bounds&&j(n,this,"value"),t.reverse?(n.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),n}configure(){const t=this.ticks;let e=this.min,i=this.max;if(super.configure(),this.options.offset&&t.length){const s=(i-e)/Math.max(t.length-1,1)/2;e-=s,i+=s}this._startValue=e,this._endValue=i,this._valueRange=i-e}getLabelForValue(t){return ne(t,this.chart.options.locale,this.options.ticks.format)}}class _o extends bo{static id="linear";static defaults={ticks:{callback:ae.formatters.numeric}};determineDataLimits(){const{min:t,max:e}=this.getMinMax(!0);this.min=a(t)?t:0,this.max=a(e)?e:1,this.handleTickRangeOptions()}computeTickLimit(){const t=this.isHorizontal(),e=t?this.width:this.height,i=$(this.options.ticks.minRotation),s=(t?Math.sin(i):Math.cos(i))||.001,n=this._resolveTickFontOptions(0);return Math.ceil(e/Math.min(40,n.lineHeight/s))}getPixelForValue(t){return null===t?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getValueForPixel(t){return this._startValue+this.getDecimalForPixel(t)*this._valueRange}}const yo=t=>Math.floor(z(t)),vo=(t,e)=>Math.pow(10,yo(t)+e);function Mo(t){return 1===t/Math.pow(10,yo(t))}function wo(t,e,i){const s=Math.pow(10,i),n=Math.floor(t/s);return Math.ceil(e/s)-n}function ko(t,{min:e,max:i}){e=r(t.min,e);const s=[],n=yo(e);let o=function(t,e){let i=yo(e-t);for(;wo(t,e,i)>10;)i++;for(;wo(t,e,i)<10;)i--;return Math.min(i,yo(t))}(e,i),a=o<0?Math.pow(10,Math.abs(o)):1;const l=Math.pow(10,o),h=n>o?Math.pow(10,n):0,c=Math.round((e-h)*a)/a,d=Math.floor((e-h)/l/10)*l*10;let u=Math.floor((c-d)/Math.pow(10,o)),f=r(t.min,Math.round((h+d+u*Math.pow(10,o))*a)/a);for(;f<i;)s.push({value:f,major:Mo(f),significand:u}),u>=10?u=u<15?15:20:u++,u>=20&&(o++,u=2,a=o>=0?1:a),f=Math.round((h+d+u*Math.pow(10,o))*a)/a;const g=r(t.max,f);return s.push({value:g,major:Mo(g),significand:u}),s}class So extends tn{static id="logarithmic";static defaults={ticks:{callback:ae.formatters.logarithmic,major:{enabled:!0}}};constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._valueRange=0}parse(t,e){const i=bo.prototype.parse.apply(this,[t,e]);if(0!==i)return a(i)&&i>0?i:null;this._zero=!0}determineDataLimits(){const{min:t,max:e}=this.getMinMax(!0);this.min=a(t)?Math.max(0,t):null,this.max=a(e)?Math.max(0,e):null,this.options.beginAtZero&&(this._zero=!0),this._zero&&this.min!==this._suggestedMin&&!a(this._userMin)&&(this.min=t===vo(this.min,0)?vo(this.min,-1):vo(this.min,0)),this.handleTickRangeOptions()}handleTickRangeOptions(){const{minDefined:t,maxDefined:e}=this.getUserBounds();let i=this.min,s=this.max;const n=e=>i=t?i:e,o=t=>s=e?s:t;i===s&&(i<=0?(n(1),o(10)):(n(vo(i,-1)),o(vo(s,1)))),i<=0&&n(vo(s,-1)),s<=0&&o(vo(i,1)),this.min=i,this.max=s}buildTicks(){const t=this.options,e=ko({min:this._userMin,max:this._userMax},this);return"ticks"===t.bounds&&j(e,this,"value"),t.reverse?(e.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),e}getLabelForValue(t){return void 0===t?"0":ne(t,this.chart.options.locale,this.options.ticks.format)}configure(){const t=this.min;super.configure(),this._startValue=z(t),this._valueRange=z(this.max)-z(t)}getPixelForValue(t){return void 0!==t&&0!==t||(t=this.min),null===t||isNaN(t)?NaN:this.getPixelForDecimal(t===this.min?0:(z(t)-this._startValue)/this._valueRange)}getValueForPixel(t){const e=this.getDecimalForPixel(t);return Math.pow(10,this._startValue+e*this._valueRange)}}function Po(t){const e=t.ticks;if(e.display&&t.display){const t=ki(e.backdropPadding);return l(e.font&&e.font.size,ue.font.size)+t.height}return 0}function Do(t,e,i,s,n){return t===s||t===n?{start:e-i/2,end:e+i/2}:t<s||t>n?{start:e-i,end:e}:{start:e,end:e+i}}function Co(t){const e={l:t.left+t._padding.left,r:t.right-t._padding.right,t:t.top+t._padding.top,b:t.bottom-t._padding.bottom},i=Object.assign({},e),s=[],o=[],a=t._pointLabels.length,r=t.options.pointLabels,l=r.centerPointLabels?C/a:0;for(let u=0;u<a;u++){const a=r.setContext(t.getPointLabelContext(u));o[u]=a.padding;const f=t.getPointPosition(u,t.drawingArea+o[u],l),g=Si(a.font),p=(h=t.ctx,c=g,d=n(d=t._pointLabels[u])?d:[d],{w:Oe(h,c.string,d),h:d.length*c.lineHeight});s[u]=p;const m=G(t.getIndexAngle(u)+l),x=Math.round(Y(m));Oo(i,e,m,Do(x,f.x,p.w,0,180),Do(x,f.y,p.h,90,270))}var h,c,d;t.setCenterPoint(e.l-i.l,i.r-e.r,e.t-i.t,i.b-e.b),t._pointLabelItems=function(t,e,i){const s=[],n=t._pointLabels.length,o=t.options,{centerPointLabels:a,display:r}=o.pointLabels,l={extra:Po(o)/2,additionalAngle:a?C/n:0};let h;for(let o=0;o<n;o++){l.padding=i[o],l.size=e[o];const n=Ao(t,o,l);s.push(n),"auto"===r&&(n.visible=To(n,h),n.visible&&(h=n))}return s}(t,s,o)}function Oo(t,e,i,s,n){const o=Math.abs(Math.sin(i)),a=Math.abs(Math.cos(i));let r=0,l=0;s.start<e.l?(r=(e.l-s.start)/o,t.l=Math.min(t.l,e.l-r)):s.end>e.r&&(r=(s.end-e.r)/o,t.r=Math.max(t.r,e.r+r)),n.start<e.t?(l=(e.t-n.start)/a,t.t=Math.min(t.t,e.t-l)):n.end>e.b&&(l=(n.end-e.b)/a,t.b=Math.max(t.b,e.b+l))}function Ao(t,e,i){const s=t.drawingArea,{extra:n,additionalAngle:o,padding:a,size:r}=i,l=t.getPointPosition(e,s+n+a,o),h=Math.round(Y(G(l.angle+E))),c=function(t,e,i){90===i||270===i?t-=e/2:(i>270||i<90)&&(t-=e);return t}(l.y,r.h,h),d=function(t){if(0===t||180===t)return"center";if(t<180)return"left";return"right"}(h),u=function(t,e,i){"right"===i?t-=e:"center"===i&&(t-=e/2);return t}(l.x,r.w,d);return{visible:!0,x:l.x,y:c,textAlign:d,left:u,top:c,right:u+r.w,bottom:c+r.h}}function To(t,e){if(!e)return!0;const{left:i,top:s,right:n,bottom:o}=t;return!(Re({x:i,y:s},e)||Re({x:i,y:o},e)||Re({x:n,y:s},e)||Re({x:n,y:o},e))}function Lo(t,e,i){const{left:n,top:o,right:a,bottom:r}=i,{backdropColor:l}=e;if(!s(l)){const i=wi(e.borderRadius),s=ki(e.backdropPadding);t.fillStyle=l;const h=n-s.left,c=o-s.top,d=a-n+s.width,u=r-o+s.height;Object.values(i).some((t=>0!==t))?(t.beginPath(),He(t,{x:h,y:c,w:d,h:u,radius:i}),t.fill()):t.fillRect(h,c,d,u)}}function Eo(t,e,i,s){const{ctx:n}=t;if(i)n.arc(t.xCenter,t.yCenter,e,0,O);else{let i=t.getPointPosition(0,e);n.moveTo(i.x,i.y);for(let o=1;o<s;o++)i=t.getPointPosition(o,e),n.lineTo(i.x,i.y)}}class Ro extends bo{static id="radialLinear";static defaults={display:!0,animate:!0,position:"chartArea",angleLines:{display:!0,lineWidth:1,borderDash:[],borderDashOffset:0},grid:{circular:!1},startAngle:0,ticks:{showLabelBackdrop:!0,callback:ae.formatters.numeric},pointLabels:{backdropColor:void 0,backdropPadding:2,display:!0,font:{size:10},callback:t=>t,padding:5,centerPointLabels:!1}};static defaultRoutes={"angleLines.color":"borderColor","pointLabels.color":"color","ticks.color":"color"};static descriptors={angleLines:{_fallback:"grid"}};constructor(t){super(t),this.xCenter=void 0,this.yCenter=void 0,this.drawingArea=void 0,this._pointLabels=[],this._pointLabelItems=[]}setDimensions(){const t=this._padding=ki(Po(this.options)/2),e=this.width=this.maxWidth-t.width,i=this.height=this.maxHeight-t.height;this.xCenter=Math.floor(this.left+e/2+t.left),this.yCenter=Math.floor(this.top+i/2+t.top),this.drawingArea=Math.floor(Math.min(e,i)/2)}determineDataLimits(){const{min:t,max:e}=this.getMinMax(!1);this.min=a(t)&&!isNaN(t)?t:0,this.max=a(e)&&!isNaN(e)?e:0,this.handleTickRangeOptions()}computeTickLimit(){return Math.ceil(this.drawingArea/Po(this.options))}generateTickLabels(t){bo.prototype.generateTickLabels.call(this,t),this._pointLabels=this.getLabels().map(((t,e)=>{const i=d(this.options.pointLabels.callback,[t,e],this);return i||0===i?i:""})).filter(((t,e)=>this.chart.getDataVisibility(e)))}fit(){const t=this.options;t.display&&t.pointLabels.display?Co(this):this.setCenterPoint(0,0,0,0)}setCenterPoint(t,e,i,s){this.xCenter+=Math.floor((t-e)/2),this.yCenter+=Math.floor((i-s)/2),this.drawingArea-=Math.min(this.drawingArea/2,Math.max(t,e,i,s))}getIndexAngle(t){return G(t*(O/(this._pointLabels.length||1))+$(this.options.startAngle||0))}getDistanceFromCenterForValue(t){if(s(t))return NaN;const e=this.drawingArea/(this.max-this.min);return this.options.reverse?(this.max-t)*e:(t-this.min)*e}getValueForDistanceFromCenter(t){if(s(t))return NaN;const e=t/(this.drawingArea/(this.max-this.min));return this.options.reverse?this.max-e:this.min+e}getPointLabelContext(t){const e=this._pointLabels||[];if(t>=0&&t<e.length){const i=e[t];return function(t,e,i){return Ci(t,{label:i,index:e,type:"pointLabel"})}(this.getContext(),t,i)}}getPointPosition(t,e,i=0){const s=this.getIndexAngle(t)-E+i;return{x:Math.cos(s)*e+this.xCenter,y:Math.sin(s)*e+this.yCenter,angle:s}}getPointPositionForValue(t,e){return this.getPointPosition(t,this.getDistanceFromCenterForValue(e))}getBasePosition(t){return this.getPointPositionForValue(t||0,this.getBaseValue())}getPointLabelPosition(t){const{left:e,top:i,right:s,bottom:n}=this._pointLabelItems[t];return{left:e,top:i,right:s,bottom:n}}drawBackground(){const{backgroundColor:t,grid:{circular:e}}=this.options;if(t){const i=this.ctx;i.save(),i.beginPath(),Eo(this,this.getDistanceFromCenterForValue(this._endValue),e,this._pointLabels.length),i.closePath(),i.fillStyle=t,i.fill(),i.restore()}}drawGrid(){const t=this.ctx,e=this.options,{angleLines:i,grid:s,border:n}=e,o=this._pointLabels.length;let a,r,l;if(e.pointLabels.display&&function(t,e){const{ctx:i,options:{pointLabels:s}}=t;for(let n=e-1;n>=0;n--){const e=t._pointLabelItems[n];if(!e.visible)continue;const o=s.setContext(t.getPointLabelContext(n));Lo(i,o,e);const a=Si(o.font),{x:r,y:l,textAlign:h}=e;We(i,t._pointLabels[n],r,l+a.lineHeight/2,a,{color:o.color,textAlign:h,textBaseline:"middle"})}}(this,o),s.display&&this.ticks.forEach(((t,e)=>{if(0!==e||0===e&&this.min<0){r=this.getDistanceFromCenterForValue(t.value);const i=this.getContext(e),a=s.setContext(i),l=n.setContext(i);!function(t,e,i,s,n){const o=t.ctx,a=e.circular,{color:r,lineWidth:l}=e;!a&&!s||!r||!l||i<0||(o.save(),o.strokeStyle=r,o.lineWidth=l,o.setLineDash(n.dash||[]),o.lineDashOffset=n.dashOffset,o.beginPath(),Eo(t,i,a,s),o.closePath(),o.stroke(),o.restore())}(this,a,r,o,l)}})),i.display){for(t.save(),a=o-1;a>=0;a--){const s=i.setContext(this.getPointLabelContext(a)),{color:n,lineWidth:o}=s;o&&n&&(t.lineWidth=o,t.strokeStyle=n,t.setLineDash(s.borderDash),t.lineDashOffset=s.borderDashOffset,r=this.getDistanceFromCenterForValue(e.reverse?this.min:this.max),l=this.getPointPosition(a,r),t.beginPath(),t.moveTo(this.xCenter,this.yCenter),t.lineTo(l.x,l.y),t.stroke())}t.restore()}}drawBorder(){}drawLabels(){const t=this.ctx,e=this.options,i=e.ticks;if(!i.display)return;const s=this.getIndexAngle(0);let n,o;t.save(),t.translate(this.xCenter,this.yCenter),t.rotate(s),t.textAlign="center",t.textBaseline="middle",this.ticks.forEach(((s,a)=>{if(0===a&&this.min>=0&&!e.reverse)return;const r=i.setContext(this.getContext(a)),l=Si(r.font);if(n=this.getDistanceFromCenterForValue(this.ticks[a].value),r.showLabelBackdrop){t.font=l.string,o=t.measureText(s.label).width,t.fillStyle=r.backdropColor;const e=ki(r.backdropPadding);t.fillRect(-o/2-e.left,-n-l.size/2-e.top,o+e.width,l.size+e.height)}We(t,s.label,0,-n,l,{color:r.color,strokeColor:r.textStrokeColor,strokeWidth:r.textStrokeWidth})})),t.restore()}drawTitle(){}}const Io={millisecond:{common:!0,size:1,steps:1e3},second:{common:!0,size:1e3,steps:60},minute:{common:!0,size:6e4,steps:60},hour:{common:!0,size:36e5,steps:24},day:{common:!0,size:864e5,steps:30},week:{common:!1,size:6048e5,steps:4},month:{common:!0,size:2628e6,steps:12},quarter:{common:!1,size:7884e6,steps:4},year:{common:!0,size:3154e7}},zo=Object.keys(Io);function Fo(t,e){return t-e}function Vo(t,e){if(s(e))return null;const i=t._adapter,{parser:n,round:o,isoWeekday:r}=t._parseOpts;let l=e;return"function"==typeof n&&(l=n(l)),a(l)||(l="string"==typeof n?i.parse(l,n):i.parse(l)),null===l?null:(o&&(l="week"!==o||!W(r)&&!0!==r?i.startOf(l,o):i.startOf(l,"isoWeek",r)),+l)}function Bo(t,e,i,s){const n=zo.length;for(let o=zo.indexOf(t);o<n-1;++o){const t=Io[zo[o]],n=t.steps?t.steps:Number.MAX_SAFE_INTEGER;if(t.common&&Math.ceil((i-e)/(n*t.size))<=s)return zo[o]}return zo[n-1]}function No(t,e,i){if(i){if(i.length){const{lo:s,hi:n}=et(i,e);t[i[s]>=e?i[s]:i[n]]=!0}}else t[e]=!0}function Wo(t,e,i){const s=[],n={},o=e.length;let a,r;for(a=0;a<o;++a)r=e[a],n[r]=a,s.push({value:r,major:!1});return 0!==o&&i?function(t,e,i,s){const n=t._adapter,o=+n.startOf(e[0].value,s),a=e[e.length-1].value;let r,l;for(r=o;r<=a;r=+n.add(r,1,s))l=i[r],l>=0&&(e[l].major=!0);return e}(t,s,n,i):s}class Ho extends tn{static id="time";static defaults={bounds:"data",adapters:{},time:{parser:!1,unit:!1,round:!1,isoWeekday:!1,minUnit:"millisecond",displayFormats:{}},ticks:{source:"auto",callback:!1,major:{enabled:!1}}};constructor(t){super(t),this._cache={data:[],labels:[],all:[]},this._unit="day",this._majorUnit=void 0,this._offsets={},this._normalized=!1,this._parseOpts=void 0}init(t,e={}){const i=t.time||(t.time={}),s=this._adapter=new In._date(t.adapters.date);s.init(e),b(i.displayFormats,s.formats()),this._parseOpts={parser:i.parser,round:i.round,isoWeekday:i.isoWeekday},super.init(t),this._normalized=e.normalized}parse(t,e){return void 0===t?null:Vo(this,t)}beforeLayout(){super.beforeLayout(),this._cache={data:[],labels:[],all:[]}}determineDataLimits(){const t=this.options,e=this._adapter,i=t.time.unit||"day";let{min:s,max:n,minDefined:o,maxDefined:r}=this.getUserBounds();function l(t){o||isNaN(t.min)||(s=Math.min(s,t.min)),r||isNaN(t.max)||(n=Math.max(n,t.max))}o&&r||(l(this._getLabelBounds()),"ticks"===t.bounds&&"labels"===t.ticks.source||l(this.getMinMax(!1))),s=a(s)&&!isNaN(s)?s:+e.startOf(Date.now(),i),n=a(n)&&!isNaN(n)?n:+e.endOf(Date.now(),i)+1,this.min=Math.min(s,n-1),this.max=Math.max(s+1,n)}_getLabelBounds(){const t=this.getLabelTimestamps();let e=Number.POSITIVE_INFINITY,i=Number.NEGATIVE_INFINITY;return t.length&&(e=t[0],i=t[t.length-1]),{min:e,max:i}}buildTicks(){const t=this.options,e=t.time,i=t.ticks,s="labels"===i.source?this.getLabelTimestamps():this._generate();"ticks"===t.bounds&&s.length&&(this.min=this._userMin||s[0],this.max=this._userMax||s[s.length-1]);const n=this.min,o=nt(s,n,this.max);return this._unit=e.unit||(i.autoSkip?Bo(e.minUnit,this.min,this.max,this._getLabelCapacity(n)):function(t,e,i,s,n){for(let o=zo.length-1;o>=zo.indexOf(i);o--){const i=zo[o];if(Io[i].common&&t._adapter.diff(n,s,i)>=e-1)return i}return zo[i?zo.indexOf(i):0]}(this,o.length,e.minUnit,this.min,this.max)),this._majorUnit=i.major.enabled&&"year"!==this._unit?function(t){for(let e=zo.indexOf(t)+1,i=zo.length;e<i;++e)if(Io[zo[e]].common)return zo[e]}(this._unit):void 0,this.initOffsets(s),t.reverse&&o.reverse(),Wo(this,o,this._majorUnit)}afterAutoSkip(){this.options.offsetAfterAutoskip&&this.initOffsets(this.ticks.map((t=>+t.value)))}initOffsets(t=[]){let e,i,s=0,n=0;this.options.offset&&t.length&&(e=this.getDecimalForValue(t[0]),s=1===t.length?1-e:(this.getDecimalForValue(t[1])-e)/2,i=this.getDecimalForValue(t[t.length-1]),n=1===t.length?i:(i-this.getDecimalForValue(t[t.length-2]))/2);const o=t.length<3?.5:.25;s=Z(s,0,o),n=Z(n,0,o),this._offsets={start:s,end:n,factor:1/(s+1+n)}}_generate(){const t=this._adapter,e=this.min,i=this.max,s=this.options,n=s.time,o=n.unit||Bo(n.minUnit,e,i,this._getLabelCapacity(e)),a=l(s.ticks.stepSize,1),r="week"===o&&n.isoWeekday,h=W(r)||!0===r,c={};let d,u,f=e;if(h&&(f=+t.startOf(f,"isoWeek",r)),f=+t.startOf(f,h?"day":o),t.diff(i,e,o)>1e5*a)throw new Error(e+" and "+i+" are too far apart with stepSize of "+a+" "+o);const g="data"===s.ticks.source&&this.getDataTimestamps();for(d=f,u=0;d<i;d=+t.add(d,a,o),u++)No(c,d,g);return d!==i&&"ticks"!==s.bounds&&1!==u||No(c,d,g),Object.keys(c).sort(Fo).map((t=>+t))}getLabelForValue(t){const e=this._adapter,i=this.options.time;return i.tooltipFormat?e.format(t,i.tooltipFormat):e.format(t,i.displayFormats.datetime)}format(t,e){const i=this.options.time.displayFormats,s=this._unit,n=e||i[s];return this._adapter.format(t,n)}_tickFormatFunction(t,e,i,s){const n=this.options,o=n.ticks.callback;if(o)return d(o,[t,e,i],this);const a=n.time.displayFormats,r=this._unit,l=this._majorUnit,h=r&&a[r],c=l&&a[l],u=i[e],f=l&&c&&u&&u.major;return this._adapter.format(t,s||(f?c:h))}generateTickLabels(t){let e,i,s;for(e=0,i=t.length;e<i;++e)s=t[e],s.label=this._tickFormatFunction(s.value,e,t)}getDecimalForValue(t){return null===t?NaN:(t-this.min)/(this.max-this.min)}getPixelForValue(t){const e=this._offsets,i=this.getDecimalForValue(t);return this.getPixelForDecimal((e.start+i)*e.factor)}getValueForPixel(t){const e=this._offsets,i=this.getDecimalForPixel(t)/e.factor-e.end;return this.min+i*(this.max-this.min)}_getLabelSize(t){const e=this.options.ticks,i=this.ctx.measureText(t).width,s=$(this.isHorizontal()?e.maxRotation:e.minRotation),n=Math.cos(s),o=Math.sin(s),a=this._resolveTickFontOptions(0).size;return{w:i*n+a*o,h:i*o+a*n}}_getLabelCapacity(t){const e=this.options.time,i=e.displayFormats,s=i[e.unit]||i.millisecond,n=this._tickFormatFunction(t,0,Wo(this,[t],this._majorUnit),s),o=this._getLabelSize(n),a=Math.floor(this.isHorizontal()?this.width/o.w:this.height/o.h)-1;return a>0?a:1}getDataTimestamps(){let t,e,i=this._cache.data||[];if(i.length)return i;const s=this.getMatchingVisibleMetas();if(this._normalized&&s.length)return this._cache.data=s[0].controller.getAllParsedValues(this);for(t=0,e=s.length;t<e;++t)i=i.concat(s[t].controller.getAllParsedValues(this));return this._cache.data=this.normalize(i)}getLabelTimestamps(){const t=this._cache.labels||[];let e,i;if(t.length)return t;const s=this.getLabels();for(e=0,i=s.length;e<i;++e)t.push(Vo(this,s[e]));return this._cache.labels=this._normalized?t:this.normalize(t)}normalize(t){return lt(t.sort(Fo))}}function jo(t,e,i){let s,n,o,a,r=0,l=t.length-1;i?(e>=t[r].pos&&e<=t[l].pos&&({lo:r,hi:l}=it(t,"pos",e)),({pos:s,time:o}=t[r]),({pos:n,time:a}=t[l])):(e>=t[r].time&&e<=t[l].time&&({lo:r,hi:l}=it(t,"time",e)),({time:s,pos:o}=t[r]),({time:n,pos:a}=t[l]));const h=n-s;return h?o+(a-o)*(e-s)/h:o}var $o=Object.freeze({__proto__:null,CategoryScale:class extends tn{static id="category";static defaults={ticks:{callback:mo}};constructor(t){super(t),this._startValue=void 0,this._valueRange=0,this._addedLabels=[]}init(t){const e=this._addedLabels;if(e.length){const t=this.getLabels();for(const{index:i,label:s}of e)t[i]===s&&t.splice(i,1);this._addedLabels=[]}super.init(t)}parse(t,e){if(s(t))return null;const i=this.getLabels();return((t,e)=>null===t?null:Z(Math.round(t),0,e))(e=isFinite(e)&&i[e]===t?e:po(i,t,l(e,t),this._addedLabels),i.length-1)}determineDataLimits(){const{minDefined:t,maxDefined:e}=this.getUserBounds();let{min:i,max:s}=this.getMinMax(!0);"ticks"===this.options.bounds&&(t||(i=0),e||(s=this.getLabels().length-1)),this.min=i,this.max=s}buildTicks(){const t=this.min,e=this.max,i=this.options.offset,s=[];let n=this.getLabels();n=0===t&&e===n.length-1?n:n.slice(t,e+1),this._valueRange=Math.max(n.length-(i?0:1),1),this._startValue=this.min-(i?.5:0);for(let i=t;i<=e;i++)s.push({value:i});return s}getLabelForValue(t){return mo.call(this,t)}configure(){super.configure(),this.isHorizontal()||(this._reversePixels=!this._reversePixels)}getPixelForValue(t){return"number"!=typeof t&&(t=this.parse(t)),null===t?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getPixelForTick(t){const e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getValueForPixel(t){return Math.round(this._startValue+this.getDecimalForPixel(t)*this._valueRange)}getBasePixel(){return this.bottom}},LinearScale:_o,LogarithmicScale:So,RadialLinearScale:Ro,TimeScale:Ho,TimeSeriesScale:class extends Ho{static id="timeseries";static defaults=Ho.defaults;constructor(t){super(t),this._table=[],this._minPos=void 0,this._tableRange=void 0}initOffsets(){const t=this._getTimestampsForTable(),e=this._table=this.buildLookupTable(t);this._minPos=jo(e,this.min),this._tableRange=jo(e,this.max)-this._minPos,super.initOffsets(t)}buildLookupTable(t){const{min:e,max:i}=this,s=[],n=[];let o,a,r,l,h;for(o=0,a=t.length;o<a;++o)l=t[o],l>=e&&l<=i&&s.push(l);if(s.length<2)return[{time:e,pos:0},{time:i,pos:1}];for(o=0,a=s.length;o<a;++o)h=s[o+1],r=s[o-1],l=s[o],Math.round((h+r)/2)!==l&&n.push({time:l,pos:o/(a-1)});return n}_generate(){const t=this.min,e=this.max;let i=super.getDataTimestamps();return i.includes(t)&&i.length||i.splice(0,0,t),i.includes(e)&&1!==i.length||i.push(e),i.sort(((t,e)=>t-e))}_getTimestampsForTable(){let t=this._cache.all||[];if(t.length)return t;const e=this.getDataTimestamps(),i=this.getLabelTimestamps();return t=e.length&&i.length?this.normalize(e.concat(i)):e.length?e:i,t=this._cache.all=t,t}getDecimalForValue(t){return(jo(this._table,t)-this._minPos)/this._tableRange}getValueForPixel(t){const e=this._offsets,i=this.getDecimalForPixel(t)/e.factor-e.end;return jo(this._table,i*this._tableRange+this._minPos,!0)}}});const Yo=["rgb(54, 162, 235)","rgb(255, 99, 132)","rgb(255, 159, 64)","rgb(255, 205, 86)","rgb(75, 192, 192)","rgb(153, 102, 255)","rgb(201, 203, 207)"],Uo=Yo.map((t=>t.replace("rgb(","rgba(").replace(")",", 0.5)")));function Xo(t){return Yo[t%Yo.length]}function qo(t){return Uo[t%Uo.length]}function Ko(t){let e=0;return(i,s)=>{const n=t.getDatasetMeta(s).controller;n instanceof $n?e=function(t,e){return t.backgroundColor=t.data.map((()=>Xo(e++))),e}(i,e):n instanceof Yn?e=function(t,e){return t.backgroundColor=t.data.map((()=>qo(e++))),e}(i,e):n&&(e=function(t,e){return t.borderColor=Xo(e),t.backgroundColor=qo(e),++e}(i,e))}}function Go(t){let e;for(e in t)if(t[e].borderColor||t[e].backgroundColor)return!0;return!1}var Jo={id:"colors",defaults:{enabled:!0,forceOverride:!1},beforeLayout(t,e,i){if(!i.enabled)return;const{data:{datasets:s},options:n}=t.config,{elements:o}=n,a=Go(s)||(r=n)&&(r.borderColor||r.backgroundColor)||o&&Go(o)||"rgba(0,0,0,0.1)"!==ue.borderColor||"rgba(0,0,0,0.1)"!==ue.backgroundColor;var r;if(!i.forceOverride&&a)return;const l=Ko(t);s.forEach(l)}};function Zo(t){if(t._decimated){const e=t._data;delete t._decimated,delete t._data,Object.defineProperty(t,"data",{configurable:!0,enumerable:!0,writable:!0,value:e})}}function Qo(t){t.data.datasets.forEach((t=>{Zo(t)}))}var ta={id:"decimation",defaults:{algorithm:"min-max",enabled:!1},beforeElementsUpdate:(t,e,i)=>{if(!i.enabled)return void Qo(t);const n=t.width;t.data.datasets.forEach(((e,o)=>{const{_data:a,indexAxis:r}=e,l=t.getDatasetMeta(o),h=a||e.data;if("y"===Pi([r,t.options.indexAxis]))return;if(!l.controller.supportsDecimation)return;const c=t.scales[l.xAxisID];if("linear"!==c.type&&"time"!==c.type)return;if(t.options.parsing)return;let{start:d,count:u}=function(t,e){const i=e.length;let s,n=0;const{iScale:o}=t,{min:a,max:r,minDefined:l,maxDefined:h}=o.getUserBounds();return l&&(n=Z(it(e,o.axis,a).lo,0,i-1)),s=h?Z(it(e,o.axis,r).hi+1,n,i)-n:i-n,{start:n,count:s}}(l,h);if(u<=(i.threshold||4*n))return void Zo(e);let f;switch(s(a)&&(e._data=h,delete e.data,Object.defineProperty(e,"data",{configurable:!0,enumerable:!0,get:function(){return this._decimated},set:function(t){this._data=t}})),i.algorithm){case"lttb":f=function(t,e,i,s,n){const o=n.samples||s;if(o>=i)return t.slice(e,e+i);const a=[],r=(i-2)/(o-2);let l=0;const h=e+i-1;let c,d,u,f,g,p=e;for(a[l++]=t[p],c=0;c<o-2;c++){let s,n=0,o=0;const h=Math.floor((c+1)*r)+1+e,m=Math.min(Math.floor((c+2)*r)+1,i)+e,x=m-h;for(s=h;s<m;s++)n+=t[s].x,o+=t[s].y;n/=x,o/=x;const b=Math.floor(c*r)+1+e,_=Math.min(Math.floor((c+1)*r)+1,i)+e,{x:y,y:v}=t[p];for(u=f=-1,s=b;s<_;s++)f=.5*Math.abs((y-n)*(t[s].y-v)-(y-t[s].x)*(o-v)),f>u&&(u=f,d=t[s],g=s);a[l++]=d,p=g}return a[l++]=t[h],a}(h,d,u,n,i);break;case"min-max":f=function(t,e,i,n){let o,a,r,l,h,c,d,u,f,g,p=0,m=0;const x=[],b=e+i-1,_=t[e].x,y=t[b].x-_;for(o=e;o<e+i;++o){a=t[o],r=(a.x-_)/y*n,l=a.y;const e=0|r;if(e===h)l<f?(f=l,c=o):l>g&&(g=l,d=o),p=(m*p+a.x)/++m;else{const i=o-1;if(!s(c)&&!s(d)){const e=Math.min(c,d),s=Math.max(c,d);e!==u&&e!==i&&x.push({...t[e],x:p}),s!==u&&s!==i&&x.push({...t[s],x:p})}o>0&&i!==u&&x.push(t[i]),x.push(a),h=e,m=0,f=g=l,c=d=u=o}}return x}(h,d,u,n);break;default:throw new Error(`Unsupported decimation algorithm \'${i.algorithm}\'`)}e._decimated=f}))},destroy(t){Qo(t)}};function ea(t,e,i,s){if(s)return;let n=e[t],o=i[t];return"angle"===t&&(n=G(n),o=G(o)),{property:t,start:n,end:o}}function ia(t,e,i){for(;e>t;e--){const t=i[e];if(!isNaN(t.x)&&!isNaN(t.y))break}return e}function sa(t,e,i,s){return t&&e?s(t[i],e[i]):t?t[i]:e?e[i]:0}function na(t,e){let i=[],s=!1;return n(t)?(s=!0,i=t):i=function(t,e){const{x:i=null,y:s=null}=t||{},n=e.points,o=[];return e.segments.forEach((({start:t,end:e})=>{e=ia(t,e,n);const a=n[t],r=n[e];null!==s?(o.push({x:a.x,y:s}),o.push({x:r.x,y:s})):null!==i&&(o.push({x:i,y:a.y}),o.push({x:i,y:r.y}))})),o}(t,e),i.length?new oo({points:i,options:{tension:0},_loop:s,_fullLoop:s}):null}function oa(t){return t&&!1!==t.fill}function aa(t,e,i){let s=t[e].fill;const n=[e];let o;if(!i)return s;for(;!1!==s&&-1===n.indexOf(s);){if(!a(s))return s;if(o=t[s],!o)return!1;if(o.visible)return s;n.push(s),s=o.fill}return!1}function ra(t,e,i){const s=function(t){const e=t.options,i=e.fill;let s=l(i&&i.target,i);void 0===s&&(s=!!e.backgroundColor);if(!1===s||null===s)return!1;if(!0===s)return"origin";return s}(t);if(o(s))return!isNaN(s.value)&&s;let n=parseFloat(s);return a(n)&&Math.floor(n)===n?function(t,e,i,s){"-"!==t&&"+"!==t||(i=e+i);if(i===e||i<0||i>=s)return!1;return i}(s[0],e,n,i):["origin","start","end","stack","shape"].indexOf(s)>=0&&s}function la(t,e,i){const s=[];for(let n=0;n<i.length;n++){const o=i[n],{first:a,last:r,point:l}=ha(o,e,"x");if(!(!l||a&&r))if(a)s.unshift(l);else if(t.push(l),!r)break}t.push(...s)}function ha(t,e,i){const s=t.interpolate(e,i);if(!s)return{};const n=s[i],o=t.segments,a=t.points;let r=!1,l=!1;for(let t=0;t<o.length;t++){const e=o[t],s=a[e.start][i],h=a[e.end][i];if(tt(n,s,h)){r=n===s,l=n===h;break}}return{first:r,last:l,point:s}}class ca{constructor(t){this.x=t.x,this.y=t.y,this.radius=t.radius}pathSegment(t,e,i){const{x:s,y:n,radius:o}=this;return e=e||{start:0,end:O},t.arc(s,n,o,e.end,e.start,!0),!i.bounds}interpolate(t){const{x:e,y:i,radius:s}=this,n=t.angle;return{x:e+Math.cos(n)*s,y:i+Math.sin(n)*s,angle:n}}}function da(t){const{chart:e,fill:i,line:s}=t;if(a(i))return function(t,e){const i=t.getDatasetMeta(e),s=i&&t.isDatasetVisible(e);return s?i.dataset:null}(e,i);if("stack"===i)return function(t){const{scale:e,index:i,line:s}=t,n=[],o=s.segments,a=s.points,r=function(t,e){const i=[],s=t.getMatchingVisibleMetas("line");for(let t=0;t<s.length;t++){const n=s[t];if(n.index===e)break;n.hidden||i.unshift(n.dataset)}return i}(e,i);r.push(na({x:null,y:e.bottom},s));for(let t=0;t<o.length;t++){const e=o[t];for(let t=e.start;t<=e.end;t++)la(n,a[t],r)}return new oo({points:n,options:{}})}(t);if("shape"===i)return!0;const n=function(t){const e=t.scale||{};if(e.getPointPositionForValue)return function(t){const{scale:e,fill:i}=t,s=e.options,n=e.getLabels().length,a=s.reverse?e.max:e.min,r=function(t,e,i){let s;return s="start"===t?i:"end"===t?e.options.reverse?e.min:e.max:o(t)?t.value:e.getBaseValue(),s}(i,e,a),l=[];if(s.grid.circular){const t=e.getPointPositionForValue(0,a);return new ca({x:t.x,y:t.y,radius:e.getDistanceFromCenterForValue(r)})}for(let t=0;t<n;++t)l.push(e.getPointPositionForValue(t,r));return l}(t);return function(t){const{scale:e={},fill:i}=t,s=function(t,e){let i=null;return"start"===t?i=e.bottom:"end"===t?i=e.top:o(t)?i=e.getPixelForValue(t.value):e.getBasePixel&&(i=e.getBasePixel()),i}(i,e);if(a(s)){const t=e.isHorizontal();return{x:t?s:null,y:t?null:s}}return null}(t)}(t);return n instanceof ca?n:na(n,s)}function ua(t,e,i){const s=da(e),{chart:n,index:o,line:a,scale:r,axis:l}=e,h=a.options,c=h.fill,d=h.backgroundColor,{above:u=d,below:f=d}=c||{},g=n.getDatasetMeta(o),p=Wi(n,g);s&&a.points.length&&(Ie(t,function(t,e){if(!e||e.getPointPositionForValue)return t;const i=e.getPixelForValue(e.min),s=e.getPixelForValue(e.max),n=Math.min(i,s),o=Math.max(i,s);return e.isHorizontal()?{...t,left:Math.max(t.left,n),right:Math.min(t.right,o)}:{...t,top:Math.max(t.top,n),bottom:Math.min(t.bottom,o)}}(i,g.iScale)),function(t,e){const{line:i,target:s,above:n,below:o,area:a,scale:r,clip:l}=e,h=i._loop?"angle":e.axis;t.save();let c=o;o!==n&&("x"===h?(fa(t,s,a.top),pa(t,{line:i,target:s,color:n,scale:r,property:h,clip:l}),t.restore(),t.save(),fa(t,s,a.bottom)):"y"===h&&(ga(t,s,a.left),pa(t,{line:i,target:s,color:o,scale:r,property:h,clip:l}),t.restore(),t.save(),ga(t,s,a.right),c=n));pa(t,{line:i,target:s,color:c,scale:r,property:h,clip:l}),t.restore()}(t,{line:a,target:s,above:u,below:f,area:i,scale:r,axis:l,clip:p}),ze(t))}function fa(t,e,i){const{segments:s,points:n}=e;let o=!0,a=!1;t.beginPath();for(const r of s){const{start:s,end:l}=r,h=n[s],c=n[ia(s,l,n)];o?(t.moveTo(h.x,h.y),o=!1):(t.lineTo(h.x,i),t.lineTo(h.x,h.y)),a=!!e.pathSegment(t,r,{move:a}),a?t.closePath():t.lineTo(c.x,i)}t.lineTo(e.first().x,i),t.closePath(),t.clip()}function ga(t,e,i){const{segments:s,points:n}=e;let o=!0,a=!1;t.beginPath();for(const r of s){const{start:s,end:l}=r,h=n[s],c=n[ia(s,l,n)];o?(t.moveTo(h.x,h.y),o=!1):(t.lineTo(i,h.y),t.lineTo(h.x,h.y)),a=!!e.pathSegment(t,r,{move:a}),a?t.closePath():t.lineTo(i,c.y)}t.lineTo(i,e.first().y),t.closePath(),t.clip()}function pa(t,e){const{line:i,target:s,property:n,color:o,scale:a,clip:r}=e,l=function(t,e,i){const s=t.segments,n=t.points,o=e.points,a=[];for(const t of s){let{start:s,end:r}=t;r=ia(s,r,n);const l=ea(i,n[s],n[r],t.loop);if(!e.segments){a.push({source:t,target:l,start:n[s],end:n[r]});continue}const h=Ii(e,l);for(const e of h){const s=ea(i,o[e.start],o[e.end],e.loop),r=Ri(t,n,s);for(const t of r)a.push({source:t,target:e,start:{[i]:sa(l,s,"start",Math.max)},end:{[i]:sa(l,s,"end",Math.min)}})}}return a}(i,s,n);for(const{source:e,target:h,start:c,end:d}of l){const{style:{backgroundColor:l=o}={}}=e,u=!0!==s;t.save(),t.fillStyle=l,ma(t,a,r,u&&ea(n,c,d)),t.beginPath();const f=!!i.pathSegment(t,e);let g;if(u){f?t.closePath():xa(t,s,d,n);const e=!!s.pathSegment(t,h,{move:f,reverse:!0});g=f&&e,g||xa(t,s,c,n)}t.closePath(),t.fill(g?"evenodd":"nonzero"),t.restore()}}function ma(t,e,i,s){const n=e.chart.chartArea,{property:o,start:a,end:r}=s||{};if("x"===o||"y"===o){let e,s,l,h;"x"===o?(e=a,s=n.top,l=r,h=n.bottom):(e=n.left,s=a,l=n.right,h=r),t.beginPath(),i&&(e=Math.max(e,i.left),l=Math.min(l,i.right),s=Math.max(s,i.top),h=Math.min(h,i.bottom)),t.rect(e,s,l-e,h-s),t.clip()}}function xa(t,e,i,s){const n=e.interpolate(i,s);n&&t.lineTo(n.x,n.y)}var ba={id:"filler",afterDatasetsUpdate(t,e,i){const s=(t.data.datasets||[]).length,n=[];let o,a,r,l;for(a=0;a<s;++a)o=t.getDatasetMeta(a),r=o.dataset,l=null,r&&r.options&&r instanceof oo&&(l={visible:t.isDatasetVisible(a),index:a,fill:ra(r,a,s),chart:t,axis:o.controller.options.indexAxis,scale:o.vScale,line:r}),o.$filler=l,n.push(l);for(a=0;a<s;++a)l=n[a],l&&!1!==l.fill&&(l.fill=aa(n,a,i.propagate))},beforeDraw(t,e,i){const s="beforeDraw"===i.drawTime,n=t.getSortedVisibleDatasetMetas(),o=t.chartArea;for(let e=n.length-1;e>=0;--e){const i=n[e].$filler;i&&(i.line.updateControlPoints(o,i.axis),s&&i.fill&&ua(t.ctx,i,o))}},beforeDatasetsDraw(t,e,i){if("beforeDatasetsDraw"!==i.drawTime)return;const s=t.getSortedVisibleDatasetMetas();for(let e=s.length-1;e>=0;--e){const i=s[e].$filler;oa(i)&&ua(t.ctx,i,t.chartArea)}},beforeDatasetDraw(t,e,i){const s=e.meta.$filler;oa(s)&&"beforeDatasetDraw"===i.drawTime&&ua(t.ctx,s,t.chartArea)},defaults:{propagate:!0,drawTime:"beforeDatasetDraw"}};const _a=(t,e)=>{let{boxHeight:i=e,boxWidth:s=e}=t;return t.usePointStyle&&(i=Math.min(i,e),s=t.pointStyleWidth||Math.min(s,e)),{boxWidth:s,boxHeight:i,itemHeight:Math.max(e,i)}};class ya extends $s{constructor(t){super(),this._added=!1,this.legendHitBoxes=[],this._hoveredItem=null,this.doughnutMode=!1,this.chart=t.chart,this.options=t.options,this.ctx=t.ctx,this.legendItems=void 0,this.columnSizes=void 0,this.lineWidths=void 0,this.maxHeight=void 0,this.maxWidth=void 0,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.height=void 0,this.width=void 0,this._margins=void 0,this.position=void 0,this.weight=void 0,this.fullSize=void 0}update(t,e,i){this.maxWidth=t,this.maxHeight=e,this._margins=i,this.setDimensions(),this.buildLabels(),this.fit()}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=this._margins.left,this.right=this.width):(this.height=this.maxHeight,this.top=this._margins.top,this.bottom=this.height)}buildLabels(){const t=this.options.labels||{};let e=d(t.generateLabels,[this.chart],this)||[];t.filter&&(e=e.filter((e=>t.filter(e,this.chart.data)))),t.sort&&(e=e.sort(((e,i)=>t.sort(e,i,this.chart.data)))),this.options.reverse&&e.reverse(),this.legendItems=e}fit(){const{options:t,ctx:e}=this;if(!t.display)return void(this.width=this.height=0);const i=t.labels,s=Si(i.font),n=s.size,o=this._computeTitleHeight(),{boxWidth:a,itemHeight:r}=_a(i,n);let l,h;e.font=s.string,this.isHorizontal()?(l=this.maxWidth,h=this._fitRows(o,n,a,r)+10):(h=this.maxHeight,l=this._fitCols(o,s,a,r)+10),this.width=Math.min(l,t.maxWidth||this.maxWidth),this.height=Math.min(h,t.maxHeight||this.maxHeight)}_fitRows(t,e,i,s){const{ctx:n,maxWidth:o,options:{labels:{padding:a}}}=this,r=this.legendHitBoxes=[],l=this.lineWidths=[0],h=s+a;let c=t;n.textAlign="left",n.textBaseline="middle";let d=-1,u=-h;return this.legendItems.forEach(((t,f)=>{const g=i+e/2+n.measureText(t.text).width;(0===f||l[l.length-1]+g+2*a>o)&&(c+=h,l[l.length-(f>0?0:1)]=0,u+=h,d++),r[f]={left:0,top:u,row:d,width:g,height:s},l[l.length-1]+=g+a})),c}_fitCols(t,e,i,s){const{ctx:n,maxHeight:o,options:{labels:{padding:a}}}=this,r=this.legendHitBoxes=[],l=this.columnSizes=[],h=o-t;let c=a,d=0,u=0,f=0,g=0;return this.legendItems.forEach(((t,o)=>{const{itemWidth:p,itemHeight:m}=function(t,e,i,s,n){const o=function(t,e,i,s){let n=t.text;n&&"string"!=typeof n&&(n=n.reduce(((t,e)=>t.length>e.length?t:e)));return e+i.size/2+s.measureText(n).width}(s,t,e,i),a=function(t,e,i){let s=t;"string"!=typeof e.text&&(s=va(e,i));return s}(n,s,e.lineHeight);return{itemWidth:o,itemHeight:a}}(i,e,n,t,s);o>0&&u+m+2*a>h&&(c+=d+a,l.push({width:d,height:u}),f+=d+a,g++,d=u=0),r[o]={left:f,top:u,col:g,width:p,height:m},d=Math.max(d,p),u+=m+a})),c+=d,l.push({width:d,height:u}),c}adjustHitBoxes(){if(!this.options.display)return;const t=this._computeTitleHeight(),{legendHitBoxes:e,options:{align:i,labels:{padding:s},rtl:n}}=this,o=Oi(n,this.left,this.width);if(this.isHorizontal()){let n=0,a=ft(i,this.left+s,this.right-this.lineWidths[n]);for(const r of e)n!==r.row&&(n=r.row,a=ft(i,this.left+s,this.right-this.lineWidths[n])),r.top+=this.top+t+s,r.left=o.leftForLtr(o.x(a),r.width),a+=r.width+s}else{let n=0,a=ft(i,this.top+t+s,this.bottom-this.columnSizes[n].height);for(const r of e)r.col!==n&&(n=r.col,a=ft(i,this.top+t+s,this.bottom-this.columnSizes[n].height)),r.top=a,r.left+=this.left+s,r.left=o.leftForLtr(o.x(r.left),r.width),a+=r.height+s}}isHorizontal(){return"top"===this.options.position||"bottom"===this.options.position}draw(){if(this.options.display){const t=this.ctx;Ie(t,this),this._draw(),ze(t)}}_draw(){const{options:t,columnSizes:e,lineWidths:i,ctx:s}=this,{align:n,labels:o}=t,a=ue.color,r=Oi(t.rtl,this.left,this.width),h=Si(o.font),{padding:c}=o,d=h.size,u=d/2;let f;this.drawTitle(),s.textAlign=r.textAlign("left"),s.textBaseline="middle",s.lineWidth=.5,s.font=h.string;const{boxWidth:g,boxHeight:p,itemHeight:m}=_a(o,d),x=this.isHorizontal(),b=this._computeTitleHeight();f=x?{x:ft(n,this.left+c,this.right-i[0]),y:this.top+c+b,line:0}:{x:this.left+c,y:ft(n,this.top+b+c,this.bottom-e[0].height),line:0},Ai(this.ctx,t.textDirection);const _=m+c;this.legendItems.forEach(((y,v)=>{s.strokeStyle=y.fontColor,s.fillStyle=y.fontColor;const M=s.measureText(y.text).width,w=r.textAlign(y.textAlign||(y.textAlign=o.textAlign)),k=g+u+M;let S=f.x,P=f.y;r.setWidth(this.width),x?v>0&&S+k+c>this.right&&(P=f.y+=_,f.line++,S=f.x=ft(n,this.left+c,this.right-i[f.line])):v>0&&P+_>this.bottom&&(S=f.x=S+e[f.line].width+c,f.line++,P=f.y=ft(n,this.top+b+c,this.bottom-e[f.line].height));if(function(t,e,i){if(isNaN(g)||g<=0||isNaN(p)||p<0)return;s.save();const n=l(i.lineWidth,1);if(s.fillStyle=l(i.fillStyle,a),s.lineCap=l(i.lineCap,"butt"),s.lineDashOffset=l(i.lineDashOffset,0),s.lineJoin=l(i.lineJoin,"miter"),s.lineWidth=n,s.strokeStyle=l(i.strokeStyle,a),s.setLineDash(l(i.lineDash,[])),o.usePointStyle){const a={radius:p*Math.SQRT2/2,pointStyle:i.pointStyle,rotation:i.rotation,borderWidth:n},l=r.xPlus(t,g/2);Ee(s,a,l,e+u,o.pointStyleWidth&&g)}else{const o=e+Math.max((d-p)/2,0),a=r.leftForLtr(t,g),l=wi(i.borderRadius);s.beginPath(),Object.values(l).some((t=>0!==t))?He(s,{x:a,y:o,w:g,h:p,radius:l}):s.rect(a,o,g,p),s.fill(),0!==n&&s.stroke()}s.restore()}(r.x(S),P,y),S=gt(w,S+g+u,x?S+k:this.right,t.rtl),function(t,e,i){We(s,i.text,t,e+m/2,h,{strikethrough:i.hidden,textAlign:r.textAlign(i.textAlign)})}(r.x(S),P,y),x)f.x+=k+c;else if("string"!=typeof y.text){const t=h.lineHeight;f.y+=va(y,t)+c}else f.y+=_})),Ti(this.ctx,t.textDirection)}drawTitle(){const t=this.options,e=t.title,i=Si(e.font),s=ki(e.padding);if(!e.display)return;const n=Oi(t.rtl,this.left,this.width),o=this.ctx,a=e.position,r=i.size/2,l=s.top+r;let h,c=this.left,d=this.width;if(this.isHorizontal())d=Math.max(...this.lineWidths),h=this.top+l,c=ft(t.align,c,this.right-d);else{const e=this.columnSizes.reduce(((t,e)=>Math.max(t,e.height)),0);h=l+ft(t.align,this.top,this.bottom-e-t.labels.padding-this._computeTitleHeight())}const u=ft(a,c,c+d);o.textAlign=n.textAlign(ut(a)),o.textBaseline="middle",o.strokeStyle=e.color,o.fillStyle=e.color,o.font=i.string,We(o,e.text,u,h,i)}_computeTitleHeight(){const t=this.options.title,e=Si(t.font),i=ki(t.padding);return t.display?e.lineHeight+i.height:0}_getLegendItemAt(t,e){let i,s,n;if(tt(t,this.left,this.right)&&tt(e,this.top,this.bottom))for(n=this.legendHitBoxes,i=0;i<n.length;++i)if(s=n[i],tt(t,s.left,s.left+s.width)&&tt(e,s.top,s.top+s.height))return this.legendItems[i];return null}handleEvent(t){const e=this.options;if(!function(t,e){if(("mousemove"===t||"mouseout"===t)&&(e.onHover||e.onLeave))return!0;if(e.onClick&&("click"===t||"mouseup"===t))return!0;return!1}(t.type,e))return;const i=this._getLegendItemAt(t.x,t.y);if("mousemove"===t.type||"mouseout"===t.type){const o=this._hoveredItem,a=(n=i,null!==(s=o)&&null!==n&&s.datasetIndex===n.datasetIndex&&s.index===n.index);o&&!a&&d(e.onLeave,[t,o,this],this),this._hoveredItem=i,i&&!a&&d(e.onHover,[t,i,this],this)}else i&&d(e.onClick,[t,i,this],this);var s,n}}function va(t,e){return e*(t.text?t.text.length:0)}var Ma={id:"legend",_element:ya,start(t,e,i){const s=t.legend=new ya({ctx:t.ctx,options:i,chart:t});ls.configure(t,s,i),ls.addBox(t,s)},stop(t){ls.removeBox(t,t.legend),delete t.legend},beforeUpdate(t,e,i){const s=t.legend;ls.configure(t,s,i),s.options=i},afterUpdate(t){const e=t.legend;e.buildLabels(),e.adjustHitBoxes()},afterEvent(t,e){e.replay||t.legend.handleEvent(e.event)},defaults:{display:!0,position:"top",align:"center",fullSize:!0,reverse:!1,weight:1e3,onClick(t,e,i){const s=e.datasetIndex,n=i.chart;n.isDatasetVisible(s)?(n.hide(s),e.hidden=!0):(n.show(s),e.hidden=!1)},onHover:null,onLeave:null,labels:{color:t=>t.chart.options.color,boxWidth:40,padding:10,generateLabels(t){const e=t.data.datasets,{labels:{usePointStyle:i,pointStyle:s,textAlign:n,color:o,useBorderRadius:a,borderRadius:r}}=t.legend.options;return t._getSortedDatasetMetas().map((t=>{const l=t.controller.getStyle(i?0:void 0),h=ki(l.borderWidth);return{text:e[t.index].label,fillStyle:l.backgroundColor,fontColor:o,hidden:!t.visible,lineCap:l.borderCapStyle,lineDash:l.borderDash,lineDashOffset:l.borderDashOffset,lineJoin:l.borderJoinStyle,lineWidth:(h.width+h.height)/4,strokeStyle:l.borderColor,pointStyle:s||l.pointStyle,rotation:l.rotation,textAlign:n||l.textAlign,borderRadius:a&&(r||l.borderRadius),datasetIndex:t.index}}),this)}},title:{color:t=>t.chart.options.color,display:!1,position:"center",text:""}},descriptors:{_scriptable:t=>!t.startsWith("on"),labels:{_scriptable:t=>!["generateLabels","filter","sort"].includes(t)}}};class wa extends $s{constructor(t){super(),this.chart=t.chart,this.options=t.options,this.ctx=t.ctx,this._padding=void 0,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this.position=void 0,this.weight=void 0,this.fullSize=void 0}update(t,e){const i=this.options;if(this.left=0,this.top=0,!i.display)return void(this.width=this.height=this.right=this.bottom=0);this.width=this.right=t,this.height=this.bottom=e;const s=n(i.text)?i.text.length:1;this._padding=ki(i.padding);const o=s*Si(i.font).lineHeight+this._padding.height;this.isHorizontal()?this.height=o:this.width=o}isHorizontal(){const t=this.options.position;return"top"===t||"bottom"===t}_drawArgs(t){const{top:e,left:i,bottom:s,right:n,options:o}=this,a=o.align;let r,l,h,c=0;return this.isHorizontal()?(l=ft(a,i,n),h=e+t,r=n-i):("left"===o.position?(l=i+t,h=ft(a,s,e),c=-.5*C):(l=n-t,h=ft(a,e,s),c=.5*C),r=s-e),{titleX:l,titleY:h,maxWidth:r,rotation:c}}draw(){const t=this.ctx,e=this.options;if(!e.display)return;const i=Si(e.font),s=i.lineHeight/2+this._padding.top,{titleX:n,titleY:o,maxWidth:a,rotation:r}=this._drawArgs(s);We(t,e.text,0,0,i,{color:e.color,maxWidth:a,rotation:r,textAlign:ut(e.align),textBaseline:"middle",translation:[n,o]})}}var ka={id:"title",_element:wa,start(t,e,i){!function(t,e){const i=new wa({ctx:t.ctx,options:e,chart:t});ls.configure(t,i,e),ls.addBox(t,i),t.titleBlock=i}(t,i)},stop(t){const e=t.titleBlock;ls.removeBox(t,e),delete t.titleBlock},beforeUpdate(t,e,i){const s=t.titleBlock;ls.configure(t,s,i),s.options=i},defaults:{align:"center",display:!1,font:{weight:"bold"},fullSize:!0,padding:10,position:"top",text:"",weight:2e3},defaultRoutes:{color:"color"},descriptors:{_scriptable:!0,_indexable:!1}};const Sa=new WeakMap;var Pa={id:"subtitle",start(t,e,i){const s=new wa({ctx:t.ctx,options:i,chart:t});ls.configure(t,s,i),ls.addBox(t,s),Sa.set(t,s)},stop(t){ls.removeBox(t,Sa.get(t)),Sa.delete(t)},beforeUpdate(t,e,i){const s=Sa.get(t);ls.configure(t,s,i),s.options=i},defaults:{align:"center",display:!1,font:{weight:"normal"},fullSize:!0,padding:0,position:"top",text:"",weight:1500},defaultRoutes:{color:"color"},descriptors:{_scriptable:!0,_indexable:!1}};const Da={average(t){if(!t.length)return!1;let e,i,s=new Set,n=0,o=0;for(e=0,i=t.length;e<i;++e){const i=t[e].element;if(i&&i.hasValue()){const t=i.tooltipPosition();s.add(t.x),n+=t.y,++o}}if(0===o||0===s.size)return!1;return{x:[...s].reduce(((t,e)=>t+e))/s.size,y:n/o}},nearest(t,e){if(!t.length)return!1;let i,s,n,o=e.x,a=e.y,r=Number.POSITIVE_INFINITY;for(i=0,s=t.length;i<s;++i){const s=t[i].element;if(s&&s.hasValue()){const t=q(e,s.getCenterPoint());t<r&&(r=t,n=s)}}if(n){const t=n.tooltipPosition();o=t.x,a=t.y}return{x:o,y:a}}};function Ca(t,e){return e&&(n(e)?Array.prototype.push.apply(t,e):t.push(e)),t}function Oa(t){return("string"==typeof t||t instanceof String)&&t.indexOf("\\n")>-1?t.split("\\n"):t}function Aa(t,e){const{element:i,datasetIndex:s,index:n}=e,o=t.getDatasetMeta(s).controller,{label:a,value:r}=o.getLabelAndValue(n);return{chart:t,label:a,parsed:o.getParsed(n),raw:t.data.datasets[s].data[n],formattedValue:r,dataset:o.getDataset(),dataIndex:n,datasetIndex:s,element:i}}function Ta(t,e){const i=t.chart.ctx,{body:s,footer:n,title:o}=t,{boxWidth:a,boxHeight:r}=e,l=Si(e.bodyFont),h=Si(e.titleFont),c=Si(e.footerFont),d=o.length,f=n.length,g=s.length,p=ki(e.padding);let m=p.height,x=0,b=s.reduce(((t,e)=>t+e.before.length+e.lines.length+e.after.length),0);if(b+=t.beforeBody.length+t.afterBody.length,d&&(m+=d*h.lineHeight+(d-1)*e.titleSpacing+e.titleMarginBottom),b){m+=g*(e.displayColors?Math.max(r,l.lineHeight):l.lineHeight)+(b-g)*l.lineHeight+(b-1)*e.bodySpacing}f&&(m+=e.footerMarginTop+f*c.lineHeight+(f-1)*e.footerSpacing);let _=0;const y=function(t){x=Math.max(x,i.measureText(t).width+_)};return i.save(),i.font=h.string,u(t.title,y),i.font=l.string,u(t.beforeBody.concat(t.afterBody),y),_=e.displayColors?a+2+e.boxPadding:0,u(s,(t=>{u(t.before,y),u(t.lines,y),u(t.after,y)})),_=0,i.font=c.string,u(t.footer,y),i.restore(),x+=p.width,{width:x,height:m}}function La(t,e,i,s){const{x:n,width:o}=i,{width:a,chartArea:{left:r,right:l}}=t;let h="center";return"center"===s?h=n<=(r+l)/2?"left":"right":n<=o/2?h="left":n>=a-o/2&&(h="right"),function(t,e,i,s){const{x:n,width:o}=s,a=i.caretSize+i.caretPadding;return"left"===t&&n+o+a>e.width||"right"===t&&n-o-a<0||void 0}(h,t,e,i)&&(h="center"),h}function Ea(t,e,i){const s=i.yAlign||e.yAlign||function(t,e){const{y:i,height:s}=e;return i<s/2?"top":i>t.height-s/2?"bottom":"center"}(t,i);return{xAlign:i.xAlign||e.xAlign||La(t,e,i,s),yAlign:s}}function Ra(t,e,i,s){const{caretSize:n,caretPadding:o,cornerRadius:a}=t,{xAlign:r,yAlign:l}=i,h=n+o,{topLeft:c,topRight:d,bottomLeft:u,bottomRight:f}=wi(a);let g=function(t,e){let{x:i,width:s}=t;return"right"===e?i-=s:"center"===e&&(i-=s/2),i}(e,r);const p=function(t,e,i){let{y:s,height:n}=t;return"top"===e?s+=i:s-="bottom"===e?n+i:n/2,s}(e,l,h);return"center"===l?"left"===r?g+=h:"right"===r&&(g-=h):"left"===r?g-=Math.max(c,u)+n:"right"===r&&(g+=Math.max(d,f)+n),{x:Z(g,0,s.width-e.width),y:Z(p,0,s.height-e.height)}}function Ia(t,e,i){const s=ki(i.padding);return"center"===e?t.x+t.width/2:"right"===e?t.x+t.width-s.right:t.x+s.left}function za(t){return Ca([],Oa(t))}function Fa(t,e){const i=e&&e.dataset&&e.dataset.tooltip&&e.dataset.tooltip.callbacks;return i?t.override(i):t}const Va={beforeTitle:e,title(t){if(t.length>0){const e=t[0],i=e.chart.data.labels,s=i?i.length:0;if(this&&this.options&&"dataset"===this.options.mode)return e.dataset.label||"";if(e.label)return e.label;if(s>0&&e.dataIndex<s)return i[e.dataIndex]}return""},afterTitle:e,beforeBody:e,beforeLabel:e,label(t){if(this&&this.options&&"dataset"===this.options.mode)return t.label+": "+t.formattedValue||t.formattedValue;let e=t.dataset.label||"";e&&(e+=": ");const i=t.formattedValue;return s(i)||(e+=i),e},labelColor(t){const e=t.chart.getDatasetMeta(t.datasetIndex).controller.getStyle(t.dataIndex);return{borderColor:e.borderColor,backgroundColor:e.backgroundColor,borderWidth:e.borderWidth,borderDash:e.borderDash,borderDashOffset:e.borderDashOffset,borderRadius:0}},labelTextColor(){return this.options.bodyColor},labelPointStyle(t){const e=t.chart.getDatasetMeta(t.datasetIndex).controller.getStyle(t.dataIndex);return{pointStyle:e.pointStyle,rotation:e.rotation}},afterLabel:e,afterBody:e,beforeFooter:e,footer:e,afterFooter:e};function Ba(t,e,i,s){const n=t[e].call(i,s);return void 0===n?Va[e].call(i,s):n}class Na extends $s{static positioners=Da;constructor(t){super(),this.opacity=0,this._active=[],this._eventPosition=void 0,this._size=void 0,this._cachedAnimations=void 0,this._tooltipItems=[],this.$animations=void 0,this.$context=void 0,this.chart=t.chart,this.options=t.options,this.dataPoints=void 0,this.title=void 0,this.beforeBody=void 0,this.body=void 0,this.afterBody=void 0,this.footer=void 0,this.xAlign=void 0,this.yAlign=void 0,this.x=void 0,this.y=void 0,this.height=void 0,this.width=void 0,this.caretX=void 0,this.caretY=void 0,this.labelColors=void 0,this.labelPointStyles=void 0,this.labelTextColors=void 0}initialize(t){this.options=t,this._cachedAnimations=void 0,this.$context=void 0}_resolveAnimations(){const t=this._cachedAnimations;if(t)return t;const e=this.chart,i=this.options.setContext(this.getContext()),s=i.enabled&&e.options.animation&&i.animations,n=new Ts(this.chart,s);return s._cacheable&&(this._cachedAnimations=Object.freeze(n)),n}getContext(){return this.$context||(this.$context=(t=this.chart.getContext(),e=this,i=this._tooltipItems,Ci(t,{tooltip:e,tooltipItems:i,type:"tooltip"})));var t,e,i}getTitle(t,e){const{callbacks:i}=e,s=Ba(i,"beforeTitle",this,t),n=Ba(i,"title",this,t),o=Ba(i,"afterTitle",this,t);let a=[];return a=Ca(a,Oa(s)),a=Ca(a,Oa(n)),a=Ca(a,Oa(o)),a}getBeforeBody(t,e){return za(Ba(e.callbacks,"beforeBody",this,t))}getBody(t,e){const{callbacks:i}=e,s=[];return u(t,(t=>{const e={before:[],lines:[],after:[]},n=Fa(i,t);Ca(e.before,Oa(Ba(n,"beforeLabel",this,t))),Ca(e.lines,Ba(n,"label",this,t)),Ca(e.after,Oa(Ba(n,"afterLabel",this,t))),s.push(e)})),s}getAfterBody(t,e){return za(Ba(e.callbacks,"afterBody",this,t))}getFooter(t,e){const{callbacks:i}=e,s=Ba(i,"beforeFooter",this,t),n=Ba(i,"footer",this,t),o=Ba(i,"afterFooter",this,t);let a=[];return a=Ca(a,Oa(s)),a=Ca(a,Oa(n)),a=Ca(a,Oa(o)),a}_createItems(t){const e=this._active,i=this.chart.data,s=[],n=[],o=[];let a,r,l=[];for(a=0,r=e.length;a<r;++a)l.push(Aa(this.chart,e[a]));return t.filter&&(l=l.filter(((e,s,n)=>t.filter(e,s,n,i)))),t.itemSort&&(l=l.sort(((e,s)=>t.itemSort(e,s,i)))),u(l,(e=>{const i=Fa(t.callbacks,e);s.push(Ba(i,"labelColor",this,e)),n.push(Ba(i,"labelPointStyle",this,e)),o.push(Ba(i,"labelTextColor",this,e))})),this.labelColors=s,this.labelPointStyles=n,this.labelTextColors=o,this.dataPoints=l,l}update(t,e){const i=this.options.setContext(this.getContext()),s=this._active;let n,o=[];if(s.length){const t=Da[i.position].call(this,s,this._eventPosition);o=this._createItems(i),this.title=this.getTitle(o,i),this.beforeBody=this.getBeforeBody(o,i),this.body=this.getBody(o,i),this.afterBody=this.getAfterBody(o,i),this.footer=this.getFooter(o,i);const e=this._size=Ta(this,i),a=Object.assign({},t,e),r=Ea(this.chart,i,a),l=Ra(i,a,r,this.chart);this.xAlign=r.xAlign,this.yAlign=r.yAlign,n={opacity:1,x:l.x,y:l.y,width:e.width,height:e.height,caretX:t.x,caretY:t.y}}else 0!==this.opacity&&(n={opacity:0});this._tooltipItems=o,this.$context=void 0,n&&this._resolveAnimations().update(this,n),t&&i.external&&i.external.call(this,{chart:this.chart,tooltip:this,replay:e})}drawCaret(t,e,i,s){const n=this.getCaretPosition(t,i,s);e.lineTo(n.x1,n.y1),e.lineTo(n.x2,n.y2),e.lineTo(n.x3,n.y3)}getCaretPosition(t,e,i){const{xAlign:s,yAlign:n}=this,{caretSize:o,cornerRadius:a}=i,{topLeft:r,topRight:l,bottomLeft:h,bottomRight:c}=wi(a),{x:d,y:u}=t,{width:f,height:g}=e;let p,m,x,b,_,y;return"center"===n?(_=u+g/2,"left"===s?(p=d,m=p-o,b=_+o,y=_-o):(p=d+f,m=p+o,b=_-o,y=_+o),x=p):(m="left"===s?d+Math.max(r,h)+o:"right"===s?d+f-Math.max(l,c)-o:this.caretX,"top"===n?(b=u,_=b-o,p=m-o,x=m+o):(b=u+g,_=b+o,p=m+o,x=m-o),y=b),{x1:p,x2:m,x3:x,y1:b,y2:_,y3:y}}drawTitle(t,e,i){const s=this.title,n=s.length;let o,a,r;if(n){const l=Oi(i.rtl,this.x,this.width);for(t.x=Ia(this,i.titleAlign,i),e.textAlign=l.textAlign(i.titleAlign),e.textBaseline="middle",o=Si(i.titleFont),a=i.titleSpacing,e.fillStyle=i.titleColor,e.font=o.string,r=0;r<n;++r)e.fillText(s[r],l.x(t.x),t.y+o.lineHeight/2),t.y+=o.lineHeight+a,r+1===n&&(t.y+=i.titleMarginBottom-a)}}_drawColorBox(t,e,i,s,n){const a=this.labelColors[i],r=this.labelPointStyles[i],{boxHeight:l,boxWidth:h}=n,c=Si(n.bodyFont),d=Ia(this,"left",n),u=s.x(d),f=l<c.lineHeight?(c.lineHeight-l)/2:0,g=e.y+f;if(n.usePointStyle){const e={radius:Math.min(h,l)/2,pointStyle:r.pointStyle,rotation:r.rotation,borderWidth:1},i=s.leftForLtr(u,h)+h/2,o=g+l/2;t.strokeStyle=n.multiKeyBackground,t.fillStyle=n.multiKeyBackground,Le(t,e,i,o),t.strokeStyle=a.borderColor,t.fillStyle=a.backgroundColor,Le(t,e,i,o)}else{t.lineWidth=o(a.borderWidth)?Math.max(...Object.values(a.borderWidth)):a.borderWidth||1,t.strokeStyle=a.borderColor,t.setLineDash(a.borderDash||[]),t.lineDashOffset=a.borderDashOffset||0;const e=s.leftForLtr(u,h),i=s.leftForLtr(s.xPlus(u,1),h-2),r=wi(a.borderRadius);Object.values(r).some((t=>0!==t))?(t.beginPath(),t.fillStyle=n.multiKeyBackground,He(t,{x:e,y:g,w:h,h:l,radius:r}),t.fill(),t.stroke(),t.fillStyle=a.backgroundColor,t.beginPath(),He(t,{x:i,y:g+1,w:h-2,h:l-2,radius:r}),t.fill()):(t.fillStyle=n.multiKeyBackground,t.fillRect(e,g,h,l),t.strokeRect(e,g,h,l),t.fillStyle=a.backgroundColor,t.fillRect(i,g+1,h-2,l-2))}t.fillStyle=this.labelTextColors[i]}drawBody(t,e,i){const{body:s}=this,{bodySpacing:n,bodyAlign:o,displayColors:a,boxHeight:r,boxWidth:l,boxPadding:h}=i,c=Si(i.bodyFont);let d=c.lineHeight,f=0;const g=Oi(i.rtl,this.x,this.width),p=function(i){e.fillText(i,g.x(t.x+f),t.y+d/2),t.y+=d+n},m=g.textAlign(o);let x,b,_,y,v,M,w;for(e.textAlign=o,e.textBaseline="middle",e.font=c.string,t.x=Ia(this,m,i),e.fillStyle=i.bodyColor,u(this.beforeBody,p),f=a&&"right"!==m?"center"===o?l/2+h:l+2+h:0,y=0,M=s.length;y<M;++y){for(x=s[y],b=this.labelTextColors[y],e.fillStyle=b,u(x.before,p),_=x.lines,a&&_.length&&(this._drawColorBox(e,t,y,g,i),d=Math.max(c.lineHeight,r)),v=0,w=_.length;v<w;++v)p(_[v]),d=c.lineHeight;u(x.after,p)}f=0,d=c.lineHeight,u(this.afterBody,p),t.y-=n}drawFooter(t,e,i){const s=this.footer,n=s.length;let o,a;if(n){const r=Oi(i.rtl,this.x,this.width);for(t.x=Ia(this,i.footerAlign,i),t.y+=i.footerMarginTop,e.textAlign=r.textAlign(i.footerAlign),e.textBaseline="middle",o=Si(i.footerFont),e.fillStyle=i.footerColor,e.font=o.string,a=0;a<n;++a)e.fillText(s[a],r.x(t.x),t.y+o.lineHeight/2),t.y+=o.lineHeight+i.footerSpacing}}drawBackground(t,e,i,s){const{xAlign:n,yAlign:o}=this,{x:a,y:r}=t,{width:l,height:h}=i,{topLeft:c,topRight:d,bottomLeft:u,bottomRight:f}=wi(s.cornerRadius);e.fillStyle=s.backgroundColor,e.strokeStyle=s.borderColor,e.lineWidth=s.borderWidth,e.beginPath(),e.moveTo(a+c,r),"top"===o&&this.drawCaret(t,e,i,s),e.lineTo(a+l-d,r),e.quadraticCurveTo(a+l,r,a+l,r+d),"center"===o&&"right"===n&&this.drawCaret(t,e,i,s),e.lineTo(a+l,r+h-f),e.quadraticCurveTo(a+l,r+h,a+l-f,r+h),"bottom"===o&&this.drawCaret(t,e,i,s),e.lineTo(a+u,r+h),e.quadraticCurveTo(a,r+h,a,r+h-u),"center"===o&&"left"===n&&this.drawCaret(t,e,i,s),e.lineTo(a,r+c),e.quadraticCurveTo(a,r,a+c,r),e.closePath(),e.fill(),s.borderWidth>0&&e.stroke()}_updateAnimationTarget(t){const e=this.chart,i=this.$animations,s=i&&i.x,n=i&&i.y;if(s||n){const i=Da[t.position].call(this,this._active,this._eventPosition);if(!i)return;const o=this._size=Ta(this,t),a=Object.assign({},i,this._size),r=Ea(e,t,a),l=Ra(t,a,r,e);s._to===l.x&&n._to===l.y||(this.xAlign=r.xAlign,this.yAlign=r.yAlign,this.width=o.width,this.height=o.height,this.caretX=i.x,this.caretY=i.y,this._resolveAnimations().update(this,l))}}_willRender(){return!!this.opacity}draw(t){const e=this.options.setContext(this.getContext());let i=this.opacity;if(!i)return;this._updateAnimationTarget(e);const s={width:this.width,height:this.height},n={x:this.x,y:this.y};i=Math.abs(i)<.001?0:i;const o=ki(e.padding),a=this.title.length||this.beforeBody.length||this.body.length||this.afterBody.length||this.footer.length;e.enabled&&a&&(t.save(),t.globalAlpha=i,this.drawBackground(n,t,s,e),Ai(t,e.textDirection),n.y+=o.top,this.drawTitle(n,t,e),this.drawBody(n,t,e),this.drawFooter(n,t,e),Ti(t,e.textDirection),t.restore())}getActiveElements(){return this._active||[]}setActiveElements(t,e){const i=this._active,s=t.map((({datasetIndex:t,index:e})=>{const i=this.chart.getDatasetMeta(t);if(!i)throw new Error("Cannot find a dataset at index "+t);return{datasetIndex:t,element:i.data[e],index:e}})),n=!f(i,s),o=this._positionChanged(s,e);(n||o)&&(this._active=s,this._eventPosition=e,this._ignoreReplayEvents=!0,this.update(!0))}handleEvent(t,e,i=!0){if(e&&this._ignoreReplayEvents)return!1;this._ignoreReplayEvents=!1;const s=this.options,n=this._active||[],o=this._getActiveElements(t,n,e,i),a=this._positionChanged(o,t),r=e||!f(o,n)||a;return r&&(this._active=o,(s.enabled||s.external)&&(this._eventPosition={x:t.x,y:t.y},this.update(!0,e))),r}_getActiveElements(t,e,i,s){const n=this.options;if("mouseout"===t.type)return[];if(!s)return e.filter((t=>this.chart.data.datasets[t.datasetIndex]&&void 0!==this.chart.getDatasetMeta(t.datasetIndex).controller.getParsed(t.index)));const o=this.chart.getElementsAtEventForMode(t,n.mode,n,i);return n.reverse&&o.reverse(),o}_positionChanged(t,e){const{caretX:i,caretY:s,options:n}=this,o=Da[n.position].call(this,t,e);return!1!==o&&(i!==o.x||s!==o.y)}}var Wa={id:"tooltip",_element:Na,positioners:Da,afterInit(t,e,i){i&&(t.tooltip=new Na({chart:t,options:i}))},beforeUpdate(t,e,i){t.tooltip&&t.tooltip.initialize(i)},reset(t,e,i){t.tooltip&&t.tooltip.initialize(i)},afterDraw(t){const e=t.tooltip;if(e&&e._willRender()){const i={tooltip:e};if(!1===t.notifyPlugins("beforeTooltipDraw",{...i,cancelable:!0}))return;e.draw(t.ctx),t.notifyPlugins("afterTooltipDraw",i)}},afterEvent(t,e){if(t.tooltip){const i=e.replay;t.tooltip.handleEvent(e.event,i,e.inChartArea)&&(e.changed=!0)}},defaults:{enabled:!0,external:null,position:"average",backgroundColor:"rgba(0,0,0,0.8)",titleColor:"#fff",titleFont:{weight:"bold"},titleSpacing:2,titleMarginBottom:6,titleAlign:"left",bodyColor:"#fff",bodySpacing:2,bodyFont:{},bodyAlign:"left",footerColor:"#fff",footerSpacing:2,footerMarginTop:6,footerFont:{weight:"bold"},footerAlign:"left",padding:6,caretPadding:2,caretSize:5,cornerRadius:6,boxHeight:(t,e)=>e.bodyFont.size,boxWidth:(t,e)=>e.bodyFont.size,multiKeyBackground:"#fff",displayColors:!0,boxPadding:0,borderColor:"rgba(0,0,0,0)",borderWidth:0,animation:{duration:400,easing:"easeOutQuart"},animations:{numbers:{type:"number",properties:["x","y","width","height","caretX","caretY"]},opacity:{easing:"linear",duration:200}},callbacks:Va},defaultRoutes:{bodyFont:"font",footerFont:"font",titleFont:"font"},descriptors:{_scriptable:t=>"filter"!==t&&"itemSort"!==t&&"external"!==t,_indexable:!1,callbacks:{_scriptable:!1,_indexable:!1},animation:{_fallback:!1},animations:{_fallback:"animation"}},additionalOptionScopes:["interaction"]};return Tn.register(Un,$o,go,t),Tn.helpers={...Hi},Tn._adapters=In,Tn.Animation=As,Tn.Animations=Ts,Tn.animator=bt,Tn.controllers=nn.controllers.items,Tn.DatasetController=js,Tn.Element=$s,Tn.elements=go,Tn.Interaction=Ki,Tn.layouts=ls,Tn.platforms=Ds,Tn.Scale=tn,Tn.Ticks=ae,Object.assign(Tn,Un,$o,go,t,Ds),Tn.Chart=Tn,"undefined"!=typeof window&&(window.Chart=Tn),Tn}));\n//# sourceMappingURL=chart.umd.min.js.map\n';
  }
});

// packages/cli/src/html/render-html-page.ts
function tableHtml(t) {
  const cell = (tag2, i, text) => `<${tag2}${t.numeric.includes(i) ? ' class="n"' : ""}>${escapeHtml(text)}</${tag2}>`;
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
<script>${CHART_JS_SOURCE.replace(/<\/script/gi, "<\\/script")}</script>
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
import { resolve as resolve2 } from "node:path";
function write(file, html, io, command) {
  const path = resolve2(io.cwd, file);
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
import { basename as basename2, dirname as dirname3, resolve as resolve3 } from "node:path";
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
  if (query.endsWith(".jsonl") && existsSync6(resolve3(cwd, query))) {
    const path = resolve3(cwd, query);
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
    init_write_html_page();
    init_list_transcript_files();
    init_trace_view();
    isMain = (f) => basename2(dirname3(f.path)) !== "subagents";
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
    init_write_html_page();
    init_progress_display();
    init_report_cache();
    init_trace_command();
    init_trace_view();
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
        const by = ctx.string("by") ?? "day";
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
        const json = {
          ...report,
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
        if (html !== void 0)
          writeReportPage(html, json, await costliestTrace(json, roots, ctx.io.cwd), ctx.io);
        if (ctx.json) {
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
