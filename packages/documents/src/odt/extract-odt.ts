import type {Element, Node, Text} from '@xmldom/xmldom'
import {DocumentError} from '../errors.js'
import type {Part} from '../types.js'
import {typedLabel} from '../docx/extract.js'
import {childElements, decodeXml, parseXml} from '../xml.js'
import {readZip} from '../zip.js'
import {odtStyles, type OdtStyles} from './styles-odt.js'

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
const DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0'
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'

/** A paragraph of an OpenDocument text, with what a reader needs to find it. */
export interface OdtParagraph {
  part: Part
  text: string
  headingPath: string[]
  note?: number
  table?: {table: number; row: number; cell: number}
  /** Characters of the paragraph by language tag (`fo:language` of its styles; "" untagged). */
  languages: Map<string, number>
}

interface Context {
  part: Part
  note?: number
  table?: {table: number; row: number; cell: number}
  tableState?: {table: number; row: number; cell: number}
  basePath?: string[]
}

/** The paragraphs of an .odt file in reading order: body (tables and text boxes in place), then footnotes, endnotes, comments. */
export function extractOdt(bytes: Uint8Array, includeComments = false): OdtParagraph[] {
  const files = readZip(bytes, 'ODT', (name) => name === 'content.xml' || name === 'styles.xml' || name === 'mimetype' || name === 'META-INF/manifest.xml')
  const mimetype = files.mimetype ? decodeXml(files.mimetype).trim() : undefined
  if (mimetype && !mimetype.startsWith('application/vnd.oasis.opendocument.text')) throw new DocumentError(`not an ODT text document (mimetype ${mimetype})`)
  if (files['META-INF/manifest.xml'] && decodeXml(files['META-INF/manifest.xml']).includes('encryption-data')) {
    throw new DocumentError('encrypted ODT: cannot read it without the password')
  }
  if (!files['content.xml']) throw new DocumentError('not a valid ODT file (no content.xml)')
  const content = parseXml(files['content.xml'], 'ODT', 'content.xml')
  const body = content.getElementsByTagNameNS(OFFICE, 'text')[0]
  if (!body) throw new DocumentError('not an ODT text document (no office:text)')
  const styles = odtStyles(files['styles.xml'] ? [parseXml(files['styles.xml'], 'ODT', 'styles.xml'), content] : [content])
  const reader = new OdtReader(deletionsOf(body), includeComments, styles)
  reader.blocks(body, {part: 'body'})
  return [...reader.paragraphs, ...reader.footnotes, ...reader.endnotes, ...reader.comments]
}

/** Ids of tracked changes that delete text (their text may still stand between change-start and change-end). */
function deletionsOf(body: Element): Set<string> {
  const ids = new Set<string>()
  for (const region of Array.from(body.getElementsByTagNameNS(TEXT, 'changed-region'))) {
    if (region.getElementsByTagNameNS(TEXT, 'deletion').length) ids.add(region.getAttributeNS(TEXT, 'id') ?? region.getAttribute('xml:id') ?? '')
  }
  return ids
}

class OdtReader {
  readonly paragraphs: OdtParagraph[] = []
  readonly footnotes: OdtParagraph[] = []
  readonly endnotes: OdtParagraph[] = []
  readonly comments: OdtParagraph[] = []
  private headings: Array<{level: number; label: string}> = []
  private tables = 0
  private notes = {footnote: 0, endnote: 0}
  private deleting = false

  constructor(
    private readonly deletions: Set<string>,
    private readonly includeComments: boolean,
    private readonly styles: OdtStyles
  ) {}

  blocks(container: Element, context: Context, into: OdtParagraph[] = this.paragraphs): void {
    for (const child of childElements(container)) {
      const ns = child.namespaceURI
      const name = child.localName
      if (ns === TEXT && (name === 'p' || name === 'h')) this.paragraph(child, context, into)
      else if (ns === TEXT && name === 'tracked-changes') continue
      else if (ns === OFFICE && name === 'annotation') continue
      else if (ns === TABLE && name === 'table') {
        this.blocks(child, {...context, part: context.part === 'body' ? 'table' : context.part, tableState: {table: ++this.tables, row: 0, cell: 0}}, into)
      } else if (ns === TABLE && name === 'table-row') {
        if (context.tableState) {
          context.tableState.row++
          context.tableState.cell = 0
        }
        this.blocks(child, context, into)
      } else if (ns === TABLE && (name === 'table-cell' || name === 'covered-table-cell')) {
        if (context.tableState) context.tableState.cell++
        this.blocks(child, {...context, table: context.tableState && {...context.tableState}}, into)
      } else this.blocks(child, context, into)
    }
  }

  private paragraph(element: Element, context: Context, into: OdtParagraph[]): void {
    const later: Array<() => void> = []
    const paragraph: OdtParagraph = {part: context.part, text: '', headingPath: [], languages: new Map()}
    if (context.note !== undefined) paragraph.note = context.note
    if (context.table) paragraph.table = context.table
    this.inline(element, paragraph, context, later, this.styles.language('paragraph', element.getAttributeNS(TEXT, 'style-name')) ?? '')
    const heading = element.localName === 'h' && context.basePath === undefined && paragraph.text.trim() !== ''
    if (heading) {
      const level = Number(element.getAttributeNS(TEXT, 'outline-level') || 1)
      while (this.headings.length && this.headings[this.headings.length - 1].level >= level) this.headings.pop()
      const label = paragraph.text.replace(/\s+/g, ' ').trim()
      this.headings.push({level, label: label.length > 60 ? label.slice(0, 59).trimEnd() + '…' : label})
    }
    paragraph.headingPath = [...(context.basePath ?? this.headings.map((h) => h.label))]
    if (!heading) {
      const label = typedLabel(paragraph.text)
      if (label) paragraph.headingPath.push(label)
    }
    if (paragraph.text.trim()) into.push(paragraph)
    for (const run of later) run()
  }

  private inline(node: Node, paragraph: OdtParagraph, context: Context, later: Array<() => void>, language: string): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        // ODF collapses white space in text like HTML; soft hyphens are invisible; a no-break hyphen reads as a hyphen (as in DOCX).
        if (this.deleting) continue
        const text = (child as Text).data.replace(/[ \t\r\n]+/g, ' ').replace(/\u00AD/g, '').replace(/\u2011/g, '-')
        paragraph.text += text
        paragraph.languages.set(language, (paragraph.languages.get(language) ?? 0) + text.length)
        continue
      }
      if (child.nodeType !== 1) continue
      const element = child as Element
      const ns = element.namespaceURI
      const name = element.localName
      if (ns === TEXT) {
        if (name === 's') paragraph.text += this.deleting ? '' : ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') || 1))
        else if (name === 'tab') paragraph.text += this.deleting ? '' : '\t'
        else if (name === 'line-break') paragraph.text += this.deleting ? '' : paragraph.text.endsWith('\n') || !paragraph.text ? ' ' : '\n'
        else if (name === 'change-start' || name === 'change-end') {
          if (this.deletions.has(element.getAttributeNS(TEXT, 'change-id') ?? '')) this.deleting = name === 'change-start'
        } else if (name === 'note') this.note(element, later)
        else if (name === 'number' || name === 'tracked-changes') continue
        else if (name === 'span') this.inline(element, paragraph, context, later, this.styles.language('text', element.getAttributeNS(TEXT, 'style-name')) ?? language)
        else this.inline(element, paragraph, context, later, language)
      } else if (ns === OFFICE && name === 'annotation') {
        if (this.includeComments) {
          const number = this.comments.length + 1
          later.push(() => this.blocks(element, {part: 'comment', note: number, basePath: []}, this.comments))
        }
      } else if (ns === DRAW) {
        // Frames, text boxes and shapes with text: their paragraphs come after the anchor's.
        later.push(() => this.blocks(element, {...context, part: context.part === 'body' || context.part === 'table' ? 'textbox' : context.part}))
      } else this.inline(element, paragraph, context, later, language)
    }
  }

  private note(element: Element, later: Array<() => void>): void {
    const kind = element.getAttributeNS(TEXT, 'note-class') === 'endnote' ? 'endnote' : 'footnote'
    const number = ++this.notes[kind]
    const path = [...this.headings.map((h) => h.label)]
    const body = element.getElementsByTagNameNS(TEXT, 'note-body')[0]
    if (body) later.push(() => this.blocks(body, {part: kind, note: number, basePath: path}, kind === 'footnote' ? this.footnotes : this.endnotes))
  }
}
