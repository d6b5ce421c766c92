import fs from 'node:fs'
import {execSync} from 'node:child_process'
import {compileTerms} from './dist/index.js'
const c = compileTerms({})
const files = execSync("find /work/main/node_modules/.pnpm -name 'README.md' -size +1k").toString().trim().split('\n')
let text = ''
for (const f of files) text += fs.readFileSync(f, 'utf8')
while (text.length < 10e6) text += text
console.log('MB', text.length / 1e6)
function time(name, fn) { const t0 = performance.now(); const n = fn(); console.log(name, (performance.now() - t0).toFixed(0), 'ms', n) }
const words = c.anchors.source.split('|')
time('anchors iu', () => { const re = new RegExp(c.anchors.source, 'giu'); let n = 0; while (re.exec(text)) n++; return n })
time('lower + g', () => { const low = text.toLowerCase(); const re = new RegExp(c.anchors.source, 'g'); let n = 0; while (re.exec(low)) n++; return n })
const set = new Set(words.map((w) => w.replace(/\\/g, '')))
time('token scan set', () => { const re = /[\p{L}\p{M}\p{N}]+/gu; let n = 0, m; while ((m = re.exec(text))) { if (set.has(m[0].toLowerCase())) n++ } return n })
time('token scan ascii-fast', () => { const re = /[A-Za-z\u00C0-\uFFFF]+/g; let n = 0, m; while ((m = re.exec(text))) { const w = m[0]; if (w.length >= 4 && set.has(w.toLowerCase())) n++ } return n })
time('indexOf per anchor on lower', () => { const low = text.toLowerCase(); let n = 0; for (const w of set) { let i = -1; while ((i = low.indexOf(w, i + 1)) !== -1) n++ } return n })
