import type {Format, LintOptions, LuxlintMessage} from '@luxlint/core'
import {ConfigError, resolveConfig} from '@luxlint/core/config'

/** The options for one document, and what went wrong finding them. */
export interface ResolvedOptions {
  options: LintOptions
  /** The config file that applied, if any. */
  configFile: string | null
  /** A broken config file: the document is checked with the defaults (plus settings) instead. */
  configError?: string
}

/**
 * The same config path the CLI takes: discovery from the document's path, editor settings on
 * top. A broken config falls back to the settings alone, so the writer still gets findings.
 */
export function resolveOptions(format: Format, filePath: string | undefined, overrides: LintOptions): ResolvedOptions {
  let options: LintOptions = overrides
  let configFile: string | null = null
  let configError: string | undefined
  if (filePath) {
    try {
      const resolved = resolveConfig(filePath, {overrides})
      options = resolved.options
      configFile = resolved.file
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      configError = error.message
    }
  }
  const result: ResolvedOptions = {options: {...options, format, path: filePath}, configFile}
  if (configError) result.configError = configError
  return result
}

/** The fields of a core message the language server uses, as plain data that crosses a worker boundary. */
export type PlainMessage = Pick<
  LuxlintMessage,
  'ruleId' | 'reason' | 'actual' | 'expected' | 'url' | 'status' | 'confidence' | 'severity' | 'context' | 'contextReason' | 'citation' | 'offset' | 'endOffset' | 'fix'
>

export function toPlainMessage(message: LuxlintMessage): PlainMessage {
  const plain: PlainMessage = {
    ruleId: message.ruleId,
    reason: message.reason,
    actual: message.actual,
    expected: [...(message.expected || [])],
    url: message.url,
    status: message.status,
    confidence: message.confidence,
    severity: message.severity,
    context: message.context,
    offset: message.offset,
    endOffset: message.endOffset
  }
  if (message.contextReason) plain.contextReason = message.contextReason
  if (message.citation) plain.citation = {...message.citation}
  if (message.fix) plain.fix = {...message.fix}
  return plain
}
