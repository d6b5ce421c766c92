#!/usr/bin/env node
// The `luxlint-lsp` command. The build replaces this file with a loader that runs the bundled
// server (dist/luxlint-lsp.cjs) from a V8 code cache; this is what it runs unbundled.
import './start.js'
