// Loaders for the WeChat fixtures: message XML captured in WeChat's shape and the official vectors.

import { readFileSync } from 'node:fs';

const DIR = new URL('../../fixtures/wechat/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8');
}

export const MESSAGE_FIXTURES = [
  'text-zh.xml',
  'text-en.xml',
  'voice-recognition.xml',
  'voice-empty-recognition.xml',
  'image.xml',
  'location.xml',
  'link.xml',
  'event-subscribe.xml',
  'event-unsubscribe.xml',
  'event-click.xml',
] as const;

/** An official vector as a strict getter: a typo in a field name fails loudly instead of comparing undefined. */
export function vector(name: string): (field: string) => string {
  const all: unknown = JSON.parse(fixture('wechat-test-vectors.json'));
  if (!Array.isArray(all)) throw new Error('wechat-test-vectors.json: expected an array');
  const found: unknown = all.find((v: unknown) => typeof v === 'object' && v !== null && Reflect.get(v, 'name') === name);
  if (typeof found !== 'object' || found === null) throw new Error(`no vector named ${name}`);
  return (field: string): string => {
    const value: unknown = Reflect.get(found, field);
    if (typeof value !== 'string') throw new Error(`vector ${name} has no string field ${field}`);
    return value;
  };
}
