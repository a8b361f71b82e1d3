#!/usr/bin/env node
// usage: node rank.js SEARCH_DIR QUERIES.json [--top N] [--index quick|index]
// Runs queries the way the site's client does (themes/default/assets/js/search.js: words(), glossary synonym
// expansion, plain-term queries, lunr syntax when the query uses it, plain-term fallback on a parse error)
// against SEARCH_DIR/index.json (or quick.json) with real lunr.js, and prints, as JSON, for each query its
// top N results: [{q, results: [{ref, score, u, t, k}]}].
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require(path.join(__dirname, '../../lunr-verify/node_modules/lunr')) // tests/lunr-verify pins lunr 2.3.9

const args = process.argv.slice(2)
const opt = (name, dflt) => { const i = args.indexOf(name); if (i < 0) return dflt; const v = args[i + 1]; args.splice(i, 2); return v }
const top = Number(opt('--top', 10))
const which = opt('--index', 'index')
if (args.length !== 2) { console.error('usage: node rank.js SEARCH_DIR QUERIES.json [--top N] [--index quick|index]'); process.exit(2) }
const dir = args[0]
const read = f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
const idx = lunr.Index.load(read(which + '.json'))
const docs = read('docs.json')
const groups = fs.existsSync(path.join(dir, 'synonyms.json')) ? read('synonyms.json').groups : []
const queries = JSON.parse(fs.readFileSync(args[1], 'utf8'))

// --- the same query shaping as search.js (keep in step with it) ---
const SYNTAX = /[:^~*+\\]|(^|\s)-/
function words (text) {
  return text.toLowerCase().split(/[\s\-:^~*+\\/"'()[\]{},;!?]+/).filter(w => w.length > 0)
}
function escapeTerm (w) { return w.replace(/[\\:~^+\-*]/g, c => '\\' + c) }
function synonymWords (query) {
  const text = ' ' + words(query).join(' ') + ' '
  const extra = []
  groups.forEach(group => {
    const hit = group.some(member => text.indexOf(' ' + words(member).join(' ') + ' ') >= 0)
    if (!hit) return
    group.forEach(member => words(member).forEach(w => { if (text.indexOf(' ' + w + ' ') < 0 && extra.indexOf(w) < 0) extra.push(w) }))
  })
  return extra
}
function plainSearch (terms) { // the results page's shape; live results also add completions of the last word
  if (!terms.length) return []
  return idx.query(q => terms.forEach(t => q.term(t, {})))
}
function search (query) {
  const q = query.trim()
  if (!q) return []
  const extra = synonymWords(q)
  if (!SYNTAX.test(q)) return plainSearch(words(q).concat(extra))
  try {
    return idx.search(q + (extra.length ? ' ' + extra.map(escapeTerm).join(' ') : ''))
  } catch (e) {
    return plainSearch(words(q).concat(extra))
  }
}

const out = queries.map(q => ({
  q,
  results: search(q).slice(0, top).map(r => {
    const d = docs[Number(r.ref)] || {}
    return { ref: r.ref, score: Math.round(r.score * 1000) / 1000, u: d.u, t: d.t, k: d.k }
  })
}))
process.stdout.write(JSON.stringify(out, null, 1) + '\n')
