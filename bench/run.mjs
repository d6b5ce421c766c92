#!/usr/bin/env node
// pnpm bench: builds the corpus outside the repository, runs the suites, writes
// bench/results/<date>-<suite>.json (+ .svg) and prints Markdown tables. See bench/README.md.
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs, usage} from './lib/args.mjs'
import {runMeta} from './lib/meta.mjs'
import {defaultCacheDir, defaultResultsDir, luxlintBin} from './lib/paths.mjs'
import {loadPhrases} from './lib/phrases.mjs'
import {prepareCorpus} from './lib/prepare.mjs'
import {suiteRunners} from './lib/suites.mjs'

const log = (message) => process.stderr.write(`${message}\n`)

/** Write through a temporary file so a stopped run never leaves half a result. */
function writeAtomic(file, text) {
  const temp = `${file}.tmp-${process.pid}`
  fs.writeFileSync(temp, text)
  fs.renameSync(temp, file)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  if (!fs.existsSync(luxlintBin)) throw new Error('Expected a built CLI at packages/cli/dist/bin.js; run `pnpm build` first')
  const cacheDir = options.cacheDir ? path.resolve(options.cacheDir) : defaultCacheDir()
  const resultsDir = options.resultsDir ? path.resolve(options.resultsDir) : defaultResultsDir
  const startedAt = new Date()
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
  const rawDir = path.join(resultsDir, 'raw', stamp)
  fs.mkdirSync(rawDir, {recursive: true})
  fs.mkdirSync(cacheDir, {recursive: true})

  const phrases = await loadPhrases()
  const corpus = prepareCorpus({sourceDir: options.sourceDir, quick: options.quick, seed: options.seed, cacheDir, phrases, log})
  const meta = runMeta()
  const ctx = {options, cacheDir, corpus, phrases, rawDir, meta, log}
  const date = startedAt.toISOString().slice(0, 10)
  const written = []

  for (const suite of options.suites) {
    const suiteStart = new Date()
    const outcome = await suiteRunners[suite](ctx)
    if (!outcome) continue
    const name = `${date}-${suite}${options.quick ? '-quick' : ''}${options.label ? `-${options.label}` : ''}`
    const result = {
      schema: 1,
      ...outcome.result,
      quick: options.quick,
      date,
      startedAt: suiteStart.toISOString(),
      finishedAt: new Date().toISOString(),
      options: {runs: options.runs, slowRuns: options.slowRuns, timeoutS: options.timeout, seed: options.seed},
      ...meta,
      loadavgEnd: runMeta().machine.loadavg
    }
    writeAtomic(path.join(resultsDir, `${name}.json`), JSON.stringify(result, null, 2) + '\n')
    written.push(`${name}.json`)
    if (outcome.svg) {
      writeAtomic(path.join(resultsDir, `${name}.svg`), outcome.svg)
      written.push(`${name}.svg`)
    }
    process.stdout.write(`\n## ${suite}${options.quick ? ' (quick)' : ''}\n\n${outcome.table}\n`)
  }
  process.stdout.write(`\ncommit ${meta.git.commit ?? 'unknown'}${meta.git.dirty ? ' (packages/ had uncommitted changes)' : ''}; wrote ${written.map((w) => path.join(path.relative(process.cwd(), resultsDir) || '.', w)).join(', ')}\n`)
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`)
  process.exitCode = 2
})
