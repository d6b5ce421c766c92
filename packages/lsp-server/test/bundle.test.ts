// The `luxlint-lsp` command as it is published: the package packed, unpacked into an empty
// folder (no node_modules: the bundle carries every dependency) and started as an editor starts
// it. Its lint worker runs from the same loader and bundle, and each thread writes its V8 code
// cache once it has checked a document.
import {execFileSync, spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {afterAll, describe, expect, it} from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-lsp-bundle-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

function unpack(): string {
  const tarball = execFileSync('pnpm', ['pack', '--pack-destination', folder], {cwd: packageDir, encoding: 'utf8'}).trim().split('\n').pop()!
  execFileSync('tar', ['-xzf', path.isAbsolute(tarball) ? tarball : path.join(folder, path.basename(tarball)), '-C', folder])
  return path.join(folder, 'package')
}

async function checkOnce(bin: string, cache: string) {
  const child = spawn(process.execPath, [bin, '--stdio'], {cwd: folder, env: {...process.env, XDG_CACHE_HOME: cache, LUXLINT_LSP_TIMING: '1'}, stdio: ['pipe', 'pipe', 'pipe']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const seen: Array<{method: string; params: any}> = []
  const waiters: Array<() => void> = []
  connection.onNotification((method, params) => {
    seen.push({method, params})
    for (const wake of waiters.splice(0)) wake()
  })
  connection.onRequest(() => null)
  connection.listen()
  const waitFor = async (test: (m: {method: string; params: any}) => boolean) => {
    for (;;) {
      const found = seen.find(test)
      if (found) return found.params
      await new Promise<void>((resolve) => waiters.push(resolve))
    }
  }
  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}}}})
    connection.sendNotification('initialized', {})
    const uri = pathToFileURL(path.join(folder, 'draft.md')).href
    connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: 'The police found child pornography.\n'}})
    const published = await waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri)
    const timing = await waitFor((m) => m.method === 'luxlint/timing' && m.params.uri === uri)
    // The worker started before the server loaded (src/entry.ts); the server still hears when it is ready.
    await waitFor((m) => m.method === 'luxlint/timing' && m.params.kind === 'ready')
    // The caches are written just after the first check: give them a moment.
    for (let i = 0; i < 50 && fs.readdirSync(path.join(cache, 'luxlint'), {withFileTypes: true}).length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100))
    return {codes: published.diagnostics.map((d: {code: string}) => d.code), workerMs: timing.workerMs}
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined)
    await connection.sendNotification('exit').catch(() => undefined)
    await new Promise((resolve) => {
      child.once('exit', resolve)
      setTimeout(resolve, 5000)
    })
    connection.dispose()
    child.kill()
  }
}

describe('the published luxlint-lsp', () => {
  it('runs from the packed package alone, its worker from the same bundle, with a code cache per thread', {timeout: 120000}, async () => {
    const unpacked = unpack()
    expect(fs.existsSync(path.join(unpacked, 'node_modules'))).toBe(false)
    const bin = path.join(unpacked, 'dist', 'bin.js')
    // The bundle is read as Latin-1 when it is ASCII (the loader then skips UTF-8 decoding).
    expect(fs.readFileSync(path.join(unpacked, 'dist', 'luxlint-lsp.cjs'), 'latin1')).toMatch(/\/\/# luxlint-digest=[0-9a-f]{64} ascii\n$/)
    const cache = path.join(folder, 'cache')
    fs.mkdirSync(path.join(cache, 'luxlint'), {recursive: true})
    const first = await checkOnce(bin, cache)
    expect(first.codes).toEqual(['child-pornography'])
    // Linted in the worker thread (a check on the main thread has no worker time).
    expect(typeof first.workerMs).toBe('number')
    const caches = fs.readdirSync(path.join(cache, 'luxlint')).sort()
    expect(caches).toEqual([expect.stringMatching(/^lsp-v8-[0-9a-f]{16}-worker\.cache$/), expect.stringMatching(/^lsp-v8-[0-9a-f]{16}\.cache$/)].sort())
    // A second start loads them (V8 accepts them, so they are not written again) and answers the same.
    const written = caches.map((name) => fs.statSync(path.join(cache, 'luxlint', name)).mtimeMs)
    const second = await checkOnce(bin, cache)
    expect(second.codes).toEqual(['child-pornography'])
    expect(fs.readdirSync(path.join(cache, 'luxlint')).sort()).toEqual(caches)
    expect(caches.map((name) => fs.statSync(path.join(cache, 'luxlint', name)).mtimeMs)).toEqual(written)
  })
})
