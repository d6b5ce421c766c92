import type {LanguageRange} from '@luxlint/core'
import {readDocx} from './read-docx.js'

/**
 * The text luxlint checks in a Word document (what message offsets refer to), with the language
 * found: `language` when the whole document is tagged with one, `languages` per paragraph (pass
 * both to lint()).
 */
export function extractDocxText(bytes: Uint8Array, options: {includeComments?: boolean} = {}): {text: string; language?: string; languages: LanguageRange[]} {
  const {rendered, language, languages} = readDocx(bytes, options)
  return {text: rendered.text, language, languages}
}
