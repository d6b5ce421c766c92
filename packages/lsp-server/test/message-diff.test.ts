import {lint} from '@luxlint/core'
import {describe, expect, it} from 'vitest'
import {toPlainMessage} from '../src/lint-document.js'
import {applyMessageDiff, diffMessages, sameMessage} from '../src/message-diff.js'

const plain = (text: string) => lint(text, {format: 'markdown'}).map(toPlainMessage)

describe('findings sent as a change to the last list', () => {
  it('rebuilds exactly the new findings after edits before, between and after them', () => {
    const base = 'A child prostitute.\n\nThey shared child pornography.\n\nSee the Optional Protocol on the sale of children, child prostitution and child pornography.\n\nkiddie porn\n'
    const edits = [
      (t: string) => 'Intro.\n\n' + t,
      (t: string) => t.replace('shared', 'sold'),
      (t: string) => t.replace('They sold child pornography.', 'Nothing here.'),
      (t: string) => t + '\nchild sex tourism\n',
      (t: string) => t.replace('kiddie porn', 'child porn'),
      (t: string) => t.slice(10)
    ]
    let text = base
    let before = plain(text)
    for (const edit of edits) {
      const next = edit(text)
      const after = plain(next)
      const diff = diffMessages(before, after, next.length - text.length)
      expect(applyMessageDiff(before, diff)).toEqual(after)
      expect(diff.fresh.length).toBeLessThanOrEqual(after.length)
      text = next
      before = after
    }
  })

  it('sends only what changed when an edit leaves the findings around it alone', () => {
    const text = 'They shared child pornography.\n\nMiddle.\n\nA child prostitute.\n'
    const before = plain(text)
    const next = text.replace('Middle.', 'Middle, longer.')
    const diff = diffMessages(before, plain(next), next.length - text.length)
    expect(diff).toMatchObject({keep: 1, fresh: [], tail: 1, delta: 8})
  })

  it('compares every field, and refuses a diff that does not fit the list', () => {
    const [message] = plain('They shared child pornography.')
    expect(sameMessage(message, {...message}, 0)).toBe(true)
    expect(sameMessage(message, {...message, offset: message.offset + 2, endOffset: message.endOffset + 2, fix: {...message.fix!, offset: message.fix!.offset + 2, endOffset: message.fix!.endOffset + 2}}, 2)).toBe(true)
    expect(sameMessage(message, {...message, severity: 'error'}, 0)).toBe(false)
    expect(sameMessage(message, {...message, expected: [...message.expected, 'x']}, 0)).toBe(false)
    expect(sameMessage(message, {...message, fix: undefined}, 0)).toBe(false)
    expect(applyMessageDiff([message], {keep: 1, fresh: [], tail: 1, delta: 0})).toBeUndefined()
    expect(applyMessageDiff([], {keep: -1, fresh: [], tail: 0, delta: 0})).toBeUndefined()
  })
})
