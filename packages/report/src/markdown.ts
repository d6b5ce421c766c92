import {compareRuns} from './changes.js'
import {dateText} from './date.js'
import {escapeMarkdown as md} from './escape.js'
import {severityIcon} from './icons.js'
import {isCitation, severities, summarise} from './summary.js'
import type {ReportFile, ReportOptions} from './types.js'

export interface MarkdownReportOptions extends ReportOptions {
  /** Findings listed before "… and N more" (default 50): PR comments have a size limit. */
  limit?: number
}

/** A short Markdown report for a pull-request comment: totals, what changed, the findings. */
export function renderMarkdownReport(results: readonly ReportFile[], options: MarkdownReportOptions = {}): string {
  const s = summarise(results)
  const limit = options.limit ?? 50
  const when = dateText(options.date)
  const out: string[] = [`### ${md(options.title || 'luxlint report')}`, '']
  out.push(
    `${s.findings} ${s.findings === 1 ? 'finding' : 'findings'} in ${s.filesWithFindings} of ${s.files} ${s.files === 1 ? 'file' : 'files'}` +
      (s.citations ? `; ${s.citations} allowed ${s.citations === 1 ? 'citation' : 'citations'}` : '') +
      (when ? ` (${md(when)})` : '') +
      '.',
    ''
  )
  out.push(`| ${severities.map((sev) => `${severityIcon[sev]} ${sev}`).join(' | ')} |`, `|${severities.map(() => ' ---: ').join('|')}|`)
  out.push(`| ${severities.map((sev) => s.bySeverity[sev]).join(' | ')} |`, '')
  if (options.previous) {
    const c = compareRuns(results, options.previous)
    out.push(`**Since the previous report:** ${c.added.length} new, ${c.resolved.length} resolved (${c.before} → ${c.after}).`, '')
  }
  if (s.byRule.length) {
    out.push('| rule | findings |', '| --- | ---: |', ...s.byRule.slice(0, 10).map(([rule, n]) => `| ${md(rule)} | ${n} |`), '')
  }
  const rows = results.flatMap((file) =>
    file.messages
      .filter((m) => !isCitation(m))
      .map(
        (m) =>
          `| ${md(file.path)}:${m.line}:${m.column} | ${severityIcon[m.severity] ?? ''} ${md(m.severity)} | ${md(m.actual ?? '')} | ${md(m.expected?.[0] ?? '')} | ${md(m.ruleId)} |`
      )
  )
  if (rows.length) {
    out.push('<details><summary>Findings</summary>', '', '| where | severity | found | write instead | rule |', '| --- | --- | --- | --- | --- |')
    out.push(...rows.slice(0, limit))
    if (rows.length > limit) out.push('', `… and ${rows.length - limit} more.`)
    out.push('', '</details>', '')
  }
  for (const e of s.errors) out.push(`- Could not check ${md(e.path)}: ${md(e.error)}`)
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'
}
