/** A value an attribute may carry; the same set OpenTelemetry accepts. */
export type AttributeValue =
  | string
  | number
  | boolean
  | readonly string[]
  | readonly number[]
  | readonly boolean[];

/** Flat key → value attributes. Keys follow OpenTelemetry naming (`gen_ai.usage.input_tokens`). */
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** What produced the telemetry: service, host, user, Claude Code version… */
export interface Resource {
  readonly attributes: Attributes;
}
