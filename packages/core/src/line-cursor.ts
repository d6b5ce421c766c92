import type {Point} from './positions.js'

/**
 * Line and column of offsets asked for in increasing order (a document's findings), counting
 * line breaks up to each one as it goes: no index of every line of a large document that has a
 * few findings. Line endings as `LineIndex`: LF, CRLF and lone CR. Asked for an earlier offset,
 * it counts again from the start.
 */
export class LineCursor {
  private line = 1
  private lineStart = 0
  /** Every line start at or before this offset is counted. */
  private counted = 0
  private readonly crlf: boolean

  constructor(private readonly text: string) {
    this.crlf = text.includes('\r')
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    if (clamped < this.counted) {
      this.line = 1
      this.lineStart = 0
      this.counted = 0
    }
    const text = this.text
    if (!this.crlf) {
      for (let i = text.indexOf('\n', this.counted); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
        this.line++
        this.lineStart = i + 1
      }
    } else {
      // A line starts after LF, and after a CR not followed by LF.
      for (let start = Math.max(this.counted, 0) + 1; start <= clamped; start++) {
        const before = text.charCodeAt(start - 1)
        if (before === 10 || (before === 13 && text.charCodeAt(start) !== 10)) {
          this.line++
          this.lineStart = start
        }
      }
    }
    this.counted = clamped
    return {line: this.line, column: clamped - this.lineStart + 1, offset: clamped}
  }
}
