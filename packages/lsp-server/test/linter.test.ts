import {lint} from '@luxlint/core'
import {describe, expect, it} from 'vitest'
import {toPlainMessage} from '../src/lint-document.js'
import type {LintStats} from '../src/linter.js'
import type {TextEdit} from '../src/text-edits.js'

// The built Linter, so its worker file exists beside it (from src it would lint in-thread).
const {Linter} = await import('../dist/linter.js')

describe('background linter', () => {
  it('gives the same findings as lint() itself', async () => {
    const linter = new Linter()
    const text = 'They seized child pornography.\n\nSee the Optional Protocol on the sale of children, child prostitution and child pornography.'
    expect(await linter.lint('a', text, {format: 'markdown'})).toEqual(lint(text, {format: 'markdown'}).map(toPlainMessage))
    linter.dispose()
  })

  it('skips a waiting check that a newer version of the same document replaced', async () => {
    const linter = new Linter()
    const first = linter.lint('doc', 'child pornography one', {format: 'text'})
    const second = linter.lint('doc', 'child pornography two', {format: 'text'})
    const third = linter.lint('doc', 'child pornography three, child porn', {format: 'text'})
    const other = linter.lint('other', 'child porn', {format: 'text'})
    expect((await first)!.map((m) => m.actual)).toEqual(['child pornography'])
    expect(await second).toBeUndefined()
    expect((await third)!.map((m) => m.actual)).toEqual(['child pornography', 'child porn'])
    expect((await other)!).toHaveLength(1)
    linter.forget('doc')
    linter.dispose()
  })

  it('checks a changed document from its edits, with the findings a fresh lint gives', async () => {
    const linter = new Linter()
    const options = {format: 'markdown' as const}
    let text = 'Intro.\n\nThey shared child pornography.\n\nThe end.\n'
    const first: LintStats = {}
    await linter.lint('doc', text, options, first)
    expect(first.sent).toBe('text')
    const edits: TextEdit[] = [
      {offset: 0, endOffset: 0, text: 'A child prostitute.\n\n'},
      {offset: 30, endOffset: 36, text: 'sold'},
      {offset: 5, endOffset: 5, text: '\n\nchild porn'},
      {offset: 40, endOffset: 60, text: ''}
    ]
    for (const edit of edits) {
      text = text.slice(0, edit.offset) + edit.text + text.slice(edit.endOffset)
      linter.changed('doc', [edit])
      const stats: LintStats = {}
      expect(await linter.lint('doc', text, options, stats)).toEqual(lint(text, options).map(toPlainMessage))
      expect(stats.sent).toBe('edits')
      expect(stats.workerMs).toBeGreaterThan(0)
    }
    linter.dispose()
  })

  it('passes the edits of a replaced check on to the one that replaced it', async () => {
    const linter = new Linter()
    const options = {format: 'text' as const}
    let text = 'child pornography one'
    const running = linter.lint('doc', text, options)
    const edit = (change: TextEdit) => {
      text = text.slice(0, change.offset) + change.text + text.slice(change.endOffset)
      linter.changed('doc', [change])
    }
    edit({offset: 18, endOffset: 21, text: 'two'})
    const replaced = linter.lint('doc', text, options)
    edit({offset: 0, endOffset: 0, text: 'A child prostitute and '})
    const stats: LintStats = {}
    const latest = linter.lint('doc', text, options, stats)
    expect(await running).toHaveLength(1)
    expect(await replaced).toBeUndefined()
    expect(await latest).toEqual(lint(text, options).map(toPlainMessage))
    expect(stats.sent).toBe('edits')
    linter.dispose()
  })

  it('sends the whole text when the edits do not fit what the worker has, or after a whole-text change', async () => {
    const linter = new Linter()
    const options = {format: 'text' as const}
    await linter.lint('doc', 'child pornography', options)
    // An edit the caller reported wrongly: the lengths do not agree, the worker asks for the text.
    linter.changed('doc', [{offset: 0, endOffset: 0, text: 'zzz'}])
    const wrong: LintStats = {}
    const text = 'Police found child pornography'
    expect(await linter.lint('doc', text, options, wrong)).toEqual(lint(text, options).map(toPlainMessage))
    expect(wrong.sent).toBe('text')
    linter.changed('doc', null)
    const whole: LintStats = {}
    expect(await linter.lint('doc', 'a child prostitute', options, whole)).toHaveLength(1)
    expect(whole.sent).toBe('text')
    // A closed document is forgotten: when it is opened again its text goes over.
    linter.forget('doc')
    const reopened: LintStats = {}
    await linter.lint('doc', 'child porn', options, reopened)
    expect(reopened.sent).toBe('text')
    linter.dispose()
  })

  it('joins a lazily given text only when the worker needs it, and drops a check whose text moved on', async () => {
    const linter = new Linter()
    const options = {format: 'text' as const}
    let joined = 0
    const lazy = (text: string, current = true) => ({length: text.length, text: () => (joined++, current ? text : undefined)})
    expect(await linter.lint('doc', lazy('child pornography'), options)).toHaveLength(1)
    expect(joined).toBe(1)
    linter.changed('doc', [{offset: 0, endOffset: 0, text: 'A '}])
    const stats: LintStats = {}
    expect(await linter.lint('doc', lazy('A child pornography'), options, stats)).toHaveLength(1)
    expect([joined, stats.sent]).toEqual([1, 'edits'])
    // Edits that do not fit: the worker asks for the text, but the document has moved on.
    linter.changed('doc', [{offset: 0, endOffset: 0, text: 'zzz'}])
    expect(await linter.lint('doc', lazy('B child pornography', false), options)).toBeUndefined()
    // The next check sends the whole text.
    const next: LintStats = {}
    expect(await linter.lint('doc', lazy('C child porn'), options, next)).toHaveLength(1)
    expect(next.sent).toBe('text')
    linter.dispose()
  })

  it('stops a long check of a document that has changed since, and still checks the new version', async () => {
    const linter = new Linter()
    // Every paragraph differs, so no block's findings can be reused: the check really is long.
    const long = linter.lint('doc', Array.from({length: 10000}, (_, i) => `Police said man ${i} shared child pornography.\n\n`).join(''), {format: 'markdown'})
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const latest = linter.lint('doc', 'Only one child pornography now.', {format: 'markdown'})
    expect(await long).toBeUndefined()
    expect((await latest)!.map((m) => m.actual)).toEqual(['child pornography'])
    linter.dispose()
  })
})
