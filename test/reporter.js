/**
 * Ends every jest run with one machine-readable line:
 *   tests: N passed, M failed            (", K skipped" is added only when K > 0)
 * A test file that fails before its tests run (a syntax error, a missing dist/) counts as one failure.
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    this.line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    // Jest prints its own summary after every custom reporter, so the line waits for exit.
    if (!this.waiting) {
      this.waiting = true;
      process.once('exit', () => process.stdout.write(`${this.line}\n`));
    }
  }
}

module.exports = SummaryLineReporter;
