import type {TermRecord} from '@luxlint/core'
import type {Position} from 'vscode-languageserver'
import type {CheckedFindings} from './diagnostics.js'
import {findingsAt, renderFinding} from './hover.js'

/** Command names: public API, the VS Code extension calls them by these names. */
export const commands = {
  fixAll: 'luxlint.fixAll',
  explain: 'luxlint.explain',
  rules: 'luxlint.rules',
  /** Write a phrase into a config file the client could not create itself. */
  allowPhrase: 'luxlint.allowPhrase'
} as const

/** Thrown for arguments a client got wrong; the server answers with InvalidParams. */
export class ArgumentError extends Error {}

export function uriArgument(args: readonly unknown[] | undefined, command: string): string {
  const uri = args?.[0]
  if (typeof uri !== 'string' || uri === '') throw new ArgumentError(`Expected a document URI as the first argument of ${command}`)
  return uri
}

export function positionArgument(args: readonly unknown[] | undefined, command: string): Position {
  const position = args?.[1] as Position | undefined
  if (!position || typeof position !== 'object' || !Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) {
    throw new ArgumentError(`Expected a position {line, character} as the second argument of ${command}`)
  }
  return {line: position.line, character: position.character}
}

/** `luxlint.explain`: the findings at a position, or a rule by id when given one. */
export function explain(checked: CheckedFindings, position: Position): {markdown: string} {
  const found = findingsAt(checked, position)
  if (found.length === 0) return {markdown: 'No luxlint finding at this position.'}
  return {markdown: found.map(({finding}) => renderFinding(finding)).join('\n\n---\n\n')}
}

/** `luxlint.rules`: every rule as a Markdown table with links to its documentation. */
export function rulesTable(rules: readonly TermRecord[]): {markdown: string} {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](${rule.url}) | ${cell(rule.forms.slice(0, 3).join(', '))}${rule.forms.length > 3 ? ', …' : ''} | ${cell(rule.alternatives.slice(0, 2).join(' · '))} | ${rule.status} | ${rule.confidence} |`
  )
  return {markdown: [`**luxlint rules** (${rules.length})`, '', '| Rule | Catches | Write instead | Status | Confidence |', '| --- | --- | --- | --- | --- |', ...rows].join('\n')}
}
