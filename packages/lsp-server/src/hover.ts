import {findRule, type TermRecord} from '@luxlint/core'
import {MarkupKind, type Diagnostic, type Hover, type Position} from 'vscode-languageserver'
import {findingAt, type CheckedFindings, type FindingData} from './diagnostics.js'
import {rangeContains} from './positions.js'

const contextWords: Record<FindingData['context'], string> = {
  use: 'your own words',
  citation: 'a citation',
  mention: 'a mention of the term',
  quote: 'a quotation'
}

/** Markdown explaining one finding: what to write, why, how sure we are, and the sources. */
export function renderFinding(finding: FindingData, rule: TermRecord | undefined = findRule(finding.ruleId)): string {
  const lines: string[] = [`**luxlint** · [\`${finding.ruleId}\`](${finding.url || rule?.url || ''})`, '', finding.reason]
  if (finding.expected.length > 0) {
    lines.push('', `**Write instead:** ${finding.expected.map((e) => `“${e}”`).join(' · ')}`)
  }
  if (rule?.explanation) lines.push('', rule.explanation)
  const confidence =
    finding.confidence === 'confirmed'
      ? 'confirmed (a source attributes it to the Luxembourg Guidelines)'
      : 'unconfirmed (advisory: not confirmed as a Luxembourg Guidelines recommendation)'
  lines.push('', `**Status:** ${finding.status} · **Confidence:** ${confidence} · **Severity:** ${finding.severity}`)
  const where = `**Context:** ${contextWords[finding.context] ?? finding.context}`
  if (finding.contextReason) {
    const effect = finding.context === 'use' ? '' : ' — allowed or downgraded because it is'
    lines.push('', `${where}${effect} ${finding.contextReason}`.trimEnd())
  } else {
    lines.push('', where)
  }
  if (finding.citation) {
    lines.push('', `**Cited title:** [${escape(finding.citation.title)}](${finding.citation.url})${finding.citation.year ? ` (${finding.citation.year})` : ''}`)
  }
  if (rule && rule.sources.length > 0) {
    lines.push('', '**Sources:**')
    for (const source of rule.sources) lines.push(`- [${escape(source.title)}](${source.url})${source.publisher ? ` — ${escape(source.publisher)}` : ''}`)
  }
  return lines.join('\n')
}

/** The findings of a check whose range holds `position`. */
export function findingsAt(checked: CheckedFindings, position: Position): Array<{diagnostic: Diagnostic; finding: FindingData}> {
  const found: Array<{diagnostic: Diagnostic; finding: FindingData}> = []
  for (const [index, diagnostic] of checked.diagnostics.entries()) {
    if (rangeContains(diagnostic.range, position)) found.push({diagnostic, finding: findingAt(checked, index)})
  }
  return found
}

/** The hover for a position of a checked document, or null when no finding is there. */
export function hoverAt(checked: CheckedFindings, position: Position): Hover | null {
  const found = findingsAt(checked, position)
  if (found.length === 0) return null
  return {
    contents: {kind: MarkupKind.Markdown, value: found.map(({finding}) => renderFinding(finding)).join('\n\n---\n\n')},
    range: found[0].diagnostic.range
  }
}

/** Brackets in titles would break link syntax. */
function escape(text: string): string {
  return text.replace(/([[\]])/g, '\\$1')
}
