/**
 * What the language client starts: @luxlint/lsp-server's loader, copied by scripts/build.mjs
 * (scripts/server-files.mjs). It runs the server's bundle beside it from a V8 code cache in the
 * user's cache folder and starts the lint worker from itself, so the worker has its own cache.
 */
export const serverModule = 'dist/server.mjs'
