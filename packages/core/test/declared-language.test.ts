import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {declaredLanguage, declaredLanguageAndReach} from '../dist/declared-language.js'

// The first reading, with one RegExp over the front matter: the shared module must agree with it.
function firstReading(text: string): string | undefined {
  const front = /^(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+|\.\.\.)/.exec(text)
  const fromFront = front && /^(?:lang|language)\s*[:=]\s*["']?([a-zA-Z]{2})\b/m.exec(front[1])
  if (fromFront) return fromFront[1].toLowerCase()
  const html = /<html\b[^>]*\blang\s*=\s*["']?([a-zA-Z]{2})/i.exec(text.slice(0, 4096))
  return html ? html[1].toLowerCase() : undefined
}

describe('the language a document declares', () => {
  const pieces = ['---', '+++', '...', 'lang: fr', 'language = "es"', "lang: 'DE'", 'title: x', '<html lang="pt">', 'text', '', '---x', ' ---']
  const document = fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('\n', '\r\n', '\r')), {maxLength: 12}), fc.nat({max: 5000}))
    .map(([lines, padding]) => lines.map(([line, end]) => line + end).join('') + 'x'.repeat(padding) + '<html lang="it">')

  it('agrees with the first reading, and depends on nothing past its reach', () => {
    fc.assert(
      fc.property(document, fc.string(), (text, tail) => {
        expect(declaredLanguage(text)).toBe(firstReading(text))
        const [language, reach] = declaredLanguageAndReach(text)
        expect(language).toBe(firstReading(text))
        // Anything may change past the reach: the answer stays.
        if (reach < text.length) expect(firstReading(text.slice(0, reach) + tail + text.slice(reach))).toBe(language)
      }),
      {numRuns: 1000}
    )
  })
})
