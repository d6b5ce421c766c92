// The language a document declares about itself: Markdown front matter `lang:`/`language:`, or
// the `lang` of an HTML root. One reading serves a whole lint and the editor's re-lints, which
// keep the answer while an edit stays clear of the part it was read from.
import type {TextSource} from './text-source.js'

/** Front matter opens a document with one of these lines. */
const frontMatterOpen = /^(?:---|\+\+\+)\r?\n/
/** A line that may close front matter (the first one after the opening does). */
const frontMatterClose = /\r?\n(?:---|\+\+\+|\.\.\.)/g
/** How far into a document an HTML root's lang is looked for. */
const htmlLangReach = 4096

/** A language the document declares: Markdown front matter `lang:`/`language:`, or `<html lang>`. */
export function declaredLanguage(text: string): string | undefined {
  return declared(text, frontMatter(text))
}

/**
 * The language `text` declares, and how far the reading reached: it depends on nothing after the
 * end of the front matter and the first 4,096 characters, so an edit after both keeps it.
 * Reads only the start of a text kept in pieces.
 */
export function declaredLanguageAndReach(text: string | TextSource): [string | undefined, number] {
  const head = text.slice(0, htmlLangReach)
  if (!frontMatterOpen.test(head)) return [declared(head, undefined), htmlLangReach]
  // Front matter ends at its first closing line: read up to it, in longer pieces until found.
  for (let reach = 65536; ; reach *= 4) {
    const start = text.slice(0, Math.min(reach, text.length))
    const front = frontMatter(start)
    if (front) return [declared(start, front), Math.max(front.end, htmlLangReach)]
    // Not closed: the whole text decides (and any edit may close it).
    if (reach >= text.length) return [declared(start, front), Infinity]
  }
}

interface FrontMatter {
  /** Its lines between the opening and the closing one. */
  body: [number, number]
  /** After its closing line. */
  end: number
}

/** The front matter that opens `text`: undefined without any, null when it is not closed. */
function frontMatter(text: string): FrontMatter | null | undefined {
  const open = frontMatterOpen.exec(text)
  if (!open) return undefined
  // The closing line break comes after the opening one.
  frontMatterClose.lastIndex = open[0].length
  const close = frontMatterClose.exec(text)
  return close ? {body: [open[0].length, close.index], end: close.index + close[0].length} : null
}

function declared(text: string, front: FrontMatter | null | undefined): string | undefined {
  const fromFront = front && /^(?:lang|language)\s*[:=]\s*["']?([a-zA-Z]{2})\b/m.exec(text.slice(...front.body))
  if (fromFront) return fromFront[1].toLowerCase()
  const html = /<html\b[^>]*\blang\s*=\s*["']?([a-zA-Z]{2})/i.exec(text.slice(0, htmlLangReach))
  return html ? html[1].toLowerCase() : undefined
}
