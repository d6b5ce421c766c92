import {describe, expect, it} from 'vitest'
import {compareRuns, escapeMarkdown, extractReportData, renderHtmlReport, renderMarkdownReport, snippetOf, summarise} from '../src/index.js'
import type {ReportFile} from '../src/index.js'
import {drafts, resultsFor} from './fixtures.js'

const message = (over: Partial<ReportFile['messages'][number]> = {}): ReportFile['messages'][number] => ({
  ruleId: 'child-pornography',
  line: 1,
  column: 1,
  severity: 'warning',
  status: 'avoid',
  context: 'use',
  actual: 'child pornography',
  expected: ['child sexual abuse material'],
  message: 'Avoid “child pornography”.',
  ...over
})

describe('summarise', () => {
  it('counts findings apart from allowed citations, by severity, rule, folder and file', () => {
    const results = resultsFor(drafts)
    const s = summarise(results)
    const all = results.flatMap((r) => r.messages)
    const citations = all.filter((m) => m.context === 'citation')
    expect(citations.length).toBeGreaterThan(0)
    expect(s.files).toBe(3)
    expect(s.citations).toBe(citations.length)
    expect(s.findings).toBe(all.length - citations.length)
    expect(Object.values(s.bySeverity).reduce((a, b) => a + b, 0)).toBe(s.findings)
    expect(s.byRule.reduce((a, [, n]) => a + n, 0)).toBe(s.findings)
    expect(new Map(s.byFolder).get('news')).toBe(results[0].messages.filter((m) => m.context !== 'citation').length)
    expect(s.worst.map((f) => f.path)).not.toContain('news/clean.md')
    expect(s.worst[0].path).toBe('news/draft.md')
  })
})

describe('snippetOf', () => {
  it('shows the words around a finding when the text is known', () => {
    const text = 'In the flat, police seized child pornography and two laptops.'
    const s = snippetOf(message({offset: 27, endOffset: 44}), text)
    expect(s).toEqual({before: 'In the flat, police seized ', match: 'child pornography', after: ' and two laptops.'})
  })

  it('falls back to the matched words when the text is missing or has changed', () => {
    expect(snippetOf(message({offset: 0, endOffset: 17}))).toEqual({before: '', match: 'child pornography', after: ''})
    expect(snippetOf(message({offset: 0, endOffset: 17}), 'something else entirely here').match).toBe('child pornography')
  })
})

describe('compareRuns', () => {
  it('reports new and resolved findings, counting repeats', () => {
    const before = resultsFor({'a.md': 'child pornography. child prostitute.\n', 'b.md': 'kiddie porn\n'}, false)
    const after = resultsFor({'a.md': 'New paragraph.\n\nchild pornography. child pornography.\n'}, false)
    const c = compareRuns(after, before)
    expect(c.before).toBe(3)
    expect(c.after).toBe(2)
    expect(c.added.map((a) => a.message.ruleId)).toEqual(['child-pornography'])
    expect(c.resolved.map((r) => `${r.path} ${r.ruleId}`).sort()).toEqual(['a.md child-prostitute', 'b.md child-pornography'].sort())
  })

  it('compares against a baseline by fingerprint when findings carry one, else by rule and file', () => {
    const now: ReportFile[] = [{path: './a.md', messages: [message({fingerprint: 'x:0'}), message({fingerprint: 'y:0'})]}]
    const baseline = {version: 1 as const, findings: [{file: 'a.md', ruleId: 'child-pornography', fingerprint: 'x:0'}]}
    expect(compareRuns(now, baseline).added.map((a) => a.message.fingerprint)).toEqual(['y:0'])
    const plain: ReportFile[] = [{path: 'a.md', messages: [message(), message()]}]
    const c = compareRuns(plain, baseline)
    expect([c.added.length, c.resolved.length]).toEqual([1, 0])
  })
})

describe('renderHtmlReport', () => {
  it('escapes hostile paths, findings and links, and runs no script', () => {
    const evil = '<script>alert(1)</script>'
    const html = renderHtmlReport(
      [
        {
          path: `x/${evil}.md`,
          error: `"><img src=x onerror=alert(1)>`,
          messages: [message({ruleId: evil, actual: evil, message: evil, expected: [evil], url: 'javascript:alert(1)', contextReason: evil, context: 'quote'})]
        }
      ],
      {title: evil, date: evil}
    )
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img')
    expect(html).not.toMatch(/href="javascript:/i)
    // The only script element is the inert JSON data block.
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain('<script type="application/json" id="luxlint-report-data">')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain(`content="default-src 'none'`)
  })

  it('embeds its results so it can be the previous report of the next run', () => {
    const results = resultsFor(drafts)
    const html = renderHtmlReport(results, {title: 'Week 1', date: new Date('2026-11-28T10:00:00Z')})
    expect(html).toContain('2026-11-28 10:00 UTC')
    const data = extractReportData(html)!
    expect(data.map((f) => f.path)).toEqual(Object.keys(drafts))
    expect(data[0]).not.toHaveProperty('text')
    const next = renderHtmlReport(resultsFor({'news/draft.md': drafts['news/draft.md']}), {previous: data})
    expect(next).toMatch(/data-change="resolved">\d+</)
    expect(extractReportData('<html></html>')).toBeUndefined()
  })
})

describe('renderMarkdownReport', () => {
  it('sums up totals and lists findings with Markdown made inert', () => {
    const results = resultsFor(drafts)
    const s = summarise(results)
    const text = renderMarkdownReport(results, {title: 'PR check'})
    expect(text).toContain(`${s.findings} findings in 2 of 3 files; ${s.citations} allowed citation`)
    expect(text).toContain('| news/draft\\.md:1:')
    const evil = renderMarkdownReport([{path: '[x](javascript:alert(1))|<img src=x>', messages: [message()]}])
    expect(evil).not.toContain('<img')
    expect(evil).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)\\|&lt;img')
  })

  it('says what changed and cuts long lists', () => {
    const many: ReportFile[] = [{path: 'a.md', messages: Array.from({length: 5}, (_, i) => message({line: i + 1}))}]
    const text = renderMarkdownReport(many, {limit: 2, previous: [{path: 'a.md', messages: [message()]}]})
    expect(text).toContain('4 new, 0 resolved (1 → 5)')
    expect(text).toContain('… and 3 more.')
    expect(escapeMarkdown('a\nb')).toBe('a b')
  })
})

describe('snippetOf paragraphs', () => {
  it('stops at a blank line', () => {
    const text = 'First paragraph ends here.\n\nPolice seized child pornography.\n\nNext one.'
    const offset = text.indexOf('child')
    expect(snippetOf(message({offset, endOffset: offset + 17}), text)).toEqual({before: 'Police seized ', match: 'child pornography', after: '.'})
  })
})
