import {describe, expect, it} from 'vitest'
import {documentSelector} from '../src/document-selector'

describe('documentSelector', () => {
  it('covers Markdown, plain text and HTML, saved and unsaved', () => {
    expect(documentSelector()).toEqual([
      {language: 'markdown', scheme: 'file'},
      {language: 'markdown', scheme: 'untitled'},
      {language: 'plaintext', scheme: 'file'},
      {language: 'plaintext', scheme: 'untitled'},
      {language: 'html', scheme: 'file'},
      {language: 'html', scheme: 'untitled'}
    ])
  })

  it('adds the user’s languages once, ignoring blanks and non-strings', () => {
    const languages = documentSelector(['latex', ' latex ', 'markdown', '', 42, null]).map((f) => f.language)
    expect([...new Set(languages)]).toEqual(['markdown', 'plaintext', 'html', 'latex'])
    expect(languages).toHaveLength(8)
  })
})
