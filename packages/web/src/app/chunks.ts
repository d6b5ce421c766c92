import type {Piece} from './pieces.js'

/**
 * Group pieces into blocks of a few thousand characters, cut after a line break, so the browser
 * can skip laying out the parts of a long document that are off screen. Where a block ends
 * depends on the line there, not on where the block began: past half the size, at a line whose
 * end is a cut (see `cutLine`); at the size, at any line. So after an edit the blocks further on
 * are cut as before, and the page keeps them (render-text.ts). Highlights are never cut.
 */
export function chunks(all: readonly Piece[], chunkSize = 4000): Piece[][] {
  const out: Piece[][] = [[]]
  let size = 0
  for (const piece of all) {
    let current = out[out.length - 1]
    if (piece.finding !== undefined) {
      current.push(piece)
      size += piece.text.length
      continue
    }
    let rest = piece.text
    let cut: number
    while ((cut = blockEnd(rest, size, chunkSize)) !== -1) {
      current.push({text: rest.slice(0, cut + 1)})
      rest = rest.slice(cut + 1)
      current = []
      out.push(current)
      size = 0
    }
    current.push({text: rest})
    size += rest.length
  }
  return out.filter((chunk) => chunk.length > 0)
}

/** The line break in `text` after which a block that has `size` characters before it ends, or -1. */
function blockEnd(text: string, size: number, chunkSize: number): number {
  for (let at = text.indexOf('\n', Math.max(0, chunkSize / 2 - size - 1)); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) {
    if (size + at + 1 >= chunkSize || cutLine(text, at)) return at
  }
  return -1
}

/** Whether the line that ends at `text[at]` is one to end a block after: about one in four, by its last characters. */
function cutLine(text: string, at: number): boolean {
  let hash = 0
  for (let i = Math.max(0, at - 12); i < at; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0
  return (hash & 3) === 0
}
