// The registry's series: one per metric name and attribute set, found by a canonical key of the attributes.
import type { Attributes, AttributeValue } from '@glassbox/spec';

export interface HistogramAgg {
  count: number;
  sum: number;
  min: number;
  max: number;
  buckets: number[];
}

export interface Series {
  attributes: Attributes;
  value: number;
  hist?: HistogramAgg;
}

export type Store = Map<string, Map<string, Series>>;

export function series(store: Store, name: string, attributes: Attributes): Series {
  let byKey = store.get(name);
  if (!byKey) {
    byKey = new Map();
    store.set(name, byKey);
  }
  const key = attributeKey(attributes);
  let s = byKey.get(key);
  if (!s) {
    s = { attributes, value: 0 };
    byKey.set(key, s);
  }
  return s;
}

function attributeKey(attributes: Attributes): string {
  return JSON.stringify(
    Object.keys(attributes)
      .sort()
      .map((k) => [k, attributes[k] as AttributeValue]),
  );
}
