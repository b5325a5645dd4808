import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { channelFloorMs, freePort, gitDescribe, machineInfo, median } from './bench-utils.mjs';

describe('median', () => {
  it('should take the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });
});

describe('freePort', () => {
  it('should return a loopback port that can be bound', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    expect(server.address().port).toBe(port);
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('machineInfo and gitDescribe', () => {
  it('should describe the machine and the commit of a tracked path', () => {
    expect(machineInfo()).toMatchObject({ cpus: expect.any(Number), node: process.version });
    expect(gitDescribe('bench/lib/generate-transcripts.mjs')).toMatch(
      /^([0-9a-f]{7,}(\+modified)?|unknown)$/,
    );
  });
});

describe('channelFloorMs', () => {
  it('should add the one-handler mod and the hooks alone, and need both', () => {
    const set = {
      'stub-mod': { paired: { firstPlusTailMs: 151 } },
      'hooks-only': { paired: { firstPlusTailMs: 181.2 } },
    };
    expect(channelFloorMs(set)).toBe(332.2);
    expect(channelFloorMs({ 'stub-mod': set['stub-mod'] })).toBeUndefined();
    expect(channelFloorMs({})).toBeUndefined();
  });
});
