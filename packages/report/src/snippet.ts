import type {ReportMessage} from './types.js'

export interface Snippet {
  before: string
  match: string
  after: string
}

const width = 60

/**
 * The words around a finding: taken from the file's text when it is known (and still matches the
 * offsets), else just the matched text.
 */
export function snippetOf(message: ReportMessage, text?: string): Snippet {
  const {offset, endOffset, actual} = message
  if (text !== undefined && typeof offset === 'number' && typeof endOffset === 'number' && offset >= 0 && endOffset <= text.length && offset <= endOffset) {
    const match = text.slice(offset, endOffset)
    if (actual === undefined || squash(match) === squash(actual)) {
      let before = text.slice(Math.max(0, offset - width), offset)
      let after = text.slice(endOffset, endOffset + width)
      // Cut at a word boundary so the snippet does not start or end mid-word.
      if (offset > width) before = '…' + before.replace(/^\S*\s/, '')
      if (endOffset + width < text.length) after = after.replace(/\s\S*$/, '') + '…'
      return {before: squash(before), match: squash(match), after: squash(after)}
    }
  }
  return {before: '', match: squash(actual ?? ''), after: ''}
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ')
}
