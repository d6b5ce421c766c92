import {sortedIndex} from './sorted.js'
import type {TextSource} from './text-source.js'

/** A place in a text: 1-based line and column (UTF-16 code units), 0-based UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Converts offsets to line/column. Line endings: LF, CRLF and lone CR. */
export class LineIndex {
  private starts: number[]
  /** Length of the text: offsets past it are clamped. */
  private length: number

  constructor(text: string) {
    this.length = text.length
    this.starts = [0]
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

  /** Number of lines (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length
  }

  /** Offset where a 1-based line starts, or undefined past the last line. */
  lineStart(line: number): number | undefined {
    return line >= 1 ? this.starts[line - 1] : undefined
  }

  /**
   * Update this index in place for an edit that replaced `[start, oldEnd)` of the old text with
   * `[start, newEnd)` of `text`, and return it (the index of the old text is gone). Only the edit
   * is read: a line start depends on the character before it and the one at it, so starts before
   * `start` stay, starts after `oldEnd` move by the change in length, and the edit's own are
   * found again. `text` may be kept in pieces: only the edit and a character each side are read.
   */
  edited(text: string | TextSource, start: number, oldEnd: number, newEnd: number): LineIndex {
    const delta = newEnd - oldEnd
    const starts = this.starts
    const keep = Math.max(sortedIndex(starts, start), 1)
    // The first start past oldEnd (offsets are integers).
    const after = sortedIndex(starts, oldEnd + 1)
    const inside: number[] = []
    const from = Math.max(start, 1) - 1
    const part = text.slice(from, newEnd + 1)
    for (let at = Math.max(start, 1); at <= newEnd; at++) {
      const before = part.charCodeAt(at - 1 - from)
      if (before === 10 || (before === 13 && part.charCodeAt(at - from) !== 10)) inside.push(at)
    }
    if (delta !== 0) for (let i = after; i < starts.length; i++) starts[i] += delta
    if (inside.length === after - keep) for (let i = 0; i < inside.length; i++) starts[keep + i] = inside[i]
    else if (inside.length < 10000) starts.splice(keep, after - keep, ...inside)
    else this.starts = starts.slice(0, keep).concat(inside, starts.slice(after)) // too many for splice's arguments
    this.length = text.length
    return this
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.length))
    // The last line starting at or before the offset (the first starts at 0).
    const low = sortedIndex(this.starts, clamped + 1) - 1
    return {line: low + 1, column: clamped - this.starts[low] + 1, offset: clamped}
  }

  /** The point of `offset` if it lies on 1-based `line` (a cheap check before a search), else undefined. */
  pointOnLine(offset: number, line: number): Point | undefined {
    const start = this.starts[line - 1]
    if (start === undefined || offset < start || offset > this.length) return undefined
    if (line < this.starts.length && this.starts[line] <= offset) return undefined
    return {line, column: offset - start + 1, offset}
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]
    return Math.min(start + column - 1, this.length)
  }
}
