import type {LuxlintMessage} from '@luxlint/core'
import {blockAt} from './render.js'
import {snippet} from './snippet.js'
import type {DocumentLocation, DocumentMessage, Part} from './types.js'

/**
 * Give a core message its document location. `line`/`column` become the document's own
 * coordinates (paragraph and column in it for DOCX/ODT, page line and column for PDF).
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

/** What a paragraph of a word-processor document tells a reader about where it is. */
export interface LocatedParagraph {
  part: Part
  text: string
  headingPath: string[]
  note?: number
  table?: {table: number; row: number; cell: number}
}

/** Locate messages over rendered paragraphs (`starts[i]` = where paragraph i begins in the rendered text). */
export function locateInParagraphs(messages: LuxlintMessage[], paragraphs: readonly LocatedParagraph[], starts: readonly number[]): DocumentMessage[] {
  return messages.map((message) => {
    const index = blockAt(starts, message.offset)
    const paragraph = paragraphs[index]
    const start = message.offset - starts[index]
    const end = Math.min(message.endOffset - starts[index], paragraph.text.length)
    const location: DocumentLocation = {part: paragraph.part, paragraph: index + 1, headingPath: paragraph.headingPath, snippet: snippet(paragraph.text, start, end)}
    if (paragraph.note !== undefined) location.note = paragraph.note
    if (paragraph.table) location.table = paragraph.table
    return withLocation(message, location, {line: index + 1, column: start + 1}, {line: index + 1, column: end + 1})
  })
}
