#!/usr/bin/env node
// usage: node build-phase.js DOCS.json RUNS
// Times only lunr.js's build phase (lunr(...) + JSON.stringify) in-process, after loading the docs;
// first run excluded as warm-up. Prints the median in ms.
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require(path.join(__dirname, '../../tests/lunr-verify/node_modules/lunr'))
const docs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const runs = Number(process.argv[3] || 5)
const times = []
let bytes = 0
for (let r = 0; r <= runs; r++) {
  const t0 = process.hrtime.bigint()
  const idx = lunr(function () {
    this.ref('ref')
    this.field('title', { boost: 10 }); this.field('id', { boost: 5 }); this.field('body'); this.field('program'); this.field('tags')
    for (const d of docs) this.add(d)
  })
  bytes = JSON.stringify(idx).length
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r > 0) times.push(ms)
}
times.sort((a, b) => a - b)
console.log(`node build-phase docs=${docs.length} runs=${runs} chars=${bytes} median_ms=${times[Math.floor(times.length / 2)].toFixed(1)} first_run_excluded`)
