import type {LuxlintMessage} from '@luxlint/core'
import type {FileResult} from './types.js'

/** The public JSON shape of one finding. Fields may be added; none is ever renamed. */
export function jsonMessage(message: LuxlintMessage) {
  return {
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    offset: message.offset,
    endOffset: message.endOffset,
    severity: message.severity,
    status: message.status,
    confidence: message.confidence,
    context: message.context,
    actual: message.actual,
    expected: message.expected,
    message: message.reason,
    url: message.url,
    ...(message.contextReason ? {contextReason: message.contextReason} : {}),
    ...(message.citation ? {citation: message.citation} : {}),
    ...(message.fix ? {fix: message.fix} : {}),
    // Word and PDF files: paragraph, heading path, page and line (see @luxlint/documents).
    ...((message as {location?: unknown}).location ? {location: (message as {location?: unknown}).location} : {})
  }
}

export function formatJson(results: FileResult[]): string {
  return (
    JSON.stringify(
      results.map((result) => ({
        path: result.path,
        messages: result.messages.map(jsonMessage),
        ...(result.error ? {error: result.error} : {}),
        // The broken config that kept this file from being checked.
        ...(result.config !== undefined ? {config: result.config} : {})
      })),
      null,
      2
    ) + '\n'
  )
}
