#!/usr/bin/env node
// usage: node query.js INDEX.json [N]
// Query latency in node (proxy for the browser; browser.sh measures Chromium): lunr.Index.load time, then the
// queries of query-bench.js (the same ones the browser bench runs), 20 warm-up queries excluded.
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require(path.join(__dirname, '../../tests/lunr-verify/node_modules/lunr'))
const runQueries = require('./query-bench.js')
const text = fs.readFileSync(process.argv[2], 'utf8')
const n = Number(process.argv[3] || 500)
const now = () => Number(process.hrtime.bigint()) / 1e6
const t0 = now()
const idx = lunr.Index.load(JSON.parse(text))
const loadMs = now() - t0
const r = runQueries(lunr, idx, n, 20, now)
const kinds = Object.keys(r.kinds).map(k => `${k}=${r.kinds[k].toFixed(2)}`).join(' ')
console.log(`node query index=${path.basename(process.argv[2])} terms=${r.terms} load_ms=${loadMs.toFixed(1)} queries=${n} median_ms=${r.median_ms.toFixed(2)} p95_ms=${r.p95_ms.toFixed(2)} max_ms=${r.max_ms.toFixed(2)} avg_hits=${r.avg_hits.toFixed(1)}`)
console.log(`  median_ms by kind: ${kinds}`)
