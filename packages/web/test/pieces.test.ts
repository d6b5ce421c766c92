import {describe, expect, it} from 'vitest'
import {chunks} from '../src/app/chunks.js'
import {countsText} from '../src/app/counts.js'
import {guessFormat} from '../src/app/guess-format.js'
import {pieces} from '../src/app/pieces.js'
import {applyEdit, editFor} from '../src/app/replace.js'
import {searchRules} from '../src/app/search-rules.js'
import {toFinding} from '../src/app/to-finding.js'
import type {Finding} from '../src/app/types.js'
import {allRules, lint} from './core.js'

const findingsOf = (text: string, format: 'markdown' | 'text' | 'html' = 'markdown'): Finding[] => lint(text, {format}).map(toFinding)

describe('pieces', () => {
  it('cuts the text into plain and highlighted pieces that join back to the text', () => {
    const text = 'Police seized child pornography.\n\nA child prostitute was found.'
    const findings = findingsOf(text)
    const cut = pieces(text, findings)
    expect(cut.map((p) => p.text).join('')).toBe(text)
    expect(cut.filter((p) => p.finding !== undefined).map((p) => p.text)).toEqual(findings.map((f) => f.actual))
  })

  it('gives overlapping or out-of-range findings no highlight of their own', () => {
    const base = findingsOf('child pornography')[0]
    const cut = pieces('child pornography', [base, {...base, offset: 6}, {...base, offset: 10, endOffset: 99}])
    expect(cut).toEqual([{text: 'child pornography', finding: 0}])
    expect(pieces('', [])).toEqual([{text: ''}])
  })
})

describe('chunks', () => {
  it('groups pieces into blocks cut after a line break, never inside a highlight', () => {
    const text = Array.from({length: 300}, (_, i) => `Line ${i}: police seized child pornography here.`).join('\n')
    const all = pieces(text, findingsOf(text))
    const blocks = chunks(all, 1000)
    expect(blocks.length).toBeGreaterThan(5)
    expect(blocks.flat().map((p) => p.text).join('')).toBe(text)
    expect(blocks.flat().filter((p) => p.finding !== undefined)).toEqual(all.filter((p) => p.finding !== undefined))
    for (const block of blocks.slice(0, -1)) expect(block.at(-1)!.text.endsWith('\n')).toBe(true)
    for (const block of blocks) expect(block.reduce((n, p) => n + p.text.length, 0)).toBeLessThan(1200)
  })

  it('cuts the blocks after an edit where it cut them before', () => {
    const text = Array.from({length: 2000}, (_, i) => `Line ${i * 7919}: the committee met ${i % 13} times.`).join('\n')
    const ends = (value: string) => {
      let at = 0
      return chunks([{text: value}], 1000).map((block) => (at += block.reduce((n, p) => n + p.text.length, 0)))
    }
    const before = ends(text)
    const edited = ends(text.slice(0, 500) + 'an edit near the start; ' + text.slice(500))
    // Past the first few blocks, each block ends where it ended before, moved by the edit.
    const moved = new Set(edited.map((end) => end - 24))
    const kept = before.filter((end) => end > 3000 && moved.has(end))
    expect(kept.length).toBe(before.filter((end) => end > 3000).length)
  })

  it('keeps a long line without breaks whole', () => {
    const line = 'word '.repeat(2000)
    expect(chunks([{text: line}], 1000)).toEqual([[{text: line}]])
  })
})

describe('countsText', () => {
  it('says how many findings of each severity and safe fixes there are', () => {
    const text = 'Police seized child pornography. The Optional Protocol on the sale of children, child prostitution and child pornography.'
    const findings = findingsOf(text)
    expect(countsText(findings)).toMatch(/^\d+ findings: \d+ warnings?, \d+ infos?\. 1 safe fix available\.$/)
    expect(countsText([])).toBe('No findings.')
  })
})

describe('guessFormat', () => {
  it('follows the file name, else treats HTML-looking text as HTML', () => {
    expect(guessFormat('# x', 'notes.txt')).toBe('text')
    expect(guessFormat('<p>x</p>', 'page.htm')).toBe('html')
    expect(guessFormat('<!DOCTYPE html><p>x</p>')).toBe('html')
    expect(guessFormat('<p>Police said</p>\n<p>more</p>')).toBe('html')
    expect(guessFormat('Use <b>bold</b> in Markdown')).toBe('markdown')
    expect(guessFormat('# Title\n\nText')).toBe('markdown')
  })
})

describe('editFor', () => {
  it('uses the core fix for the first alternative and keeps case for the others', () => {
    const text = 'Child pornography was seized.'
    const [finding] = findingsOf(text)
    expect(applyEdit(text, editFor(finding)!)).toBe('Child sexual abuse material was seized.')
    expect(applyEdit(text, editFor(finding, finding.expected[1])!)).toBe(`${finding.expected[1][0].toUpperCase()}${finding.expected[1].slice(1)} was seized.`)
    expect(editFor({...finding, expected: []})).toBeUndefined()
  })
})

describe('searchRules', () => {
  it('finds rules by phrase, alternative or id, ignoring accents and case', () => {
    const rules = allRules()
    expect(searchRules(rules, '')).toHaveLength(rules.length)
    expect(searchRules(rules, 'CHILD PORNOGRAPHY').map((r) => r.id)).toContain('child-pornography')
    expect(searchRules(rules, 'sexual abuse material').map((r) => r.id)).toContain('child-pornography')
    const accentless = searchRules(rules, 'pedopornographie')
    expect(accentless.length).toBeGreaterThan(0)
    expect(accentless.every((r) => r.language === 'fr')).toBe(true)
    expect(searchRules(rules, 'zzzz nothing')).toEqual([])
  })
})

describe('toFinding', () => {
  it('keeps every field the page uses as plain data that survives structured clone', () => {
    const [message] = lint('Police seized child pornography.', {format: 'text'})
    const finding = structuredClone(toFinding(message))
    expect(finding).toMatchObject({ruleId: message.ruleId, reason: message.reason, actual: 'child pornography', offset: 14, endOffset: 31, severity: 'warning', fix: {safe: true}})
    expect(finding.note).toBe(message.note)
  })
})
