import {lint} from '@luxlint/core'
import {documentLanguage, paragraphLanguages} from '../docx/language.js'
import {locateInParagraphs} from '../locate.js'
import {renderParagraphs} from '../render.js'
import type {DocumentMessage, DocxLintOptions} from '../types.js'
import {extractOdt} from './extract-odt.js'

/**
 * Lint an OpenDocument text (.odt) the way `lintDocx` lints Word files: same locations, same
 * core path. (No reviewed copies for ODT yet.)
 */
export function lintOdt(bytes: Uint8Array, options: DocxLintOptions = {}): {messages: DocumentMessage[]} {
  const {includeComments, ...rest} = options
  const paragraphs = extractOdt(bytes, includeComments)
  const {text, starts} = renderParagraphs(paragraphs.map((p) => p.text))
  // As for Word files: the caller's language wins, else the tags of the document and its paragraphs.
  const tags = options.language || options.languages ? {} : {language: documentLanguage(paragraphs), languages: paragraphLanguages(paragraphs, starts)}
  return {messages: locateInParagraphs(lint(text, {...rest, format: 'text', ...tags}), paragraphs, starts)}
}
