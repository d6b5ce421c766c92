/** The language server's files the extension ships: [name in @luxlint/lsp-server's dist, name in ours]. */
export declare const serverFiles: ReadonlyArray<readonly [from: string, to: string]>
