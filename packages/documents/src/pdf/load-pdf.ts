import {DocumentError} from '../errors.js'
import {oneLine} from '../zip.js'
import {itemsToLines, type PdfLine, type TextItem} from './lines.js'

/** An outline (bookmark) entry placed on a page: where a heading is. */
export interface OutlineEntry {
  title: string
  depth: number
  page: number
  /** Top of the destination (PDF units), when the bookmark says. */
  y?: number
}

/** The text lines of every page, and the document outline, read with PDF.js (no worker download, no network). */
export async function loadPdf(bytes: Uint8Array): Promise<{pages: PdfLine[][]; outline: OutlineEntry[]}> {
  if (!isPdf(bytes)) throw new DocumentError('not a valid PDF file (no %PDF header)')
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // PDF.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0
  })
  let document
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy().catch(() => {})
    throw pdfError(error)
  }
  try {
    const pages: PdfLine[][] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(itemsToLines(content.items.filter((item) => 'str' in item) as TextItem[]))
      page.cleanup()
    }
    const outline = await readOutline(document).catch(() => [])
    return {pages, outline}
  } catch (error) {
    throw pdfError(error)
  } finally {
    await task.destroy().catch(() => {})
  }
}

function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}

function pdfError(error: unknown): DocumentError {
  if (error instanceof DocumentError) return error
  const name = (error as Error)?.name
  if (name === 'PasswordException') return new DocumentError('encrypted PDF: cannot read it without the password')
  const message = oneLine(String((error as Error)?.message ?? error)).replace(/\.$/, '')
  return new DocumentError(`not a valid PDF file (${message || 'unreadable'})`)
}

interface OutlineNode {
  title: string
  dest: string | unknown[] | null
  items: OutlineNode[]
}

interface PdfDocument {
  getOutline(): Promise<OutlineNode[] | null>
  getDestination(id: string): Promise<unknown[] | null>
  getPageIndex(ref: unknown): Promise<number>
}

async function readOutline(document: PdfDocument): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = []
  const walk = async (nodes: OutlineNode[], depth: number): Promise<void> => {
    for (const node of nodes) {
      const dest = typeof node.dest === 'string' ? await document.getDestination(node.dest) : node.dest
      if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object') {
        const page = (await document.getPageIndex(dest[0])) + 1
        const kind = (dest[1] as {name?: string} | undefined)?.name
        const y = kind === 'XYZ' ? (dest[3] as number | null) : kind === 'FitH' || kind === 'FitBH' ? (dest[2] as number | null) : null
        entries.push({title: node.title.replace(/\s+/g, ' ').trim(), depth, page, y: typeof y === 'number' ? y : undefined})
      }
      if (node.items?.length) await walk(node.items, depth + 1)
    }
  }
  await walk((await document.getOutline()) ?? [], 0)
  return entries
}
