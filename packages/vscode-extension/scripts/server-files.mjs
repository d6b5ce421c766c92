// The language server's files the extension ships, as [name in @luxlint/lsp-server's dist, name
// in ours]: its loader (an ES module, so .mjs in this CommonJS package) and the bundle it runs,
// which must keep its name (the loader looks for it beside itself). src/extension.ts starts the
// loader; the build copies them and the tests check the .vsix holds them.
export const serverFiles = [
  ['bin.js', 'server.mjs'],
  ['luxlint-lsp.cjs', 'luxlint-lsp.cjs']
]
