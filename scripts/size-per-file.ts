/*
 * Where a bundle's gzipped bytes go, file by file. Gzip has no per-file size: a file's text is cheap
 * when it repeats what came before. So each file is charged what the gzipped stream grows by when its
 * minified output is appended, after `context` (the app without the code measured) and the files before
 * it in bundle order. An approximation that sums to the whole, for choosing what to look at; the goals
 * stay on the whole-app figures.
 */
import { gzipSync } from 'node:zlib';

/** A source file's minified bytes in a bundle, in the order the bundle holds them. */
export interface BundleInput {
  path: string;
  bytes: number;
}

/** The gzipped bytes each input adds after `context`, in bundle order. */
export function gzipCostPerFile(
  context: Uint8Array,
  code: Uint8Array,
  inputs: BundleInput[],
): Array<BundleInput & { gzipped: number }> {
  const gzipped = (length: number) => gzipSync(Buffer.concat([context, code.subarray(0, length)]), { level: 9 }).byteLength;
  let end = 0;
  let before = gzipped(0);
  return inputs.map((input) => {
    end += input.bytes;
    const after = gzipped(end);
    const cost = after - before;
    before = after;
    return { ...input, gzipped: cost };
  });
}
