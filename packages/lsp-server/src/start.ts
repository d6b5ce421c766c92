// The language server as a program: checks the transport argument, then serves the editor.
import fs from 'node:fs'
import net from 'node:net'
import {format} from 'node:util'
import {createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader} from 'vscode-languageserver/node'
import {publishEncoder} from './publish-encoding.js'
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
  const output = protocolOutput(args)
  startServer(connect(args, output), output)
}

/**
 * Over stdio, diagnostics are encoded from pieces kept per finding (publish-encoding.ts), which
 * needs a writer of our own. Other transports (Node IPC encodes in Node itself) as the library
 * chooses them.
 */
function connect(args: readonly string[], output: NodeJS.WritableStream): Connection {
  if (!args.includes('--stdio')) return createConnection(ProposedFeatures.all)
  // stdout carries the protocol: anything logged goes to stderr instead (the library does the
  // same for the transport it sets up itself).
  for (const name of ['log', 'info', 'debug', 'warn', 'error'] as const) console[name] = (...values: unknown[]) => void process.stderr.write(`${format(...values)}\n`)
  const writer = new StreamMessageWriter(output, {charset: 'utf-8', contentTypeEncoder: publishEncoder})
  // Given stdin as a stream (its types name only a reader with a writer), the library reads it
  // and ends the process when it closes, as it does for --stdio.
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer)
}

/**
 * Where the protocol goes over stdio. Node writes to a pipe or socket on stdout synchronously (on Linux):
 * a 150 KB publish kept the server waiting until the editor had read all but the pipe's 64 KB
 * of it. Through a stream of its own on the same pipe, the server hands the message over and
 * goes on while the editor reads.
 */
function protocolOutput(args: readonly string[]): NodeJS.WritableStream {
  try {
    // A pipe, or the socket pair editors' process libraries (libuv's among them) make for stdio.
    const stat = args.includes('--stdio') ? fs.fstatSync(1) : undefined
    if (stat?.isFIFO() || stat?.isSocket()) return new net.Socket({fd: 1, readable: false, writable: true})
  } catch {
    // Not a pipe we can open as a stream: stdout as it is.
  }
  return process.stdout
}
