import {VFile} from 'vfile'
import {compileTerms} from './compile.js'
import {markdownChunks} from './extract/chunks.js'
import {detectLanguage} from './language.js'
import {declaredLanguage, findTerms, formatFromPath} from './lint.js'
import {LineIndex} from './positions.js'
import {setPlace} from './messages.js'
import {applySuppressions} from './suppress.js'
import type {LintOptions, LuxlintMessage} from './types.js'

interface Cached {
  /** Findings with offsets relative to the block. */
  messages: LuxlintMessage[]
  used: number
}

/**
 * Lints the same document again and again (an editor buffer) and re-analyses only the blocks
 * whose text changed. Gives exactly what `lint()` gives: blocks are already linted one by one
 * there, so a block's findings depend only on its text and the document's language.
 */
export class IncrementalLinter {
  private readonly cache = new Map<string, Cached>()
  private generation = 0

  constructor(private readonly options: LintOptions = {}) {}

  lint(text: string): LuxlintMessage[] {
    const format = this.options.format || formatFromPath(this.options.path)
    if (format === 'html') {
      // HTML is parsed as a whole; documents are rarely large enough to need more.
      const file = new VFile({value: text, path: this.options.path})
      findTerms(file, {...this.options, format})
      applySuppressions(file, text, format, this.options)
      return file.messages as LuxlintMessage[]
    }
    this.generation++
    const compiled = compileTerms(this.options)
    const declared = this.options.language && this.options.language !== 'auto' ? this.options.language : declaredLanguage(text)
    const fallback = declared ? null : (detectLanguage(text, compiled.languages) ?? null)
    const language = declared ?? undefined
    const ranges = format === 'text' ? paragraphs(text) : markdownChunks(text)
    const lines = new LineIndex(text)
    const file = new VFile({value: text, path: this.options.path})
    for (const [start, end] of ranges) {
      const block = text.slice(start, end)
      const key = `${language ?? ''}\u0000${fallback ?? ''}\u0000${block}`
      let cached = this.cache.get(key)
      if (!cached) {
        const part = new VFile({value: block, path: this.options.path})
        findTerms(part, {...this.options, format, language}, {fallbackLanguage: fallback})
        cached = {messages: part.messages as LuxlintMessage[], used: 0}
        this.cache.set(key, cached)
      }
      cached.used = this.generation
      for (const message of cached.messages) file.messages.push(relocate(message, start, lines, file.path))
    }
    for (const [key, entry] of this.cache) if (entry.used !== this.generation) this.cache.delete(key)
    applySuppressions(file, text, format, this.options)
    return file.messages as LuxlintMessage[]
  }
}

/** Paragraphs of plain text: runs of lines up to a blank line (the blank lines go with the paragraph before). */
function paragraphs(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const blank = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g
  let start = 0
  let found: RegExpExecArray | null
  while ((found = blank.exec(text))) {
    ranges.push([start, found.index + found[0].length])
    start = found.index + found[0].length
  }
  if (start < text.length || ranges.length === 0) ranges.push([start, text.length])
  return ranges
}

function relocate(message: LuxlintMessage, by: number, lines: LineIndex, path: string | undefined): LuxlintMessage {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(message)), message) as LuxlintMessage
  setPlace(copy, lines.point(message.offset + by), lines.point(message.endOffset + by))
  copy.file = path || ''
  if (message.fix) copy.fix = {...message.fix, offset: message.fix.offset + by, endOffset: message.fix.endOffset + by}
  return copy
}
