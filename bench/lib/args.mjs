export const suites = ['folder', 'scaling', 'lsp', 'startup']

export const usage = `Usage: pnpm bench [options]

  --suite=<names>    folder, scaling, lsp, startup, a comma list of them, or all (default all)
  --quick            a small corpus subset, one run each (a smoke run)
  --runs <n>         runs of the fast tools (luxlint, ripgrep, node) (default 5)
  --slow-runs <n>    runs of alex and textlint (default 2)
  --tools=<a,b>      only these tools in the folder suite (node, luxlint, luxlint-cache, ripgrep, textlint, alex)
  --lsp-edits <n>    didChange edits in the lsp suite (default 40)
  --timeout <s>      cap per process (default 900)
  --source-dir <d>   build the corpus from this folder instead of Debian and npm sources
  --cache-dir <d>    where sources, peers and the corpus live (default $XDG_CACHE_HOME/luxlint-bench)
  --results-dir <d>  where result JSON and SVG go (default bench/results)
  --label <word>     added to the result files' names (<date>-<suite>-<word>), so a second run that day keeps the first
  -h, --help         show this help`

const valued = new Set(['suite', 'runs', 'slow-runs', 'tools', 'lsp-edits', 'timeout', 'source-dir', 'cache-dir', 'results-dir', 'seed', 'label'])
const numeric = new Set(['runs', 'slow-runs', 'lsp-edits', 'timeout', 'seed'])

/** Parse argv into options; throws one-line "Unexpected …" errors for bad input. */
export function parseArgs(argv) {
  const options = {suite: 'all', quick: false, help: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--quick') options.quick = true
    else if (arg === '-h' || arg === '--help') options.help = true
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = arg.slice(2, eq === -1 ? undefined : eq)
      if (!valued.has(name)) throw new Error(`Unexpected option \`${arg}\`; see --help`)
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
      if (value === undefined || value === '') throw new Error(`Unexpected missing value for --${name}`)
      const key = name.replace(/-(\w)/g, (_, c) => c.toUpperCase())
      if (numeric.has(name)) {
        const n = Number(value)
        if (!Number.isInteger(n) || n < 1) throw new Error(`Unexpected --${name} \`${value}\`; expected a whole number of at least 1`)
        options[key] = n
      } else options[key] = value
    } else throw new Error(`Unexpected argument \`${arg}\`; see --help`)
  }
  const named = options.suite.split(',').map((s) => s.trim())
  for (const name of named) {
    if (name !== 'all' && !suites.includes(name)) throw new Error(`Unexpected --suite \`${name}\`; expected one of ${[...suites, 'all'].join(', ')}`)
  }
  options.suites = named.includes('all') ? suites : suites.filter((s) => named.includes(s))
  if (options.label !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(options.label)) throw new Error(`Unexpected --label \`${options.label}\`; expected lower-case letters, digits and hyphens`)
  options.runs ??= options.quick ? 1 : 5
  options.slowRuns ??= options.quick ? 1 : 2
  options.lspEdits ??= options.quick ? 6 : 40
  options.timeout ??= 900
  options.seed ??= 20261128
  options.tools = options.tools ? options.tools.split(',').map((t) => t.trim()).filter(Boolean) : null
  return options
}
