import type {Document, Element} from '@xmldom/xmldom'

const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0'
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'

type Family = 'paragraph' | 'text'

/** What an OpenDocument's styles say about the language of text (`fo:language`). */
export interface OdtStyles {
  /** The language of a paragraph or text style, following parent styles (and, for paragraphs, the default style). */
  language(family: Family, name: string | null | undefined): string | undefined
}

interface Record {
  language?: string
  parent?: string
}

/** Styles of styles.xml (named, default) and content.xml (automatic), in that order. */
export function odtStyles(documents: readonly Document[]): OdtStyles {
  const styles = new Map<string, Record>()
  const defaults = new Map<string, string | undefined>()
  for (const document of documents) {
    for (const style of Array.from(document.getElementsByTagNameNS(STYLE, 'style'))) {
      styles.set(`${style.getAttributeNS(STYLE, 'family')}:${style.getAttributeNS(STYLE, 'name')}`, {language: languageOf(style), parent: style.getAttributeNS(STYLE, 'parent-style-name') || undefined})
    }
    for (const style of Array.from(document.getElementsByTagNameNS(STYLE, 'default-style'))) defaults.set(style.getAttributeNS(STYLE, 'family') ?? '', languageOf(style))
  }
  return {
    language(family, name) {
      // Parent chains are short; the bound keeps a file whose styles name each other as parents finite.
      for (let depth = 0; name && depth < 32; depth++) {
        const record = styles.get(`${family}:${name}`)
        if (!record) break
        if (record.language !== undefined) return record.language
        name = record.parent
      }
      return family === 'paragraph' ? defaults.get('paragraph') : undefined
    }
  }
}

/** `fo:language` of a style's text properties; "" for "zxx"/"none" (no language), undefined when unset. */
function languageOf(style: Element): string | undefined {
  const properties = Array.from(style.getElementsByTagNameNS(STYLE, 'text-properties'))[0]
  const language = properties?.getAttributeNS(FO, 'language')
  if (!language) return undefined
  return language === 'zxx' || language === 'none' ? '' : language
}
