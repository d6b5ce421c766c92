// A bare LSP client over stdio for the reliability tests and `pnpm fuzz`: spawns the built
// server, records what it publishes, and converts between offsets and LSP positions.
import {spawn} from 'node:child_process'
import {createRequire} from 'node:module'
import fs from 'node:fs'
import {pathToFileURL} from 'node:url'
import {lspBin, lspPackage} from './paths.mjs'

const rpc = createRequire(lspPackage)('vscode-jsonrpc/node')

export function startServer({prefix = [], extraArgs = []} = {}) {
  const [command, ...rest] = prefix.length > 0 ? [...prefix, process.execPath] : [process.execPath]
  const child = spawn(command, [...rest, ...extraArgs, lspBin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin))
  const client = {
    child,
    connection,
    stderr: '',
    exited: null,
    latest: new Map(),
    waiters: [],
    async initialize(folder) {
      const result = await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'w'}],
        capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {}}}
      })
      connection.sendNotification('initialized', {})
      return result
    },
    /** Resolves with the diagnostics of `uri` once a publish satisfies `test`. */
    waitFor(uri, test, ms = 60000) {
      const hit = client.latest.get(uri)
      if (hit && test(hit)) return Promise.resolve(hit)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for diagnostics of ${uri}`)), ms)
        client.waiters.push({uri, test, resolve: (p) => (clearTimeout(timer), resolve(p))})
      })
    },
    /** Resident memory of the server process in KB (Linux). */
    rssKb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1])
    },
    async stop() {
      if (client.exited) return client.exited
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))])
        connection.sendNotification('exit')
      } catch {
        // Already gone.
      }
      const exited = await Promise.race([new Promise((r) => child.once('exit', (code, signal) => r({code, signal}))), new Promise((r) => setTimeout(() => r(null), 5000))])
      if (!exited) child.kill('SIGKILL')
      connection.dispose()
      return client.exited ?? exited
    }
  }
  child.stderr.setEncoding('utf8').on('data', (d) => (client.stderr += d))
  child.on('exit', (code, signal) => (client.exited = {code, signal}))
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    client.latest.set(params.uri, params)
    for (const w of client.waiters.splice(0)) {
      if (w.uri === params.uri && w.test(params)) w.resolve(params)
      else client.waiters.push(w)
    }
  })
  connection.onNotification('window/logMessage', () => {})
  connection.onNotification('window/showMessage', () => {})
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.onRequest('window/workDoneProgress/create', () => null)
  connection.listen()
  return client
}

/** Line starts with the line breaks LSP uses: \r\n, \r and \n. */
function lineStarts(text) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    if (c === 10 || c === 13) starts.push(i + 1)
  }
  return starts
}

export function positionAt(text, offset, starts = lineStarts(text)) {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return {line: low, character: offset - starts[low]}
}

export function offsetAt(text, position, starts = lineStarts(text)) {
  return starts[position.line] + position.character
}
