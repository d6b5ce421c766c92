import type {ReportMessage} from './types.js'

export interface Snippet {
  before: string
  match: string
  after: string
}

const width = 60
const paragraphBreak = /\r?\n[ \t]*\r?\n/

/**
 * The words around a finding: taken from the file's text when it is known (and still matches the
 * offsets), else just the matched text.
 */
export function snippetOf(message: ReportMessage, text?: string): Snippet {
  const {offset, endOffset, actual} = message
  if (text !== undefined && typeof offset === 'number' && typeof endOffset === 'number' && offset >= 0 && endOffset <= text.length && offset <= endOffset) {
    const match = text.slice(offset, endOffset)
    if (actual === undefined || squash(match) === squash(actual)) {
      // The snippet stays within the finding's paragraph, and does not start or end mid-word.
      const start = Math.max(0, offset - width)
      const end = Math.min(text.length, endOffset + width)
      let before = text.slice(start, offset)
      let after = text.slice(endOffset, end)
      const paragraphStart = before.split(paragraphBreak)
      const paragraphEnd = after.split(paragraphBreak)
      if (paragraphStart.length > 1) before = paragraphStart.at(-1)!
      else if (start > 0) before = '…' + before.replace(/^\S*\s/, '')
      if (paragraphEnd.length > 1) after = paragraphEnd[0]
      else if (end < text.length) after = after.replace(/\s\S*$/, '') + '…'
      return {before: squash(before), match: squash(match), after: squash(after)}
    }
  }
  return {before: '', match: squash(actual ?? ''), after: ''}
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ')
}
