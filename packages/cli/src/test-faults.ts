// Fault injection for the reliability tests of `--fix` and of multi-file runs: a test build (see scripts/bundle-options.mjs)
// sets __LUXLINT_TEST_FAULTS__ to true and then honours LUXLINT_TEST_FAULT. The release bundle
// sets it to false, so esbuild drops this code and the variable's name from luxlint.cjs.
import fs from 'node:fs'

declare const __LUXLINT_TEST_FAULTS__: boolean

/**
 * Where a test may ask the process to die: halfway through the temporary file, or just before the
 * rename; or a worker thread to end after taking a file it never answers for.
 */
export type FaultPoint = 'kill-mid-write' | 'kill-before-rename' | 'worker-exit'

/** Dies here (SIGKILL: no cleanup, no exit handlers; a worker thread just ends) if this test build was asked to. */
export function testFault(point: FaultPoint): void {
  if (typeof __LUXLINT_TEST_FAULTS__ !== 'undefined' && __LUXLINT_TEST_FAULTS__) {
    if (process.env.LUXLINT_TEST_FAULT !== point) return
    if (point === 'worker-exit') {
      // Said on the real stderr (a worker's process.stderr is asynchronous), so a test knows it happened.
      fs.writeSync(2, 'luxlint test fault: worker-exit\n')
      process.exit(70)
    }
    process.kill(process.pid, 'SIGKILL')
  }
}

/** Whether this test build was asked to end a worker mid-run (always false in the release bundle). */
export function workerExitRequested(): boolean {
  return typeof __LUXLINT_TEST_FAULTS__ !== 'undefined' && __LUXLINT_TEST_FAULTS__ && process.env.LUXLINT_TEST_FAULT === 'worker-exit'
}
