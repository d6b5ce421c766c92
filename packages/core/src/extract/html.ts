import type {Element, Nodes, Root} from 'hast'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {SegmentBuilder, defaultBlock, type Block, type Segment} from '../segment.js'
import {textSegments} from './text.js'

const parser = unified().use(rehypeParse)

/** Elements whose content is never prose. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'textarea', 'select', 'iframe', 'object'])

/** Elements that end one run of prose and start another. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'title', 'tr', 'ul', 'option', 'button', 'label'
])

export function parseHtml(text: string): Root {
  return parser.parse(text)
}

/**
 * Prose segments of an HTML document: visible text by block, `<title>`, image `alt` and
 * `<meta name="description">`. Attributes other than those, scripts, styles and code are not prose.
 */
export function htmlSegments(text: string, wanted: (start: number, end: number) => boolean = () => true): Segment[] {
  try {
    return htmlTreeSegments(text, wanted)
  } catch (error) {
    // Elements nested thousands deep exhaust the stack: read the text between the tags instead.
    if (!(error instanceof RangeError)) throw error
    return textSegments(text.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length)), wanted)
  }
}

function htmlTreeSegments(text: string, wanted: (start: number, end: number) => boolean): Segment[] {
  const segments: Segment[] = []
  const tree = parseHtml(text)
  let builder: SegmentBuilder | undefined

  const flush = (): void => {
    const segment = builder?.build()
    if (segment) segments.push(segment)
    builder = undefined
  }
  const current = (block: Block): SegmentBuilder => (builder ??= new SegmentBuilder(text, block))

  const visit = (node: Nodes, block: Block): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined || !node.value.trim()) {
        if (builder && node.value) builder.gap(start ?? 0)
        return
      }
      current(block).text(node.value, start, end)
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const element = node as Element
      const name = element.tagName
      if (skipped.has(name)) {
        if (builder) builder.gap(element.position?.start.offset ?? 0)
        return
      }
      const start = element.position?.start.offset ?? 0
      const end = element.position?.end.offset ?? text.length
      if (name === 'br') {
        builder?.lineBreak(start)
        return
      }
      if (name === 'img' || (name === 'input' && element.properties.type === 'image')) {
        attributeSegment(element, 'alt', 'alt', block)
        return
      }
      if (name === 'meta') {
        const metaName = String(element.properties.name || element.properties.property || '').toLowerCase()
        if (/^(description|og:description|og:title|twitter:title|twitter:description)$/.test(metaName)) {
          attributeSegment(element, 'content', 'meta', block)
        }
        return
      }
      const lang = typeof element.properties.lang === 'string' ? element.properties.lang.slice(0, 2).toLowerCase() : undefined
      if (lang && lang !== block.lang) block = {...block, lang}
      if (blocks.has(name)) {
        flush()
        if (element.children.length && wanted(start, end)) {
          const inner: Block = {
            ...block,
            kind: /^h[1-6]$/.test(name) ? 'heading' : name === 'title' ? 'title' : name === 'td' || name === 'th' ? 'table-cell' : block.kind,
            quote: block.quote || name === 'blockquote',
            listItem: block.listItem || name === 'li',
            table: block.table || name === 'table',
            definition: block.definition || name === 'dl'
          }
          for (const child of element.children) visit(child as Nodes, inner)
        }
        flush()
        return
      }
      if (name === 'q') {
        const from = current(block).length
        for (const child of element.children) visit(child as Nodes, block)
        builder?.markQuoted(from)
        return
      }
    }
    for (const child of (node as Element).children) visit(child as Nodes, block)
  }

  /** Attribute values have no positions in hast: find the value inside the start tag. */
  const attributeSegment = (element: Element, attribute: string, kind: Block['kind'], block: Block): void => {
    const value = element.properties[attribute === 'content' ? 'content' : 'alt']
    const start = element.position?.start.offset
    const end = element.position?.end.offset
    if (typeof value !== 'string' || !value.trim() || start === undefined || end === undefined) return
    if (!wanted(start, end)) return
    const tag = text.slice(start, end)
    const found = new RegExp(`\\b${attribute}\\s*=\\s*(["']?)`, 'i').exec(tag)
    if (!found) return
    const valueStart = start + found.index + found[0].length
    const quote = found[1]
    const valueEnd = quote ? text.indexOf(quote, valueStart) : valueStart + value.length
    const own = new SegmentBuilder(text, {...block, kind})
    own.text(value, valueStart, valueEnd === -1 ? end : valueEnd)
    const segment = own.build()
    if (segment) segments.push(segment)
  }

  visit(tree, defaultBlock())
  flush()
  return segments
}
