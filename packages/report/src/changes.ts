import {isCitation} from './summary.js'
import type {ReportBaseline, ReportFile, ReportMessage} from './types.js'

export interface Changes {
  /** Findings in the previous run (citations excluded). */
  before: number
  after: number
  added: {path: string; message: ReportMessage}[]
  /** Findings of the previous run that are gone (fixed, or the file removed). */
  resolved: {path: string; ruleId: string; actual?: string; message?: string}[]
}

const normalPath = (path: string) => path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
const words = (text = '') => text.toLowerCase().replace(/\s+/g, ' ').trim()

export function isBaseline(value: unknown): value is ReportBaseline {
  return (value as ReportBaseline)?.version === 1 && Array.isArray((value as ReportBaseline).findings)
}

interface Entry {
  path: string
  ruleId: string
  fingerprint?: string
  actual?: string
  message?: ReportMessage
}

/**
 * Which findings are new and which are gone since a previous run. Findings are matched as
 * multisets on path, rule and fingerprint when both sides have one, else on path, rule and the
 * matched words: moving a paragraph changes nothing, a second identical finding counts once more.
 */
export function compareRuns(current: readonly ReportFile[], previous: readonly ReportFile[] | ReportBaseline): Changes {
  const now = entriesOf(current)
  const then: Entry[] = isBaseline(previous)
    ? previous.findings.map((f) => ({path: normalPath(f.file), ruleId: f.ruleId, fingerprint: f.fingerprint || undefined}))
    : entriesOf(previous)
  const byFingerprint = now.every((e) => e.fingerprint) && then.every((e) => e.fingerprint)
  // A baseline without fingerprints to match can only be compared by rule and file.
  const loose = isBaseline(previous) && !byFingerprint
  const keyOf = (e: Entry) =>
    [e.path, e.ruleId, byFingerprint ? e.fingerprint : loose ? '' : words(e.actual)].join('\u0000')
  const pool = new Map<string, Entry[]>()
  for (const entry of then) {
    const key = keyOf(entry)
    pool.set(key, [...(pool.get(key) ?? []), entry])
  }
  const added: Changes['added'] = []
  for (const entry of now) {
    const same = pool.get(keyOf(entry))
    if (same && same.length) same.shift()
    else added.push({path: entry.path, message: entry.message!})
  }
  const resolved = [...pool.values()].flat().map((e) => ({
    path: e.path,
    ruleId: e.ruleId,
    ...(e.actual !== undefined ? {actual: e.actual} : {}),
    ...(e.message ? {message: e.message.message} : {})
  }))
  return {before: then.length, after: now.length, added, resolved}
}

function entriesOf(results: readonly ReportFile[]): Entry[] {
  const entries: Entry[] = []
  for (const file of Array.isArray(results) ? results : []) {
    for (const message of file.messages ?? []) {
      if (isCitation(message)) continue
      entries.push({path: normalPath(file.path), ruleId: message.ruleId, fingerprint: message.fingerprint, actual: message.actual, message})
    }
  }
  return entries
}
