// Fault injection for the reliability tests of `--fix`: a test build (see scripts/bundle-options.mjs)
// sets __LUXLINT_TEST_FAULTS__ to true and then honours LUXLINT_TEST_FAULT. The release bundle
// sets it to false, so esbuild drops this code and the variable's name from luxlint.cjs.
declare const __LUXLINT_TEST_FAULTS__: boolean

/** Where a test may ask the process to die: halfway through the temporary file, or just before the rename. */
export type FaultPoint = 'kill-mid-write' | 'kill-before-rename'

/** Dies here (SIGKILL: no cleanup, no exit handlers) if this test build was asked to. */
export function testFault(point: FaultPoint): void {
  if (typeof __LUXLINT_TEST_FAULTS__ !== 'undefined' && __LUXLINT_TEST_FAULTS__) {
    if (process.env.LUXLINT_TEST_FAULT === point) process.kill(process.pid, 'SIGKILL')
  }
}
