import type {LuxlintMessage} from '@luxlint/core'

export interface FileResult {
  path: string
  messages: LuxlintMessage[]
  /** Set when the file could not be checked. */
  error?: string
}

export interface FormatOptions {
  color: boolean
}
