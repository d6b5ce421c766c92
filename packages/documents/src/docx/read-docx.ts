import {extractDocx, type DocxParagraph} from './extract.js'
import type {LanguageRange} from '@luxlint/core'
import {documentLanguage, paragraphLanguages} from './language.js'
import {openDocx, type DocxPackage} from './package.js'
import {renderParagraphs, type Rendered} from '../render.js'

export interface ReadDocx {
  pkg: DocxPackage
  paragraphs: DocxParagraph[]
  rendered: Rendered
  language?: string
  /** Each paragraph's dominant tagged language, as ranges of `rendered.text`. */
  languages: LanguageRange[]
}

/** Open, extract and render a Word document: the text the core lints and the map back to runs. */
export function readDocx(bytes: Uint8Array, options: {includeComments?: boolean; everything?: boolean} = {}): ReadDocx {
  const pkg = openDocx(bytes, options.everything)
  const {paragraphs} = extractDocx(pkg, options.includeComments)
  const rendered = renderParagraphs(paragraphs.map((p) => p.text))
  return {pkg, paragraphs, rendered, language: documentLanguage(paragraphs), languages: paragraphLanguages(paragraphs, rendered.starts)}
}
