import type {LuxlintMessage} from '@luxlint/core'

export interface Suppressed {
  message: LuxlintMessage
  /** Why it does not count: in the baseline, or on a line not changed since the git ref. */
  reason: 'baseline' | 'unchanged'
}

export interface FileResult {
  path: string
  messages: LuxlintMessage[]
  /** Findings that do not count (only SARIF shows them, as suppressions). */
  suppressed?: Suppressed[]
  /** Set when the file could not be checked. */
  error?: string
  /** The broken config file that kept it from being checked (`error` says what is wrong). */
  config?: string
  /** The document came from stdin. */
  stdin?: boolean
}

export interface FormatOptions {
  color: boolean
  /** Matched text was replaced; formats that would show source must not. */
  redact?: boolean
}
