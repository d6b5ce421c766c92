import {lint} from '@luxlint/core'
import type {ReportFile} from '../src/index.js'

/** Results in the CLI's JSON shape, made by the real core from small drafts. */
export function resultsFor(files: Record<string, string>, withText = true): ReportFile[] {
  return Object.entries(files).map(([path, text]) => ({
    path,
    ...(withText ? {text} : {}),
    messages: lint(text, {path}).map((m) => ({
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      offset: m.offset,
      endOffset: m.endOffset,
      severity: m.severity,
      status: m.status,
      confidence: m.confidence,
      context: m.context,
      actual: m.actual,
      expected: m.expected,
      message: m.reason,
      url: m.url,
      ...(m.contextReason ? {contextReason: m.contextReason} : {}),
      ...(m.citation ? {citation: m.citation} : {})
    }))
  }))
}

export const drafts = {
  'news/draft.md': 'Police seized child pornography and more child pornography.\n\nA child prostitute was found.\n',
  'news/clean.md': 'Police seized child sexual abuse material.\n',
  'laws/opsc.md':
    'The Optional Protocol on the sale of children, child prostitution and child pornography applies.\n\nThey call it kiddie porn.\n'
}
