export type OpenedFile = {name: string; text: string} | {name: string; docx: Uint8Array}

const accepted = /\.(md|markdown|mdx|txt|text|html?|xhtml)$/i

/** Read a dropped or chosen file as text, or explain in one sentence why it cannot be checked. */
export async function readDraft(file: File): Promise<OpenedFile> {
  if (/\.docx$/i.test(file.name)) return {name: file.name, docx: new Uint8Array(await file.arrayBuffer())}
  if (!accepted.test(file.name) && !file.type.startsWith('text/')) {
    throw new Error(`Unexpected file ${file.name}: drop a .md, .txt, .html or .docx file.`)
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    return {name: file.name, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '')}
  } catch {
    // Older drafts are often Windows-1252; that decoder accepts any byte.
    return {name: file.name, text: new TextDecoder('windows-1252').decode(bytes)}
  }
}
