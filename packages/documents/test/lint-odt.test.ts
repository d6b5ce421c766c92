import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {lintOdt} from '../src/index.js'

const namespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"'

const styleNamespaces = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'

/** An .odt package; `styles` are content.xml's automatic styles, `named` the inner XML of styles.xml's office:styles. */
function makeOdt(text: string, manifest = '', styles?: {automatic?: string; named?: string}): Uint8Array {
  const automatic = styles?.automatic ? `<office:automatic-styles>${styles.automatic}</office:automatic-styles>` : ''
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), {level: 0}],
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${namespaces} ${styleNamespaces}>${automatic}<office:body><office:text>${text}</office:text></office:body></office:document-content>`),
    ...(styles?.named ? {'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${namespaces} ${styleNamespaces}><office:styles>${styles.named}</office:styles></office:document-styles>`)} : {}),
    'META-INF/manifest.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">${manifest}</manifest:manifest>`)
  })
}

const language = (name: string, family: string, tag: string, parent = '') => {
  const [lang, country] = tag.split('-')
  return `<style:style style:name="${name}" style:family="${family}"${parent ? ` style:parent-style-name="${parent}"` : ''}><style:text-properties fo:language="${lang}"${country ? ` fo:country="${country}"` : ''}/></style:style>`
}

describe('lintOdt', () => {
  it('reads headings, spans, notes, tables, frames and tracked changes like lintDocx', () => {
    const odt = makeOdt(
      '<text:tracked-changes><text:changed-region text:id="d1"><text:deletion><office:change-info><dc:creator>Ann</dc:creator></office:change-info></text:deletion></text:changed-region></text:tracked-changes>' +
        '<text:h text:outline-level="1">Definitions</text:h>' +
        '<text:p>(b) a person who possesses child <text:span>porn</text:span>ography<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Formerly child sex tourism.</text:p></text:note-body></text:note> is liable.</text:p>' +
        '<text:p>Deleted: <text:change-start text:change-id="d1"/>child pornography<text:change-end text:change-id="d1"/>gone.</text:p>' +
        '<table:table><table:table-row><table:table-cell><text:p>child<text:s/>prostitution</text:p></table:table-cell></table:table-row></table:table>' +
        '<text:p><draw:frame><draw:text-box><text:p>A box on child pornography.</text:p></draw:text-box></draw:frame></text:p>' +
        '<text:p>Noted<office:annotation><dc:creator>Bob</dc:creator><text:p>child pornography?</text:p></office:annotation>.</text:p>'
    )
    const {messages} = lintOdt(odt)
    expect(messages.map((m) => [m.actual, m.location.part, m.location.paragraph, m.location.headingPath])).toEqual([
      ['child pornography', 'body', 2, ['Definitions', '(b)']],
      ['child prostitution', 'table', 4, ['Definitions']],
      ['child pornography', 'textbox', 5, ['Definitions']],
      ['child sex tourism', 'footnote', 7, ['Definitions']]
    ])
    expect(messages[3].location.note).toBe(1)
    expect(lintOdt(odt, {includeComments: true}).messages.at(-1)?.location).toMatchObject({part: 'comment', note: 1})
  })

  it('reads a paragraph whose style says French (fo:language) with the French terms', () => {
    const body =
      '<text:p text:style-name="Standard">Police found child pornography on the laptop of the suspect, who was arrested on Monday evening.</text:p>' +
      '<text:p text:style-name="P1">Pédopornographie : définition</text:p>' +
      '<text:p>The prosecutor said the investigation into <text:span text:style-name="T1">la sextorsion</text:span> would take months.</text:p>' +
      '<text:p><text:span text:style-name="T1">Alerte : sextorsion.</text:span></text:p>'
    // The document default (styles.xml) is English; P1 inherits from a named French style; T1 is a
    // French span (a paragraph takes the language of most of its characters).
    const named = '<style:default-style style:family="paragraph"><style:text-properties fo:language="en" fo:country="GB"/></style:default-style>' + language('Quote', 'paragraph', 'fr-FR')
    const automatic = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quote"/>' + language('T1', 'text', 'fr-FR')
    expect(lintOdt(makeOdt(body, '', {named, automatic})).messages.map((m) => [m.ruleId, m.location.paragraph])).toEqual([
      ['child-pornography', 1],
      ['child-pornography-fr', 2],
      ['sextortion-fr', 4]
    ])
    // Without the styles the short paragraph is read as the English around it.
    expect(lintOdt(makeOdt(body)).messages.map((m) => m.ruleId)).toEqual(['child-pornography'])
  })

  it('gives one-line errors for encrypted and broken files', () => {
    expect(() => lintOdt(makeOdt('', '<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>'))).toThrow('encrypted ODT: cannot read it without the password')
    expect(() => lintOdt(zipSync({mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet')}))).toThrow('not an ODT text document (mimetype application/vnd.oasis.opendocument.spreadsheet)')
    expect(() => lintOdt(zipSync({mimetype: strToU8('application/vnd.oasis.opendocument.text')}))).toThrow('not a valid ODT file (no content.xml)')
    expect(() => lintOdt(strToU8('plain text'))).toThrow('not a valid ODT file (not a zip archive)')
  })
})
