/** One piece of a page's text layer, as PDF.js gives it. */
export interface TextItem {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL: boolean
}

/** A line of text on a page. `y` is the baseline (PDF units, up is larger), `size` the font size. */
export interface PdfLine {
  text: string
  x: number
  y: number
  size: number
  /** 1-based line number on the page, counting every line (running heads too). */
  number: number
}

/**
 * Group text items into lines: an item starts a new line after an end-of-line mark or when its
 * baseline moves by more than half the font size. A space is put where items leave a visible gap.
 */
export function itemsToLines(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: (PdfLine & {end: number}) | undefined
  const close = () => {
    if (current) {
      const text = current.text.replace(/\s+$/, '')
      const lead = text.length - text.trimStart().length
      if (text.trim()) lines.push({text: text.slice(lead), x: current.x, y: current.y, size: current.size, number: lines.length + 1})
    }
    current = undefined
  }
  for (const item of items) {
    const [a, b, c, d, x, y] = item.transform
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1
    if (item.str) {
      const sameLine = current && Math.abs(y - current.y) <= Math.max(current.size, size) / 2
      if (!sameLine) {
        close()
        current = {text: '', x, y, size, number: 0, end: x}
      }
      const line = current!
      const gap = x - line.end
      if (line.text && gap > size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' '
      line.text += item.str
      line.end = x + item.width
      line.size = Math.max(line.size, size)
    }
    if (item.hasEOL) close()
  }
  close()
  return lines
}
