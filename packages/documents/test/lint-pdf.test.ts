import {describe, expect, it} from 'vitest'
import {DocumentError, extractPdfText, lintPdf} from '../src/index.js'
import {makePdf} from './helpers/pdf.js'

const head = 'Child pornography report 2025'
const page = (n: number, lines: string[]) => ({lines: [head, ...lines, `Page ${n} of 3`]})

describe('lintPdf on PDFs written by hand', () => {
  const report = makePdf([
    page(1, ['Analysts removed child por-', 'nography from many sites, including computer-', 'generated images.']),
    page(2, ['Investigators described it as child sex tourism.']),
    page(3, ['The court spoke of child prostitution.'])
  ])

  it('finds terms with page and line, ignores the repeated header and footer, joins broken words', async () => {
    const {messages, pages, pagesWithoutText} = await lintPdf(report)
    expect(pages).toBe(3)
    expect(pagesWithoutText).toEqual([])
    expect(messages.map((m) => [m.actual, m.location.page, m.location.line, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['child pornography', 1, 2, 2, 18, 3, 9],
      ['child sex tourism', 2, 2, 2, 31, 2, 48],
      ['child prostitution', 3, 2, 2, 20, 2, 38]
    ])
    expect(messages[0].location.snippet).toBe('Analysts removed child pornography from many sites, including…')
    const {text} = await extractPdfText(report)
    expect(text).not.toContain('report 2025')
    expect(text).not.toContain('Page')
    expect(text).toContain('computer-generated images')
  })

  it('keeps the hyphen of a compound the document writes hyphenated elsewhere', async () => {
    const pdf = makePdf([{lines: ['We saw well-', 'known cases and a well-known court.']}])
    expect((await extractPdfText(pdf)).text).toBe('We saw well-known cases and a well-known court.')
  })

  it('keeps a header that is not repeated, and splits paragraphs at wide gaps', async () => {
    const pdf = makePdf([{lines: ['One child pornography case.', {text: 'A second paragraph.', gapBefore: 14}]}])
    expect((await extractPdfText(pdf)).text).toBe('One child pornography case.\n\nA second paragraph.')
  })

  it('says when pages have no text layer, and refuses a scanned PDF with a clear message', async () => {
    const partly = await lintPdf(makePdf([{lines: ['Child sex tourism.']}, null]))
    expect(partly.pagesWithoutText).toEqual([2])
    await expect(lintPdf(makePdf([null, null]))).rejects.toThrow(new DocumentError('no text layer: this PDF looks scanned; run OCR first'))
  })

  it('gives one-line errors for garbage and truncated PDFs', async () => {
    await expect(lintPdf(new TextEncoder().encode('hello, not a pdf'))).rejects.toThrow('not a valid PDF file (no %PDF header)')
    const truncated = report.subarray(0, 60)
    const error = await lintPdf(truncated).catch((e: Error) => e)
    expect(error).toBeInstanceOf(DocumentError)
    expect((error as Error).message).toMatch(/^(not a valid PDF file \(.+\)|no text layer: .+)$/)
  })

  it('does not modify its input', async () => {
    const copy = report.slice()
    await lintPdf(report)
    expect(report).toEqual(copy)
  })
})
