import {describe, expect, it} from 'vitest'
import * as core from '@luxlint/core'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'

describe('@luxlint/core public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'IncrementalLinter',
      'LineIndex',
      'allRules',
      'applyFixes',
      'compileTerms',
      'decideSeverity',
      'findRule',
      'formatFromPath',
      'lint',
      'lintFile',
      'matchCase',
      'profiles',
      'retextLuxlint'
    ])
  })

  it('lint returns vfile messages with the documented fields', () => {
    const [message, ...rest] = core.lint('They found child pornography on the laptop.', {format: 'text'})
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'child-pornography',
      source: 'luxlint',
      actual: 'child pornography',
      expected: ['child sexual abuse material', 'child sexual exploitation material'],
      status: 'avoid',
      confidence: 'confirmed',
      severity: 'warning',
      context: 'use',
      fatal: false,
      line: 1,
      column: 12,
      endLine: 1,
      endColumn: 29,
      offset: 11,
      endOffset: 28,
      url: 'https://github.com/luxlint/luxlint/blob/main/docs/rules.md#child-pornography'
    })
    expect(message.place).toEqual({start: {line: 1, column: 12, offset: 11}, end: {line: 1, column: 29, offset: 28}})
    expect(message.reason).toMatch(/^Avoid “child pornography”; write “child sexual abuse material”/)
    expect(message.reason).toMatch(/The Luxembourg Guidelines \(2016\) recommend/)
    expect(message.note.length).toBeGreaterThan(40)
    expect(message.fix).toEqual({offset: 11, endOffset: 28, text: 'child sexual abuse material', safe: true})
  })

  it('works as a retext plugin over the nlcst tree', async () => {
    const file = new VFile('A 14-year-old was described as a prostitute in court.')
    const processor = unified().use(retextEnglish).use(core.retextLuxlint)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    const ids = file.messages.map((m) => m.ruleId)
    expect(ids).toContain('prostitute-child-context')
  })

  it('unconfirmed rules are suggestions and say they are advisory', () => {
    const [message] = core.lint('The police warned parents about sextortion.')
    expect(message.ruleId).toBe('sextortion')
    expect(message.severity).toBe('suggestion')
    expect(message.fatal).toBeUndefined()
    expect(message.reason).toMatch(/advisory/)
    expect(message.reason).not.toMatch(/Guidelines \(2016\) recommend/)
  })

  it('every rule has a docs anchor and at least one source', () => {
    for (const rule of core.allRules()) {
      expect(rule.url).toBe(`https://github.com/luxlint/luxlint/blob/main/docs/rules.md#${rule.id}`)
      expect(rule.sources.length).toBeGreaterThan(0)
      expect(core.findRule(rule.id)).toBe(rule)
    }
  })
})
