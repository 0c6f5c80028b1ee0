import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { findSessionUrls } from './session-url-guard';

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, which CI reads.
 *
 * A file that failed to load and an unhandled error each count as a failure, so nothing broken reads
 * as green. Every console line of every test is also checked for a portal session URL: each leak is
 * printed and counted as a failure, because the kit promises that no log ever holds one.
 */
export default class SummaryReporter implements Reporter {
  private readonly leaks: string[] = [];
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    for (const url of findSessionUrls(log.content)) {
      const task = log.taskId ? this.vitest?.state.idMap.get(log.taskId) : undefined;
      const where = task ? `${task.file?.filepath ?? ''} > ${task.name}` : (log.origin ?? 'outside a test');
      this.leaks.push(`${where}: ${redact(url)}`);
    }
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      const tests = [...testModule.children.allTests()];
      if (tests.length === 0 && testModule.state() === 'failed') failed += 1;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    if (this.leaks.length > 0) {
      process.stdout.write(`\nA portal session URL was logged (${this.leaks.length}):\n  ${this.leaks.join('\n  ')}\n`);
      failed += 1;
      // Vitest only ever raises the exit code, so this survives its own bookkeeping.
      process.exitCode = 1;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

// Even the report of a leak must not repeat the whole credential.
function redact(url: string): string {
  return url.replace(/(\/p\/session\/.{4}).*/, '$1…');
}
