import {VFileMessage} from 'vfile-message'
import type {Match} from './analyse.js'
import type {LineIndex} from './positions.js'
import {fixFor} from './fix.js'
import type {LuxlintMessage, Severity} from './types.js'

const quote = (value: string): string => `“${value}”`

function alternativesText(alternatives: string[]): string {
  if (alternatives.length === 0) return ''
  return quote(alternatives[0])
}

/** The one-line reason of a finding: what to do, and how sure we are. */
export function reasonFor(match: Match): string {
  const {term, decision} = match
  const shown = match.segment.text.slice(match.start, match.end).replace(/\s+/g, ' ')
  const instead = alternativesText(term.alternatives)
  const edition = term.guidelines?.edition || '2016'
  switch (decision.context) {
    case 'citation':
      return `Allowed: ${decision.reason || 'legal citation'}. ${quote(shown)} is the wording of the cited title${instead ? `; in your own words, write ${instead}` : ''}.`
    case 'mention':
      return `Mention of ${quote(shown)} (${decision.reason || 'the term is discussed, not used'})${instead ? `; the recommended term is ${quote(term.alternatives[0])}` : ''}.`
    case 'quote':
      return `${quote(shown)} is quoted (${decision.reason || 'direct quotation'}); keep the source’s words${instead ? ` and consider naming it ${quote(term.alternatives[0])} in your own text` : ''}.`
    default:
      if (term.language === 'custom') return `${term.explanation}${instead ? ` Write ${instead}.` : ''}`
      if (term.confidence === 'confirmed') {
        return term.status === 'caution'
          ? `Use ${quote(shown)} with caution${instead ? `; prefer ${instead}` : ''}. The Luxembourg Guidelines (${edition}) call for care with this term.`
          : `Avoid ${quote(shown)}${instead ? `; write ${instead}` : ''}. The Luxembourg Guidelines (${edition}) recommend against this term.`
      }
      return `Consider ${instead || 'other wording'} instead of ${quote(shown)} (advisory: not confirmed as a Luxembourg Guidelines recommendation).`
  }
}

export function toMessage(match: Match, severity: Exclude<Severity, 'off'>, lines: LineIndex, path?: string): LuxlintMessage {
  const start = lines.point(match.offset)
  const end = lines.point(match.endOffset)
  const message = new VFileMessage(reasonFor(match), {
    place: {start, end},
    ruleId: match.term.id,
    source: 'luxlint'
  }) as LuxlintMessage
  message.file = path || ''
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.actual = match.actual
  message.expected = [...match.term.alternatives]
  message.note = match.term.explanation
  message.url = match.term.url
  message.status = match.term.status
  message.confidence = match.term.confidence
  message.severity = severity
  message.context = match.decision.context
  if (match.decision.reason) message.contextReason = match.decision.reason
  if (match.decision.citation) message.citation = match.decision.citation
  message.offset = match.offset
  message.endOffset = match.endOffset
  message.line = start.line
  message.column = start.column
  message.endLine = end.line
  message.endColumn = end.column
  const fix = fixFor(match)
  if (fix) message.fix = fix
  return message
}
