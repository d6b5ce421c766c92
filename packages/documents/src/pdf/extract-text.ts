import {readPdf} from './lint-pdf.js'

/** The text luxlint checks in a PDF (what message offsets refer to), and the page count. */
export async function extractPdfText(bytes: Uint8Array): Promise<{text: string; pages: number}> {
  const {text, pages} = await readPdf(bytes)
  return {text, pages}
}
