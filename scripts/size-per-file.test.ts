import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { gzipCostPerFile } from './size-per-file';

const text = (value: string) => new TextEncoder().encode(value);
const gzipped = (value: string) => gzipSync(text(value), { level: 9 }).byteLength;

it('charges each file what the gzipped stream grows by, so the costs add up to the whole', () => {
  const context = 'const app = "an app that is already there";';
  const files = ['function first(){return "a file with its own words"}', 'function second(){return 42}'];
  const costs = gzipCostPerFile(
    text(context),
    text(files.join('')),
    files.map((file, index) => ({ path: `file-${index}.ts`, bytes: file.length })),
  );
  expect(costs.map(({ path }) => path)).toEqual(['file-0.ts', 'file-1.ts']);
  expect(costs.reduce((sum, { gzipped }) => sum + gzipped, 0)).toBe(gzipped(context + files.join('')) - gzipped(context));
});

it('charges a file little for text the bundle already holds before it', () => {
  const file = 'Billing could not be opened. Please reload the page and try again.';
  const [first, repeat] = gzipCostPerFile(text(''), text(file + file), [
    { path: 'first.ts', bytes: file.length },
    { path: 'repeat.ts', bytes: file.length },
  ]);
  expect(repeat!.gzipped).toBeLessThan(first!.gzipped / 4);
});
