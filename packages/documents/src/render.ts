/**
 * Joins paragraphs into one plain text for the core's `format: 'text'` path: one paragraph per
 * block, blocks separated by a blank line. `starts[i]` is where paragraph i begins.
 */
export interface Rendered {
  text: string
  starts: number[]
}

export function renderParagraphs(paragraphs: readonly string[]): Rendered {
  const starts: number[] = []
  let text = ''
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n'
    starts.push(text.length)
    text += keepOneBlock(paragraph)
  }
  return {text, starts}
}

/** A line break after a line break would start a new block: make it a space (same length, so offsets hold). */
export function keepOneBlock(paragraph: string): string {
  return paragraph.replace(/(?<=\n[ \t]*)\n/g, ' ').replace(/^\n/, ' ').replace(/\n$/, ' ')
}

/** The paragraph index holding rendered `offset` (binary search over `starts`). */
export function blockAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return low
}
