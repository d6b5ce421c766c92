import type {Position, Range, TextDocumentContentChangeEvent} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/**
 * `text` cut into lines that keep their line breaks (LF, CRLF, a lone CR); a text that ends with
 * one ends with an empty line.
 */
function linesOf(text: string): string[] {
  const lines: string[] = []
  let start = 0
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      lines.push(text.slice(start, i + 1))
      start = i + 1
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code !== 10 && code !== 13) continue
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++
      lines.push(text.slice(start, i + 1))
      start = i + 1
    }
  }
  lines.push(text.slice(start))
  return lines
}

const isEol = (code: number) => code === 10 || code === 13

/**
 * A text document kept as its lines, for large documents edited a keystroke at a time. The
 * text of `TextDocument` from vscode-languageserver-textdocument is one string: every change
 * builds a new one and copies the whole text (2 MB for a 1 MB document with any character
 * above U+00FF), about 1.5 ms per keystroke on the server's main thread, and as much garbage.
 * Here a change replaces the few lines it touches; the whole text is joined only when asked
 * for. Positions and offsets are those `TextDocument` gives (the same clamping, a position
 * inside a CRLF moved before it).
 */
export class LineDocument implements TextDocument {
  private lines: string[]
  /** Offset where each line starts. */
  private starts: number[] = []
  private size = 0
  /** The whole text, once joined, until the next change. */
  private joined: string | undefined

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string
  ) {
    this.lines = linesOf(content)
    this.joined = content
    this.reindex(0)
  }

  get version(): number {
    return this.currentVersion
  }

  get lineCount(): number {
    return this.lines.length
  }

  /** Length of the text in UTF-16 code units, without joining it. */
  get length(): number {
    return this.size
  }

  getText(range?: Range): string {
    if (!range) return (this.joined ??= this.lines.join(''))
    // As TextDocument's substring: a reversed range gives the text between its ends.
    const start = this.offsetAt(range.start)
    const end = this.offsetAt(range.end)
    return this.slice(Math.min(start, end), Math.max(start, end))
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.size), 0)
    const line = this.lineOf(offset)
    offset = this.beforeEol(offset, this.starts[line])
    return {line, character: offset - this.starts[line]}
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.size
    if (position.line < 0) return 0
    const lineOffset = this.starts[position.line]
    if (position.character <= 0) return lineOffset
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.size
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset)
  }

  getLineRange(line: number): Range {
    if (line >= this.starts.length) {
      const last = this.starts.length - 1
      return {start: {line: last, character: 0}, end: {line: last, character: this.size - this.starts[last]}}
    }
    if (line < 0) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    const start = this.starts[line]
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.size
    return {start: {line, character: 0}, end: {line, character: this.beforeEol(next, start) - start}}
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.starts.length) return ''
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.size
    return this.slice(this.beforeEol(next, this.starts[line]), next)
  }

  /** Apply changes in order, each to the text the previous one left, as TextDocument.update does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(change.range, change.text)
      else {
        this.lines = linesOf(change.text)
        this.joined = change.text
        this.reindex(0)
      }
    }
    this.currentVersion = version
  }

  private replace(range: Range, text: string): void {
    const reversed = range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)
    const start = this.offsetAt(reversed ? range.end : range.start)
    const end = this.offsetAt(reversed ? range.start : range.end)
    // The lines around the edit too: a CR and an LF that meet at its ends become one line break.
    const first = Math.max(0, this.lineOf(start) - 1)
    const last = Math.min(this.lines.length - 1, this.lineOf(end) + 1)
    const old = this.lines.slice(first, last + 1).join('')
    const from = this.starts[first]
    const replaced = linesOf(old.slice(0, start - from) + text + old.slice(end - from))
    // Only the document's last line may be an empty line after a line break.
    if (last < this.lines.length - 1 && replaced.length > 1 && replaced[replaced.length - 1] === '') replaced.pop()
    const delta = text.length - (end - start)
    if (replaced.length === last - first + 1) {
      for (let i = 0; i < replaced.length; i++) this.lines[first + i] = replaced[i]
    } else if (replaced.length < 10000) this.lines.splice(first, last - first + 1, ...replaced)
    else this.lines = [...this.lines.slice(0, first), ...replaced, ...this.lines.slice(last + 1)]
    this.joined = undefined
    // Line starts: those of the replaced lines again, the rest moved by the change in length.
    const tail = this.starts.slice(last + 1)
    this.starts.length = first
    let at = from
    for (const line of replaced) {
      this.starts.push(at)
      at += line.length
    }
    for (const offset of tail) this.starts.push(offset + delta)
    this.size += delta
  }

  /** Recount line starts from line `from`. */
  private reindex(from: number): void {
    this.starts.length = from
    let at = from === 0 ? 0 : this.starts[from - 1] + this.lines[from - 1].length
    for (let i = from; i < this.lines.length; i++) {
      this.starts.push(at)
      at += this.lines[i].length
    }
    this.size = at
  }

  /** The line holding `offset`: the last that starts at or before it. */
  private lineOf(offset: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.starts[mid] > offset) high = mid
      else low = mid + 1
    }
    return Math.max(0, low - 1)
  }

  private charCodeAt(offset: number): number {
    const line = this.lineOf(offset)
    return this.lines[line].charCodeAt(offset - this.starts[line])
  }

  /** Back over line-break characters, not before `lineOffset` (TextDocument's ensureBeforeEOL). */
  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.charCodeAt(offset - 1))) offset--
    return offset
  }

  private slice(start: number, end: number): string {
    if (this.joined !== undefined) return this.joined.slice(start, end)
    if (end <= start) return ''
    const first = this.lineOf(start)
    const last = this.lineOf(end - 1)
    return this.lines.slice(first, last + 1).join('').slice(start - this.starts[first], end - this.starts[first])
  }
}
