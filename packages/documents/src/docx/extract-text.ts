import {readDocx} from './read-docx.js'

/** The text luxlint checks in a Word document (what message offsets refer to), with the language found. */
export function extractDocxText(bytes: Uint8Array, options: {includeComments?: boolean} = {}): {text: string; language?: string} {
  const {rendered, language} = readDocx(bytes, options)
  return {text: rendered.text, language}
}
