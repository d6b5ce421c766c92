// Builds the extension: package.json `contributes` from src/settings.ts and src/commands.ts,
// the client bundled and the language server copied into dist/, then luxlint-<version>.vsix.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'
import {serverFiles} from './server-files.mjs'

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

// 2. dist/: VS Code loads the client with require(); the server runs as its own Node process.
fs.rmSync(path.join(root, 'dist'), {recursive: true, force: true})
fs.rmSync(path.join(root, `luxlint-${manifest.version}.vsix`), {force: true}) // a failed build leaves none to test
await esbuild.build({...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode']})
// The server is @luxlint/lsp-server's own build, copied as it is: its one bundle (core included)
// and the loader that runs it from a V8 code cache in the user's cache folder, which made a cold
// open of a 1 MB document about twice as fast. The loader finds the bundle beside itself and
// starts the lint worker from itself, so the worker runs the same bundle with its own cache. It is
// an ES module and this package is CommonJS: its copy is named .mjs.
const lspDist = path.join(path.dirname(createRequire(manifestPath).resolve('@luxlint/lsp-server/package.json')), 'dist')
fs.mkdirSync(path.join(root, 'dist'), {recursive: true})
for (const [from, to] of serverFiles) {
  const source = path.join(lspDist, from)
  if (!fs.existsSync(source)) {
    console.error(`${path.relative(root, source)} is missing: build @luxlint/lsp-server first`)
    process.exit(1)
  }
  fs.copyFileSync(source, path.join(root, 'dist', to))
}
// esbuild writes the licences it keeps beside the bundle (none so far); they ship with it.
for (const name of fs.readdirSync(lspDist).filter((name) => name.startsWith('luxlint-lsp.cjs.') && name.endsWith('.txt'))) {
  fs.copyFileSync(path.join(lspDist, name), path.join(root, 'dist', name))
}

// 3. The .vsix; dependencies are inside the bundles, so vsce must not collect node_modules. The
// README's screenshot ships inside it: VS Code shows it without fetching anything from the web.
const vsix = `luxlint-${manifest.version}.vsix`
const vsce = path.join(root, 'node_modules', '.bin', 'vsce')
const packaged = spawnSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], {cwd: root, stdio: 'inherit'})
if (packaged.status !== 0) {
  console.error(`vsce package failed (exit ${packaged.status ?? packaged.signal})`)
  process.exit(1)
}
