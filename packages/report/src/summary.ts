import type {ReportFile, ReportMessage, Severity} from './types.js'

export const severities: Severity[] = ['error', 'warning', 'suggestion', 'info']
export const contexts = ['use', 'quote', 'mention', 'citation'] as const

export interface FileSummary {
  path: string
  counts: Record<Severity, number>
  total: number
  error?: string
}

export interface Summary {
  files: number
  filesWithFindings: number
  /** Findings to act on: everything but allowed citations. */
  findings: number
  citations: number
  bySeverity: Record<Severity, number>
  byStatus: Map<string, number>
  byContext: Map<string, number>
  /** Rule id → findings (citations excluded), most first. */
  byRule: [string, number][]
  /** Folder → findings, most first. */
  byFolder: [string, number][]
  perFile: FileSummary[]
  /** Files with findings, worst first: errors, then warnings, then all. */
  worst: FileSummary[]
  errors: {path: string; error: string}[]
}

/** An allowed citation: a title or statute quoted verbatim, listed apart from the findings. */
export const isCitation = (message: ReportMessage): boolean => message.context === 'citation'

const zero = (): Record<Severity, number> => ({error: 0, warning: 0, suggestion: 0, info: 0})

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)

const ranked = (map: Map<string, number>): [string, number][] =>
  [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

/** The folder of a path, with `/` separators; `.` for files at the top. */
export function folderOf(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '')
  const slash = clean.lastIndexOf('/')
  return slash <= 0 ? '.' : clean.slice(0, slash)
}

/** Every number the reports show, computed once from the results. */
export function summarise(results: readonly ReportFile[]): Summary {
  const bySeverity = zero()
  const byStatus = new Map<string, number>()
  const byContext = new Map<string, number>()
  const byRule = new Map<string, number>()
  const byFolder = new Map<string, number>()
  const perFile: FileSummary[] = []
  const errors: {path: string; error: string}[] = []
  let findings = 0
  let citations = 0
  for (const file of results) {
    if (file.error) errors.push({path: file.path, error: file.error})
    const counts = zero()
    let total = 0
    for (const message of file.messages) {
      count(byContext, message.context ?? 'use')
      if (isCitation(message)) {
        citations++
        continue
      }
      findings++
      total++
      counts[message.severity] = (counts[message.severity] ?? 0) + 1
      bySeverity[message.severity] = (bySeverity[message.severity] ?? 0) + 1
      count(byStatus, message.status ?? 'avoid')
      count(byRule, message.ruleId)
      count(byFolder, folderOf(file.path))
    }
    perFile.push({path: file.path, counts, total, ...(file.error ? {error: file.error} : {})})
  }
  const worst = perFile
    .filter((file) => file.total > 0)
    .sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.total - a.total || (a.path < b.path ? -1 : 1))
  return {
    files: results.length,
    filesWithFindings: worst.length,
    findings,
    citations,
    bySeverity,
    byStatus,
    byContext,
    byRule: ranked(byRule),
    byFolder: ranked(byFolder),
    perFile,
    worst,
    errors
  }
}
