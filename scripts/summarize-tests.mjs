// Adds up the JSON reports of vitest and Playwright into one closing line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };

function countPlaywright(suites) {
  for (const suite of suites ?? []) {
    countPlaywright(suite.suites);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const outcome =
          test.status === 'expected' || test.status === 'flaky'
            ? 'passed'
            : test.status === 'skipped'
              ? 'skipped'
              : 'failed';
        totals[outcome] += 1;
      }
    }
  }
}

for (const file of existsSync(directory) ? readdirSync(directory) : []) {
  const report = JSON.parse(readFileSync(join(directory, file), 'utf8'));
  if ('numPassedTests' in report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else {
    countPlaywright(report.suites);
  }
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
