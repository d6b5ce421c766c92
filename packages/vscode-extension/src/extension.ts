import * as vscode from 'vscode'
import {ExecuteCommandRequest, LanguageClient, TransportKind} from 'vscode-languageclient/node'
import {commands, serverCommands} from './commands'
import {documentSelector} from './document-selector'
import {MarkdownPages} from './markdown-pages'
import {RedactingChannel} from './redacting-channel'
import {serverModule} from './server-module'
import {statusText, statusTooltip} from './status-text'

let client: Promise<LanguageClient> | undefined

export function activate(context: vscode.ExtensionContext): void {
  const config = () => vscode.workspace.getConfiguration('luxlint')
  const channel = vscode.window.createOutputChannel('luxlint', {log: true})
  const output = new RedactingChannel(channel, () => config().get<boolean>('redactOutput', true))
  const pages = new MarkdownPages()
  const status = vscode.window.createStatusBarItem('luxlint.status', vscode.StatusBarAlignment.Right, 100)
  status.name = 'luxlint'
  status.command = 'workbench.actions.view.problems'
  const selector = () => documentSelector(config().get<unknown[]>('languages', []))
  const wanted = (document: vscode.TextDocument) => vscode.languages.match(selector(), document) > 0

  // The server starts with the first document luxlint checks, not with every window.
  const ensureClient = (): Promise<LanguageClient> => {
    // A failed start is forgotten, so the next document or "Restart server" tries again.
    client ??= startClient(context.asAbsolutePath(serverModule), selector(), output).catch((error: unknown) => {
      client = undefined
      throw error
    })
    return client
  }
  const restart = async () => {
    await stopClient()
    await ensureClient()
  }
  const startIfWanted = (document: vscode.TextDocument) => {
    if (!client && wanted(document)) ensureClient().catch(() => {}) // the client has logged and shown the error
  }

  const updateStatus = () => {
    const document = vscode.window.activeTextEditor?.document
    if (!document || !wanted(document)) return status.hide()
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'luxlint')
    // Count what the Problems panel lists, which leaves out hints.
    const notes = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Hint).length
    const settings = vscode.workspace.getConfiguration('luxlint', document)
    const profile = settings.get<string>('profile') || undefined
    const enabled = settings.get<boolean>('enable', true)
    status.text = statusText(ours.length - notes, profile, enabled)
    status.tooltip = statusTooltip(ours.length - notes, notes, profile, enabled)
    status.show()
  }

  // Run a server command on the active editor's document; the server applies edits itself.
  const onActiveDocument = async (command: string, withPosition: boolean) => {
    const editor = vscode.window.activeTextEditor
    if (!editor || !wanted(editor.document)) {
      void vscode.window.showInformationMessage('luxlint: open a document luxlint checks first.')
      return undefined
    }
    const {line, character} = editor.selection.active
    const args: unknown[] = [editor.document.uri.toString(), ...(withPosition ? [{line, character}] : [])]
    return (await ensureClient()).sendRequest(ExecuteCommandRequest.type, {command, arguments: args})
  }

  context.subscriptions.push(
    channel,
    status,
    vscode.workspace.registerTextDocumentContentProvider(MarkdownPages.scheme, pages),
    vscode.commands.registerCommand(commands.fixAll.id, () => onActiveDocument(serverCommands.fixAll, false)),
    vscode.commands.registerCommand(commands.explain.id, async () => {
      const result = (await onActiveDocument(serverCommands.explain, true)) as {markdown: string} | undefined
      if (result) await pages.show('Explanation.md', result.markdown)
    }),
    vscode.commands.registerCommand(commands.rules.id, async () => {
      const result = (await (await ensureClient()).sendRequest(ExecuteCommandRequest.type, {command: serverCommands.rules})) as {markdown: string}
      await pages.show('Rules.md', result.markdown)
    }),
    vscode.commands.registerCommand(commands.restart.id, restart),
    vscode.workspace.onDidOpenTextDocument(startIfWanted),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The document selector is fixed when a client starts, so new languages need a new client;
      // after a tick, so the old client first sends this change without a 'Starting server failed'.
      if (event.affectsConfiguration('luxlint.languages') && client) setTimeout(() => void restart(), 0)
      if (event.affectsConfiguration('luxlint')) updateStatus()
    })
  )
  vscode.workspace.textDocuments.forEach(startIfWanted)
  updateStatus()
}

export function deactivate(): Promise<void> {
  return stopClient()
}

async function startClient(serverModule: string, selector: ReturnType<typeof documentSelector>, output: vscode.LogOutputChannel) {
  const server = {module: serverModule, transport: TransportKind.ipc}
  const languageClient = new LanguageClient(
    'luxlint',
    'luxlint',
    {run: server, debug: server},
    {documentSelector: selector, outputChannel: output, synchronize: {configurationSection: 'luxlint'}}
  )
  await languageClient.start()
  return languageClient
}

async function stopClient(): Promise<void> {
  const stopping = client
  client = undefined
  const running = await stopping?.catch(() => undefined) // a client that never started has nothing to stop
  await running?.stop()
}
