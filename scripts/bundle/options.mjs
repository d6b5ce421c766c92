// The esbuild options both bundles (CLI and language server) are built with: one minified
// CommonJS script for Node 20, the engine's rarely needed dependencies loaded on first use.
import {deferredModules} from './deferred-modules.mjs'

/** `define` and `external` are added to, not replaced. */
export function nodeBundleOptions({entry, outfile, define = {}, external = [], ...rest}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'linked',
    // A script has no import.meta: the banner gives it the bundle's own URL.
    define: {'import.meta.url': '__luxlint_url', ...define},
    banner: {js: "var __luxlint_url = require('url').pathToFileURL(__filename).href;"},
    external,
    plugins: [deferredModules()],
    logLevel: 'warning',
    ...rest
  }
}
