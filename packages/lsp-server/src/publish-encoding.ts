import type {Diagnostic} from 'vscode-languageserver'
import type {PlainMessage} from './lint-document.js'

/**
 * The JSON of publishDiagnostics messages, written from pieces kept per finding. Every keystroke
 * in a large document publishes all its diagnostics again (~90 KB for 1 MB of text), and
 * encoding them with JSON.stringify took most of the server's time per edit. What a diagnostic
 * says (message, rule, the id of its finding in `data`) does not change while its finding lives;
 * only where it is (its range) does. So the rest is encoded once per finding and reused, and only
 * the ranges are written each time. The result is the same JSON as
 * JSON.stringify's, up to the order of keys and with characters past ASCII written as \u escapes
 * in the pieces: a message of ASCII alone is one byte per character in memory and needs no UTF-8
 * encoding (one “ in a message made V8 hold and encode the whole 150 KB two bytes a character).
 */

/** The finding each diagnostic was made from, through the copies moved by edits. */
const origins = new WeakMap<object, PlainMessage>()

/** Record that `copy` (a diagnostic, or a finding moved by an edit) shows the finding `of`. */
export function sameFindingAs(copy: object, of: PlainMessage): void {
  origins.set(copy, origins.get(of) ?? of)
}

/** The finding a message was first found as (itself unless edits moved it since). */
export function originOf(message: PlainMessage): PlainMessage {
  return origins.get(message) ?? message
}

/**
 * A diagnostic's JSON without its places: its other members, whose values stay while its finding
 * lives (the id in `data` too, see diagnostics.ts), and the message of its related information
 * (which points at the diagnostic's own range). `shape` says which optional members they have.
 */
interface Pieces {
  outer: string
  related?: string
  shape: number
}

/** Pieces of each finding published before; `null` for one published once (see encodeDiagnostic). */
const pieces = new WeakMap<PlainMessage, Pieces | null>()

/** The JSON text of a JSON-RPC message (as JSON.stringify gives it, for any other message). */
export function encodeMessage(message: unknown): string {
  const {method, params} = message as {method?: unknown; params?: {diagnostics?: unknown}}
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics)) return JSON.stringify(message)
  const {params: _params, ...top} = message as Record<string, unknown>
  const {diagnostics, ...rest} = params as {diagnostics: Diagnostic[]}
  const encoded = diagnostics.map(encodeDiagnostic)
  return `${ascii(JSON.stringify(top)).slice(0, -1)}${Object.keys(top).length ? ',' : ''}"params":${members(ascii(JSON.stringify(rest)), `"diagnostics":[${encoded.join(',')}]`)}}`
}

/** The encoder for vscode-jsonrpc's StreamMessageWriter (its default encodes with JSON.stringify). */
export const publishEncoder = {
  name: 'application/json',
  encode(message: unknown, options: {charset?: BufferEncoding}): Promise<Uint8Array> {
    try {
      return Promise.resolve(Buffer.from(encodeMessage(message), options.charset ?? 'utf-8'))
    } catch (error) {
      return Promise.reject(error)
    }
  }
}

function encodeDiagnostic(diagnostic: Diagnostic): string {
  const origin = origins.get(diagnostic)
  const related = diagnostic.relatedInformation
  // Anything else than what toDiagnostic makes is encoded as it is.
  if (!origin || !isRange(diagnostic.range)) return ascii(JSON.stringify(diagnostic))
  if (related && (related.length !== 1 || !isRange(related[0].location?.range) || typeof related[0].location.uri !== 'string')) return ascii(JSON.stringify(diagnostic))
  let known = pieces.get(origin)
  // The first time, JSON.stringify is quicker than cutting pieces (a document just opened has
  // nothing but first times); pieces pay from the second publish of a finding on.
  if (known === undefined) {
    pieces.set(origin, null)
    return JSON.stringify(diagnostic)
  }
  // Made for other options (diagnostics for another client in the same process): cut again.
  if (known === null || known.shape !== shapeOf(diagnostic)) pieces.set(origin, (known = piecesOf(diagnostic)))
  let out = `{"range":${rangeJson(diagnostic.range)}`
  if (known.outer) out += `,${known.outer}`
  if (related) out += `,"relatedInformation":[{"location":{"uri":${ascii(JSON.stringify(related[0].location.uri))},"range":${rangeJson(related[0].location.range)}},"message":${known.related}}]`
  return `${out}}`
}

function piecesOf(diagnostic: Diagnostic): Pieces {
  const {range: _range, relatedInformation, ...outer} = diagnostic
  const known: Pieces = {outer: ascii(JSON.stringify(outer)).slice(1, -1), shape: shapeOf(diagnostic)}
  if (relatedInformation) known.related = ascii(JSON.stringify(relatedInformation[0].message))
  return known
}

/** Which optional members a diagnostic has, and its finding's id. */
function shapeOf(diagnostic: Diagnostic): number {
  const id = (diagnostic.data as {id?: unknown} | undefined)?.id
  return ((isCount(id) ? id : -1) * 4) + (diagnostic.codeDescription ? 2 : 0) + (diagnostic.relatedInformation ? 1 : 0)
}

/** JSON text with every character past ASCII as a \u escape (the same JSON value). */
function ascii(json: string): string {
  return json.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** `object` (JSON text of an object) with one more member. */
function members(object: string, member: string): string {
  return object === '{}' ? `{${member}}` : `${object.slice(0, -1)},${member}}`
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value)
}

function isRange(range: Diagnostic['range'] | undefined): boolean {
  return Boolean(range && range.start && range.end && isCount(range.start.line) && isCount(range.start.character) && isCount(range.end.line) && isCount(range.end.character))
}

function rangeJson({start, end}: Diagnostic['range']): string {
  return `{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}}`
}
