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

/** Median, min, max, n, p50 and p95 of a list of milliseconds (null when empty). */
function spread(values) {
  const summary = summarize(values)
  return summary && {...summary, p50: percentile(values, 50), p95: percentile(values, 95)}
}

const round = (ms) => (typeof ms === 'number' ? Math.round(ms * 100) / 100 : ms)

/**
 * A server started the way an editor starts it, with the bench's timing hook on: the server then
 * sends `luxlint/timing` after each publishDiagnostics (its own time for that version, the
 * debounce pause left out) and once its lint worker is ready.
 */
async function startServer(serverBin, docFile) {
  const client = startLspClient(process.execPath, [serverBin, '--stdio'], {cwd: path.dirname(docFile), env: {...process.env, LUXLINT_LSP_TIMING: '1'}})
  const ready = client.waitFor((m) => m.method === 'luxlint/timing' && m.params.kind === 'ready', 60000).catch(() => null)
  const folder = pathToFileURL(path.dirname(docFile)).href
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{uri: folder, name: 'bench'}],
    // What VS Code declares for publishDiagnostics: the server sends a client only the optional
    // members it declares, so a bench client that declared fewer would measure smaller publishes
    // than VS Code gets.
    capabilities: {
      textDocument: {
        synchronization: {dynamicRegistration: false},
        publishDiagnostics: {relatedInformation: true, tagSupport: {valueSet: [1, 2]}, versionSupport: true, codeDescriptionSupport: true, dataSupport: true}
      },
      workspace: {configuration: true, workspaceFolders: true}
    }
  })
  client.notify('initialized', {})
  const sync = init.capabilities?.textDocumentSync
  return {client, ready, incremental: (typeof sync === 'number' ? sync : sync?.change) === 2}
}

/** Open `text` and wait for its first diagnostics and the server's timing of them. */
async function open(client, uri, text, timeoutMs) {
  const start = performance.now()
  const published = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version ?? 1) === 1, timeoutMs)
  const timed = client.waitFor((m) => m.method === 'luxlint/timing' && m.params.uri === uri && m.params.version === 1, timeoutMs).catch(() => null)
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  const first = await published
  const ms = performance.now() - start
  // Without the document's URI: results name no path of the machine they ran on.
  const {uri: _uri, ...server} = (await timed)?.params ?? {}
  return {ms, diagnostics: first.params.diagnostics.length, list: first.params.diagnostics, server: Object.keys(server).length ? server : null}
}

/**
 * Edit latency through the real protocol. First a fresh server gets the document right after
 * `initialized`, as when an editor starts it for the file (cold open), `coldRuns` times (the
 * median is reported; the first start after a build also writes the server's code cache, as the
 * first start after an install does). Then another server is
 * left to finish starting (its lint worker loads the engine at `initialize`), gets the
 * document (open), and N one-character edits (an insert, then its removal, at seeded places in
 * prose lines), each timed from sending `didChange` until `publishDiagnostics` for that version
 * arrives, debounce included (what a user waits for), next to the server's own time for it.
 * The server does not send a list again that says just what the client has (most of these
 * edits move no finding): then the edit is timed until the server's timing hook says it has
 * checked the version, and counted as not published. A second series, N/2 edits, types a space
 * just before a finding (then removes it), so that every edit moves a finding and publishes.
 */
export async function runLspLatency({serverBin, docFile, edits, seed, coldRuns = 5, timeoutMs = 120000, log}) {
  const text = fs.readFileSync(docFile, 'utf8')
  const uri = pathToFileURL(docFile).href
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2)

  const colds = []
  let server
  for (let run = 0; run < coldRuns; run++) {
    server = await startServer(serverBin, docFile)
    try {
      const cold = await open(server.client, uri, text, timeoutMs)
      colds.push(cold)
      log(`  lsp: cold open ${run + 1} (didOpen right after initialized) of ${mb} MB in ${cold.ms.toFixed(0)} ms, server ${cold.server?.serverMs?.toFixed(0) ?? '–'} ms`)
    } finally {
      await server.client.shutdown()
    }
  }
  // The run with the median time, with its server timing.
  const cold = [...colds].sort((a, b) => a.ms - b.ms)[Math.floor((colds.length - 1) / 2)]

  server = await startServer(serverBin, docFile)
  const {client, incremental} = server
  const isDiagnostics = (version) => (m) =>
    m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version === undefined || m.params.version === version)
  const isTiming = (version) => (m) => m.method === 'luxlint/timing' && m.params.uri === uri && m.params.version === version
  try {
    const ready = await server.ready
    const opened = await open(client, uri, text, timeoutMs)
    log(`  lsp: server ready ${ready ? `after ${ready.params.startMs.toFixed(0)} ms` : '(no ready signal)'}; opened ${mb} MB in ${opened.ms.toFixed(0)} ms (server ${opened.server?.serverMs?.toFixed(0) ?? '–'} ms, worker ${opened.server?.workerMs?.toFixed(0) ?? '–'} ms), ${opened.diagnostics} diagnostics`)

    const lines = text.split('\n')
    const prose = lines.map((l, i) => (/^[A-Za-z]/.test(l) && l.length > 10 ? i : -1)).filter((i) => i >= 0)
    const random = createRandom(seed)
    let version = 1
    let diagnostics = opened.list
    // One edit: sent, then timed until its diagnostics arrive, or until the server says it sent none.
    const run = async (edit, series) => {
      version++
      applyEdit(lines, edit)
      const change = incremental
        ? {range: {start: {line: edit.line, character: edit.character}, end: {line: edit.line, character: edit.character + edit.remove}}, text: edit.insert}
        : {text: lines.join('\n')}
      const start = performance.now()
      // The diagnostics come before the server's timing of them; when none are sent, the timing alone.
      const first = client.waitFor((m) => isDiagnostics(version)(m) || isTiming(version)(m), timeoutMs)
      const timed = client.waitFor(isTiming(version), timeoutMs)
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      const arrived = await first
      series.latencies.push(performance.now() - start)
      const publish = arrived.method === 'textDocument/publishDiagnostics' ? arrived : null
      const timing = (await timed).params
      if (publish) {
        series.publishBytes.push(publish.wireBytes)
        diagnostics = publish.params.diagnostics
      }
      series.timings.push(timing)
    }
    const series = () => ({latencies: [], timings: [], publishBytes: []})
    const typed = series()
    let place = null
    for (let i = 0; i < edits; i++) {
      if (i % 2 === 0) place = {line: prose[Math.floor(random() * prose.length)], character: 3}
      await run(i % 2 === 0 ? {...place, remove: 0, insert: 'x'} : {...place, remove: 1, insert: ''}, typed)
    }
    // A space typed just before a finding moves it: each of these edits publishes.
    const moving = series()
    for (let i = 0; i < Math.floor(edits / 2); i++) {
      if (i % 2 === 0) place = {...diagnostics[Math.floor(random() * diagnostics.length)].range.start}
      await run(i % 2 === 0 ? {...place, remove: 0, insert: ' '} : {...place, remove: 1, insert: ''}, moving)
    }
    const {latencies, timings, publishBytes} = typed
    const pickFrom = (list, key) => list.map((t) => t[key]).filter((v) => typeof v === 'number')
    const pick = (key) => pickFrom(timings, key)
    // The parts of the server's time on an edit (see packages/lsp-server/src/timing.ts).
    const partKeys = ['receiveMs', 'checkMs', 'optionsMs', 'lintMs', 'workerMs', 'diagnosticsMs', 'sendMs']
    return {
      documentBytes: Buffer.byteLength(text),
      sync: incremental ? 'incremental' : 'full',
      // Cold: didOpen right after `initialized`, the lint worker still starting (the figure
      // earlier results called openMs).
      openMs: cold.ms,
      openServer: cold.server,
      coldOpenSamplesMs: colds.map((c) => round(c.ms)),
      readyMs: ready?.params.startMs ?? null,
      // The server initialized and its worker ready, then didOpen → first publishDiagnostics.
      warmOpenMs: opened.ms,
      warmOpenServer: opened.server,
      openDiagnostics: opened.diagnostics,
      edits,
      // The size of each edit's publishDiagnostics message (JSON body, bytes).
      publishBytes: spread(publishBytes),
      latencyMs: spread(latencies),
      serverMs: spread(pick('serverMs')),
      // CPU time of the server process (all threads) per edit, without the debounce pause (and
      // with it): not inflated when other programs hold the CPU, as wall times are.
      serverCpuMs: spread(pick('cpuMs')),
      serverCpuWithPauseMs: spread(pick('cpuWithPauseMs')),
      serverParts: Object.fromEntries(partKeys.map((key) => [key, spread(pick(key))])),
      sentToWorker: Object.fromEntries(['edits', 'text'].map((kind) => [kind, timings.filter((t) => t.sent === kind).length])),
      // Edits whose diagnostics were sent (the others moved no finding: nothing was sent).
      published: timings.filter((t) => t.published !== false).length,
      // The second series: a space typed before a finding and removed, each edit publishing.
      movingEdits: {
        edits: moving.timings.length,
        published: moving.timings.filter((t) => t.published !== false).length,
        publishBytes: spread(moving.publishBytes),
        latencyMs: spread(moving.latencies),
        serverMs: spread(pickFrom(moving.timings, 'serverMs')),
        serverCpuMs: spread(pickFrom(moving.timings, 'cpuMs')),
        sendMs: spread(pickFrom(moving.timings, 'sendMs')),
        serverParts: Object.fromEntries(partKeys.map((key) => [key, spread(pickFrom(moving.timings, key))])),
        serverSamplesMs: moving.timings.map((t) => round(t.serverMs))
      },
      samplesMs: latencies.map(round),
      serverSamplesMs: timings.map((t) => round(t.serverMs)),
      serverCpuSamplesMs: timings.map((t) => round(t.cpuMs))
    }
  } catch (error) {
    throw new Error(`${error.message}${client.stderr() ? ` (server stderr: ${client.stderr().trim().split('\n').pop()})` : ''}`)
  } finally {
    await client.shutdown()
  }
}
