import {VFile} from 'vfile'
import {allowPattern, analyseSegment, type Match} from './analyse.js'
import {compileTerms, type CompiledTerms} from './compile.js'
import {htmlSegments} from './extract/html.js'
import {markdownSegments} from './extract/markdown.js'
import {textSegments} from './extract/text.js'
import {toMessage} from './messages.js'
import {decideSeverity} from './policy.js'
import {LineIndex} from './positions.js'
import {maskLinks, type Segment} from './segment.js'
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
  const text = String(file.value ?? '')
  const compiled = compileTerms(options)
  const format = options.format || formatFromPath(options.path ?? file.path)
  const wanted = candidates(text, compiled)
  if (wanted) {
    const extract = format === 'html' ? htmlSegments : format === 'text' ? textSegments : markdownSegments
    report(file, text, extract(text, wanted), compiled, options)
  }
  applySuppressions(file, text, format, options)
}

/**
 * The cheap scan: where in the raw text can a term possibly start? Returns a test for block
 * ranges, or undefined when nothing can match at all (most documents).
 */
export function candidates(text: string, compiled: CompiledTerms): ((start: number, end: number) => boolean) | undefined {
  if (!compiled.anchors) return undefined
  const global = new RegExp(compiled.anchors.source, 'giu')
  const hits: number[] = []
  let found: RegExpExecArray | null
  while ((found = global.exec(text))) hits.push(found.index)
  if (hits.length === 0) return undefined
  return (start, end) => {
    let low = 0
    let high = hits.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (hits[mid] < start) low = mid + 1
      else high = mid
    }
    return low < hits.length && hits[low] < end
  }
}

/** From segments to messages: the one path every front door shares. */
export function report(file: VFile, text: string, segments: Segment[], compiled: CompiledTerms, options: LintOptions): void {
  const allowed = allowPattern(options.allow)
  const matches: Match[] = []
  for (const segment of segments) matches.push(...analyseSegment(maskLinks(segment), text, compiled, allowed))
  if (matches.length === 0) return
  matches.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset)
  const lines = new LineIndex(text)
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

function customSeverity(options: LintOptions, id: string) {
  return options.customTerms?.find((term) => term.id === id)?.severity ?? 'warning'
}
