// An esbuild plugin that loads some of the engine's dependencies on first use instead of at
// start-up. Their module top level builds large tables (franc's trigram models, parse5's entity
// and HTML property tables, acorn's Unicode data) that one small Markdown file never needs, and in
// a short run that work cost more than linting. The core imports them statically (its API is
// synchronous, so it cannot import them on demand itself); the bundle replaces each import with
// a small module that `require`s the real one on the first call, which esbuild turns into a lazy
// initialiser. Only functions and plain objects of functions can be deferred this way.

/**
 * What the core imports from each deferred package, and why a short run can skip it:
 * `named`: exported functions; `plugin`: an ES module whose default export is a unified plugin;
 * `object`: a CommonJS module used as an object of functions (`YAML.parse`).
 */
export const deferred = {
  // Language detection falls back to trigrams only when function words leave the language open.
  'franc-min': {named: ['francAll']},
  // The HTML parser (parse5, hast): HTML documents only.
  'rehype-parse': {plugin: true},
  // MDX syntax (micromark's JavaScript expressions, acorn): .mdx documents only.
  'remark-mdx': {plugin: true},
  // The YAML parser: YAML config files only.
  yaml: {object: true}
}

/** The stand-in module for `name`, which loads `file` (the resolved real module) when first used. */
export function deferredSource(name, file) {
  const spec = deferred[name]
  const lines = ['let loaded', `const load = () => (loaded ??= require(${JSON.stringify(file)}))`]
  for (const exported of spec.named ?? []) {
    lines.push(`export function ${exported}(...args) { return load().${exported}.apply(this, args) }`)
  }
  // A unified plugin is called with the processor as `this`.
  if (spec.plugin) lines.push('export default function plugin(...args) { return load().default.apply(this, args) }')
  if (spec.object) lines.push('export default new Proxy({}, {get: (target, key) => load()[key]})')
  return lines.join('\n') + '\n'
}

export function deferredModules() {
  const filter = new RegExp(`^(?:${Object.keys(deferred).join('|')})$`)
  return {
    name: 'luxlint-deferred-modules',
    setup(build) {
      build.onResolve({filter}, async (args) => {
        // Only the core's own static imports: what it takes from each package is listed above.
        if (args.pluginData?.real || args.kind !== 'import-statement' || !/[\\/]core[\\/]dist[\\/]/.test(args.importer)) return undefined
        // Resolve as the original import would (same conditions), then stand in for it.
        const real = await build.resolve(args.path, {kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: {real: true}})
        if (real.errors.length) return {errors: real.errors}
        return {path: real.path, namespace: 'luxlint-deferred', pluginData: {name: args.path}}
      })
      build.onLoad({filter: /.*/, namespace: 'luxlint-deferred'}, (args) => ({
        contents: deferredSource(args.pluginData.name, args.path),
        loader: 'js',
        resolveDir: process.cwd()
      }))
    }
  }
}
