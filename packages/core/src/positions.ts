/** A place in a text: 1-based line and column (UTF-16 code units), 0-based UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Converts offsets to line/column. Line endings: LF, CRLF and lone CR. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
      return
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) this.starts.push(i + 1)
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid] <= clamped) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: clamped - this.starts[low] + 1, offset: clamped}
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]
    return Math.min(start + column - 1, this.text.length)
  }
}
