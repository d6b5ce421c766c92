import {lint} from '@luxlint/core'
import {describe, expect, it} from 'vitest'
import {toPlainMessage} from '../src/lint-document.js'

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
