// Builds the extension: package.json `contributes` from src/settings.ts and src/commands.ts,
// the client and the language server bundled into dist/, then luxlint-<version>.vsix.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifestPath = path.join(root, 'package.json')

const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root}

// 1. contributes: evaluate the declarations (they import core's profile list) and write them in.
const generated = await esbuild.build({...common, entryPoints: ['src/contributes.ts'], format: 'esm', write: false})
const {contributes} = await import(`data:text/javascript;base64,${Buffer.from(generated.outputFiles[0].text).toString('base64')}`)
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
const before = JSON.stringify(manifest.contributes)
manifest.contributes = contributes()
if (JSON.stringify(manifest.contributes) !== before) {
  fs.writeFileSync(`${manifestPath}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(`${manifestPath}.tmp`, manifestPath) // never a half-written package.json
  console.log('package.json: contributes regenerated')
}

// 2. Bundles: VS Code loads the client with require(); the server runs as its own Node process.
fs.rmSync(path.join(root, 'dist'), {recursive: true, force: true})
fs.rmSync(path.join(root, `luxlint-${manifest.version}.vsix`), {force: true}) // a failed build leaves none to test
await esbuild.build({...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode']})
// The server is @luxlint/lsp-server's own program (transport check, crash guards), core included:
// dist/start.js, what its `luxlint-lsp` loader runs bundled. It starts lint-worker.js from beside
// itself (import.meta.url), so that file is bundled beside it too.
const lspManifest = createRequire(manifestPath).resolve('@luxlint/lsp-server/package.json')
const serverEntry = path.join(path.dirname(lspManifest), 'dist', 'start.js')
const workerEntry = path.join(path.dirname(serverEntry), 'lint-worker.js')
const server = {
  ...common,
  format: 'cjs',
  // jsonc-parser's UMD main hides its requires from the bundler; its ES module does not.
  mainFields: ['module', 'main'],
  define: {'import.meta.url': '__luxlintModuleUrl'},
  banner: {js: "const __luxlintModuleUrl = require('node:url').pathToFileURL(__filename).href;"}
}
await esbuild.build({...server, entryPoints: [serverEntry], outfile: 'dist/server.js'})
if (fs.existsSync(workerEntry)) await esbuild.build({...server, entryPoints: [workerEntry], outfile: 'dist/lint-worker.js'})

// 3. The .vsix; dependencies are inside the bundles, so vsce must not collect node_modules. The
// README's screenshot ships inside it: VS Code shows it without fetching anything from the web.
const vsix = `luxlint-${manifest.version}.vsix`
const vsce = path.join(root, 'node_modules', '.bin', 'vsce')
const packaged = spawnSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], {cwd: root, stdio: 'inherit'})
if (packaged.status !== 0) {
  console.error(`vsce package failed (exit ${packaged.status ?? packaged.signal})`)
  process.exit(1)
}
