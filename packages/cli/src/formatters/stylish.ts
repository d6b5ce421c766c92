import {t} from '../locale/index.js'
import type {FileResult, FormatOptions} from './types.js'

const codes = {red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32} as const

function paint(on: boolean) {
  return (style: keyof typeof codes, text: string): string => (on ? `\u001B[${codes[style]}m${text}\u001B[0m` : text)
}

const severityStyle = {error: 'red', warning: 'yellow', suggestion: 'blue', info: 'gray'} as const

/** A readable report grouped by file, with a summary line. */
export function formatStylish(results: FileResult[], options: FormatOptions): string {
  const c = paint(options.color)
  const words = t()
  // Labels line up in a column as wide as the longest label of the language (10 in English).
  const labelWidth = Math.max(10, ...Object.values(words.severity).map((label) => label.length))
  const out: string[] = []
  const counts = {error: 0, warning: 0, suggestion: 0, info: 0}
  let failed = 0
  for (const result of results) {
    if (result.error) {
      failed++
      continue
    }
    if (result.messages.length === 0) continue
    out.push(c('underline', result.path))
    const place = result.messages.map((m) => `${m.line}:${m.column}`)
    const width = Math.max(...place.map((p) => p.length))
    result.messages.forEach((message, index) => {
      counts[message.severity]++
      const severity = words.severity[message.severity].padEnd(labelWidth)
      out.push(`  ${c('gray', place[index].padEnd(width))}  ${c(severityStyle[message.severity], severity)} ${message.reason}  ${c('gray', message.ruleId || '')}`)
      if (message.context === 'use' && message.expected.length) {
        out.push(`  ${' '.repeat(width)}  ${' '.repeat(labelWidth)} ${c('green', '→ ' + message.expected.join(' · '))}`)
      }
    })
    out.push('')
  }
  const total = counts.error + counts.warning + counts.suggestion + counts.info
  const parts = [words.errors(counts.error), words.warnings(counts.warning), words.suggestions(counts.suggestion), words.infos(counts.info)]
  const checked = results.length - failed
  const files = words.filesChecked(checked, failed)
  const inBaseline = results.reduce((n, r) => n + (r.suppressed?.filter((s) => s.reason === 'baseline').length ?? 0), 0)
  const unchanged = results.reduce((n, r) => n + (r.suppressed?.filter((s) => s.reason === 'unchanged').length ?? 0), 0)
  const hidden = [inBaseline ? words.inBaseline(inBaseline) : '', unchanged ? words.onUnchangedLines(unchanged) : ''].filter(Boolean)
  const tail = hidden.length ? words.notCounted(hidden) : ''
  out.push(total ? c('bold', words.findings(total, parts, files, tail)) : c('green', words.noFindings(files, tail)))
  return out.join('\n') + '\n'
}
