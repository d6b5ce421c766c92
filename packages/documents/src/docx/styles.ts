import type {Document, Element} from '@xmldom/xmldom'
import {W, childElements, wAttr, wChild} from '../xml.js'

/** What the document's paragraph styles say about outline level, language and numbering. */
export interface Styles {
  /** Heading level of a paragraph style (1..9; -1 for body text), through `basedOn`. */
  headingLevel(styleId: string | undefined): number | undefined
  /** Language (`w:lang w:val`) of a paragraph style, through `basedOn`, else the document default. */
  language(styleId: string | undefined): string | undefined
  /** Numbering of a paragraph style, through `basedOn`. */
  numbering(styleId: string | undefined): {numId: string; ilvl: number} | undefined
  /** The default paragraph style's id. */
  defaultParagraph: string | undefined
}

interface StyleRecord {
  name: string
  basedOn?: string
  outline?: number
  language?: string
  numbering?: {numId: string; ilvl: number}
}

export function readStyles(document: Document | undefined): Styles {
  const records = new Map<string, StyleRecord>()
  let defaultLanguage: string | undefined
  let defaultParagraph: string | undefined
  if (document) {
    const root = document.documentElement!
    const defaults = wChild(root, 'docDefaults')
    const defaultRun = defaults && wChild(defaults, 'rPrDefault')
    const defaultRunProps = defaultRun && wChild(defaultRun, 'rPr')
    defaultLanguage = wAttr(defaultRunProps && wChild(defaultRunProps, 'lang'), 'val')
    for (const style of childElements(root)) {
      if (style.localName !== 'style' || wAttr(style, 'type') !== 'paragraph') continue
      const id = wAttr(style, 'styleId')
      if (!id) continue
      if (wAttr(style, 'default') === '1' || wAttr(style, 'default') === 'true') defaultParagraph = id
      const paragraphProps = wChild(style, 'pPr')
      const runProps = wChild(style, 'rPr')
      const outline = wAttr(paragraphProps && wChild(paragraphProps, 'outlineLvl'), 'val')
      records.set(id, {
        name: wAttr(wChild(style, 'name'), 'val') ?? id,
        basedOn: wAttr(wChild(style, 'basedOn'), 'val'),
        outline: outline === undefined ? undefined : Number(outline),
        language: wAttr(runProps && wChild(runProps, 'lang'), 'val'),
        numbering: paragraphProps ? numberingOf(paragraphProps) : undefined
      })
    }
  }

  /** Walk `basedOn` from a style until `pick` gives a value (at most 20 steps: loops happen). */
  function inherited<T>(styleId: string | undefined, pick: (record: StyleRecord, id: string) => T | undefined): T | undefined {
    let id = styleId ?? defaultParagraph
    for (let depth = 0; id && depth < 20; depth++) {
      const record = records.get(id)
      if (!record) return undefined
      const value = pick(record, id)
      if (value !== undefined) return value
      id = record.basedOn
    }
    return undefined
  }

  return {
    defaultParagraph,
    headingLevel: (styleId) =>
      inherited(styleId, (record, id) => {
        if (record.outline !== undefined) return record.outline >= 0 && record.outline <= 8 ? record.outline + 1 : -1
        return levelFromName(record.name) ?? levelFromName(id)
      }) ?? undefined,
    language: (styleId) => inherited(styleId, (record) => record.language) ?? defaultLanguage,
    numbering: (styleId) => inherited(styleId, (record) => record.numbering)
  }
}

/** "heading 2" / "Heading2" → 2. (The Title style has no outline level in Word: not a heading.) */
export function levelFromName(name: string): number | undefined {
  const heading = /^heading\s*([1-9])$/i.exec(name)
  return heading ? Number(heading[1]) : undefined
}

/** `w:numPr` of a paragraph's properties. */
export function numberingOf(paragraphProps: Element): {numId: string; ilvl: number} | undefined {
  const numPr = wChild(paragraphProps, 'numPr')
  if (!numPr) return undefined
  const numId = wAttr(wChild(numPr, 'numId'), 'val')
  if (numId === undefined) return undefined
  return {numId, ilvl: Number(wAttr(wChild(numPr, 'ilvl'), 'val') ?? 0)}
}

