// The esbuild options of the CLI bundle, shared by the release build (bundle.mjs) and the
// reliability tests, which build the same bundle with the test fault hooks switched on.
import path from 'node:path'
import {nodeBundleOptions} from '../../../scripts/bundle/options.mjs'

/**
 * `testFaults`: true only for a test build; the release bundle defines it false so the hooks of
 * src/test-faults.ts, and the name of their environment variable, are dropped as dead code.
 */
export function bundleOptions(dist, {outfile = path.join(dist, 'luxlint.cjs'), testFaults = false} = {}) {
  return nodeBundleOptions({
    entry: path.join(dist, 'entry.js'),
    outfile,
    define: {__LUXLINT_TEST_FAULTS__: testFaults ? 'true' : 'false'},
    // Loaded only for some inputs, through the loader's import (see src/optional.ts).
    external: ['@luxlint/documents', '@luxlint/report', '@luxlint/web/serve']
  })
}
