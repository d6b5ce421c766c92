/**
 * A text that need not be one string: an editor buffer kept in pieces. A string is one too.
 * After a keystroke in a megabyte document, building the whole new string cost more than linting
 * the edit (and its garbage brought a full collection every few dozen keystrokes): the
 * IncrementalLinter reads only the parts around an edit, so it asks for those alone.
 */
export interface TextSource {
  readonly length: number
  /** The characters `[start, end)`, as String.prototype.slice gives them (no negative offsets). */
  slice(start: number, end: number): string
}

/** The whole text as one string. */
export function wholeText(text: string | TextSource): string {
  return typeof text === 'string' ? text : text.slice(0, text.length)
}

/** How many line feeds and carriage returns `text` holds: which kind ends its lines follows from them. */
export interface BreakCount {
  lf: number
  cr: number
}

export function countBreaks(text: string): BreakCount {
  return {lf: countOf(text, '\n'), cr: countOf(text, '\r')}
}

/** The count after `[start, oldEnd)` of the old text was replaced by `inserted`. */
export function editedBreaks(count: BreakCount, removed: string, inserted: string): BreakCount {
  return {
    lf: count.lf - countOf(removed, '\n') + countOf(inserted, '\n'),
    cr: count.cr - countOf(removed, '\r') + countOf(inserted, '\r')
  }
}

/** What ends lines in a text with these breaks: LF, or CR alone in a text without any LF (old Mac files). */
export function lineEndFrom(count: BreakCount): '\n' | '\r' {
  return count.cr > 0 && count.lf === 0 ? '\r' : '\n'
}

function countOf(text: string, char: string): number {
  let count = 0
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++
  return count
}
