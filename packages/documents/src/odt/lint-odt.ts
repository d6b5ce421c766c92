import {lint} from '@luxlint/core'
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
  return {messages: locateInParagraphs(lint(text, {...rest, format: 'text'}), paragraphs, starts)}
}
