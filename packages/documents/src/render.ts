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
  let previous = ''
  for (const paragraph of paragraphs) {
    // "luxlint-disable-next-line" in a paragraph of its own means the next paragraph: keep them on adjacent lines.
    if (text) text += nextLineDirective.test(previous) ? '\n' : '\n\n'
    starts.push(text.length)
    previous = keepOneBlock(paragraph)
    text += previous
  }
  return {text, starts}
}

const nextLineDirective = /^[ \t]*(?:#|\/\/|--|%|;|\/\*)?[ \t]*luxlint-disable-next-line\b[^\n]*$/

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
