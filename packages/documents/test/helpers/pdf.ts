// Writes small PDFs by hand for the tests: each page a list of text lines (Helvetica, one of the
// standard fonts, so nothing is embedded), or no text at all, like a scan.

export interface PageLines {
  /** Lines from the top; `size` defaults to 11 and the baseline distance to 1.4 × size. */
  lines: Array<string | {text: string; size?: number; gapBefore?: number}>
}

const escape = (text: string) => text.replace(/[\\()]/g, (c) => '\\' + c)

/** A PDF whose pages show the given lines, or, for `null` pages, only a grey rectangle (no text layer). */
export function makePdf(pages: Array<PageLines | null>): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // pages, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const page of pages) {
    let content = '0.8 g 72 72 451 698 re f\n'
    if (page) {
      content = 'BT\n'
      let y = 770
      for (const line of page.lines) {
        const {text, size = 11, gapBefore = 0} = typeof line === 'string' ? {text: line} : line
        y -= size * 1.4 + gapBefore
        content += `/F1 ${size} Tf 1 0 0 1 72 ${y.toFixed(2)} Tm (${escape(text)}) Tj\n`
      }
      content += 'ET\n'
    }
    add(`<< /Length ${content.length} >>\nstream\n${content}endstream`)
    const contentRef = objects.length
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`)
    kids.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(out.length)
    out += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array([...out].map((c) => c.charCodeAt(0) & 0xff))
}
