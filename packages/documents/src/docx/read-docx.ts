import {extractDocx, type DocxParagraph} from './extract.js'
import {documentLanguage} from './language.js'
import {openDocx, type DocxPackage} from './package.js'
import {renderParagraphs, type Rendered} from '../render.js'

export interface ReadDocx {
  pkg: DocxPackage
  paragraphs: DocxParagraph[]
  rendered: Rendered
  language?: string
}

/** Open, extract and render a Word document: the text the core lints and the map back to runs. */
export function readDocx(bytes: Uint8Array, options: {includeComments?: boolean; everything?: boolean} = {}): ReadDocx {
  const pkg = openDocx(bytes, options.everything)
  const {paragraphs} = extractDocx(pkg, options.includeComments)
  return {pkg, paragraphs, rendered: renderParagraphs(paragraphs.map((p) => p.text)), language: documentLanguage(paragraphs)}
}
