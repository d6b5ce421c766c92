import type {Position, Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

// Core offsets and LSP positions both count UTF-16 code units, so the document's own
// converters are exact; nothing here re-counts characters.

/** The LSP range of `[offset, endOffset)` in `document`. */
export function toRange(document: Pick<TextDocument, 'positionAt'>, offset: number, endOffset: number): Range {
  return {start: document.positionAt(offset), end: document.positionAt(endOffset)}
}

/** The UTF-16 offsets of an LSP range in `document`. */
export function toOffsets(document: Pick<TextDocument, 'offsetAt'>, range: Range): {offset: number; endOffset: number} {
  return {offset: document.offsetAt(range.start), endOffset: document.offsetAt(range.end)}
}

/** Whether `position` lies inside `range` (start inclusive, end inclusive: a cursor just after a word still hovers it). */
export function rangeContains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character)
  return afterStart && beforeEnd
}

/** Whether two ranges are the same (a range a client sent may lack members: then it is none of ours). */
export function sameRange(a: Range, b: Range): boolean {
  return a.start?.line === b.start?.line && a.start?.character === b.start?.character && a.end?.line === b.end?.line && a.end?.character === b.end?.character
}

/** Whether two ranges share at least one position. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return rangeContains(a, b.start) || rangeContains(a, b.end) || rangeContains(b, a.start)
}

/** The whitespace that starts line `line` of `text`. */
export function indentationOf(document: Pick<TextDocument, 'getText'>, line: number): string {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  return /^[\t ]*/.exec(text)![0]
}
