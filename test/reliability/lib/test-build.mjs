// A test build of the CLI: the release bundle's esbuild options with the fault hooks on
// (LUXLINT_TEST_FAULT is honoured only here; see packages/cli/src/test-faults.ts).
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {root} from './paths.mjs'

export const cliDist = path.join(root, 'packages/cli/dist')
export const releaseBundle = path.join(cliDist, 'luxlint.cjs')

/** Bundle dist/entry.js with __LUXLINT_TEST_FAULTS__ true into `dir`; returns the script to run. */
export async function buildWithFaults(dir) {
  const {build} = createRequire(path.join(root, 'packages/cli/package.json'))('esbuild')
  const {bundleOptions} = await import(pathToFileURL(path.join(root, 'packages/cli/scripts/bundle-options.mjs')).href)
  const outfile = path.join(dir, 'luxlint-test-faults.cjs')
  await build(bundleOptions(cliDist, {outfile, testFaults: true}))
  return outfile
}
