import {extractDocxText} from '@luxlint/documents'

/** The text of a Word document, as luxlint checks it (paragraphs, tables, text boxes and notes). */
export function docxText(bytes: Uint8Array): {text: string; language?: string} {
  return extractDocxText(bytes)
}
