import fs from 'node:fs'
import path from 'node:path'
import {allRules} from '@luxlint/core'
import {clearConfigCache, configNames} from '@luxlint/core/config'
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeCacheReady} from './code-cache.js'
import {buildCodeActions, fixAllEdits, fixAllKind, type AllowTarget} from './code-actions.js'
import {addAllowChanges, applyChanges} from './config-edit.js'
import {ArgumentError, commands, explain, positionArgument, rulesTable, uriArgument} from './commands.js'
import {checkFindings, diagnosticOptionsFor, fullDiagnostics, type CheckedFindings} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {formatFor} from './languages.js'
import {resolveOptions, type PlainMessage} from './lint-document.js'
import {Reported} from './reported.js'
import {LineDocument} from './line-document.js'
import {Linter, type LazyText, type LintStats} from './linter.js'
import {normalizeSettings, toOverrides, type Settings} from './settings.js'
import {updateDocument} from './text-edits.js'
import {warmUpDocument} from './warm-up.js'
import {addReceived, cpuSince, timingEnabled, timingNotification, watchWrites, type PublishTiming, type ReadyTiming, type Received} from './timing.js'
import {allowConfigPath, pathToUri, uriToPath} from './workspace.js'

/** Documents above this many UTF-16 code units are not checked (and the user is told so): linting is synchronous. */
export const maxDocumentLength = 4 * 1024 * 1024
const changeDelay = 100
/** A check overtaken by a newer version or a config change. */
const stale = Symbol('stale')

/** Pull reports' result ids name this process too: an id a client kept from before a restart matches none. */
const session = `${process.pid.toString(36)}.${Date.now().toString(36)}`

/** A document's last check: its findings stay here, a diagnostic's `data` only names one. */
interface DocumentState extends CheckedFindings {
  configFile: string | null
  /** With LUXLINT_LSP_TIMING=1: what the check cost. */
  stats?: LintStats & {optionsMs?: number; lintMs?: number; diagnosticsMs?: number}
}

/**
 * Wire every handler to `connection`. All decisions live in the pure modules. `output` is the
 * stream the connection writes to, watched by the timing hook.
 */
export function startServer(connection: Connection, output: NodeJS.WritableStream = process.stdout): void {
  const timing = timingEnabled()
  const lastWrite = timing ? watchWrites(output) : () => undefined
  /** With timing: the notifications of each document since its last publish, and when the latest began. */
  const received = new Map<string, Received>()
  let receiving = 0
  let receivingCpu: NodeJS.CpuUsage = {user: 0, system: 0}
  const documents = new TextDocuments<TextDocument>({
    create(uri, languageId, version, content) {
      if (timing) [receiving, receivingCpu] = [performance.now(), process.cpuUsage()]
      // Kept as lines: a keystroke then does not copy the whole text.
      return new LineDocument(uri, languageId, version, content)
    },
    update(document, changes, version) {
      if (timing) [receiving, receivingCpu] = [performance.now(), process.cpuUsage()]
      // The worker is sent these edits instead of the whole text again.
      const updated = updateDocument(document, changes, version)
      linter.changed(document.uri, updated.edits)
      return updated.document
    }
  })
  const state = new Map<string, DocumentState>()
  /** What each document's client was last given (diagnostics that say the same are not sent again). */
  const reported = new Reported()
  const timers = new Map<string, NodeJS.Timeout>()
  const inflight = new Map<string, {version: number; promise: Promise<DocumentState | undefined | typeof stale>}>()
  let generation = 0 // bumped when settings or config change: checks started before are stale
  const settingsCache = new Map<string, Promise<Settings>>()
  const shown = new Set<string>() // messages already shown since the last config change
  let pushedSettings: unknown
  let folders: string[] = []
  const client = {pull: false, pullRefresh: false, configuration: false, watchedFilesDynamic: false, configurationDynamic: false, createFiles: false}
  /** The optional diagnostic members the client shows (see diagnosticOptionsFor). */
  let diagnosticOptions = fullDiagnostics

  const log = (text: string) => connection.console.log(`luxlint: ${text}`)
  const linter = new Linter(log)
  const showOnce = (type: MessageType, text: string) => {
    if (shown.has(text)) return
    if (shown.size > 200) shown.clear() // bounded: sizes in "too large" messages vary
    shown.add(text)
    log(text)
    void connection.sendNotification('window/showMessage', {type, message: `luxlint: ${text}`})
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities
    client.pull = Boolean(caps.textDocument?.diagnostic)
    client.pullRefresh = Boolean(caps.workspace?.diagnostics?.refreshSupport)
    client.configuration = Boolean(caps.workspace?.configuration)
    client.watchedFilesDynamic = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    client.configurationDynamic = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration)
    client.createFiles = Boolean(caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') && caps.workspace?.workspaceEdit?.documentChanges)
    diagnosticOptions = diagnosticOptionsFor(caps, client.pull)
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])
    folders = roots.map(uriToPath).filter((p): p is string => Boolean(p))
    // Loading the engine and compiling the terms takes a while: do it now, not at the first open.
    const starting = performance.now()
    const ready = linter.start()
    warmUpDocument()
    if (timing) void ready.then(() => connection.sendNotification(timingNotification, {kind: 'ready', startMs: performance.now() - starting} satisfies ReadyTiming))
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: ['quickfix', fixAllKind]},
        executeCommandProvider: {commands: [commands.fixAll, commands.explain, commands.rules, commands.allowPhrase]},
        ...(client.pull ? {diagnosticProvider: {identifier: 'luxlint', interFileDependencies: false, workspaceDiagnostics: false}} : {}),
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'luxlint-lsp', version: '0.1.0'}
    }
  })

  connection.onInitialized(() => {
    if (client.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{globPattern: `**/{${configNames.join(',')}}`}]
      })
    }
    if (client.configurationDynamic) void connection.client.register(DidChangeConfigurationNotification.type, {section: 'luxlint'})
    if (folders.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)))
        folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => Boolean(p))]
        refreshAll()
      })
    }
  })

  function settingsFor(uri: string): Promise<Settings> {
    let settings = settingsCache.get(uri)
    if (!settings) {
      const raw = client.configuration
        ? connection.workspace.getConfiguration({scopeUri: uri, section: 'luxlint'}).catch(() => undefined)
        : Promise.resolve((pushedSettings as {luxlint?: unknown} | undefined)?.luxlint)
      settings = raw.then((value) => {
        const {settings, problems} = normalizeSettings(value)
        for (const problem of problems) showOnce(MessageType.Warning, problem)
        return settings
      })
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /**
   * Lint the document as it is now. Undefined when it is not ours, closed or disabled; `stale`
   * when a newer version or a config change overtook the check (a fresh one is on its way).
   * Checks of the same version are shared.
   */
  async function check(uri: string): Promise<DocumentState | undefined | typeof stale> {
    const document = documents.get(uri)
    if (!document) return undefined
    const cached = state.get(uri)
    if (cached && cached.version === document.version) return cached
    const running = inflight.get(uri)
    if (running && running.version === document.version) return running.promise
    const promise = checkNow(uri, document.version).finally(() => {
      if (inflight.get(uri)?.promise === promise) inflight.delete(uri)
    })
    inflight.set(uri, {version: document.version, promise})
    return promise
  }

  async function checkNow(uri: string, version: number): Promise<DocumentState | undefined | typeof stale> {
    const began = timing ? performance.now() : 0
    const started = generation
    const settings = await settingsFor(uri)
    const document = documents.get(uri)
    if (!document) return undefined
    if (document.version !== version || started !== generation) return stale
    const format = formatFor(document.languageId, uri, settings.languages)
    if (!settings.enable || !format) return undefined
    const length = document instanceof LineDocument ? document.length : document.getText().length
    if (length > maxDocumentLength) {
      showOnce(MessageType.Warning, `${path.basename(uri)} was not checked: it has ${length} characters, more than the ${maxDocumentLength} luxlint checks in the editor; run the luxlint CLI on it instead`)
      const skipped = {version, messages: [], diagnostics: [], configFile: null}
      state.set(uri, skipped)
      return skipped
    }
    const resolved = resolveOptions(format, uriToPath(uri), toOverrides(settings))
    if (resolved.configError) showOnce(MessageType.Error, `${resolved.configError}; checking with the default settings until it is fixed`)
    let messages: PlainMessage[] | undefined
    const stats: DocumentState['stats'] = timing ? {} : undefined
    const linting = timing ? performance.now() : 0
    try {
      // The whole text is joined only if the worker needs it (it has the edits otherwise).
      const source: LazyText = {length, text: () => (documents.get(uri) === document && document.version === version ? document.getText() : undefined)}
      messages = await linter.lint(uri, source, resolved.options, stats)
    } catch (error) {
      showOnce(MessageType.Error, `${path.basename(uri)} could not be checked: ${errorText(error)}`)
      messages = []
    }
    const now = documents.get(uri)
    if (!now) return undefined
    if (!messages || now.version !== version || started !== generation) return stale
    const converting = timing ? performance.now() : 0
    const checked: DocumentState = {...checkFindings(messages, now, diagnosticOptions), configFile: resolved.configFile}
    if (stats) checked.stats = {...stats, optionsMs: linting - began, lintMs: converting - linting, diagnosticsMs: performance.now() - converting}
    state.set(uri, checked)
    return checked
  }

  async function publish(uri: string): Promise<void> {
    timers.delete(uri)
    const fired = timing ? performance.now() : 0
    const firedCpu = timing ? process.cpuUsage() : undefined
    try {
      const document = documents.get(uri)
      if (!document) return
      const checked = await check(uri)
      const now = documents.get(uri)
      if (checked === stale || !now || now.version !== document.version) return // a newer check is scheduled
      const sending = timing ? performance.now() : 0
      const diagnostics = (checked?.diagnostics ?? []) as Diagnostic[]
      // The same diagnostics as the client has (no finding moved) are not sent again: its list is current.
      const published = !reported.unchanged(uri, diagnostics)
      if (published) {
        await connection.sendDiagnostics({uri, version: document.version, diagnostics})
        reported.remember(uri, diagnostics)
      }
      codeCacheReady() // a document was checked and published: what the next start needs is compiled
      // Sent when encoded and handed to the output (stdio); with another transport, when written.
      if (timing) {
        const drained = performance.now()
        const written = published ? lastWrite() : undefined
        sendTiming(uri, document.version, fired, firedCpu!, checked?.stats, sending, written !== undefined && written >= sending ? written : drained, drained, published)
      }
    } catch (error) {
      log(`checking ${uri} failed: ${errorText(error)}`)
    }
  }

  /** The bench hook (LUXLINT_LSP_TIMING=1): what this publish cost the server. */
  function sendTiming(uri: string, version: number, fired: number, firedCpu: NodeJS.CpuUsage, stats: DocumentState['stats'], sending: number, done: number, drained: number, published: boolean): void {
    const since = received.get(uri)
    received.delete(uri)
    if (!since) return // a re-check after a config change: nothing was received
    const timing: PublishTiming = {
      uri,
      version,
      kind: since.kind,
      serverMs: since.receiveMs + done - fired,
      receiveMs: since.receiveMs,
      checkMs: done - fired,
      sinceReceivedMs: done - since.first,
      cpuMs: since.receiveCpuMs + cpuSince(firedCpu),
      cpuWithPauseMs: cpuSince(since.cpu),
      sendMs: done - sending,
      drainMs: drained - sending,
      published,
      ...stats
    }
    void connection.sendNotification(timingNotification, timing)
  }

  function schedule(uri: string, delay: number): void {
    if (client.pull) return // the client asks when it wants them
    clearTimeout(timers.get(uri))
    timers.set(uri, setTimeout(() => void publish(uri), delay))
  }

  function refreshAll(): void {
    generation++
    settingsCache.clear()
    state.clear()
    inflight.clear()
    if (client.pull) {
      if (client.pullRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined)
      return
    }
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  function configChanged(): void {
    clearConfigCache()
    shown.clear()
    refreshAll()
  }

  const isConfigFile = (uri: string) => configNames.includes(path.basename(uri.replace(/[?#].*$/, '')))

  // TextDocuments reports an open as an open and then a content change: check an open at once,
  // every real change after a pause.
  const justOpened = new Set<string>()
  documents.onDidOpen((event) => justOpened.add(event.document.uri))
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri
    const opened = justOpened.delete(uri)
    schedule(uri, opened ? 0 : changeDelay)
    if (timing) received.set(uri, addReceived(received.get(uri), opened ? 'open' : 'change', receiving, performance.now(), receivingCpu))
  })
  documents.onDidSave((event) => {
    if (isConfigFile(event.document.uri)) configChanged()
    else schedule(event.document.uri, 0)
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    justOpened.delete(uri)
    received.delete(uri)
    state.delete(uri)
    inflight.delete(uri)
    settingsCache.delete(uri)
    linter.forget(uri)
    reported.forget(uri)
    if (!client.pull) void connection.sendDiagnostics({uri, diagnostics: []})
  })

  connection.onDidChangeConfiguration((params) => {
    pushedSettings = params?.settings
    shown.clear()
    refreshAll()
  })
  connection.onDidChangeWatchedFiles((params) => {
    if (params?.changes?.some((change) => isConfigFile(change.uri))) configChanged()
  })

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', async (params, token: CancellationToken) => {
      await new Promise((resolve) => setImmediate(resolve)) // let a $/cancelRequest arrive first
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled', {retriggerRequest: true})
      const uri = params.textDocument.uri
      const checked = await check(uri)
      // The check itself is kept (the next pull is then instant); only this answer is dropped.
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled', {retriggerRequest: true})
      // Overtaken by a newer version or config: ask the client to pull again.
      if (checked === stale) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Superseded by a newer version', {retriggerRequest: true})
      codeCacheReady()
      const items = (checked?.diagnostics ?? []) as Diagnostic[]
      // LSP's way of not sending the same list again: the client keeps the one it has.
      const resultId = `${session}-${reported.resultId(uri, items)}`
      if (params.previousResultId === resultId) return {kind: 'unchanged' as const, resultId}
      return {kind: 'full' as const, resultId, items}
    })
  )

  connection.onHover(
    guard('textDocument/hover', async (params) => {
      const checked = await check(params.textDocument.uri)
      return checked && checked !== stale ? hoverAt(checked, params.position) : null
    })
  )

  connection.onCodeAction(
    guard('textDocument/codeAction', async (params) => {
      const uri = params.textDocument.uri
      const document = documents.get(uri)
      if (!document) return []
      const settings = await settingsFor(uri)
      const format = formatFor(document.languageId, uri, settings.languages)
      if (!format) return []
      // The last check, even of an older version than the document's: the client's diagnostics
      // are resolved in it by id (or rule and range), and edits are checked against the text now.
      // None yet (just opened, or a config change dropped it): check now.
      let checked = state.get(uri)
      if (!checked) {
        const fresh = await check(uri)
        checked = fresh === stale ? undefined : fresh
      }
      const now = documents.get(uri)
      if (!now) return []
      const filePath = uriToPath(uri)
      return buildCodeActions({
        document: now,
        format,
        diagnostics: params.context.diagnostics,
        checked,
        only: params.context.only,
        allowTarget: filePath ? allowTarget(filePath, checked?.configFile ?? null) : undefined
      })
    })
  )

  connection.onExecuteCommand(
    guard('workspace/executeCommand', async (params) => {
      const args = params.arguments
      switch (params.command) {
        case commands.fixAll: {
          const uri = uriArgument(args, params.command)
          const document = documents.get(uri)
          const checked = await check(uri)
          if (checked === stale) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; run the command again')
          if (!document || !checked) throw new ResponseError(ErrorCodes.InvalidParams, `Unexpected document ${uri}: it is not open or not checked by luxlint`)
          const edits = fixAllEdits(document, checked)
          if (edits.length === 0) return {applied: 0}
          const result = await connection.workspace.applyEdit({label: 'luxlint: fix all', edit: {changes: {[uri]: edits}}})
          return {applied: result.applied ? edits.length : 0}
        }
        case commands.explain: {
          const uri = uriArgument(args, params.command)
          const position = positionArgument(args, params.command)
          const checked = await check(uri)
          if (checked === stale) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; run the command again')
          if (!checked) throw new ResponseError(ErrorCodes.InvalidParams, `Unexpected document ${uri}: it is not open or not checked by luxlint`)
          return explain(checked, position)
        }
        case commands.rules:
          return rulesTable(allRules())
        case commands.allowPhrase: {
          const configUri = uriArgument(args, params.command)
          const phrase = args?.[1]
          const file = uriToPath(configUri)
          if (typeof phrase !== 'string' || !phrase.trim() || !file || !isConfigFile(configUri)) {
            throw new ArgumentError(`Expected a config file URI and a phrase as the arguments of ${params.command}`)
          }
          writeAllow(file, phrase)
          configChanged()
          return {file}
        }
        default:
          throw new ResponseError(ErrorCodes.MethodNotFound, `Unexpected command ${String(params.command)}`)
      }
    })
  )

  function allowTarget(filePath: string, configFile: string | null): AllowTarget {
    const fileName = allowConfigPath(filePath, configFile, folders)
    const uri = pathToUri(fileName)
    const open = documents.get(uri)
    let text: string | null = open ? open.getText() : null
    if (!open) {
      try {
        text = fs.readFileSync(fileName, 'utf8')
      } catch {
        text = null
      }
    }
    return {uri, fileName, text, canCreate: client.createFiles}
  }

  /** Write the config directly (client without file creation); write-then-rename so it is never half-written. */
  function writeAllow(file: string, phrase: string): void {
    let text: string | null = null
    if (fs.existsSync(file)) text = fs.readFileSync(file, 'utf8')
    const changes = addAllowChanges(file, text, phrase)
    if (changes.length === 0) return
    const temporary = `${file}.${process.pid}.tmp`
    fs.writeFileSync(temporary, applyChanges(text ?? '', changes))
    fs.renameSync(temporary, file)
  }

  /** Any handler failure becomes one log line and an error response; the server goes on. */
  function guard<P, R>(method: string, handler: (params: P, token: CancellationToken) => Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token)
      } catch (error) {
        if (error instanceof ResponseError) {
          if (error.code !== LSPErrorCodes.ServerCancelled) log(`${method}: ${error.message}`)
          throw error
        }
        const invalid = error instanceof ArgumentError || error instanceof TypeError
        const message = invalid ? `Unexpected ${method} request: ${errorText(error)}` : `${method} failed: ${errorText(error)}`
        log(message)
        throw new ResponseError(invalid ? ErrorCodes.InvalidParams : ErrorCodes.InternalError, message)
      }
    }
  }

  connection.onShutdown(() => linter.dispose())
  documents.listen(connection)
  connection.listen()
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}
