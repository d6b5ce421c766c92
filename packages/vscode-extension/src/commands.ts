/**
 * The commands this extension adds to the Command Palette. They are not the server's own
 * command names (`luxlint.fixAll`, …): vscode-languageclient registers those itself, with the
 * server's argument lists, so ours wrap them with the active editor's document and cursor.
 */
export const commands = {
  fixAll: {id: 'luxlint.fixAllInDocument', title: 'Fix all safe issues in this document'},
  explain: {id: 'luxlint.explainAtCursor', title: 'Explain term at cursor'},
  rules: {id: 'luxlint.showRules', title: 'Show all rules'},
  restart: {id: 'luxlint.restartServer', title: 'Restart server'}
} as const

/** The server's `workspace/executeCommand` names (public API of @luxlint/lsp-server). */
export const serverCommands = {fixAll: 'luxlint.fixAll', explain: 'luxlint.explain', rules: 'luxlint.rules'} as const
