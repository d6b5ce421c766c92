import * as vscode from 'vscode'

/**
 * Read-only Markdown documents (`luxlint:Explanation.md`, `luxlint:Rules.md`) shown in VS Code's
 * Markdown preview. Read-only so closing them never asks to save an untitled file.
 */
export class MarkdownPages implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'luxlint'
  private readonly pages = new Map<string, string>()
  private readonly changed = new vscode.EventEmitter<vscode.Uri>()
  readonly onDidChange = this.changed.event

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.path) ?? ''
  }

  async show(name: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({scheme: MarkdownPages.scheme, path: name})
    this.pages.set(uri.path, markdown)
    this.changed.fire(uri)
    // Locked, beside the draft: an unlocked preview would follow the draft when it gets focus.
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', uri)
  }
}
