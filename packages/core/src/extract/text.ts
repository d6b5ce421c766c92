import {SegmentBuilder, defaultBlock, type Segment} from '../segment.js'

/** Plain text: one segment per paragraph (lines up to a blank line). */
export function textSegments(text: string, wanted: (start: number, end: number) => boolean = () => true): Segment[] {
  const segments: Segment[] = []
  const blank = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g
  let start = 0
  const flush = (end: number): void => {
    const slice = text.slice(start, end)
    if (slice.trim() && wanted(start, end)) {
      const builder = new SegmentBuilder(text, defaultBlock('text'))
      builder.text(slice, start, end)
      const segment = builder.build()
      if (segment) segments.push(segment)
    }
  }
  let match: RegExpExecArray | null
  while ((match = blank.exec(text))) {
    flush(match.index)
    start = match.index + match[0].length
  }
  flush(text.length)
  return segments
}
