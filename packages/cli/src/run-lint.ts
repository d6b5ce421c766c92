import fs from 'node:fs'
import path from 'node:path'
import type {LintOptions} from '@luxlint/core'
import type {CliArgs} from './args.js'
import {applyBaseline, buildBaseline, readBaseline, writeBaseline} from './baseline.js'
import {changedLines, checkRef} from './changed.js'
import {optionsFor} from './config.js'
import {errorLines} from './error-lines.js'
import {UsageError, exitCodes} from './errors.js'
import {t} from './locale/index.js'
import {expandTargets, parseFileList} from './files.js'
import {fingerprintOf, needsFingerprints, setFingerprint} from './fingerprint.js'
import {writeFixed} from './fix-file.js'
import {render} from './formatters/render.js'
import type {FileResult} from './formatters/types.js'
import type {Io} from './main.js'
import {Progress} from './progress.js'
import {decode, readText} from './read.js'
import {atLeastWarning, fails} from './threshold.js'
import {Workers, lintJob, parallelThreshold, textOutcome, type LintJob, type LintOutcome} from './parallel.js'
import {ResultCache, cacheFile, defaultCacheLocation} from './result-cache.js'
import {isDocument, lintDocument} from './documents.js'
import {writeAtomic} from './write.js'

interface Job {
  path: string
  /** The absolute path, when the folder walk made it. */
  absolute?: string
  stdin?: boolean
  error?: string
  /** Set with `error` when the document's config file is broken. */
  config?: string
  options?: LintOptions
}

/** A job for one document under its config, or an error job when that config is broken. */
function configured(job: Job, documentPath: string, args: CliArgs, cwd: string): Job {
  const found = optionsFor(documentPath, args, cwd, job.absolute)
  return 'broken' in found ? {...job, error: found.broken.message, config: found.broken.file} : {...job, options: found.options}
}

async function collectOperands(args: CliArgs, io: Io): Promise<{operands: string[]; stdinText?: Uint8Array}> {
  const operands = [...args.operands]
  if (args.fileList !== undefined) {
    if (args.fileList === '-') {
      if (operands.includes('-')) throw new UsageError(t().stdinTwice)
      operands.push(...parseFileList(decode(await io.stdin()).text))
    } else {
      let text: string
      try {
        text = readText(path.resolve(io.cwd, args.fileList)).text
      } catch (error) {
        throw new UsageError(`--file-list ${args.fileList}: ${(error as Error).message}`)
      }
      operands.push(...parseFileList(text))
    }
  }
  if (operands.length === 0) {
    throw new UsageError(args.fileList !== undefined ? t().fileListEmpty(args.fileList) : t().noInput)
  }
  return {operands}
}

/** `luxlint [paths…]`: lint, optionally fix, filter by baseline and git, report, decide the exit code. */
export async function runLint(args: CliArgs, io: Io): Promise<number> {
  if (args.redact && args.fixDryRun) throw new UsageError(t().redactWithDiff)
  const {operands} = await collectOperands(args, io)
  const wantsStdin = operands.includes('-')
  if (wantsStdin && args.fix) throw new UsageError(t().fixStdin)
  if (args.changedSince !== undefined) checkRef(args.changedSince, io.cwd)

  // Workers for a run that may have many files start now, and load while the files are found.
  const workers = mayHaveManyFiles(operands, args, io.cwd) ? new Workers(needsFingerprints(args)) : undefined
  try {
    return await lintAndReport(args, io, operands, workers)
  } finally {
    workers?.stop()
  }
}

/** The run's result cache (`--cache`), or none: a fix rewrites files instead of reporting them as they are. */
function openCache(args: CliArgs, io: Io): ResultCache | undefined {
  if (!args.cache || args.fix || args.fixDryRun) return undefined
  const {cache, unusable} = ResultCache.load(cacheFile(args.cacheLocation, io.cwd))
  if (unusable) io.stderr(`luxlint: ${t().cacheUnusable(args.cacheLocation ?? defaultCacheLocation, unusable === 'invalid' ? t().notACache : unusable)}\n`)
  return cache
}

/**
 * Fill in the findings of files the cache still holds, keep those of files linted now, and write
 * the cache. A file whose entry turns out damaged is linted here.
 */
function settleWithCache(cache: ResultCache, jobs: LintJob[], done: LintOutcome[], fingerprints: boolean, io: Io): void {
  for (const job of jobs) {
    let outcome = done[job.index]
    const kept = outcome?.cached ? cache.take(job.path) : undefined
    if (kept) {
      outcome.messages = kept.messages
      kept.messages.forEach((message, i) => setFingerprint(message, kept.fingerprints?.[i] ?? undefined))
      continue
    }
    if (outcome?.cached) outcome = done[job.index] = lintJob({...job, cached: ''}, fingerprints)
    if (outcome?.messages && outcome.digest !== undefined) {
      cache.put(job.path, outcome.digest, outcome.messages, fingerprints ? outcome.messages.map(fingerprintOf) : undefined)
    }
  }
  try {
    cache.save()
  } catch (error) {
    io.stderr(`luxlint: ${t().cannotWriteCache(path.relative(io.cwd, cache.file) || cache.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message)}\n`)
  }
}

/** A file's result, with `--changed-since` only the findings on the lines it changed (the others suppressed). */
function withChangedLines(result: FileResult, args: CliArgs, io: Io): FileResult {
  if (args.changedSince === undefined) return result
  const lines = changedLines(result.path, args.changedSince, io.cwd)
  if (lines === 'all') return result
  return {
    ...result,
    messages: result.messages.filter((m) => lines.has(m.line)),
    suppressed: result.messages.filter((m) => !lines.has(m.line)).map((message) => ({message, reason: 'unchanged' as const}))
  }
}

/** Whether the operands may name enough files for worker threads: folders, globs, a file list, or many. */
function mayHaveManyFiles(operands: string[], args: CliArgs, cwd: string): boolean {
  if (args.fileList !== undefined || operands.length >= parallelThreshold) return true
  return operands.some((operand) => operand !== '-' && !isFile(path.resolve(cwd, operand)))
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

async function lintAndReport(args: CliArgs, io: Io, operands: string[], workers: Workers | undefined): Promise<number> {
  const wantsStdin = operands.includes('-')
  const baseline = args.baseline !== undefined ? readBaseline(path.resolve(io.cwd, args.baseline), args.baseline) : undefined
  // Resolve every config before linting anything: a broken --config fails the run before any
  // output; a broken config in one folder turns only the documents under it into errors.
  const jobs: Job[] = []
  if (wantsStdin) jobs.push(configured({path: args.stdinFilename ?? '<stdin>', stdin: true}, args.stdinFilename ?? 'stdin', args, io.cwd))
  for (const target of await expandTargets(operands.filter((o) => o !== '-'), io.cwd)) {
    jobs.push(target.error ? {path: target.path, error: target.error} : configured({path: target.path, absolute: target.absolute}, target.path, args, io.cwd))
  }

  const results: FileResult[] = []
  const diffs: string[] = []
  let fixesApplied = 0
  let filesFixed = 0
  const progress = new Progress(jobs.length, io.stderr, io.stderrIsTTY && args.progress !== false)
  // Many files: lint (and fix) them on every core; this thread writes the fixed files.
  const parallel = workers !== undefined && jobs.length >= parallelThreshold
  const fingerprints = needsFingerprints(args)
  if (!parallel) workers?.stop()
  const cache = openCache(args, io)
  // Every file but Word and PDF documents is read, linted and fixed by lintJob: on every core
  // when there are many, and through the cache when the run has one.
  const fix = args.fix ? ('write' as const) : args.fixDryRun ? ('diff' as const) : undefined
  const absolute = (job: Job) => job.absolute ?? path.resolve(io.cwd, job.path)
  const files: LintJob[] = jobs.flatMap((job, index) => {
    if (job.error || job.stdin || isDocument(job.path)) return []
    const file = absolute(job)
    return [{index, path: file, options: {...job.options, path: job.path}, ...(cache ? {cached: cache.expected(file, fingerprints) ?? ''} : {}), ...(fix ? {fix} : {})}]
  })
  // `--fix`: each file's fixed text is written as soon as it is made (always in this thread), and not kept.
  const write = (outcome: LintOutcome) => {
    const fixed = outcome.fixed
    if (!fixed) return
    outcome.fixed = undefined
    try {
      writeFixed(absolute(jobs[outcome.index]), fixed.output, fixed.bom, fixed.read)
      fixesApplied += fixed.applied
      filesFixed++
    } catch (error) {
      outcome.messages = undefined
      outcome.error = (error as Error).message.split('\n')[0]
    }
  }
  const here = (job: LintJob) => {
    const outcome = lintJob(job, fingerprints)
    write(outcome)
    return outcome
  }
  if (parallel) progress.tick(0)
  const done: LintOutcome[] = parallel ? await workers.lint(files, (count) => progress.tick(count), write) : []
  // A few files; and any file a worker held when it ended (it left no outcome).
  for (const job of files) {
    if (done[job.index]) continue
    if (!parallel) progress.tick(job.index)
    done[job.index] = here(job)
  }
  if (cache) settleWithCache(cache, files, done, fingerprints, io)
  for (const [index, job] of jobs.entries()) {
    const outcome = done[index]
    if (outcome) {
      if (outcome.diff) diffs.push(outcome.diff)
      results.push(outcome.error ? {path: job.path, messages: [], error: outcome.error} : withChangedLines({path: job.path, messages: outcome.messages!}, args, io))
      continue
    }
    if (job.error) {
      results.push({path: job.path, messages: [], error: job.error, ...(job.config !== undefined ? {config: job.config} : {}), ...(job.stdin ? {stdin: true} : {})})
      continue
    }
    const options: LintOptions = {...job.options, path: job.stdin ? args.stdinFilename : job.path}
    if (!job.stdin) {
      // A Word or PDF document.
      try {
        const outcome = await lintDocument(absolute(job), options, args.fix)
        if (outcome.reviewed) {
          io.stderr(`luxlint: ${t().wroteReviewedCopy(path.relative(io.cwd, outcome.reviewed.path), outcome.reviewed.changes, outcome.reviewed.comments, job.path)}\n`)
        }
        results.push({path: job.path, messages: outcome.messages})
      } catch (error) {
        results.push({path: job.path, messages: [], error: (error as Error).message.split('\n')[0]})
      }
      continue
    }
    // Standard input (which `--fix` does not write to).
    try {
      const {text} = decode(await io.stdin())
      const outcome = textOutcome({index, path: job.path, options, ...(args.fixDryRun ? {fix: 'diff' as const} : {})}, text, fingerprints)
      if (outcome.diff) diffs.push(outcome.diff)
      results.push({path: job.path, messages: outcome.messages!, stdin: true})
    } catch (error) {
      if (error instanceof UsageError) throw error
      results.push({path: job.path, messages: [], error: (error as Error).message.split('\n')[0]})
    }
  }
  progress.tick(jobs.length)
  progress.done()

  if (args.baselineWrite !== undefined) {
    const file = path.resolve(io.cwd, args.baselineWrite)
    const written = buildBaseline(results, file, io.cwd)
    writeBaseline(file, written)
    applyBaseline(results, written, file, io.cwd)
    io.stderr(`luxlint: ${t().wroteBaseline(written.findings.length, args.baselineWrite)}\n`)
  } else if (baseline) applyBaseline(results, baseline, path.resolve(io.cwd, args.baseline!), io.cwd)

  for (const line of errorLines(results)) io.stderr(`luxlint: ${line}\n`)
  if (args.fix && fixesApplied) io.stderr(`luxlint: ${t().fixed(fixesApplied, filesFixed)}\n`)

  const shown = args.quiet ? results.map((r) => ({...r, messages: r.messages.filter(atLeastWarning)})) : results
  const color = args.color ?? (io.isTTY && !process.env.NO_COLOR && !args.outputFile)
  const report = render(shown, {format: args.format, color, redact: args.redact})
  if (args.outputFile !== undefined) {
    try {
      writeAtomic(path.resolve(io.cwd, args.outputFile), report)
    } catch (error) {
      throw new UsageError(t().cannotWrite(args.outputFile, (error as NodeJS.ErrnoException).code ?? (error as Error).message))
    }
  }
  if (args.fixDryRun) io.stdout(diffs.join(''))
  else if (args.outputFile === undefined) io.stdout(report)

  if (results.some((result) => result.error)) return exitCodes.error
  const counted = results.flatMap((result) => result.messages)
  return fails(counted, {failOn: args.failOn, maxWarnings: args.maxWarnings}) ? exitCodes.findings : exitCodes.ok
}

