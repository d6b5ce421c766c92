/** What kind of block a piece of prose comes from; contexts and profiles look at it. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'table-cell' | 'alt' | 'title' | 'meta' | 'text'
  /** Inside a block quote (Markdown `>` or HTML `<blockquote>`). */
  quote: boolean
  /** Inside a list item. */
  listItem: boolean
  /** Inside a table. */
  table: boolean
  /** Inside a definition list or a glossary-like structure (HTML `<dl>`). */
  definition: boolean
  /** Language the markup declares for this block (HTML `lang`), if any. */
  lang?: string
}

/**
 * A run of prose as the reader sees it (markup removed, code masked) with, for every character,
 * where it starts and ends in the original text. Matching happens on `text`; findings are placed
 * through `starts`/`ends`.
 */
export interface Segment {
  text: string
  starts: number[]
  ends: number[]
  block: Block
  /** [start, end) ranges of `text` inside inline quotations marked up as such (HTML `<q>`). */
  quoted: Array<[number, number]>
}

/** A stand-in for code and URLs: not a letter, not a separator, so no phrase can run through it. */
export const MASK = '\uFFFC'

export function defaultBlock(kind: Block['kind'] = 'paragraph'): Block {
  return {kind, quote: false, listItem: false, table: false, definition: false}
}

export class SegmentBuilder {
  /** The text so far, in pieces: a run of text the parser read as is is one piece, not one per character. */
  private parts: string[] = []
  private last = ''
  private starts: number[] = []
  private ends: number[] = []
  private quoted: Array<[number, number]> = []

  constructor(
    private readonly source: string,
    readonly block: Block
  ) {}

  get length(): number {
    return this.starts.length
  }

  /**
   * Append `value`, which the parser read from `source[start, end)`. When markup (escapes,
   * entities) makes the two differ, characters are aligned one by one.
   */
  text(value: string, start: number, end: number): void {
    const raw = this.source.slice(start, end)
    if (raw === value) {
      if (value.length === 0) return
      this.parts.push(value)
      this.last = value[value.length - 1]
      for (let i = start; i < start + value.length; i++) {
        this.starts.push(i)
        this.ends.push(i + 1)
      }
      return
    }
    let j = 0
    for (let i = 0; i < value.length; i++) {
      const char = value[i]
      // Skip what the source has but the value lacks: indentation and `>` of continuation lines.
      while (j < raw.length && raw[j] !== char && (raw[j] === ' ' || raw[j] === '\t' || raw[j] === '>')) j++
      const entity = raw[j] === '&' ? /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(raw.slice(j, j + 40)) : null
      if (entity) {
        this.push(char, start + j, start + j + entity[0].length)
        // A reference to an astral character (&#x1F600;) decodes to two code units.
        const code = char.charCodeAt(0)
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) this.push(value[++i], start + j, start + j + entity[0].length)
        j += entity[0].length
      } else if (raw[j] === char) {
        this.push(char, start + j, start + j + 1)
        j++
      } else if (raw[j] === '\\' && raw[j + 1] === char) {
        this.push(char, start + j, start + j + 2)
        j += 2
      } else if (char === '\n' && raw[j] === '\r') {
        const width = raw[j + 1] === '\n' ? 2 : 1
        this.push(char, start + j, start + j + width)
        j += width
      } else {
        const at = start + Math.min(j, raw.length)
        this.push(char, at, Math.min(at + 1, end))
        if (j < raw.length) j++
      }
    }
  }

  /** Code, URLs and the like: kept as masks so positions stay right and nothing matches across. */
  mask(start: number, end: number): void {
    for (let i = start; i < end; i++) this.push(MASK, i, i + 1)
  }

  lineBreak(at: number): void {
    this.push('\n', at, at)
  }

  /** A word gap that has no source (between two table cells, say). */
  gap(at: number): void {
    if (this.last && !/\s/.test(this.last)) this.push(' ', at, at)
  }

  markQuoted(from: number): void {
    if (this.length > from) this.quoted.push([from, this.length])
  }

  build(): Segment | undefined {
    const text = this.parts.join('')
    if (!/\p{L}/u.test(text)) return undefined
    return {text, starts: this.starts, ends: this.ends, block: this.block, quoted: this.quoted}
  }

  private push(char: string, start: number, end: number): void {
    this.parts.push(char)
    this.last = char
    this.starts.push(start)
    this.ends.push(end)
  }
}

const urlOrEmail =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'\u201C\u201D]+[^\s<>"'\u201C\u201D.,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu

/** Replace URLs and e-mail addresses with masks (same length). */
export function maskLinks(segment: Segment): Segment {
  const t = segment.text
  if (!t.includes('@') && !t.includes('://') && !t.includes('www.')) return segment
  const text = segment.text.replace(urlOrEmail, (match) => MASK.repeat(match.length))
  return text === segment.text ? segment : {...segment, text}
}
