import {VFileMessage} from 'vfile-message'
import type {Match} from './analyse.js'
import type {Point} from './positions.js'
import {fixFor} from './fix.js'
import {localizeReason, templatesFor} from './i18n.js'
import type {LuxlintMessage, Severity} from './types.js'

/** The one-line reason of a finding: what to do, and how sure we are, in the rule's language. */
export function reasonFor(match: Match): string {
  const {term, decision} = match
  const t = templatesFor(term.language)
  const shown = t.quote_(match.segment.text.slice(match.start, match.end).replace(/\s+/g, ' '))
  const instead = term.alternatives.length ? t.quote_(term.alternatives[0]) : ''
  const edition = term.guidelines?.edition || '2016'
  const why = decision.reason ? localizeReason(decision.reason, t) : ''
  switch (decision.context) {
    case 'citation':
      return t.citation(shown, why, instead)
    case 'mention':
      return t.mention(shown, why, instead)
    case 'quote':
      return t.quote(shown, why, instead)
    default:
      if (term.language === 'custom') return `${term.explanation}${instead ? ` Write ${instead}.` : ''}`
      if (term.confidence === 'confirmed') return term.status === 'caution' ? t.caution(shown, instead, edition) : t.avoid(shown, instead, edition)
      return t.advisory(shown, instead)
  }
}

export function toMessage(match: Match, severity: Exclude<Severity, 'off'>, lines: {point: (offset: number) => Point}, path?: string): LuxlintMessage {
  const start = lines.point(match.offset)
  const end = lines.point(match.endOffset)
  // A message is an Error: capturing its stack (of no use to anyone) cost more than the rest of
  // building it, so none is captured.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  const message = new VFileMessage(reasonFor(match), {
    place: {start, end},
    ruleId: match.term.id,
    source: 'luxlint'
  }) as LuxlintMessage
  Error.stackTraceLimit = stackTraceLimit
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
  setPlace(message, start, end)
  const fix = fixFor(match)
  if (fix) message.fix = fix
  return message
}

/** Where a message is: offsets, lines and columns, and vfile's own `place` and `name`. */
export function setPlace(message: LuxlintMessage, start: Point, end: Point): void {
  message.offset = start.offset
  message.endOffset = end.offset
  message.line = start.line
  message.column = start.column
  message.endLine = end.line
  message.endColumn = end.column
  message.place = {start, end}
  message.name = `${start.line}:${start.column}-${end.line}:${end.column}`
}
