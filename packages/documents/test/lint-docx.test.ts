import {describe, expect, it} from 'vitest'
import {extractDocxText, lintDocx} from '../src/index.js'
import {footnote, footnoteReference, makeDocx, p, r, textBox} from './helpers/docx.js'
import {sampleDocx} from './helpers/sample.js'

const find = (messages: ReturnType<typeof lintDocx>['messages'], snippet: string) => messages.find((m) => m.location.snippet.includes(snippet))

describe('lintDocx', () => {
  const {messages, language} = lintDocx(sampleDocx())

  it('finds a term split across runs, with paragraph, heading path and snippet', () => {
    const m = find(messages, 'possesses')!
    expect(m.ruleId).toBe('child-pornography')
    expect(m.actual).toBe('child pornography')
    expect(m.location).toEqual({
      part: 'body',
      paragraph: 7,
      headingPath: ['§ 3 Definitions', '(b)'],
      snippet: 'a person who possesses child pornography commits an offence;'
    })
    // line/column are the paragraph number and the UTF-16 column in it.
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([7, 24, 7, 41])
    expect(m.fix).toMatchObject({text: 'child sexual abuse material', safe: true})
  })

  it('reads a line break inside a run, a non-breaking hyphen and a soft hyphen as the text a reader sees', () => {
    expect(find(messages, 'Some')?.actual).toBe('child-sex-tourism')
    expect(find(messages, 'Tab')?.actual).toBe('child\nprostitute')
    expect(find(messages, 'A soft hyphen')?.actual).toBe('child pornography')
    const text = extractDocxText(sampleDocx()).text
    expect(text).toContain('Tab\tand child\nprostitute are old words.')
  })

  it('leaves deleted text of tracked changes out and keeps inserted text', () => {
    expect(messages.some((m) => m.location.snippet.startsWith('Deleted'))).toBe(false)
    expect(find(messages, 'Inserted')?.actual).toBe('child prostitution')
  })

  it('locates findings in tables, text boxes (once, not again from the VML copy), footnotes and endnotes', () => {
    expect(messages.find((m) => m.location.snippet === 'child sex tourism')?.location).toMatchObject({part: 'table', table: {table: 1, row: 2, cell: 1}})
    const box = messages.filter((m) => m.location.snippet.includes('The box says'))
    expect(box).toHaveLength(1)
    expect(box[0].location.part).toBe('textbox')
    expect(find(messages, 'Formerly')?.location).toMatchObject({part: 'footnote', note: 1, headingPath: ['§ 1 Purpose']})
    expect(find(messages, 'Reports of')?.location).toMatchObject({part: 'endnote', note: 1})
  })

  it('leaves comments out unless asked, then reads them as part "comment"', () => {
    expect(messages.some((m) => m.location.part === 'comment')).toBe(false)
    const withComments = lintDocx(sampleDocx(), {includeComments: true}).messages
    expect(withComments.find((m) => m.location.part === 'comment')?.location).toMatchObject({note: 1, snippet: 'Is child pornography right here?'})
  })

  it('passes the language of a uniformly tagged document to the core, and none when mixed or untagged', () => {
    expect(language).toBe('en')
    expect(lintDocx(sampleDocx({lang: 'fr-FR'})).language).toBe('fr')
    const mixed = makeDocx({body: p(['Some text ', r('un texte', '<w:lang w:val="fr-FR"/>')]), lang: 'en-US'})
    expect(lintDocx(mixed).language).toBeUndefined()
    expect(lintDocx(makeDocx({body: p('No tags at all.'), noStyles: true})).language).toBeUndefined()
    expect(lintDocx(sampleDocx({lang: 'de-DE'})).language).toBeUndefined()
  })

  it('reads a paragraph tagged with another language in that language', () => {
    const body = [
      p('Police found child pornography on the laptop of the suspect, who was arrested on Monday evening.'),
      p(r('Pédopornographie : définition', '<w:lang w:val="fr-FR"/>')),
      p('The prosecutor said the investigation into the network would take several more months.')
    ].join('')
    const docx = makeDocx({body, lang: 'en-US'})
    expect(lintDocx(docx).messages.map((m) => [m.ruleId, m.location.paragraph])).toEqual([
      ['child-pornography', 1],
      ['child-pornography-fr', 2]
    ])
    // The same text without the tag is read as the English around it.
    const untagged = makeDocx({body: body.replace('<w:rPr><w:lang w:val="fr-FR"/></w:rPr>', ''), lang: 'en-US'})
    expect(lintDocx(untagged).messages.map((m) => m.ruleId)).toEqual(['child-pornography'])
    // A language the caller chose outranks the tags.
    expect(lintDocx(docx, {language: 'en'}).messages.map((m) => m.ruleId)).toEqual(['child-pornography'])
    const {text, languages} = extractDocxText(docx)
    expect(languages.map((range) => [text.slice(range.offset, range.endOffset).slice(0, 16), range.language])).toEqual([
      ['Police found chi', 'en'],
      ['Pédopornographie', 'fr'],
      ['The prosecutor s', 'en']
    ])
  })

  it('takes the tag covering most of a paragraph, and none for a mostly untagged one', () => {
    const docx = makeDocx({body: p([r('La police a saisi des images chez le suspect', '<w:lang w:val="fr-FR"/>'), r(' (sextortion)', '<w:lang w:val="en-GB"/>')]), noStyles: true})
    expect(extractDocxText(docx).languages.map((range) => range.language)).toEqual(['fr'])
    const untagged = makeDocx({body: p(['Some untagged words here, ', r('un mot', '<w:lang w:val="fr-FR"/>')]), noStyles: true})
    expect(extractDocxText(untagged).languages).toEqual([])
  })

  it('reports every finding of the sample once, in document order', () => {
    expect(messages.map((m) => [m.location.part, m.actual])).toEqual([
      ['body', 'child pornography'],
      ['body', 'child\nprostitute'],
      ['body', 'child-sex-tourism'],
      ['body', 'child pornography'],
      ['body', 'child prostitution'],
      ['table', 'child sex tourism'],
      ['textbox', 'child pornography'],
      ['footnote', 'child pornography'],
      ['endnote', 'child sex tourism']
    ])
  })

  it('applies lint options (rules off, profile) through the core', () => {
    const off = lintDocx(sampleDocx(), {rules: {'child-pornography': 'off'}}).messages
    expect(off.some((m) => m.ruleId === 'child-pornography')).toBe(false)
    expect(off.length).toBeGreaterThan(0)
  })

  it('numbers headings from numbering.xml and uses typed numbers of paragraphs', () => {
    const body = [p('Scope', 'Heading1'), p('Terms', 'Heading2'), p('(c) a child pornography offence;')].join('')
    const [m] = lintDocx(makeDocx({body})).messages
    expect(m.location.headingPath).toEqual(['Scope', 'Terms', '(c)'])
  })

  it('keeps a footnote reference from joining words and still reads the text box of a paragraph', () => {
    const body = p(['child', footnoteReference(1), ' pornography', textBox('child prostitution in a box')])
    const found = lintDocx(makeDocx({body, footnotes: footnote(1, 'A note.')})).messages
    expect(found.map((m) => [m.location.part, m.actual])).toEqual([
      ['body', 'child pornography'],
      ['textbox', 'child prostitution']
    ])
  })

  it('honours suppression comments written as a paragraph of their own', () => {
    const body = [p('luxlint-disable-next-line child-pornography -- title of the 1990 statute'), p('The Child Pornography Act 1990 applies.'), p('Police seized child pornography.')].join('')
    expect(lintDocx(makeDocx({body})).messages.map((m) => [m.location.paragraph, m.actual])).toEqual([[3, 'child pornography']])
  })
})
