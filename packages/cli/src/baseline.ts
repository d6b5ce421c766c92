import fs from 'node:fs'
import path from 'node:path'
import {UsageError} from './errors.js'
import {fingerprintOf} from './fingerprint.js'
import type {FileResult} from './formatters/types.js'
import {writeAtomic} from './write.js'
import {t} from './locale/index.js'

/** One known finding. `file` is relative to the baseline file's folder, with `/`. */
export interface BaselineEntry {
  file: string
  ruleId: string
  fingerprint: string
}

export interface Baseline {
  version: 1
  findings: BaselineEntry[]
}

const entryKey = (entry: BaselineEntry) => `${entry.file}\u0000${entry.ruleId}\u0000${entry.fingerprint}`

function relative(baselineFile: string, cwd: string, file: string): string {
  return path.relative(path.dirname(path.resolve(cwd, baselineFile)), path.resolve(cwd, file)).split(path.sep).join('/')
}

/** The findings of `results` as a baseline, sorted so the file diffs cleanly. */
export function buildBaseline(results: readonly FileResult[], baselineFile: string, cwd: string): Baseline {
  const findings: BaselineEntry[] = []
  for (const result of results) {
    if (result.error || result.stdin) continue
    for (const message of result.messages) {
      findings.push({file: relative(baselineFile, cwd, result.path), ruleId: message.ruleId, fingerprint: fingerprintOf(message) ?? ''})
    }
  }
  findings.sort((a, b) => (entryKey(a) < entryKey(b) ? -1 : entryKey(a) > entryKey(b) ? 1 : 0))
  return {version: 1, findings}
}

export function writeBaseline(file: string, baseline: Baseline): void {
  try {
    writeAtomic(file, JSON.stringify(baseline, null, 2) + '\n')
  } catch (error) {
    throw new UsageError(t().cannotWriteBaseline(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message))
  }
}

export function readBaseline(file: string, shown = file): Baseline {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? t().baselineMissing(shown) : t().baselineUnreadable(shown))
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(t().baselineNotJson(shown))
  }
  const findings = (data as Baseline | null)?.findings
  if ((data as Baseline | null)?.version !== 1 || !Array.isArray(findings) || !findings.every(isEntry)) {
    throw new UsageError(t().baselineShape(shown))
  }
  return data as Baseline
}

function isEntry(value: unknown): value is BaselineEntry {
  const entry = value as BaselineEntry
  return typeof entry?.file === 'string' && typeof entry.ruleId === 'string' && typeof entry.fingerprint === 'string'
}

/** Move findings that are in the baseline from `messages` to `suppressed`. */
export function applyBaseline(results: FileResult[], baseline: Baseline, baselineFile: string, cwd: string): void {
  const known = new Set(baseline.findings.map(entryKey))
  for (const result of results) {
    if (result.error || result.stdin) continue
    const file = relative(baselineFile, cwd, result.path)
    const kept = []
    for (const message of result.messages) {
      const key = entryKey({file, ruleId: message.ruleId, fingerprint: fingerprintOf(message) ?? ''})
      if (known.has(key)) (result.suppressed ??= []).push({message, reason: 'baseline'})
      else kept.push(message)
    }
    result.messages = kept
  }
}
