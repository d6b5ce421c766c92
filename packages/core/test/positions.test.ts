import {describe, expect, it} from 'vitest'
import {lint} from '@luxlint/core'

const first = (text: string, format: 'markdown' | 'html' | 'text' = 'markdown') => {
  const [message] = lint(text, {format})
  expect(message, `no finding in ${JSON.stringify(text)}`).toBeDefined()
  return message
}

describe('positions', () => {
  it('counts UTF-16 code units after an emoji (astral character)', () => {
    const text = 'Note 😀 child porn.'
    const m = first(text)
    expect(text.slice(m.offset, m.endOffset)).toBe('child porn')
    expect([m.line, m.column, m.endColumn]).toEqual([1, 9, 19])
  })

  it('handles combining marks before the term', () => {
    const text = 'Cafe\u0301 report: child pornography.'
    const m = first(text, 'text')
    expect(text.slice(m.offset, m.endOffset)).toBe('child pornography')
    expect(m.column).toBe(m.offset + 1)
  })

  it('handles CRLF line endings', () => {
    const text = 'Line one.\r\nLine two has child porn.\r\n'
    const m = first(text, 'text')
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([2, 14, 2, 24])
    expect(m.offset).toBe(24)
  })

  it('handles tabs as one column', () => {
    const m = first('\tchild porn', 'text')
    expect([m.line, m.column]).toEqual([1, 2])
  })

  it('matches a term split across lines', () => {
    const text = 'They shared child\npornography online.'
    const m = first(text)
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([1, 13, 2, 12])
    expect(m.actual).toBe('child\npornography')
  })

  it('matches a term split across CRLF lines in a Markdown list item', () => {
    const text = '- They shared child\r\n  pornography online.\r\n'
    const m = first(text)
    expect(text.slice(m.offset, m.endOffset)).toBe('child\r\n  pornography')
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([1, 15, 2, 14])
  })

  it('matches across inline Markdown markup and reports the source range', () => {
    const text = 'They shared child **pornography** online.'
    const m = first(text)
    expect(m.actual).toBe('child **pornography')
    expect(text.slice(m.offset, m.endOffset)).toBe('child **pornography')
  })

  it('matches across inline HTML markup and entities', () => {
    const text = '<p>They shared child&nbsp;<b>pornography</b> &amp; more.</p>'
    const m = first(text, 'html')
    expect(m.actual).toBe('child&nbsp;<b>pornography')
  })

  it('matches hyphen and space variants', () => {
    expect(first('a child-sex tourism case').ruleId).toBe('child-sex-tourism')
    expect(first('a child sex-tourism case').ruleId).toBe('child-sex-tourism')
  })

  it('is case-insensitive and keeps the original text', () => {
    expect(first('CHILD PORN').actual).toBe('CHILD PORN')
  })
})

describe('what is never linted', () => {
  const none = (text: string, format: 'markdown' | 'html' | 'text' = 'markdown') =>
    expect(lint(text, {format}).map((m) => m.ruleId)).toEqual([])

  it('inline code and code blocks', () => {
    none('Use `child porn` as a test string.')
    none('```\nchild pornography\n```\n')
    none('    child pornography in an indented code block\n')
  })
  it('URLs, autolinks and e-mail addresses', () => {
    none('See https://example.org/child-pornography-report for details.')
    none('See <https://example.org/child-porn> now.')
    none('Write to child.porn@example.org today.', 'text')
    none('See www.example.org/child-porn today.', 'text')
  })
  it('HTML attributes, scripts and styles', () => {
    none('<a href="/child-pornography" title="child porn">report</a>', 'html')
    none('<script>var s = "child pornography"</script><style>.child-porn{}</style>', 'html')
    none('<p data-x="child porn">ok</p>', 'html')
  })
  it('Markdown front matter (other than titles and descriptions) and HTML comments', () => {
    none('---\ntags: [child porn]\n---\n\nText.\n')
    none('<!-- child pornography -->\n\nText.\n')
  })
  it('words that merely contain a term', () => {
    none('The grandchild pornographer is a made-up word.', 'text')
  })
  it('preferred vocabulary', () => {
    none('Report child sexual abuse material to the hotline.')
    none('The sexual exploitation of children in travel and tourism is a crime.')
  })
})

describe('overlaps', () => {
  it('longest match wins and overlapping hits become one finding', () => {
    const messages = lint('Reports of webcam child sex tourism rose.')
    expect(messages.map((m) => [m.ruleId, m.actual])).toEqual([['webcam-child-sex-tourism', 'webcam child sex tourism']])
  })
  it('a longer unconfirmed phrase keeps the strength of the confirmed term inside it', () => {
    const [m] = lint('They made virtual child pornography.')
    expect(m.ruleId).toBe('computer-generated-child-pornography')
  })
})

describe('MDX', () => {
  const mdx = [
    'import {Callout} from "./callout"',
    'export const meta = {title: "child pornography"}',
    '',
    '<Callout>Police seized child pornography.</Callout>',
    '',
    '<Callout>',
    '',
    'A paragraph about child porn inside.',
    '',
    '</Callout>',
    '',
    '{/* child pornography in a comment */}',
    '',
    'Text {"child porn"} and <b>child porn</b> here.',
    ''
  ].join('\n')
  it('lints prose inside JSX, not ESM, expressions or comments', () => {
    expect(lint(mdx, {path: 'page.mdx'}).map((m) => [m.line, m.actual])).toEqual([
      [4, 'child pornography'],
      [8, 'child porn'],
      [14, 'child porn']
    ])
  })
  it('reads invalid MDX as Markdown rather than not at all', () => {
    expect(lint('Broken <Callout child porn', {format: 'mdx'}).map((m) => m.actual)).toEqual(['child porn'])
  })
})
