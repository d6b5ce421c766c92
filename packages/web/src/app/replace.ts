import {matchCase} from '@luxlint/core'
import type {Finding} from './types.js'

export interface Edit {
  offset: number
  endOffset: number
  text: string
}

/** The edit for one finding: its own fix for the first alternative, else the alternative in the case of the original. */
export function editFor(finding: Finding, alternative = finding.expected[0]): Edit | undefined {
  if (alternative === undefined) return undefined
  if (finding.fix && alternative === finding.expected[0]) return {offset: finding.fix.offset, endOffset: finding.fix.endOffset, text: finding.fix.text}
  return {offset: finding.offset, endOffset: finding.endOffset, text: matchCase(finding.actual, alternative)}
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.endOffset)
}
