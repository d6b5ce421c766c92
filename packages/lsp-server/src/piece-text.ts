import type {TextEdit} from './text-edits.js'

/** Pieces are cut to about this many UTF-16 code units; an edit copies only the piece it falls in. */
const pieceLength = 16384

/**
 * A document's text in pieces of ~16 K characters, for the lint worker: applying a keystroke
 * copies one piece and the list of pieces, not the whole text (a new 1–2 MB string per keystroke,
 * and the full garbage collections that followed them, cost more than linting the edit). A
 * PieceText never changes: `edited` gives a new one that shares the untouched pieces, so the
 * text before an edit stays readable. Reading a range joins only the pieces it covers.
 */
export class PieceText {
  private constructor(
    private readonly pieces: readonly string[],
    /** Where each piece starts in the text. */
    private readonly starts: readonly number[],
    readonly length: number
  ) {}

  static of(text: string): PieceText {
    const pieces = cut(text)
    return new PieceText(pieces, startsOf(pieces, 0, []), text.length)
  }

  /** The text after replacing `[offset, endOffset)` with `text` (a range in this text: see applyEdits). */
  edited(edit: TextEdit): PieceText {
    const {offset, endOffset} = edit
    if (this.pieces.length === 0) return PieceText.of(edit.text)
    // The pieces the range touches (an offset at a piece's end is in that piece, not the next).
    const first = this.pieceAt(offset)
    const last = this.pieceAt(endOffset)
    const joined = first === last ? this.pieces[first] : this.pieces.slice(first, last + 1).join('')
    const at = this.starts[first]
    const replaced = joined.slice(0, offset - at) + edit.text + joined.slice(endOffset - at)
    const middle = replaced.length > 2 * pieceLength ? cut(replaced) : replaced.length ? [replaced] : []
    const pieces = [...this.pieces.slice(0, first), ...middle, ...this.pieces.slice(last + 1)]
    const starts = startsOf(pieces, first, this.starts)
    return new PieceText(pieces, starts, this.length - (endOffset - offset) + edit.text.length)
  }

  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length))
    end = Math.max(start, Math.min(end, this.length))
    if (start === end) return ''
    const first = this.pieceAt(start)
    const last = this.pieceAt(end)
    if (first === last) return this.pieces[first].slice(start - this.starts[first], end - this.starts[first])
    let text = this.pieces[first].slice(start - this.starts[first])
    for (let i = first + 1; i < last; i++) text += this.pieces[i]
    return text + this.pieces[last].slice(0, end - this.starts[last])
  }

  toString(): string {
    return this.pieces.join('')
  }

  /** Index of the piece that holds `offset`, the last piece holding its end when it falls between two. */
  private pieceAt(offset: number): number {
    let low = 0
    let high = this.pieces.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid] < offset) low = mid
      else high = mid - 1
    }
    return low
  }
}

function cut(text: string): string[] {
  const pieces: string[] = []
  for (let at = 0; at < text.length; at += pieceLength) pieces.push(text.slice(at, at + pieceLength))
  return pieces
}

/** Start offsets of `pieces`: those before `from` as in `before`, the rest counted from there. */
function startsOf(pieces: readonly string[], from: number, before: readonly number[]): number[] {
  const starts = before.slice(0, from)
  let at = from > 0 ? before[from - 1] + pieces[from - 1].length : 0
  for (let i = from; i < pieces.length; i++) {
    starts.push(at)
    at += pieces[i].length
  }
  return starts
}
