import fs from 'node:fs'
import {execSync} from 'node:child_process'
import {lint} from './dist/index.js'
import {markdownChunks} from './dist/extract/chunks.js'
import {LineIndex} from './dist/positions.js'
const files = execSync("find /work/main/node_modules/.pnpm -name 'README.md' -size +1k").toString().trim().split('\n')
let big = ''
for (const f of files) big += fs.readFileSync(f, 'utf8') + '\n\nThe police found child pornography on the server.\n\n'
while (big.length < 1.2e6) big += big
const doc = big.slice(0, 1e6)
for (let i = 0; i < 3; i++) lint(doc)
const t = (name, fn, n = 10) => { const t0 = performance.now(); for (let i = 0; i < n; i++) fn(); console.log(name, ((performance.now() - t0) / n).toFixed(1), 'ms') }
t('lint 1MB', () => lint(doc))
t('chunks 1MB', () => markdownChunks(doc))
t('lower+anchors', () => { const l = doc.toLowerCase(); return l.length })
t('LineIndex', () => new LineIndex(doc))
