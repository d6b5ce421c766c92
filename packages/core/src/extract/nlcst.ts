import type {Nodes, Paragraph, Root} from 'nlcst'
import {SegmentBuilder, defaultBlock, type Segment} from '../segment.js'

/**
 * Segments of an nlcst tree that some other unified pipeline built (retext-english,
 * remark-retext, rehype-retext): one per paragraph, from the positions of its leaves.
 */
export function nlcstSegments(tree: Root, text: string): Segment[] {
  const segments: Segment[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'ParagraphNode') {
      const builder = new SegmentBuilder(text, defaultBlock())
      leaves(node, builder)
      const segment = builder.build()
      if (segment) segments.push(segment)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return segments
}

function leaves(node: Paragraph | Nodes, builder: SegmentBuilder): void {
  if ('children' in node) {
    for (const child of node.children) leaves(child as Nodes, builder)
    return
  }
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) {
    builder.gap(builder.length)
    return
  }
  if (node.type === 'SourceNode') builder.mask(start, end)
  else builder.text(node.value, start, end)
}
