import type {Element, Text} from '@xmldom/xmldom'
import {DocumentError} from '../errors.js'
import type {Part} from '../types.js'
import {W, childElements, isW, wAttr, wChild} from '../xml.js'
import {Numbering} from './numbering.js'
import type {DocxPackage} from './package.js'
import {numberingOf, readStyles, type Styles} from './styles.js'

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** A stretch of a paragraph's text and where it comes from in the XML. */
export interface Piece {
  /** [start, end) in the paragraph's text. */
  start: number
  end: number
  /** The run (`w:r`) holding the characters. */
  run: Element
  /** The text node of a `w:t` and the index in it of `start`; absent for tabs, breaks and hyphens. */
  node?: Text
  nodeStart: number
  /** The `w:tab`, `w:br` or `w:noBreakHyphen` a one-character piece stands for. */
  element?: Element
}

export interface DocxParagraph {
  element: Element
  part: Part
  /** The XML part the paragraph lives in (`word/document.xml`, `word/footnotes.xml`, …). */
  partName: string
  text: string
  pieces: Piece[]
  headingPath: string[]
  note?: number
  /** For notes: the `w:footnoteReference`/`w:endnoteReference` in the text that points to it. */
  noteReference?: Element
  table?: {table: number; row: number; cell: number}
  /** Characters of text per `w:lang` tag ('' when untagged). */
  languages: Map<string, number>
}

export interface DocxText {
  /** Non-empty paragraphs in reading order: body (tables and text boxes in place), footnotes, endnotes, comments. */
  paragraphs: DocxParagraph[]
}

interface Context {
  part: Part
  partName: string
  note?: number
  noteReference?: Element
  table?: {table: number; row: number; cell: number}
  tableState?: {table: number; row: number; cell: number}
  /** Fixed heading path (notes and comments take the path where they are referenced). */
  basePath?: string[]
}

/** Read the text of a Word package as paragraphs, each mapped back to its runs. */
export function extractDocx(pkg: DocxPackage, includeComments = false): DocxText {
  const styles = readStyles(pkg.parts.styles ? pkg.xml(pkg.parts.styles) : undefined)
  const extractor = new Extractor(styles, new Numbering(pkg.parts.numbering ? pkg.xml(pkg.parts.numbering) : undefined))
  const root = pkg.xml(pkg.main).documentElement!
  if (root.namespaceURI !== W) {
    throw new DocumentError(`unsupported DOCX file: ${pkg.main} is not WordprocessingML transitional (${root.namespaceURI ?? 'no namespace'}); save it as a Word Document (.docx)`)
  }
  const body = wChild(root, 'body')
  if (body) extractor.blocks(body, {part: 'body', partName: pkg.main})
  for (const kind of ['footnote', 'endnote'] as const) {
    const name = pkg.parts[`${kind}s`]
    if (name) extractor.notes(pkg.xml(name).documentElement!, kind, name)
  }
  if (includeComments && pkg.parts.comments) extractor.comments(pkg.xml(pkg.parts.comments).documentElement!, pkg.parts.comments)
  return {paragraphs: extractor.paragraphs}
}

class Extractor {
  readonly paragraphs: DocxParagraph[] = []
  private tables = 0
  private headings: Array<{level: number; label: string}> = []
  /** Note id → [printed number, heading path at the reference], per kind. */
  private readonly references = {footnote: new Map<string, [number, string[], Element?]>(), endnote: new Map<string, [number, string[], Element?]>()}

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering
  ) {}

  blocks(container: Element, context: Context): void {
    for (const child of childElements(container)) {
      if (child.namespaceURI === MC) {
        if (child.localName === 'AlternateContent') this.blocks(child, context)
        else if (child.localName === 'Choice') return this.blocks(child, context)
        continue
      }
      if (child.namespaceURI !== W) continue
      switch (child.localName) {
        case 'p':
          this.paragraph(child, context)
          break
        case 'tbl': {
          const tableState = {table: ++this.tables, row: 0, cell: 0}
          this.blocks(child, {...context, part: context.part === 'body' ? 'table' : context.part, tableState})
          break
        }
        case 'tr':
          if (context.tableState) {
            context.tableState.row++
            context.tableState.cell = 0
          }
          this.blocks(child, context)
          break
        case 'tc':
          if (context.tableState) context.tableState.cell++
          this.blocks(child, {...context, table: context.tableState && {...context.tableState}})
          break
        case 'del':
        case 'moveFrom':
        case 'sectPr':
        case 'tblPr':
        case 'tblGrid':
        case 'trPr':
        case 'tcPr':
        case 'sdtPr':
        case 'sdtEndPr':
        case 'customXmlPr':
          break
        default:
          this.blocks(child, context)
      }
    }
  }

  notes(root: Element, kind: 'footnote' | 'endnote', partName: string): void {
    const seen = this.references[kind]
    const notes = childElements(root).filter((note) => isW(note, kind) && !wAttr(note, 'type')?.match(/separator|continuation/i))
    let next = seen.size
    const numbered = notes.map((note) => {
      const id = wAttr(note, 'id') ?? ''
      const reference = seen.get(id) ?? [++next, []]
      return {note, number: reference[0], path: reference[1], element: reference[2]}
    })
    numbered.sort((a, b) => a.number - b.number)
    for (const {note, number, path, element} of numbered) this.blocks(note, {part: kind, partName, note: number, basePath: path, noteReference: element})
  }

  comments(root: Element, partName: string): void {
    let number = 0
    for (const comment of childElements(root)) {
      if (isW(comment, 'comment')) this.blocks(comment, {part: 'comment', partName, note: ++number, basePath: []})
    }
  }

  private paragraph(element: Element, context: Context): void {
    const properties = wChild(element, 'pPr')
    const styleId = wAttr(properties && wChild(properties, 'pStyle'), 'val')
    const direct = wAttr(properties && wChild(properties, 'outlineLvl'), 'val')
    const level = direct !== undefined ? (Number(direct) <= 8 ? Number(direct) + 1 : -1) : this.styles.headingLevel(styleId)
    const numbered = (properties && numberingOf(properties)) ?? this.styles.numbering(styleId)
    const numberLabel = numbered ? this.numbering.next(numbered.numId, numbered.ilvl) : undefined
    const paragraph: DocxParagraph = {element, part: context.part, partName: context.partName, text: '', pieces: [], headingPath: [], languages: new Map()}
    if (context.note !== undefined) paragraph.note = context.note
    if (context.noteReference) paragraph.noteReference = context.noteReference
    if (context.table) paragraph.table = context.table
    const boxes: Element[] = []
    this.inline(element, paragraph, this.styles.language(styleId) ?? '', boxes)

    const heading = context.basePath === undefined && level !== undefined && level >= 0 && paragraph.text.trim() !== ''
    if (heading) {
      while (this.headings.length && this.headings[this.headings.length - 1].level >= level) this.headings.pop()
      this.headings.push({level, label: short((numberLabel ? numberLabel + ' ' : '') + paragraph.text)})
    }
    paragraph.headingPath = [...(context.basePath ?? this.headings.map((h) => h.label))]
    if (!heading) {
      const label = numberLabel ?? typedLabel(paragraph.text)
      if (label) paragraph.headingPath.push(label)
    }
    if (paragraph.text.trim()) this.paragraphs.push(paragraph)
    for (const box of boxes) this.blocks(box, {...context, part: context.part === 'body' || context.part === 'table' ? 'textbox' : context.part})
  }

  private inline(container: Element, paragraph: DocxParagraph, language: string, boxes: Element[]): void {
    for (const child of childElements(container)) {
      if (child.namespaceURI === MC) {
        if (child.localName === 'AlternateContent') this.inline(child, paragraph, language, boxes)
        else if (child.localName === 'Choice') return this.inline(child, paragraph, language, boxes)
        continue
      }
      if (child.namespaceURI !== W) continue
      switch (child.localName) {
        case 'r':
          this.run(child, paragraph, language, boxes)
          break
        case 'del':
        case 'moveFrom':
        case 'pPr':
        case 'sdtPr':
        case 'sdtEndPr':
        case 'customXmlPr':
        case 'smartTagPr':
          break
        default:
          this.inline(child, paragraph, language, boxes)
      }
    }
  }

  private run(run: Element, paragraph: DocxParagraph, paragraphLanguage: string, boxes: Element[]): void {
    const properties = wChild(run, 'rPr')
    if (properties && isOn(wChild(properties, 'vanish'))) return
    const language = wAttr(properties && wChild(properties, 'lang'), 'val') ?? paragraphLanguage
    const add = (text: string, node?: Text, nodeStart = 0, element?: Element) => {
      paragraph.pieces.push({start: paragraph.text.length, end: paragraph.text.length + text.length, run, node, nodeStart, element})
      paragraph.text += text
      paragraph.languages.set(language, (paragraph.languages.get(language) ?? 0) + text.length)
    }
    for (const child of childElements(run)) {
      if (child.namespaceURI === MC) {
        findTextBoxes(child, boxes)
        continue
      }
      if (child.namespaceURI !== W) continue
      switch (child.localName) {
        case 't':
          for (let node = child.firstChild; node; node = node.nextSibling) {
            if (node.nodeType !== 3 && node.nodeType !== 4) continue
            const data = (node as Text).data
            // Soft hyphens are invisible unless a line breaks there: leave them out so the word matches.
            let from = 0
            for (const part of data.split('\u00AD')) {
              if (part) add(part, node as Text, from)
              from += part.length + 1
            }
          }
          break
        case 'tab':
        case 'ptab':
          add('\t', undefined, 0, child)
          break
        case 'br':
        case 'cr':
          add(paragraph.text === '' || paragraph.text.endsWith('\n') ? ' ' : '\n', undefined, 0, child)
          break
        case 'noBreakHyphen':
          add('-', undefined, 0, child)
          break
        case 'footnoteReference':
        case 'endnoteReference': {
          const kind = child.localName === 'footnoteReference' ? 'footnote' : 'endnote'
          const id = wAttr(child, 'id') ?? ''
          const seen = this.references[kind]
          if (!seen.has(id)) seen.set(id, [seen.size + 1, [...this.headings.map((h) => h.label)], child])
          break
        }
        case 'drawing':
        case 'pict':
        case 'object':
          findTextBoxes(child, boxes)
          break
        default:
          break
      }
    }
  }
}

/** `w:txbxContent` below a drawing, skipping `mc:Fallback` copies (the same box again, as VML). */
function findTextBoxes(node: Element, boxes: Element[]): void {
  for (const child of childElements(node)) {
    if (child.namespaceURI === MC && child.localName === 'Fallback') continue
    if (isW(child, 'txbxContent')) boxes.push(child)
    else findTextBoxes(child, boxes)
  }
}

/** A toggle property such as `<w:vanish/>` or `<w:vanish w:val="true"/>`. */
function isOn(node: Element | undefined): boolean {
  if (!node) return false
  const value = wAttr(node, 'val')
  return value === undefined || !/^(0|false|off)$/i.test(value)
}

/** Heading paths show one line per level: long headings are cut. */
function short(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > 60 ? clean.slice(0, 59).trimEnd() + '…' : clean
}

/** A number typed at the start of a paragraph: "(b) ", "3. ", "(iv) ". */
export function typedLabel(text: string): string | undefined {
  return /^\s*(\((?:[a-z]{1,2}|\d{1,3}|[ivxlc]{1,6})\)|[a-z]\)|\d{1,3}(?:\.\d{1,3})*[.)]|§\s*\d+[a-z]?)\s/i.exec(text)?.[1]
}
