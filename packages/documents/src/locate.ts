import type {LuxlintMessage} from '@luxlint/core'
import type {DocumentLocation, DocumentMessage} from './types.js'

/**
 * Give a core message its document location. `line`/`column` become the document's own
 * coordinates (paragraph and column in it for DOCX, page line and column for PDF).
 */
export function withLocation(message: LuxlintMessage, location: DocumentLocation, start: {line: number; column: number}, end: {line: number; column: number}): DocumentMessage {
  const located = message as DocumentMessage
  located.location = location
  located.line = start.line
  located.column = start.column
  located.endLine = end.line
  located.endColumn = end.column
  located.place = {start: {...start, offset: message.offset}, end: {...end, offset: message.endOffset}}
  return located
}
