import { describe, expect, it } from 'vitest';
import { startFakeAnthropicApi } from './fake-anthropic-api.js';
import { startTmuxClaude, tmuxAvailable } from './tmux-claude.js';

describe.runIf(await tmuxAvailable())('startTmuxClaude', () => {
  it('should get past the first-start screens, show an answer on screen, and go away on close', async () => {
    const api = await startFakeAnthropicApi({
      fallback: {
        content: [{ type: 'text', text: 'Hello from the fake model.' }],
        usage: { input_tokens: 5, output_tokens: 3 },
      },
    });
    const claude = await startTmuxClaude({ apiUrl: api.url });
    try {
      expect(await claude.screen()).not.toMatch(
        /trust this folder|Do you want to use this API key|Choose the text style/i,
      );
      await claude.submit('say hello');
      const screen = await claude.waitFor((s) => s.includes('Hello from the fake model.'), {
        timeoutMs: 30_000,
      });
      expect(screen).toContain('say hello');
    } finally {
      await claude.close();
      await api.close();
    }
    await expect(claude.screen()).rejects.toThrow();
  }, 60_000);
});
