import {allRules, lint} from '@luxlint/core'
import {DocumentError} from '../errors.js'
import {withLocation} from '../locate.js'
import {blockAt, renderParagraphs} from '../render.js'
import {snippet} from '../snippet.js'
import type {DocumentMessage} from '../types.js'
import type {LintOptions} from '@luxlint/core'
import {hyphenEvidence} from './dehyphenate.js'
import {outlinePath} from './headings.js'
import type {PdfLine} from './lines.js'
import {loadPdf} from './load-pdf.js'
import {linesToParagraphs, type LineSpan, type PdfParagraph} from './paragraphs.js'
import {runningHeads} from './running-heads.js'

export interface PdfText {
  paragraphs: PdfParagraph[]
  text: string
  starts: number[]
  pages: number
  pagesWithoutText: number[]
  lines: Map<string, PdfLine>
  outline: Awaited<ReturnType<typeof loadPdf>>['outline']
}

/** Read a PDF's text layer into paragraphs (running heads dropped, broken words joined), rendered for the core. */
export async function readPdf(bytes: Uint8Array, extraWords: string[] = []): Promise<PdfText> {
  const {pages, outline} = await loadPdf(bytes)
  const pagesWithoutText = pages.flatMap((lines, index) => (lines.length === 0 ? [index + 1] : []))
  if (pages.length === 0 || pagesWithoutText.length === pages.length) {
    throw new DocumentError('no text layer: this PDF looks scanned; run OCR first')
  }
  const skip = runningHeads(pages)
  const termWords = allRules().flatMap((rule) => rule.forms)
  const evidence = hyphenEvidence([...pages.flat().filter((line) => !skip.has(line)).map((line) => line.text), ...termWords, ...extraWords])
  const paragraphs = linesToParagraphs(pages, skip, evidence)
  const {text, starts} = renderParagraphs(paragraphs.map((paragraph) => paragraph.text))
  const lines = new Map<string, PdfLine>()
  pages.forEach((page, index) => page.forEach((line) => lines.set(`${index + 1}:${line.number}`, line)))
  return {paragraphs, text, starts, pages: pages.length, pagesWithoutText, lines, outline}
}

/**
 * Lint a PDF's text layer through the core's plain-text path. Findings carry page, line, paragraph,
 * the bookmark path (when the PDF has bookmarks) and a snippet. Throws a one-line DocumentError for
 * malformed, encrypted or scanned files.
 */
export async function lintPdf(bytes: Uint8Array, options: LintOptions = {}): Promise<{messages: DocumentMessage[]; pages: number; pagesWithoutText: number[]}> {
  const read = await readPdf(bytes, (options.customTerms ?? []).flatMap((term) => term.phrases))
  const {paragraphs, text, starts, outline, lines} = read
  const messages = lint(text, {...options, format: 'text'}).map((message) => {
    const index = blockAt(starts, message.offset)
    const paragraph = paragraphs[index]
    const start = message.offset - starts[index]
    const end = Math.min(message.endOffset - starts[index], paragraph.text.length)
    const first = spanAt(paragraph.spans, start)
    const last = spanAt(paragraph.spans, Math.max(start, end - 1))
    const firstColumn = first.column + Math.min(start - first.start, first.length) + 1
    const lastColumn = last.column + Math.min(Math.max(end - 1, start) - last.start, last.length - 1) + 2
    const line = lines.get(`${first.page}:${first.line}`)
    return withLocation(
      message,
      {
        part: 'body',
        paragraph: index + 1,
        headingPath: line ? outlinePath(outline, first.page, line.y) : [],
        snippet: snippet(paragraph.text, start, end),
        page: first.page,
        line: first.line
      },
      {line: first.line, column: firstColumn},
      {line: last.line, column: lastColumn}
    )
  })
  return {messages, pages: read.pages, pagesWithoutText: read.pagesWithoutText}
}

function spanAt(spans: readonly LineSpan[], offset: number): LineSpan {
  let found = spans[0]
  for (const span of spans) {
    if (span.start <= offset) found = span
    else break
  }
  return found
}
