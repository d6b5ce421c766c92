import type {PdfLine} from './lines.js'

/** How many lines at the top and at the bottom of a page may be a running head or foot. */
const depth = 2

/** Page numbers change from page to page; the rest of a running head does not. */
const key = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()

/**
 * Lines that repeat at the same place (one of the top or bottom two lines) on at least two thirds
 * of the pages, two pages at least: headers, footers and page numbers, not prose.
 */
export function runningHeads(pages: readonly PdfLine[][]): Set<PdfLine> {
  const found = new Set<PdfLine>()
  if (pages.length < 2) return found
  const needed = Math.max(2, Math.ceil((pages.length * 2) / 3))
  for (const fromTop of [true, false]) {
    for (let k = 0; k < depth; k++) {
      const counts = new Map<string, number>()
      const at = (lines: readonly PdfLine[]) => (fromTop ? lines[k] : lines[lines.length - 1 - k])
      for (const lines of pages) {
        const line = at(lines)
        if (line) counts.set(key(line.text), (counts.get(key(line.text)) ?? 0) + 1)
      }
      for (const lines of pages) {
        const line = at(lines)
        if (line && (counts.get(key(line.text)) ?? 0) >= needed) found.add(line)
      }
    }
  }
  return found
}
