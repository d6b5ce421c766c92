import type {LuxlintMessage} from '@luxlint/core'
import type {Finding} from './types.js'

/** The fields of a core message the page uses, as a plain object that survives postMessage. */
export function toFinding(m: LuxlintMessage): Finding {
  return {
    ruleId: m.ruleId,
    reason: m.reason,
    actual: m.actual,
    expected: [...(m.expected ?? [])],
    note: m.note,
    url: m.url,
    status: m.status,
    confidence: m.confidence,
    severity: m.severity,
    context: m.context,
    ...(m.contextReason ? {contextReason: m.contextReason} : {}),
    ...(m.citation ? {citation: {...m.citation}} : {}),
    offset: m.offset,
    endOffset: m.endOffset,
    line: m.line,
    column: m.column,
    ...(m.fix ? {fix: {...m.fix}} : {})
  }
}
