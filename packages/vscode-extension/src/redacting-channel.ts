import type * as vscode from 'vscode'
import {redact} from './redact'

/**
 * The log channel the language client writes its own log, the server's log and the LSP trace
 * to; with `luxlint.redactOutput` on, nothing from the documents reaches it (or its log file).
 */
export class RedactingChannel implements vscode.LogOutputChannel {
  constructor(
    private readonly channel: vscode.LogOutputChannel,
    private readonly enabled: () => boolean
  ) {}

  get name(): string {
    return this.channel.name
  }

  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel
  }

  private filter(value: string): string {
    return this.enabled() ? redact(value) : value
  }

  private filterAll(args: unknown[]): unknown[] {
    return args.map((arg) => (typeof arg === 'string' ? this.filter(arg) : arg))
  }

  trace(message: string, ...args: unknown[]): void {
    this.channel.trace(this.filter(message), ...this.filterAll(args))
  }

  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(this.filter(message), ...this.filterAll(args))
  }

  info(message: string, ...args: unknown[]): void {
    this.channel.info(this.filter(message), ...this.filterAll(args))
  }

  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(this.filter(message), ...this.filterAll(args))
  }

  error(error: string | Error, ...args: unknown[]): void {
    const message = typeof error === 'string' ? error : error.message
    this.channel.error(this.filter(message), ...this.filterAll(args))
  }

  append(value: string): void {
    this.channel.append(this.filter(value))
  }

  appendLine(value: string): void {
    this.channel.appendLine(this.filter(value))
  }

  replace(value: string): void {
    this.channel.replace(this.filter(value))
  }

  clear(): void {
    this.channel.clear()
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.channel.show(columnOrPreserveFocus)
    else this.channel.show(columnOrPreserveFocus, preserveFocus)
  }

  hide(): void {
    this.channel.hide()
  }

  dispose(): void {
    this.channel.dispose()
  }
}
