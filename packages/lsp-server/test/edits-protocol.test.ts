// The built server over stdio, as an editor drives it: after every change (several ranges in one
// notification, reversed ranges, lines joined and split) the published diagnostics are those of
// a fresh lint of the editor's text. The worker gets only the edits, so this checks that its
// copy of the text, its line index and its moved findings stay right. A change that moves no
// finding publishes nothing (the client's list is still right): the server's timing hook says
// when it has decided, and the last list published must then be a fresh lint's.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {lint} from '@luxlint/core'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-edits-'))
const child = spawn(process.execPath, [bin, '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, LUXLINT_LSP_TIMING: '1'}})
const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
const published: Array<{uri: string; version?: number; diagnostics: Array<{code: string; range: {start: {line: number; character: number}; end: {line: number; character: number}}}>}> = []
const waiters: Array<() => void> = []
const decided: Array<{uri: string; version: number; published?: boolean}> = []
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  published.push(params)
  for (const wake of waiters.splice(0)) wake()
})
connection.onNotification('luxlint/timing', (params) => {
  decided.push(params)
  for (const wake of waiters.splice(0)) wake()
})
connection.onRequest(() => null)
connection.listen()

afterAll(async () => {
  await connection.sendRequest('shutdown').catch(() => undefined)
  connection.sendNotification('exit')
  connection.dispose()
  child.kill()
  fs.rmSync(folder, {recursive: true, force: true})
})

/** The client's diagnostics of `uri` once the server has checked `version`: the last list it published. */
async function diagnosticsOf(uri: string, version: number) {
  for (;;) {
    const timing = decided.find((t) => t.uri === uri && t.version === version)
    if (timing) {
      const last = published.filter((p) => p.uri === uri).at(-1)!
      expect(last.version === version, `version ${version} published`).toBe(timing.published)
      return last.diagnostics
    }
    await new Promise<void>((resolve) => waiters.push(resolve))
  }
}

describe('a changed document, through the protocol', () => {
  it('publishes after every change what a fresh lint of the whole text finds', {timeout: 120000}, async () => {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}}}})
    connection.sendNotification('initialized', {})
    const uri = pathToFileURL(path.join(folder, 'draft.md')).href
    const paragraph = (i: number) => (i % 7 === 0 ? `Police said man ${i} shared child pornography.\r\n\r\n` : i % 11 === 0 ? '```\nchild porn in code\n```\n\n' : `Paragraph ${i} has nothing to report.\n\n`)
    let document = TextDocument.create(uri, 'markdown', 1, Array.from({length: 400}, (_, i) => paragraph(i)).join(''))
    connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: document.getText()}})
    let state = 5
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const pieces = ['x', '', '\n', '\n\n', ' child prostitute ', '“', '😀', '```\n', '\r\n']
    for (let version = 2; version <= 120; version++) {
      const changes = Array.from({length: 1 + Math.floor(random() * 3)}, () => {
        const start = document.positionAt(Math.floor(random() * document.getText().length))
        const end = document.positionAt(document.offsetAt(start) + Math.floor(random() * 30))
        const range = random() < 0.2 ? {start: end, end: start} : {start, end}
        const change = {range, text: pieces[Math.floor(random() * pieces.length)]}
        document = TextDocument.update(document, [change], version)
        return change
      })
      connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: changes})
      const text = document.getText()
      const got = (await diagnosticsOf(uri, version)).map((d) => `${document.offsetAt(d.range.start)}-${document.offsetAt(d.range.end)} ${d.code}`)
      const want = lint(text, {format: 'markdown', path: fileURLToPath(uri)}).map((m) => `${m.offset}-${m.endOffset} ${m.ruleId}`)
      expect(got, `version ${version}`).toEqual(want)
    }
    // Both ways were taken: changes that moved findings, and changes that moved none.
    const changes = decided.filter((t) => t.version > 1)
    expect(changes.filter((t) => t.published).length).toBeGreaterThan(10)
    expect(changes.filter((t) => t.published === false).length).toBeGreaterThan(10)
  })
})
