import {describe, expect, it} from 'vitest'
import {allRules, lint} from '@luxlint/core'

// The term data tests itself: every rule's own examples, both ways.
describe.each(allRules().filter((rule) => rule.examples.flag.length + rule.examples.pass.length > 0).map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const options = {rules: {[rule.id]: 'warning' as const}, format: 'text' as const}
  it.each(rule.examples.flag.map((text) => [text]))('flags: %s', (text) => {
    const hits = lint(text, options).filter((m) => m.ruleId === rule.id && m.context === 'use')
    expect(hits.length, `expected ${rule.id} in: ${text}`).toBeGreaterThan(0)
  })
  it.each(rule.examples.pass.map((text) => [text]))('passes: %s', (text) => {
    const hits = lint(text, options).filter((m) => m.ruleId === rule.id)
    expect(hits, `unexpected ${rule.id} in: ${text}`).toEqual([])
  })
})
