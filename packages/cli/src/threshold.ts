import type {LuxlintMessage} from '@luxlint/core'
import type {FailLevel} from './args.js'

const rank = {info: 0, suggestion: 1, warning: 2, error: 3} as const

export interface Threshold {
  failOn: FailLevel
  maxWarnings?: number
}

/** Whether these findings fail the run: any at or above `failOn`, or more warnings than allowed. */
export function fails(messages: readonly Pick<LuxlintMessage, 'severity'>[], threshold: Threshold): boolean {
  if (messages.some((message) => rank[message.severity] >= rank[threshold.failOn])) return true
  if (threshold.maxWarnings !== undefined) {
    return messages.filter((message) => message.severity === 'warning').length > threshold.maxWarnings
  }
  return false
}

export function atLeastWarning(message: Pick<LuxlintMessage, 'severity'>): boolean {
  return rank[message.severity] >= rank.warning
}
