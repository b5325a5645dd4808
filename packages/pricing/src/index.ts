export type { AnthropicUsage } from './anthropic-usage.js';
