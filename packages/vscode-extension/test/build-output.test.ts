import {fork, type ChildProcess} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {serverFiles} from '../scripts/server-files.mjs'
import {serverModule} from '../src/server-module'
import {zipEntries} from './zip-entries'

// What `pnpm build` wrote: dist/ and the .vsix, and the server in dist/ started the way
// vscode-languageclient starts it (fork, --node-ipc).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
const dist = path.join(root, 'dist')
const vsix = path.join(root, `luxlint-${manifest.version}.vsix`)
const lspDist = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('@luxlint/lsp-server/package.json')), 'dist')
const shipped = ['extension.js', ...serverFiles.map(([, to]) => to)].sort()

function built(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run pnpm build first`)
  return file
}

describe('dist/', () => {
  it('holds the client and the language server’s loader and bundle, nothing else', () => {
    expect(fs.readdirSync(built(dist)).sort()).toEqual(shipped)
  })

  it('starts the loader, copied unchanged from @luxlint/lsp-server, with the whole bundle it runs beside it', () => {
    expect(serverFiles.find(([from]) => from === 'bin.js')?.[1]).toBe(path.basename(serverModule))
    const loader = fs.readFileSync(path.join(dist, 'server.mjs'))
    expect(loader.equals(fs.readFileSync(path.join(lspDist, 'bin.js')))).toBe(true)
    // The loader looks for the bundle beside itself, under the name it was built with.
    expect(loader.toString('utf8')).toContain('"luxlint-lsp.cjs"')
    // The bundle as sealed by the server's build, not cut short: it ends with the digest of the
    // rest. (Not compared with the server's dist/, which a rebuild of the server alone changes.)
    const bundle = fs.readFileSync(path.join(dist, 'luxlint-lsp.cjs'))
    const trailer = /\/\/# luxlint-digest=([0-9a-f]{64})( ascii)?\n$/.exec(bundle.subarray(-100).toString('latin1'))
    expect(trailer, 'the bundle ends with its digest').not.toBeNull()
    const body = bundle.subarray(0, bundle.lastIndexOf('//# luxlint-digest='))
    expect(crypto.createHash('sha256').update(body.toString('utf8')).digest('hex')).toBe(trailer![1])
  })
})

describe('the .vsix', () => {
  const entries = () => zipEntries(fs.readFileSync(built(vsix)))

  it('holds the manifest, docs, images, the client and the server, nothing else', () => {
    const names = [...entries().keys()].filter((name) => name.startsWith('extension/')).sort()
    expect(names).toEqual(
      [
        ...shipped.map((name) => `extension/dist/${name}`),
        'extension/LICENSE.txt',
        'extension/changelog.md',
        'extension/images/icon.png',
        'extension/images/screenshot.png',
        'extension/package.json',
        'extension/readme.md'
      ].sort()
    )
    expect(JSON.parse(entries().get('extension/package.json')!.toString('utf8')).version).toBe(manifest.version)
    expect(entries().get('extension/dist/server.mjs')!.equals(fs.readFileSync(path.join(dist, 'server.mjs')))).toBe(true)
  })

  it('names no folder of the machine it was built on', () => {
    const repository = path.resolve(root, '../..')
    for (const [name, content] of entries()) {
      const text = content.toString('latin1')
      for (const folder of [repository, os.homedir()]) expect(text.includes(folder), `${name} names ${folder}`).toBe(false)
    }
  })
})

/** The server in dist/, spoken to over Node IPC as vscode-languageclient does (TransportKind.ipc). */
class IpcServer {
  readonly child: ChildProcess
  readonly diagnostics: Array<{uri: string; diagnostics: Array<{code: string}>}> = []
  private nextId = 1
  private pending = new Map<number, (result: unknown) => void>()

  constructor(env: NodeJS.ProcessEnv) {
    this.child = fork(path.join(root, serverModule), ['--node-ipc'], {env, execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc']})
    this.child.on('message', (message: {id?: number; method?: string; params?: any; result?: unknown}) => {
      if (message.method === 'textDocument/publishDiagnostics') this.diagnostics.push(message.params)
      else if (message.method && message.id !== undefined) {
        // The server's own requests: settings (none: the defaults), registrations and the like.
        const result = message.method === 'workspace/configuration' ? message.params.items.map(() => ({})) : null
        this.child.send({jsonrpc: '2.0', id: message.id, result})
      } else if (message.id !== undefined) this.pending.get(message.id)?.(message.result)
    })
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      this.child.send({jsonrpc: '2.0', id, method, params})
    })
  }

  notify(method: string, params: unknown) {
    this.child.send({jsonrpc: '2.0', method, params})
  }

  async until<T>(test: () => T | undefined, what: string): Promise<T> {
    const start = Date.now()
    for (;;) {
      const value = test()
      if (value) return value
      if (Date.now() - start > 20000) throw new Error(`timed out waiting for ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  async stop() {
    if (this.child.exitCode !== null) return
    const exited = new Promise((resolve) => this.child.once('exit', resolve))
    await this.request('shutdown', null)
    this.notify('exit', null)
    await exited
  }
}

/** The cache files and their modification times. */
function caches(dir: string): Record<string, number> {
  if (!fs.existsSync(dir)) return {}
  return Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs]))
}

describe('the server in dist/, started over Node IPC', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-ext-cache-'))
  const cacheDir = path.join(home, 'luxlint')
  const env: NodeJS.ProcessEnv = {...process.env, XDG_CACHE_HOME: home}
  delete env.LUXLINT_NO_CACHE
  afterAll(() => fs.rmSync(home, {recursive: true, force: true}))

  /** Start the server, check one document, wait until the caches settle, stop it. */
  async function session(): Promise<string[]> {
    built(path.join(root, serverModule))
    const server = new IpcServer(env)
    try {
      const workspace = pathToFileURL(home).href
      await server.request('initialize', {processId: process.pid, rootUri: workspace, workspaceFolders: [{uri: workspace, name: 'w'}], capabilities: {}})
      server.notify('initialized', {})
      const uri = `${workspace}/draft.md`
      server.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: 'Police seized child pornography.\n'}})
      const published = await server.until(() => server.diagnostics.find((p) => p.uri === uri && p.diagnostics.length > 0), 'diagnostics')
      // Each thread writes its cache just after its first work, when it has none yet.
      await server.until(() => Object.keys(caches(cacheDir)).length >= 2 || undefined, 'the code caches')
      return published.diagnostics.map((d) => d.code)
    } finally {
      await server.stop()
    }
  }

  it('publishes diagnostics and writes a V8 code cache for the server and its lint worker', async () => {
    expect(await session()).toEqual(['child-pornography'])
    const names = Object.keys(caches(cacheDir)).sort()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/^lsp-v8-[0-9a-f]{16}-worker\.cache$/)
    expect(names[1]).toMatch(/^lsp-v8-[0-9a-f]{16}\.cache$/)
  }, 60000)

  it('starts again from that cache (the loader rewrites a cache V8 rejects)', async () => {
    const before = caches(cacheDir)
    expect(await session()).toEqual(['child-pornography'])
    expect(caches(cacheDir)).toEqual(before)
  }, 60000)
})
