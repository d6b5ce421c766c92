import {VFile} from 'vfile'
import {allowMatcher, analyseSegment, type Match} from './analyse.js'
import {longestAnchor} from './anchor-pattern.js'
import {compileTerms, type CompiledTerms} from './compile.js'
import {htmlSegments} from './extract/html.js'
import {markdownSegments} from './extract/markdown.js'
import {textSegments} from './extract/text.js'
import {toMessage} from './messages.js'
import {decideSeverity} from './policy.js'
import {LineCursor} from './line-cursor.js'
import {sortedIndex} from './sorted.js'
import {maskLinks, type Segment} from './segment.js'
import {refersToChild, exploitationContext} from './conditions.js'
import {declaredLanguage} from './declared-language.js'
import {detectLanguage} from './language.js'
import {checkLanguageRanges, languageAt} from './language-ranges.js'
import {applySuppressions} from './suppress.js'
import type {Format, LintOptions, LuxlintMessage} from './types.js'

/** Choose a format from a file name: `.html`/`.htm` → html, `.txt`/`.text` → text, else markdown. */
export function formatFromPath(path: string | undefined): Format {
  if (!path) return 'markdown'
  if (/\.x?html?$/i.test(path)) return 'html'
  if (/\.(txt|text)$/i.test(path)) return 'text'
  return 'markdown'
}

/** Lint a document and return its findings, sorted by position. */
export function lint(text: string, options: LintOptions = {}): LuxlintMessage[] {
  const file = new VFile({value: text, path: options.path})
  lintFile(file, options)
  return file.messages as LuxlintMessage[]
}

/** Lint a vfile in place: findings are added to `file.messages`. */
export function lintFile(file: VFile, options: LintOptions = {}): void {
  const format = options.format || formatFromPath(options.path ?? file.path)
  // Checked up front, so a bad value fails even on a text without a candidate term.
  checkLanguageRanges(options.languages)
  findTerms(file, {...options, format})
  applySuppressions(file, String(file.value ?? ''), format, options)
}

/** The terms of a document, before suppression comments are applied. */
export function findTerms(file: VFile, options: LintOptions & {format: Format}, context: ReportContext = {}): void {
  const text = String(file.value ?? '')
  const compiled = compileTerms(options)
  const format = options.format
  const anchored = candidates(text, compiled)
  if (anchored) {
    // A block is worth parsing when an anchor falls in it and the raw text around the anchor,
    // markup and all, holds a term (and the words its conditions need).
    const wanted = (start: number, end: number) => {
      const hits = anchored(start, end)
      if (hits.length === 0) return false
      let windows = ''
      let last = start
      for (const hit of hits) {
        const from = Math.max(last, hit - 200)
        const to = Math.min(end, hit + 200)
        if (to > from) windows += (from > last ? ' \n\n ' : '') + text.slice(from, to)
        last = Math.max(last, to)
      }
      return mayMatch(windows, compiled, () => text.slice(start, end))
    }
    const mdx = format === 'mdx' || (format === 'markdown' && /\.mdx$/i.test(options.path ?? file.path ?? ''))
    const extract = format === 'html' ? htmlSegments : format === 'text' ? textSegments : (t: string, w: typeof wanted) => markdownSegments(t, w, mdx)
    if (format !== 'html' || mayMatch(text, compiled)) report(file, text, extract(text, wanted), compiled, options, context)
  }
}

/**
 * The cheap scan: where in the raw text can a term possibly start? Returns a test for block
 * ranges, or undefined when nothing can match at all (most documents).
 */
export function candidates(text: string, compiled: CompiledTerms): ((start: number, end: number) => number[]) | undefined {
  if (!compiled.anchors) return undefined
  const hits = anchorHits(text, compiled.anchors)
  if (hits.length === 0) return undefined
  const none: number[] = []
  return (start, end) => {
    // Most blocks hold no anchor: answer those without allocating.
    const first = sortedIndex(hits, start)
    if (first === hits.length || hits[first] >= end) return none
    const inside: number[] = []
    for (let i = first; i < hits.length && hits[i] < end; i++) inside.push(hits[i])
    return inside
  }
}

/** The anchor scan reads text a piece at a time: a piece it lower-cases is no second copy of a large document. */
const anchorPiece = 65536

/**
 * Where the anchors match in `text`, ignoring case, as one scan of the whole text would find
 * them. An anchor counts only where a word starts: the pattern begins with the character before
 * it (the text's start reads as a space).
 */
export function anchorHits(text: string, anchors: RegExp): number[] {
  const hits: number[] = []
  const caseless = ignoringCase(anchors)
  // A piece reaches past its end by the longest anchor, so a match across the cut is whole. (A
  // pattern not made by anchorPattern reaches by its source's length, which no literal exceeds.)
  const reach = longestAnchor(anchors) ?? anchors.source.length
  // Where the scan goes on from, as an offset of `text` (-1: the space before it).
  let resume = -1
  for (let start = 0; start < text.length; start += anchorPiece) {
    // From the character before the piece, which a match at its start begins with.
    const piece = text.slice(Math.max(0, start - 1), start + anchorPiece + reach)
    // The anchors ignoring case read the piece as it is, unless it holds a character the flag
    // folds otherwise than lower case; then the piece is lower-cased. That keeps offsets except
    // for İ, which becomes i and a combining dot: read it as i, as the word matcher folds it.
    let subject = piece
    let pattern = caseless
    if (!pattern || foldsApart.test(piece)) {
      pattern = anchors
      subject = piece.toLowerCase()
      if (subject.length !== piece.length) subject = piece.replaceAll('\u0130', 'i').toLowerCase()
    }
    if (start === 0) subject = ' ' + subject
    // `subject[k]` is the text's character at `start - 1 + k`, and a match at k is an anchor at `start + k`.
    pattern.lastIndex = Math.max(0, resume - start + 1)
    let found: RegExpExecArray | null
    while ((found = pattern.exec(subject)) && found.index < anchorPiece) {
      hits.push(start + found.index)
      resume = start - 1 + pattern.lastIndex
    }
  }
  return hits
}

/**
 * The characters whose lower case the `i` flag does not match them to: İ (whose lower case is i
 * and a dot), K (the Kelvin sign, k in lower case), ẞ, Ω, Å and a few Greek letters. In any
 * other text, anchors of ASCII and Latin-1 letters match with the flag exactly where they match
 * the text in lower case, and a character other than a-z and 0-9 is so in either (a test tries
 * every character).
 */
export const foldsApart = /[\u0130\u03f4\u1e9e\u1f88-\u1f8f\u1f98-\u1f9f\u1fa8-\u1faf\u1fbc\u1fcc\u1ffc\u2126\u212a\u212b]/

const caselessPatterns = new WeakMap<RegExp, RegExp | null>()

/**
 * The anchors ignoring case, when their letters are ASCII and Latin-1 (a custom term's may be
 * any): the scan then needs no lower-cased copy of the text, a quarter of its time.
 */
function ignoringCase(anchors: RegExp): RegExp | null {
  let found = caselessPatterns.get(anchors)
  if (found === undefined) {
    // eslint-disable-next-line no-control-regex
    found = /^[\x00-\x7F\u00DF-\u00FF]*$/.test(anchors.source) ? new RegExp(anchors.source, 'gi') : null
    caselessPatterns.set(anchors, found)
  }
  return found
}

// Tags and character references, which may stand between the words of a term. Not comments:
// what looks like one may be inside code, where its text is prose again after the fence.
const markup = /<\/?[a-z][^<>]*>|&(?:#\d+|#x[\da-f]+|\w+);/gi

/**
 * Whether raw text (markup included) can hold a finding: the loose matcher ignores what stands
 * between words, and rules that need a child or an exploitation context need those words too.
 */
export function mayMatch(raw: string, compiled: CompiledTerms, block: () => string = () => raw): boolean {
  const clean = raw.includes('<') || raw.includes('&') ? raw.replace(markup, (m) => ' '.repeat(m.length)) : raw
  let whole: string | undefined
  for (const hit of compiled.loose.find(clean)) {
    const conditions = hit.term.conditions
    if (conditions.length) whole ??= block()
    if (conditions.includes('child-reference') && !refersToChild(whole!)) continue
    if (conditions.includes('exploitation-context') && !exploitationContext.test(whole!)) continue
    return true
  }
  return false
}

/** What a caller that lints a document block by block knows of the whole document. */
export interface ReportContext {
  /** The language the document declares (null: none), when `text` is a block of it. */
  declaredLanguage?: string | null
  /** The document's language, for prose whose own is unclear (null: mixed). */
  fallbackLanguage?: string | null
  pieces?: PieceMemo
}

/** From segments to messages: the one path every front door shares. */
export function report(file: VFile, text: string, segments: Segment[], compiled: CompiledTerms, options: LintOptions, context: ReportContext = {}): void {
  const {fallbackLanguage, pieces} = context
  const allowed = allowMatcher(options.allow)
  const matches: Match[] = []
  const fixed = options.language && options.language !== 'auto' ? options.language : context.declaredLanguage !== undefined ? (context.declaredLanguage ?? undefined) : declaredLanguage(text)
  // Checked by lintFile, the way in from outside.
  const declared = options.languages ?? []
  let documentLanguage: string | null | undefined = fallbackLanguage
  const analyse = (segment: Segment): Match[] => {
    // The paragraph's own language when it is clear (markup, then the ranges a document format
    // declares), else the document's, else every language.
    const ranged = declared.length && segment.starts.length ? languageAt(declared, segment.starts[0]) : undefined
    let language = segment.block.lang ?? ranged ?? fixed ?? detectLanguage(segment.text, compiled.languages)
    if (!language) {
      if (documentLanguage === undefined) documentLanguage = detectLanguage(text, compiled.languages) ?? null
      language = documentLanguage ?? 'mixed'
    }
    const trie = compiled.tries.get(language) ?? compiled.tries.get('mixed')!
    return analyseSegment(maskLinks(segment), text, trie, allowed)
  }
  // A piece of prose is analysed from its text, its block, its quotations and the document's
  // language alone (its offsets aside): the same piece in the last call has the same findings.
  // (Not with language ranges, which depend on offsets, or a language read from the whole text.)
  const memo = pieces && !declared.length && fallbackLanguage !== undefined ? pieces : undefined
  for (const segment of segments) {
    const around = memo && `${JSON.stringify(segment.block)}\u0000${JSON.stringify(segment.quoted)}\u0000${fixed ?? ''}\u0000${fallbackLanguage ?? ''}`
    for (const piece of splitLong(segment)) {
      if (!memo) {
        matches.push(...analyse(piece))
        continue
      }
      let found = memo.get(around!, piece.text)
      if (!found) {
        found = analyse(piece).map(({term, start, end, decision}) => ({term, start, end, decision}))
        memo.set(around!, piece.text, found)
      }
      for (const {term, start, end, decision} of found) {
        const offset = piece.starts[start]
        const endOffset = piece.ends[end - 1]
        matches.push({term, segment: piece, start, end, offset, endOffset, actual: text.slice(offset, endOffset), decision})
      }
    }
  }
  if (matches.length === 0) return
  matches.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset)
  // Findings are placed in document order: count lines up to each, not over the whole text.
  const lines = new LineCursor(text)
  let lastEnd = -1
  for (const match of matches) {
    if (match.offset < lastEnd) continue
    const severity = decideSeverity({
      status: match.term.status,
      confidence: match.term.confidence,
      context: match.decision.context,
      prominent: ['heading', 'alt', 'title', 'meta'].includes(match.segment.block.kind),
      override: compiled.severities.get(match.term.id) ?? (match.term.language === 'custom' ? customSeverity(options, match.term.id) : undefined),
      profile: options.profile,
      cells: options.policy
    })
    if (severity === 'off') continue
    lastEnd = match.endOffset
    file.messages.push(toMessage(match, severity, lines, file.path))
  }
}

/**
 * The findings of pieces of prose, by their text and what else decides them: kept by the
 * IncrementalLinter from one call to the next, so a keystroke in a block of 500 K analyses again
 * only the piece it is in. `get` reads the pieces of the last call and this one; `turn` ends a
 * call, forgetting the pieces it did not look at.
 */
export class PieceMemo {
  private last = new Map<string, {around: string; found: PieceMatch[]}>()
  private next = new Map<string, {around: string; found: PieceMatch[]}>()

  get(around: string, text: string): PieceMatch[] | undefined {
    const entry = this.next.get(text) ?? this.last.get(text)
    if (!entry || entry.around !== around) return undefined
    this.next.set(text, entry)
    return entry.found
  }

  set(around: string, text: string, found: PieceMatch[]): void {
    this.next.set(text, {around, found})
  }

  turn(): void {
    this.last = this.next
    this.next = new Map()
  }
}

/** A finding of a piece, by its place in the piece's text. */
type PieceMatch = Pick<Match, 'term' | 'start' | 'end' | 'decision'>

/** Longest piece of prose analysed at once: sentence parsing grows faster than linearly. */
const maxSegment = 65536

/** Cut a huge segment (a 50 MB line) at spaces into pieces the parsers handle in linear time. */
function splitLong(segment: Segment): Segment[] {
  if (segment.text.length <= maxSegment) return [segment]
  const pieces: Segment[] = []
  let start = 0
  while (start < segment.text.length) {
    let end = Math.min(segment.text.length, start + maxSegment)
    if (end < segment.text.length) {
      // After the last full stop in the piece's second half, which no term spans; else at a
      // space (a cut at any space split "child prostitute" in two now and then).
      const half = start + maxSegment / 2
      const window = segment.text.slice(half, end)
      const stop = /[.!?]["'”’)\]]*\s+/g
      let cut = -1
      for (let found = stop.exec(window); found; found = stop.exec(window)) cut = found.index + found[0].length
      const space = segment.text.lastIndexOf(' ', end)
      if (cut > 0) end = half + cut
      else if (space > half) end = space + 1
    }
    pieces.push({...segment, text: segment.text.slice(start, end), starts: segment.starts.slice(start, end), ends: segment.ends.slice(start, end), quoted: []})
    start = end
  }
  return pieces
}

function customSeverity(options: LintOptions, id: string) {
  return options.customTerms?.find((term) => term.id === id)?.severity ?? 'warning'
}
