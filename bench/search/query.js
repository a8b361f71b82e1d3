#!/usr/bin/env node
// usage: node query.js INDEX.json [N]
// Proxy for browser query latency: lunr.Index.load time, then the median and p95 of N queries
// (plain words, prefix*, fuzzy~1, field-scoped, +/-) drawn deterministically from the index's terms.
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require(path.join(__dirname, '../../tests/lunr-verify/node_modules/lunr'))
const text = fs.readFileSync(process.argv[2], 'utf8')
const n = Number(process.argv[3] || 500)
let t0 = process.hrtime.bigint()
const idx = lunr.Index.load(JSON.parse(text))
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6
const terms = Object.keys(idx.invertedIndex).filter(t => /^[a-z]{3,}$/.test(t))
let seed = 12345
const rnd = (k) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k }
const pick = () => terms[rnd(terms.length)]
const kinds = [
  () => pick(), () => pick() + ' ' + pick(), () => pick().slice(0, 3) + '*', () => pick() + '~1',
  () => 'title:' + pick(), () => '+' + pick() + ' -' + pick(), () => pick() + '^10 ' + pick()
]
const times = []
let hits = 0
for (let i = 0; i < n; i++) {
  const q = kinds[i % kinds.length]()
  t0 = process.hrtime.bigint()
  hits += idx.search(q).length
  times.push(Number(process.hrtime.bigint() - t0) / 1e6)
}
times.sort((a, b) => a - b)
console.log(`node query index=${path.basename(process.argv[2])} terms=${terms.length} load_ms=${loadMs.toFixed(1)} queries=${n} median_ms=${times[Math.floor(n / 2)].toFixed(2)} p95_ms=${times[Math.floor(n * 0.95)].toFixed(2)} max_ms=${times[n - 1].toFixed(2)} avg_hits=${(hits / n).toFixed(1)}`)
