import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import {findRule} from './compile.js'
import {LineIndex} from './positions.js'
import {setPlace} from './messages.js'
import {markdownChunks} from './extract/chunks.js'
import type {Format, LintOptions, LuxlintMessage, Severity} from './types.js'

/** A `luxlint-disable…` comment in a document. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
  /** Rule ids; empty means every rule. */
  rules: string[]
  reason: string
  offset: number
  endOffset: number
  /** Lines the directive covers (1-based, inclusive) for line kinds. */
  line: number
  used: boolean
}

const htmlComment = /<!--\s*luxlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g
const mdxComment = /\{\/\*\s*luxlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)\*\/\}/g
const textComment = /^[ \t]*(?:#|\/\/|--|%|;|\/\*)?[ \t]*luxlint-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*?)(?:\*\/)?[ \t]*$/gm

/** Every directive in `text`, in order. */
export function findDirectives(text: string, format: Format, lines?: LineIndex): Directive[] {
  if (!text.includes('luxlint-')) return []
  lines ??= new LineIndex(text)
  const directives: Directive[] = []
  const patterns = format === 'text' ? [textComment] : [htmlComment, mdxComment]
  // In Markdown, a comment shown inside code is an example, not a directive.
  const fences: Array<[number, number]> = []
  if (format === 'markdown' || format === 'mdx') markdownChunks(text, fences)
  const inCode = (at: number) => {
    if (format !== 'markdown' && format !== 'mdx') return false
    if (fences.some(([from, to]) => from <= at && at < to)) return true
    const lineStart = text.lastIndexOf('\n', at - 1) + 1
    return (text.slice(lineStart, at).match(/`/g) || []).length % 2 === 1
  }
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = pattern.exec(text))) {
      if (inCode(found.index)) continue
      const [rulesPart, ...reasonParts] = found[2].split(/\s--\s|^--\s|\s--$/)
      const kind = found[1] as Directive['kind']
      const end = lines.point(found.index + found[0].length)
      directives.push({
        kind,
        rules: rulesPart.split(/[\s,]+/).filter(Boolean),
        reason: reasonParts.join(' -- ').trim(),
        offset: found.index,
        endOffset: found.index + found[0].length,
        line: kind === 'disable-next-line' ? end.line + 1 : lines.point(found.index).line,
        used: false
      })
    }
  }
  return directives.sort((a, b) => a.offset - b.offset)
}

function covers(directive: Directive, ruleId: string): boolean {
  if (directive.rules.length === 0) return true
  const rule = findRule(ruleId)
  return directive.rules.some((id) => id === ruleId || (rule !== undefined && (rule.id === id || rule.aliases.includes(id))))
}

/** Whether a finding is switched off by a directive; marks the directive used. */
function suppressed(message: LuxlintMessage, directives: Directive[]): boolean {
  let off: Directive | undefined
  for (const directive of directives) {
    if (directive.offset > message.offset) break
    if (directive.kind === 'disable' && covers(directive, message.ruleId)) off = directive
    else if (directive.kind === 'enable' && off && (directive.rules.length === 0 || directive.rules.some((id) => covers({...directive, rules: [id]}, message.ruleId)))) off = undefined
  }
  const line = directives.find((d) => (d.kind === 'disable-next-line' || d.kind === 'disable-line') && d.line === message.line && covers(d, message.ruleId))
  const by = line ?? off
  if (by) by.used = true
  return by !== undefined
}

export const metaRules = {
  'disable-without-reason': 'A luxlint-disable comment should say why (after “--”), so reviewers can check it.',
  'unknown-rule-in-disable': 'A luxlint-disable comment names a rule that does not exist; it suppresses nothing.',
  'unused-disable': 'This luxlint-disable comment suppresses nothing; remove it.'
} as const

/** Drop suppressed findings from the file and report problems with the directives themselves. */
export function applySuppressions(file: VFile, text: string, format: Format, options: LintOptions): void {
  if (!text.includes('luxlint-')) return
  const lines = new LineIndex(text)
  const directives = findDirectives(text, format, lines)
  if (directives.length === 0) return
  const custom = new Set((options.customTerms || []).map((t) => t.id))
  // The comments themselves are not prose (they name rule ids such as “child-pornography”).
  const inside = (m: LuxlintMessage) => directives.some((d) => m.offset < d.endOffset && d.offset < m.endOffset)
  file.messages = file.messages.filter((message) => !inside(message as LuxlintMessage) && !suppressed(message as LuxlintMessage, directives))
  const extra: LuxlintMessage[] = []
  for (const directive of directives) {
    if (directive.kind === 'enable') continue
    const unknown = directive.rules.filter((id) => !findRule(id) && !custom.has(id))
    if (unknown.length) extra.push(meta('unknown-rule-in-disable', `Unknown rule ${unknown.map((id) => `“${id}”`).join(', ')} in a luxlint-disable comment; run \`luxlint rules\` to list them.`, 'warning', directive, lines, file))
    if (!directive.reason) extra.push(meta('disable-without-reason', 'Add a reason to this luxlint-disable comment: “-- reason”.', 'suggestion', directive, lines, file))
    if (options.reportUnusedDisable && !directive.used && unknown.length === 0) extra.push(meta('unused-disable', 'Unused luxlint-disable comment: nothing here is flagged.', 'suggestion', directive, lines, file))
  }
  file.messages.push(...extra)
  file.messages.sort((a, b) => ((a as LuxlintMessage).offset ?? 0) - ((b as LuxlintMessage).offset ?? 0))
}

function meta(ruleId: keyof typeof metaRules, reason: string, severity: Exclude<Severity, 'off'>, directive: Directive, lines: LineIndex, file: VFile): LuxlintMessage {
  const start = lines.point(directive.offset)
  const end = lines.point(directive.endOffset)
  const message = new VFileMessage(reason, {place: {start, end}, ruleId, source: 'luxlint'}) as LuxlintMessage
  Object.assign(message, {
    file: file.path || '',
    fatal: severity === 'warning' ? false : undefined,
    actual: '',
    expected: [],
    note: metaRules[ruleId],
    url: 'https://github.com/luxlint/luxlint/blob/main/docs/rules.md#suppression-comments',
    status: 'caution',
    confidence: 'confirmed',
    severity,
    context: 'use'
  })
  setPlace(message, start, end)
  return message
}
