import fs from 'node:fs'
import {execSync} from 'node:child_process'
import {lint} from './dist/index.js'
const files = execSync("find /work/main/node_modules/.pnpm -name 'README.md' -size +1k").toString().trim().split('\n')
let big = ''
let i = 0
for (const f of files) { big += fs.readFileSync(f, 'utf8') + '\n\n```\n```\n\nThe police found child pornography on the server.\n\n'; if (big.length > 11e6) break }
while (big.length < 11e6) big += big
lint(big.slice(0, 200000))
console.log('files', files.length, 'size MB', (big.length / 1e6).toFixed(2))
for (const size of [0.5e6, 1e6, 2e6, 4e6, 10e6]) {
  const doc = big.slice(0, size)
  const t0 = performance.now()
  const n = lint(doc).length
  const t1 = performance.now()
  console.log((size / 1e6).toFixed(1), 'MB', (t1 - t0).toFixed(0), 'ms', n, 'findings')
}
