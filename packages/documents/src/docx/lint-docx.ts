import {lint} from '@luxlint/core'
import {locateInParagraphs} from '../locate.js'
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
  // A language the caller chose ("auto" included) outranks the document's tags; otherwise each
  // paragraph is read in its own tagged language.
  const tags = options.language || options.languages ? {} : {language: read.language, languages: read.languages}
  const messages = lint(read.rendered.text, {...rest, format: 'text', ...tags})
  return locateInParagraphs(messages, read.paragraphs, read.rendered.starts)
}
