import {describe, expect, it} from 'vitest'
import {allRules, compileTerms} from '@luxlint/core'

// Each language's trie is filled on its first search (compile.ts, DeferredTrie): what it finds
// must not depend on when, or in which order, the tries are searched.
describe('compileTerms: tries filled on first use', () => {
  const text = 'They found child pornography, pédopornographie and pornografía infantil.'
  const found = (options: Parameters<typeof compileTerms>[0], order: string[]) => {
    const compiled = compileTerms(options)
    const result: Record<string, string[]> = {}
    for (const language of order) result[language] = compiled.tries.get(language)!.find(text).map((m) => `${m.term.id}@${m.start}`)
    return result
  }

  it('every form of the language is found, in any order of first use', () => {
    const languages = ['en', 'es', 'fr', 'mixed']
    const forward = found({rules: {'first-use-a': 'off'}}, languages)
    const backward = found({rules: {'first-use-b': 'off'}}, [...languages].reverse())
    expect(backward).toEqual(forward)
    expect(forward.en).toEqual(['child-pornography@11'])
    expect(forward.fr.map((id) => allRules().find((rule) => rule.id === id.split('@')[0])?.language)).toEqual(['fr'])
    expect(forward.es.map((id) => allRules().find((rule) => rule.id === id.split('@')[0])?.language)).toEqual(['es'])
    expect(forward.mixed).toHaveLength(3)
  })

  it('the loose trie (filled on its first search too) finds forms across markup, in every language', () => {
    const loose = compileTerms({rules: {'first-use-c': 'off'}}).loose
    expect(loose.find('child **pornography** and pornografía\n> infantil').map((m) => m.term.id)).toEqual(['child-pornography', 'child-pornography-es'])
  })

  it('the first term to claim a form keeps it: a custom term before the built-in one', () => {
    const compiled = compileTerms({customTerms: [{id: 'house-style', phrases: ['child pornography']}]})
    for (const language of ['en', 'mixed']) expect(compiled.tries.get(language)!.find(text)[0].term.id).toBe('house-style')
  })
})
