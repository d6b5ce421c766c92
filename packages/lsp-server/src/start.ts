// The language server as a program: checks the transport argument, then serves the editor.
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'
import {hasTransport} from './transport.js'

const args = process.argv.slice(2)

if (args.includes('--version')) {
  process.stdout.write('luxlint-lsp 0.1.0\n')
} else if (!hasTransport(args)) {
  process.stderr.write('luxlint-lsp: Expected a transport: --stdio or --node-ipc (started by an editor, not by hand)\n')
  process.exitCode = 2
} else {
  // One broken event must not take the editor's linter down: log a line and go on.
  process.on('uncaughtException', (error) => process.stderr.write(`luxlint-lsp: unexpected error: ${error.message}\n`))
  process.on('unhandledRejection', (error) => process.stderr.write(`luxlint-lsp: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`))
  startServer(createConnection(ProposedFeatures.all))
}
