import {lint, type LintOptions} from '@luxlint/core'
import {withLocation} from '../locate.js'
import {blockAt} from '../render.js'
import {snippet} from '../snippet.js'
import type {DocumentMessage, DocxLintOptions} from '../types.js'
import {readDocx, type ReadDocx} from './read-docx.js'

/**
 * Lint a Word document. Findings come from the core's plain-text path over the rendered text
 * (one paragraph per block); each carries its paragraph, heading path, part and a snippet.
 * Throws a one-line DocumentError for files that cannot be read.
 */
export function lintDocx(bytes: Uint8Array, options: DocxLintOptions = {}): {messages: DocumentMessage[]; language?: string} {
  const read = readDocx(bytes, {includeComments: options.includeComments})
  return {messages: lintRead(read, options), language: read.language}
}

export function lintRead(read: ReadDocx, options: DocxLintOptions): DocumentMessage[] {
  const {includeComments, ...rest} = options
  void includeComments
  const lintOptions: LintOptions = {...rest, format: 'text', language: options.language ?? read.language}
  const {paragraphs, rendered} = read
  return lint(rendered.text, lintOptions).map((message) => {
    const index = blockAt(rendered.starts, message.offset)
    const paragraph = paragraphs[index]
    const start = message.offset - rendered.starts[index]
    const end = Math.min(message.endOffset - rendered.starts[index], paragraph.text.length)
    const location: DocumentMessage['location'] = {
      part: paragraph.part,
      paragraph: index + 1,
      headingPath: paragraph.headingPath,
      snippet: snippet(paragraph.text, start, end)
    }
    if (paragraph.note !== undefined) location.note = paragraph.note
    if (paragraph.table) location.table = paragraph.table
    return withLocation(message, location, {line: index + 1, column: start + 1}, {line: index + 1, column: end + 1})
  })
}
