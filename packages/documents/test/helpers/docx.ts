// Builds small but valid Word packages for the tests, part by part, with fflate.
import {strToU8, zipSync} from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const namespaces =
  `xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"'

export interface DocxParts {
  /** Inner XML of `w:body`. */
  body: string
  /** Inner XML of `w:footnotes` (ordinary notes; separators are added). */
  footnotes?: string
  endnotes?: string
  /** Inner XML of `w:comments`. */
  comments?: string
  numbering?: string
  /** `w:lang` of the document defaults in styles.xml. */
  lang?: string
  /** Inner XML (paragraphs) of the default page header and footer. */
  header?: string
  footer?: string
  /** Leave styles.xml out. */
  noStyles?: boolean
  /** Extra or replacing entries, by name (a value of null removes the entry). */
  entries?: Record<string, string | null>
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A run: `r('text')`, `r('text', '<w:b/>')`. */
export function r(text: string, properties = ''): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
}

/** A paragraph of runs (strings become plain runs); `style` sets w:pStyle. */
export function p(content: string | string[], style?: string, extra = ''): string {
  const runs = (Array.isArray(content) ? content : [content]).map((part) => (part.startsWith('<') ? part : r(part))).join('')
  const properties = style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extra}</w:pPr>` : ''
  return `<w:p>${properties}${runs}</w:p>`
}

export function table(rows: string[][]): string {
  const cells = rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${p(cell)}</w:tc>`).join('')}</w:tr>`)
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${cells.join('')}</w:tbl>`
}

/** A floating text box (DrawingML with a VML fallback holding the same text, as Word writes it). */
export function textBox(text: string): string {
  const content = `<w:txbxContent>${p(text)}</w:txbxContent>`
  return (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="3000000" cy="600000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/>' +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>' +
    `<wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape style="width:236pt;height:47pt"><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  )
}

export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`
}

export function footnote(id: number, text: string): string {
  return `<w:footnote w:id="${id}">${p(text)}</w:footnote>`
}

function styles(lang?: string): string {
  const heading = (level: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${32 - level * 4}"/></w:rPr></w:style>`
  return (
    `<w:styles ${namespaces}><w:docDefaults><w:rPrDefault><w:rPr>${lang ? `<w:lang w:val="${lang}"/>` : ''}</w:rPr></w:rPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="40"/></w:rPr></w:style>' +
    [1, 2, 3].map(heading).join('') +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '</w:styles>'
  )
}

/** Assemble a .docx from its parts. */
export function makeDocx(parts: DocxParts): Uint8Array {
  const entries: Record<string, string | null> = {}
  const overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>']
  const rels: string[] = []
  const add = (name: string, type: string, content: string, relType: string) => {
    entries[`word/${name}`] = content
    overrides.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`)
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${R}/${relType}" Target="${name}"/>`)
  }
  if (!parts.noStyles) add('styles.xml', 'styles', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${styles(parts.lang)}`, 'styles')
  if (parts.numbering) add('numbering.xml', 'numbering', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${namespaces}>${parts.numbering}</w:numbering>`, 'numbering')
  const separators = (kind: string) =>
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`
  if (parts.footnotes) add('footnotes.xml', 'footnotes', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${namespaces}>${separators('footnote')}${parts.footnotes}</w:footnotes>`, 'footnotes')
  if (parts.endnotes) add('endnotes.xml', 'endnotes', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes ${namespaces}>${separators('endnote')}${parts.endnotes}</w:endnotes>`, 'endnotes')
  let sectionRefs = ''
  for (const [kind, content] of [['header', parts.header], ['footer', parts.footer]] as const) {
    if (!content) continue
    const tag = kind === 'header' ? 'hdr' : 'ftr'
    add(`${kind}1.xml`, kind, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} ${namespaces}>${content}</w:${tag}>`, kind)
    sectionRefs += `<w:${kind}Reference w:type="default" r:id="rId${rels.length}"/>`
  }
  if (parts.comments) add('comments.xml', 'comments', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${namespaces}>${parts.comments}</w:comments>`, 'comments')
  entries['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.join('') +
    '</Types>'
  entries['_rels/.rels'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`
  entries['word/document.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespaces}><w:body>${parts.body}` +
    `<w:sectPr>${sectionRefs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`
  entries['word/_rels/document.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`
  Object.assign(entries, parts.entries)
  // [Content_Types].xml first, as Office writes it.
  const ordered = ['[Content_Types].xml', ...Object.keys(entries).filter((name) => name !== '[Content_Types].xml')]
  const files: Record<string, Uint8Array> = {}
  for (const name of ordered) {
    const value = entries[name]
    if (value !== null && value !== undefined) files[name] = strToU8(value)
  }
  return zipSync(files)
}
