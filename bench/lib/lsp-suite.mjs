import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {startLspClient} from './lsp-client.mjs'
import {createRandom} from './prng.mjs'
import {percentile, summarize} from './stats.mjs'

/** Apply one LSP range edit (UTF-16 positions) to text split in lines. */
function applyEdit(lines, {line, character, remove, insert}) {
  const current = lines[line]
  lines[line] = current.slice(0, character) + insert + current.slice(character + remove)
}

/**
 * Edit latency through the real protocol: open a document, then N one-character edits (an
 * insert, then its removal, at seeded places in prose lines), each timed from sending
 * `didChange` until `publishDiagnostics` for that version arrives. Debouncing is included:
 * that is what a user waits for.
 */
export async function runLspLatency({serverBin, docFile, edits, seed, timeoutMs = 120000, log}) {
  const text = fs.readFileSync(docFile, 'utf8')
  const uri = pathToFileURL(docFile).href
  const client = startLspClient(process.execPath, [serverBin, '--stdio'], {cwd: path.dirname(docFile)})
  const isDiagnostics = (version) => (m) =>
    m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version === undefined || m.params.version === version)
  try {
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(path.dirname(docFile)).href,
      workspaceFolders: [{uri: pathToFileURL(path.dirname(docFile)).href, name: 'bench'}],
      capabilities: {
        textDocument: {synchronization: {dynamicRegistration: false}, publishDiagnostics: {versionSupport: true, relatedInformation: false}},
        workspace: {configuration: true, workspaceFolders: true}
      }
    })
    client.notify('initialized', {})
    const sync = init.capabilities?.textDocumentSync
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2

    const openStart = performance.now()
    const opened = client.waitFor(isDiagnostics(1), timeoutMs)
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const first = await opened
    const openMs = performance.now() - openStart
    log(`  lsp: opened ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB in ${openMs.toFixed(0)} ms, ${first.params.diagnostics.length} diagnostics`)

    const lines = text.split('\n')
    const prose = lines.map((l, i) => (/^[A-Za-z]/.test(l) && l.length > 10 ? i : -1)).filter((i) => i >= 0)
    const random = createRandom(seed)
    const latencies = []
    let place = null
    for (let i = 0; i < edits; i++) {
      const version = i + 2
      let edit
      if (i % 2 === 0) {
        place = {line: prose[Math.floor(random() * prose.length)], character: 3}
        edit = {...place, remove: 0, insert: 'x'}
      } else {
        edit = {...place, remove: 1, insert: ''}
      }
      applyEdit(lines, edit)
      const change = incremental
        ? {range: {start: {line: edit.line, character: edit.character}, end: {line: edit.line, character: edit.character + edit.remove}}, text: edit.insert}
        : {text: lines.join('\n')}
      const start = performance.now()
      const published = client.waitFor(isDiagnostics(version), timeoutMs)
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      await published
      latencies.push(performance.now() - start)
    }
    return {
      documentBytes: Buffer.byteLength(text),
      sync: incremental ? 'incremental' : 'full',
      openMs,
      openDiagnostics: first.params.diagnostics.length,
      edits,
      latencyMs: {...summarize(latencies), p50: percentile(latencies, 50), p95: percentile(latencies, 95)},
      samplesMs: latencies.map((l) => Math.round(l * 10) / 10)
    }
  } catch (error) {
    throw new Error(`${error.message}${client.stderr() ? ` (server stderr: ${client.stderr().trim().split('\n').pop()})` : ''}`)
  } finally {
    await client.shutdown()
  }
}
