import { priceUsage } from '@glassbox/pricing';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import type { PriceJson } from './price-command.js';
import { runCli } from './run-cli.js';

async function price(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await runCli(['price', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const USAGE = {
  input_tokens: 12_345,
  output_tokens: 678,
  cache_creation_input_tokens: 23_333,
  cache_creation: { ephemeral_5m_input_tokens: 1_111, ephemeral_1h_input_tokens: 22_222 },
  cache_read_input_tokens: 40_000,
  inference_geo: 'us',
  server_tool_use: { web_search_requests: 3 },
};

describe('glassbox price', () => {
  it('should price one response as @glassbox/pricing does, and name the rule', async () => {
    const r = await price('--model', 'claude-opus-4-6', '--usage', JSON.stringify(USAGE), '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as PriceJson;
    const expected = priceUsage('claude-opus-4-6', USAGE);
    expect(json.known).toBe(true);
    expect(json.costUsd).toBe(expected.costUsd);
    expect(json.rule).toBe(expected.rule);
    expect(json.rule).toContain('inference_geo "us"');
    expect(json.canonicalModel).toBe('claude-opus-4-6');
    const text = await price('--model', 'claude-opus-4-6', '--usage', JSON.stringify(USAGE));
    expect(text.out.split('\n')[0]).toBe(
      `claude-opus-4-6: $${expected.costUsd!.toFixed(4)} (${expected.costUsd} USD)`,
    );
    expect(text.out).toContain('23,333 cache write (5m 1,111, 1h 22,222)');
    for (const line of text.out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('should say a model has no price (known: false, exit 0), never $0', async () => {
    const r = await price('--model', 'gpt-5', '--usage', '{"input_tokens":1000}', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ model: 'gpt-5', known: false, costUsd: null });
    const text = await price('--model', 'gpt-5', '--usage', '{"input_tokens":1000}');
    expect(text.out).toContain('gpt-5: no price known');
    expect(text.out).not.toContain('$0');
  });

  it('should reject bad --usage with a clear message and exit 2', async () => {
    for (const [usage, message] of [
      ['{"input_tokens":', '--usage is not valid JSON'],
      ['[1,2]', '--usage must be a JSON object'],
      ['{"input_tokens":-5}', '--usage: input_tokens must be a non-negative number (got -5)'],
      ['{"cache_creation":3}', '--usage: cache_creation must be an object'],
    ]) {
      const r = await price('--model', 'claude-opus-4-6', '--usage', usage!);
      expect(r.code, usage).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect((await price('--usage', '{}')).err).toContain('--model is required');
    expect((await price('--model', 'claude-opus-4-6')).err).toContain('--usage is required');
  });

  it('should have help for every command, and a main help', async () => {
    for (const name of ['trace', 'report', 'price', 'doctor']) {
      const io = memoryIo();
      expect(await runCli([name, '--help'], io)).toBe(0);
      expect(io.out()).toContain(`Usage: glassbox ${name}`);
      expect(io.out()).toContain('Exit codes:');
      for (const line of io.out().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/trace\s+one session as a tree/);
    const unknown = memoryIo();
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err()).toContain("unknown command 'frobnicate'");
  });
});
