import type {Piece} from './pieces.js'


/**
 * Group pieces into blocks of a few thousand characters, cut after a line break, so the browser
 * can skip laying out the parts of a long document that are off screen.
 */
export function chunks(all: readonly Piece[], chunkSize = 4000): Piece[][] {
  const out: Piece[][] = [[]]
  let size = 0
  for (const piece of all) {
    let current = out[out.length - 1]
    if (piece.finding === undefined && size + piece.text.length > chunkSize) {
      let rest = piece.text
      let cut: number
      while (size + rest.length > chunkSize && (cut = rest.indexOf('\n', Math.max(0, chunkSize - size))) !== -1 && cut < rest.length - 1) {
        current.push({text: rest.slice(0, cut + 1)})
        rest = rest.slice(cut + 1)
        current = []
        out.push(current)
        size = 0
      }
      current.push({text: rest})
      size += rest.length
      continue
    }
    current.push(piece)
    size += piece.text.length
  }
  return out.filter((chunk) => chunk.length > 0)
}
