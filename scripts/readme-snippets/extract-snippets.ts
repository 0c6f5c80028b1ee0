import { readFileSync } from 'node:fs';

/** One fenced code block of a Markdown file. */
export interface Snippet {
  /** `README.md:42`: the file and the line the block's code starts on. */
  where: string;
  code: string;
}

/**
 * The ```` ```ts ```` blocks of a Markdown file, in order. Blocks of other languages (`sh`, `tsx`
 * fragments of JSX) are left out.
 *
 * @example
 * extractSnippets('README.md', root).map((snippet) => snippet.where); // ['README.md:22', ...]
 */
export function extractSnippets(file: string, root: string): Snippet[] {
  const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n');
  const snippets: Snippet[] = [];
  let start: number | undefined;
  for (const [index, line] of lines.entries()) {
    if (start === undefined && line.trim() === '```ts') start = index + 1;
    else if (start !== undefined && line.trim() === '```') {
      snippets.push({ where: `${file}:${start + 1}`, code: lines.slice(start, index).join('\n') });
      start = undefined;
    }
  }
  return snippets;
}
