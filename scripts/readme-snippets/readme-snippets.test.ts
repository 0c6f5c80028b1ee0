import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extractSnippets } from './extract-snippets';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Where the snippets are checked from: a folder whose node_modules has stripe, hono and express.
const SNIPPET_DIR = `${ROOT}packages/server`;
// Checked from there too (as a .ts file, so skipLibCheck cannot hide a mistake in it).
const GLOBALS = `${SNIPPET_DIR}/readme-snippet-globals.ts`;
const GLOBALS_SOURCE = readFileSync(new URL('./snippet-globals.txt', import.meta.url), 'utf8');
const READMES = ['README.md', 'packages/server/README.md'];

function compilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(`${ROOT}tsconfig.base.json`, ts.sys.readFile);
  return { ...ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options, noUnusedLocals: false };
}

/** Type-checks every snippet as its own module (with the app's globals) and returns the errors by snippet. */
function typeErrors(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const host = ts.createCompilerHost(compilerOptions());
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram([...files.keys()], compilerOptions(), host);
  const errors = new Map<string, string[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = diagnostic.file?.fileName ?? '(options)';
    const line =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0;
    errors.set(name, [
      ...(errors.get(name) ?? []),
      `line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    ]);
  }
  return errors;
}

describe("the READMEs' TypeScript snippets", () => {
  const snippets = READMES.flatMap((readme) => extractSnippets(readme, ROOT));
  // `export {}` makes each snippet a module, so two snippets that both declare `portal` do not clash.
  const files = new Map(
    snippets.map((snippet, index) => [`${SNIPPET_DIR}/readme-snippet-${index}.ts`, `${snippet.code}\nexport {};\n`]),
  );
  files.set(GLOBALS, GLOBALS_SOURCE);
  const errors = typeErrors(files);

  it('finds the snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8);
  });

  it.each(snippets.map((snippet, index) => [snippet.where, index] as const))('%s type-checks as written', (_where, index) => {
    expect(errors.get(`${SNIPPET_DIR}/readme-snippet-${index}.ts`) ?? []).toEqual([]);
  });

  it('leaves no error outside the snippets (in the globals they share)', () => {
    expect([...errors].filter(([file]) => file === GLOBALS || !files.has(file))).toEqual([]);
  });
});
