import {spawn, fork, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// The built server, spoken to over stdio (and node IPC) by a bare JSON-RPC client: no editor,
// no mocks, every message a real client would send.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const server = path.join(root, 'packages/lsp-server/dist/bin.js')
const require = createRequire(path.join(root, 'packages/lsp-server/package.json'))
const rpc = require('vscode-jsonrpc/node') as typeof import('vscode-jsonrpc/node')

interface Diagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  severity: number
  code: string
  source: string
  message: string
  codeDescription?: {href: string}
  data?: Record<string, unknown>
  relatedInformation?: unknown[]
}
interface Publish {uri: string; version?: number; diagnostics: Diagnostic[]}

/** A minimal LSP client that records what the server sends. */
class Client {
  readonly connection
  readonly process: ChildProcess
  readonly publishes: Publish[] = []
  readonly shown: Array<{type: number; message: string}> = []
  readonly logs: string[] = []
  readonly applied: unknown[] = []
  settings: Record<string, unknown> = {}
  stderr = ''
  private waiters: Array<() => void> = []

  constructor(transport: 'stdio' | 'ipc' = 'stdio') {
    if (transport === 'stdio') {
      this.process = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
      this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.process.stdout!), new rpc.StreamMessageWriter(this.process.stdin!))
    } else {
      this.process = fork(server, ['--node-ipc'], {stdio: ['pipe', 'pipe', 'pipe', 'ipc']})
      this.connection = rpc.createMessageConnection(new rpc.IPCMessageReader(this.process), new rpc.IPCMessageWriter(this.process))
    }
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Publish) => {
      this.publishes.push(params)
      this.wake()
    })
    this.connection.onNotification('window/showMessage', (params: {type: number; message: string}) => {
      this.shown.push(params)
      this.wake()
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => this.logs.push(params.message))
    this.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => this.settings))
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.applied.push(params)
      return {applied: true}
    })
    this.connection.listen()
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter()
  }

  /** Wait until `test` holds, re-checking after each notification. */
  async until<T>(test: () => T | undefined, what: string, ms = 20000): Promise<T> {
    const deadline = Date.now() + ms
    for (;;) {
      const value = test()
      if (value) return value
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 100)
      })
    }
  }

  /** The next publish for `uri` after `count` earlier ones. */
  nextPublish(uri: string, after = this.publishesFor(uri).length): Promise<Publish> {
    return this.until(() => this.publishesFor(uri)[after], `diagnostics #${after + 1} for ${uri}`)
  }

  publishesFor(uri: string) {
    return this.publishes.filter((p) => p.uri === uri)
  }

  async initialize(capabilities: Record<string, unknown>, folder: string) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'w'}],
      capabilities
    })
    this.connection.sendNotification('initialized', {})
    return result as {capabilities: Record<string, any>; serverInfo: {name: string}}
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1) {
    this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    this.connection.sendNotification('exit')
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)))
  }
}

const pushCapabilities = {
  workspace: {configuration: true, didChangeWatchedFiles: {dynamicRegistration: true}, workspaceEdit: {documentChanges: true, resourceOperations: ['create']}},
  // What VS Code declares for publishDiagnostics.
  textDocument: {publishDiagnostics: {relatedInformation: true, tagSupport: {valueSet: [1, 2]}, versionSupport: true, codeDescriptionSupport: true, dataSupport: true}, codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}}}
}

let folder: string
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-lsp-'))
})
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

describe('luxlint-lsp over stdio (push diagnostics)', () => {
  let client: Client
  let uri: string
  beforeAll(() => {
    client = new Client('stdio')
    uri = pathToFileURL(path.join(folder, 'draft.md')).href
  })
  afterAll(() => client.process.kill())

  it('initializes with its capabilities and commands', async () => {
    const result = await client.initialize(pushCapabilities, folder)
    expect(result.serverInfo.name).toBe('luxlint-lsp')
    expect(result.capabilities.hoverProvider).toBe(true)
    expect(result.capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix', 'source.fixAll.luxlint']})
    expect(result.capabilities.executeCommandProvider.commands).toEqual(expect.arrayContaining(['luxlint.fixAll', 'luxlint.explain', 'luxlint.rules']))
    expect(result.capabilities.diagnosticProvider).toBeUndefined()
  })

  it('publishes diagnostics on open', async () => {
    client.open(uri, '# Draft\n\n😀 They seized child pornography.\n')
    const publish = await client.nextPublish(uri, 0)
    expect(publish.version).toBe(1)
    expect(publish.diagnostics).toHaveLength(1)
    expect(publish.diagnostics[0]).toMatchObject({
      range: {start: {line: 2, character: 15}, end: {line: 2, character: 32}},
      severity: 2,
      code: 'child-pornography',
      source: 'luxlint',
      codeDescription: {href: expect.stringContaining('#child-pornography')},
      // The finding stays on the server; the client hands its id back with a code action request.
      data: {id: expect.any(Number)}
    })
    expect(Object.keys(publish.diagnostics[0].data!)).toEqual(['id'])
  })

  it('updates them after an incremental change', async () => {
    const before = client.publishesFor(uri).length
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 3, character: 0}, end: {line: 3, character: 0}}, text: 'Police found Child Porn too.\n'}]
    })
    const publish = await client.nextPublish(uri, before)
    expect(publish.version).toBe(2)
    expect(publish.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.code])).toEqual([
      [2, 15, 'child-pornography'],
      [3, 13, 'child-pornography']
    ])
    // The finding the edit left alone keeps its id.
    expect(publish.diagnostics[0].data).toEqual(client.publishesFor(uri)[before - 1].diagnostics[0].data)
  })

  it('still publishes the latest version when changes arrive while the first check runs', async () => {
    const busy = pathToFileURL(path.join(folder, 'busy.md')).href
    // Every paragraph differs, so no block's findings can be reused: the first check takes a while.
    client.open(busy, Array.from({length: 4000}, (_, i) => `Police said man ${i} shared child pornography.\n\n`).join(''))
    await new Promise((resolve) => setTimeout(resolve, 300)) // the first check is under way
    for (let version = 2; version <= 30; version++) {
      client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: busy, version}, contentChanges: [{text: `Version ${version}: child pornography.`}]})
    }
    const last = await client.until(() => client.publishesFor(busy).find((p) => p.version === 30), 'the publish of version 30', 10000)
    expect(last.diagnostics).toHaveLength(1)
    expect(client.publishesFor(busy).at(-1)).toBe(last) // (a faster core may publish version 1 first; that is fine)
  })

  it('answers code actions for the finding a diagnostic names', async () => {
    const diagnostic = client.publishesFor(uri).at(-1)!.diagnostics[1]
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})) as any[]
    expect(actions.map((a) => a.title)).toEqual([
      // Core keeps the case pattern of the matched text ("Child Porn").
      "Replace with 'Child Sexual Abuse Material'",
      "Replace with 'Child Sexual Exploitation Material'",
      'Disable luxlint for this line (child-pornography)',
      "Allow 'child porn' in this workspace",
      'Fix all safe luxlint problems (2)'
    ])
    expect(actions[0].isPreferred).toBe(true)
    expect(actions[0].edit.changes[uri]).toEqual([{range: diagnostic.range, newText: 'Child Sexual Abuse Material'}])
    // No config file yet: the allow action creates .luxlintrc.json at the workspace root.
    expect(actions[3].edit.documentChanges[0]).toEqual({kind: 'create', uri: pathToFileURL(path.join(folder, '.luxlintrc.json')).href, options: {ignoreIfExists: true}})
  })

  it('explains a finding on hover', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 20}})) as any
    expect(hover.contents.kind).toBe('markdown')
    expect(hover.contents.value).toContain('**Write instead:** “child sexual abuse material”')
    expect(hover.range).toEqual({start: {line: 2, character: 15}, end: {line: 2, character: 32}})
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})).toBeNull()
  })

  it('runs the luxlint.explain, luxlint.rules and luxlint.fixAll commands', async () => {
    const explained = (await client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.explain', arguments: [uri, {line: 3, character: 15}]})) as {markdown: string}
    expect(explained.markdown).toContain('`child-pornography`')
    const rules = (await client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.rules'})) as {markdown: string}
    expect(rules.markdown).toContain('| Rule | Catches | Write instead | Status | Confidence |')
    const fixed = await client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.fixAll', arguments: [uri]})
    expect(fixed).toEqual({applied: 2})
    expect(client.applied).toEqual([
      {
        label: 'luxlint: fix all',
        edit: {
          changes: {
            [uri]: [
              {range: {start: {line: 2, character: 15}, end: {line: 2, character: 32}}, newText: 'child sexual abuse material'},
              {range: {start: {line: 3, character: 13}, end: {line: 3, character: 23}}, newText: 'Child Sexual Abuse Material'}
            ]
          }
        }
      }
    ])
  })

  it('applies settings from workspace/configuration after didChangeConfiguration', async () => {
    client.settings = {rules: {'child-pornography': 'error'}}
    const before = client.publishesFor(uri).length
    client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    const publish = await client.nextPublish(uri, before)
    expect(publish.diagnostics.map((d) => d.severity)).toEqual([1, 1])
    client.settings = {}
  })

  it('re-reads a changed config file, and shows a broken one once while still linting with defaults', async () => {
    const config = path.join(folder, '.luxlintrc.json')
    fs.writeFileSync(config, '{"allow": ["child pornography", "child porn"]}\n')
    let before = client.publishesFor(uri).length
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 1}]})
    expect((await client.nextPublish(uri, before)).diagnostics).toEqual([])

    fs.writeFileSync(config, '{"allow": ["child pornography",}\n')
    before = client.publishesFor(uri).length
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 2}]})
    expect((await client.nextPublish(uri, before)).diagnostics).toHaveLength(2)
    const shown = await client.until(() => client.shown.find((m) => m.message.includes('.luxlintrc.json')), 'the config error')
    expect(shown.type).toBe(1)
    expect(shown.message).toMatch(/^luxlint: \S+\.luxlintrc\.json: is not valid JSON \(.+\); checking with the default settings until it is fixed$/)
    // Another edit of the document re-lints but does not show the same error again.
    before = client.publishesFor(uri).length
    client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{text: 'Child pornography.\n'}]})
    await client.nextPublish(uri, before)
    expect(client.shown.filter((m) => m.message.includes('.luxlintrc.json'))).toHaveLength(1)
    fs.rmSync(config)
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 3}]})
  })

  it('answers malformed requests and unknown documents with errors, and stays alive', async () => {
    await expect(client.connection.sendRequest('textDocument/hover', {})).rejects.toMatchObject({code: -32602, message: expect.stringMatching(/^Unexpected textDocument\/hover request: /)})
    await expect(client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.fixAll', arguments: []})).rejects.toMatchObject({code: -32602, message: expect.stringContaining('Expected a document URI as the first argument of luxlint.fixAll')})
    await expect(client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.explain', arguments: ['file:///nowhere.md', {line: 0, character: 0}]})).rejects.toMatchObject({code: -32602, message: 'Unexpected document file:///nowhere.md: it is not open or not checked by luxlint'})
    await expect(client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.nope'})).rejects.toMatchObject({message: 'Unexpected command luxlint.nope'})
    await expect(client.connection.sendRequest('no/such/method', {})).rejects.toMatchObject({code: -32601})
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: 'file:///nowhere.md'}, position: {line: 0, character: 0}})).toBeNull()
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.md'}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})).toEqual([])
    client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: 'file:///nowhere.md', version: 9}, contentChanges: [{text: 'x'}]})
    client.connection.sendNotification('textDocument/didOpen', {nonsense: true})
    // Still alive and answering:
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 3}})) as any
    expect(hover.contents.value).toContain('child-pornography')
    expect(client.process.exitCode).toBeNull()
    expect(client.logs.some((line) => line.startsWith('luxlint: Unexpected textDocument/hover request'))).toBe(true)
  })

  it('keeps answering while a long check runs in the background', async () => {
    const dense = pathToFileURL(path.join(folder, 'dense.md')).href
    const paragraph = 'Police said the man shared child pornography. The report cites the Optional Protocol on the sale of children, child prostitution and child pornography.\n\n'
    client.open(dense, paragraph.repeat(1500))
    const order: string[] = []
    const published = client.nextPublish(dense, 0).then((p) => order.push(`publish ${p.diagnostics.length}`))
    await client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.rules'}).then(() => order.push('rules'))
    await published
    expect(order).toEqual(['rules', 'publish 4500'])
  })

  it('checks a 1 MB document completely', async () => {
    const big = pathToFileURL(path.join(folder, 'big.md')).href
    const filler = 'A perfectly ordinary sentence about the weather and the harbour. '.repeat(15) + '\n\n'
    const text = `Child pornography at the start.\n\n${filler.repeat(Math.ceil(1_000_000 / filler.length))}And child pornography at the very end.\n`
    expect(text.length).toBeGreaterThan(1_000_000)
    client.open(big, text)
    const publish = await client.nextPublish(big, 0)
    const lastLine = text.split('\n').length - 2
    expect(publish.diagnostics.map((d) => d.range.start.line)).toEqual([0, lastLine])
  })

  it('refuses a 50 MB paste with one clear message and keeps serving', async () => {
    const huge = pathToFileURL(path.join(folder, 'huge.md')).href
    // One finding first: the refused paste then clears it (a list that stays empty is not sent again).
    client.open(huge, 'Only child pornography yet.\n')
    expect((await client.nextPublish(huge, 0)).diagnostics).toHaveLength(1)
    client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: huge, version: 2}, contentChanges: [{text: 'child pornography '.repeat(2_900_000)}]})
    const publish = await client.nextPublish(huge, 1)
    expect(publish.diagnostics).toEqual([])
    expect(client.shown.find((m) => m.message.includes('huge.md'))?.message).toMatch(/^luxlint: huge\.md was not checked: it has 52200000 characters, more than the \d+ luxlint checks in the editor; run the luxlint CLI on it instead$/)
    expect(await client.connection.sendRequest('workspace/executeCommand', {command: 'luxlint.rules'})).toHaveProperty('markdown')
  })

  it('forgets closed documents (hundreds of them) and clears their diagnostics', async () => {
    const uris = Array.from({length: 300}, (_, i) => pathToFileURL(path.join(folder, `note-${i}.txt`)).href)
    uris.forEach((u, i) => client.open(u, `Note ${i}: child pornography.`, 'plaintext'))
    await client.until(() => uris.every((u) => client.publishesFor(u).length >= 1), '300 documents checked')
    expect(uris.every((u) => client.publishesFor(u)[0].diagnostics.length === 1)).toBe(true)
    for (const u of uris) client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: u}})
    await client.until(() => uris.every((u) => client.publishesFor(u).at(-1)!.diagnostics.length === 0), 'diagnostics cleared on close')
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uris[0]}, position: {line: 0, character: 12}})).toBeNull()
  })

  it('never publishes a check that a config change overtook', async () => {
    const dir = path.join(folder, 'race')
    fs.mkdirSync(dir)
    const dense = pathToFileURL(path.join(dir, 'dense.md')).href
    client.open(dense, 'Police said the man shared child pornography.\n\n'.repeat(3000))
    const config = path.join(dir, '.luxlintrc.json')
    fs.writeFileSync(config, '{"allow": ["child pornography"]}\n')
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 1}]})
    await client.nextPublish(dense, 0)
    await new Promise((resolve) => setTimeout(resolve, 500)) // room for a wrong second publish to show up
    expect(client.publishesFor(dense).map((p) => p.diagnostics.length)).toEqual([0])
  })

  it('keeps a finding’s id while edits move it, so a diagnostic from before the edit still gets its fix', async () => {
    const moved = pathToFileURL(path.join(folder, 'moved.md')).href
    client.open(moved, '# Notes\n\nThey seized child pornography.\n\nMore child porn here.\n')
    const [first] = (await client.nextPublish(moved, 0)).diagnostics
    // A line typed above both findings: the worker moves them rather than finding them again.
    client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: moved, version: 2}, contentChanges: [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, text: 'Added.\n'}]})
    const after = await client.nextPublish(moved, 1)
    expect(after.diagnostics.map((d) => [d.range.start.line, d.data])).toEqual([
      [3, first.data],
      [5, expect.objectContaining({id: expect.any(Number)})]
    ])
    // The client's diagnostic of version 1, its range moved by the editor, as VS Code does with its markers.
    const old = {...first, range: {start: {...first.range.start, line: 3}, end: {...first.range.end, line: 3}}}
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: moved}, range: old.range, context: {diagnostics: [old], only: ['quickfix']}})) as any[]
    expect(actions[0]).toMatchObject({title: "Replace with 'child sexual abuse material'", isPreferred: true})
    expect(actions[0].edit.changes[moved]).toEqual([{range: old.range, newText: 'child sexual abuse material'}])
  })

  it('shuts down and exits with code 0', async () => {
    expect(await client.shutdown()).toBe(0)
    expect(client.stderr).toBe('')
  })
})

describe('luxlint-lsp for a client that declares no optional diagnostic members and drops data', () => {
  it('sends no rule page or related information, and still answers code actions, hover and fix-all', async () => {
    const client = new Client('stdio')
    try {
      await client.initialize({textDocument: {publishDiagnostics: {}}, workspace: {configuration: true}}, folder)
      const uri = pathToFileURL(path.join(folder, 'bare.md')).href
      client.open(uri, 'See the Optional Protocol on the sale of children, child prostitution and child pornography.\n\nThey seized child pornography.\n')
      const publish = await client.nextPublish(uri, 0)
      expect(publish.diagnostics.map((d) => d.code)).toEqual(['child-prostitution', 'child-pornography', 'child-pornography'])
      expect(publish.diagnostics.filter((d) => d.codeDescription || d.relatedInformation)).toEqual([])
      // A client without dataSupport hands back what it kept: rule, range, message, no data.
      const {data: _data, ...dropped} = publish.diagnostics[2]
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: dropped.range, context: {diagnostics: [dropped]}})) as any[]
      expect(actions.map((a) => a.title)).toEqual([
        "Replace with 'child sexual abuse material'",
        "Replace with 'child sexual exploitation material'",
        'Disable luxlint for this line (child-pornography)',
        "Allow 'child pornography' in this workspace",
        'Fix all safe luxlint problems (1)'
      ])
      expect(actions[0].edit.changes[uri]).toEqual([{range: dropped.range, newText: 'child sexual abuse material'}])
      const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: publish.diagnostics[1].range.start})) as any
      expect(hover.contents.value).toMatch(/^\*\*luxlint\*\* · \[`child-pornography`\]\(https:\/\/\S+#child-pornography\)/)
      expect(hover.contents.value).toContain('**Context:** a citation — allowed or downgraded because it is title of the Optional Protocol')
      // The text changed since the diagnostic was published: its finding is gone, no fix.
      client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{range: dropped.range, text: 'child abuse material'}]})
      await client.nextPublish(uri, 1)
      const stale = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: dropped.range, context: {diagnostics: [dropped, publish.diagnostics[2]]}})) as any[]
      expect(stale).toEqual([])
      expect(await client.shutdown()).toBe(0)
    } finally {
      client.process.kill()
    }
  })
})

describe('luxlint-lsp with pull diagnostics over node IPC', () => {
  it('answers textDocument/diagnostic instead of pushing, and honours cancellation', async () => {
    const client = new Client('ipc')
    try {
      // Declared for pull diagnostics (LSP 3.18): it wins over publishDiagnostics, member by member.
      const textDocument = {diagnostic: {dynamicRegistration: false, codeDescriptionSupport: true}, publishDiagnostics: {codeDescriptionSupport: false, relatedInformation: true}}
      const result = await client.initialize({textDocument, workspace: {configuration: true, diagnostics: {refreshSupport: true}}}, folder)
      expect(result.capabilities.diagnosticProvider).toEqual({identifier: 'luxlint', interFileDependencies: false, workspaceDiagnostics: false})
      const uri = pathToFileURL(path.join(folder, 'page.html')).href
      client.open(uri, '<p>They seized <b>child pornography</b>.</p><p title="child pornography">x</p>', 'html')
      const report = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {kind: string; items: Diagnostic[]}
      expect(report.kind).toBe('full')
      expect(report.items.map((d) => [d.code, d.range.start.character])).toEqual([['child-pornography', 18]])
      expect(report.items[0].codeDescription).toEqual({href: expect.stringContaining('#child-pornography')})
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: report.items[0].range, context: {diagnostics: [report.items[0]]}})) as Array<{title: string}>
      expect(actions[0].title).toBe("Replace with 'child sexual abuse material'")
      // The same list is not sent again: asked with the id of the last report, the answer is `unchanged`.
      const pull = async (previousResultId?: string) => (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}, previousResultId})) as {kind: string; resultId: string; items?: Diagnostic[]}
      expect(await pull((report as {resultId?: string}).resultId)).toEqual({kind: 'unchanged', resultId: (report as {resultId?: string}).resultId})
      // A change after the finding moves nothing: still unchanged. One before it moves it: a full report.
      const change = (version: number, character: number, text: string) =>
        client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: {line: 0, character}, end: {line: 0, character}}, text}]})
      change(2, 74, ' More text.')
      const later = await pull((report as {resultId?: string}).resultId)
      expect(later.kind).toBe('unchanged')
      change(3, 2, ' class="x"')
      const moved = await pull(later.resultId)
      expect(moved.kind).toBe('full')
      expect(moved.resultId).not.toBe(later.resultId)
      expect(moved.items!.map((d) => [d.code, d.range.start.character])).toEqual([['child-pornography', 28]])
      // Without an id (a client that lost its list) the full list comes again, under the same id.
      expect(await pull()).toMatchObject({kind: 'full', resultId: moved.resultId, items: moved.items})
      // Cancel a pull while its (long) check runs: the answer is an error, the check is kept.
      const dense = pathToFileURL(path.join(folder, 'pull-dense.md')).href
      client.open(dense, 'Police said the man shared child pornography.\n\n'.repeat(3000))
      const source = new rpc.CancellationTokenSource()
      const pending = client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri: dense}}, source.token)
      setTimeout(() => source.cancel(), 50)
      await expect(pending).rejects.toMatchObject({code: expect.toBeOneOf([-32800, -32802])})
      const after = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri: dense}})) as {items: unknown[]}
      expect(after.items).toHaveLength(3000)
      expect(client.publishes).toEqual([])
      expect(await client.shutdown()).toBe(0)
    } finally {
      client.process.kill()
    }
  })

  it('refuses to start without a transport, with one line and exit code 2', async () => {
    const child = spawn(process.execPath, [server], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(2)
    expect(stderr).toBe('luxlint-lsp: Expected a transport: --stdio or --node-ipc (started by an editor, not by hand)\n')
  })
})
