import {VFile} from 'vfile'
import {compileTerms} from './compile.js'
import {chunkScan, commonEnds, rescanChunks, type ChunkScan} from './extract/chunks.js'
import {detectLanguage, detectionReach} from './language.js'
import {declaredLanguage, findTerms, formatFromPath, lint} from './lint.js'
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
  /** Findings by block text, for each pair of declared and fallback language. */
  private readonly cache = new Map<string, Map<string, Cached>>()
  private generation = 0
  /** The last text: its blocks (by start) and languages, reused where an edit left them alone. */
  private last: {text: string; scan?: ChunkScan; blocks: Map<number, {end: number; cached: Cached}>; languages: string; fallback: string | null; declared?: string} | undefined

  constructor(private readonly options: LintOptions = {}) {}

  lint(text: string): LuxlintMessage[] {
    const format = this.options.format || formatFromPath(this.options.path)
    // HTML is parsed as a whole (documents are rarely large enough to need more), and declared
    // language ranges are offsets in the whole document, not in a block.
    if (format === 'html' || this.options.languages?.length) return lint(text, {...this.options, format})
    this.generation++
    const last = this.last
    const [prefix, suffix] = last ? commonEnds(last.text, text) : [0, 0]
    const delta = text.length - (last?.text.length ?? 0)
    const compiled = compileTerms(this.options)
    const declared = this.options.language && this.options.language !== 'auto' ? this.options.language : declaredLanguage(text)
    // Detection reads only the start of a document: where that is unchanged, so is its answer.
    const sameStart = last !== undefined && last.declared === declared && (prefix >= detectionReach || (prefix === text.length && prefix === last.text.length))
    const fallback = declared ? null : sameStart ? last.fallback : (detectLanguage(text, compiled.languages) ?? null)
    const language = declared ?? undefined
    let ranges: Array<[number, number]>
    let scan: ChunkScan | undefined
    if (format === 'text') ranges = paragraphs(text)
    else {
      scan = last?.scan ? rescanChunks({text: last.text, ...last.scan}, text, [prefix, suffix]) : chunkScan(text)
      ranges = scan.chunks
    }
    const lines = new LineIndex(text)
    const file = new VFile({value: text, path: this.options.path})
    const languages = `${language ?? ''}\u0000${fallback ?? ''}`
    let cache = this.cache.get(languages)
    if (!cache) this.cache.set(languages, (cache = new Map()))
    // Blocks wholly before or after the edit are the blocks of last time, found by position.
    const unchanged = last && last.languages === languages ? last.blocks : undefined
    const blocks = new Map<number, {end: number; cached: Cached}>()
    for (const [start, end] of ranges) {
      const before = end <= prefix ? unchanged?.get(start) : start >= text.length - suffix ? unchanged?.get(start - delta) : undefined
      let cached = before && before.end === (end <= prefix ? end : end - delta) ? before.cached : undefined
      if (!cached) {
        const block = text.slice(start, end)
        cached = cache.get(block)
        if (!cached) {
          const part = new VFile({value: block, path: this.options.path})
          findTerms(part, {...this.options, format, language}, {fallbackLanguage: fallback})
          cached = {messages: part.messages as LuxlintMessage[], used: 0}
          cache.set(block, cached)
        }
      }
      cached.used = this.generation
      blocks.set(start, {end, cached})
      for (const message of cached.messages) file.messages.push(relocate(message, start, lines, file.path))
    }
    for (const [key, entries] of this.cache) {
      if (key !== languages) this.cache.delete(key)
      else for (const [block, entry] of entries) if (entry.used !== this.generation) entries.delete(block)
    }
    this.last = {text, scan, blocks, languages, fallback, declared}
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
