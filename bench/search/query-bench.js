// Query-latency benchmark shared by node (query.js) and the browser (page/index.html, browser.sh).
// runQueries(lunr, idx, n, warmup, now) times n queries drawn deterministically from the index's terms:
// plain words, two words, prefix*, fuzzy~1, title:, +/-, ^boost, and the live-typing shape search.js uses
// (every word as a term, plus at most 16 completions of the last one at boost 0.5). warmup queries run first
// and are not counted. Returns {terms, queries, median_ms, p95_ms, max_ms, avg_hits, kinds: {kind: median_ms}}.
(function (root) {
  'use strict'
  function runQueries (lunr, idx, n, warmup, now) {
    var terms = Object.keys(idx.invertedIndex).filter(function (t) { return /^[a-z]{3,}$/.test(t) })
    var seed = 12345
    function rnd (k) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k }
    function pick () { return terms[rnd(terms.length)] }
    // search.js's live shape: every word as a term, plus at most 16 completions (shortest first) of the last one
    var sorted = Object.keys(idx.invertedIndex).sort()
    function completions (prefix) {
      var lo = 0
      var hi = sorted.length
      while (lo < hi) { var mid = (lo + hi) >>> 1; if (sorted[mid] < prefix) lo = mid + 1; else hi = mid }
      var out = []
      for (var i = lo; i < sorted.length && sorted[i].lastIndexOf(prefix, 0) === 0; i++) out.push(sorted[i])
      if (out.length > 16) {
        out.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1) })
        out.length = 16
      }
      return out
    }
    function live (words) {
      return function () {
        return idx.query(function (q) {
          words.forEach(function (t, i) {
            q.term(t, {})
            if (i === words.length - 1) completions(t).forEach(function (c) { q.term(c, { usePipeline: false, boost: 0.5 }) })
          })
        })
      }
    }
    var kinds = [
      ['plain', function () { return pick() }],
      ['two words', function () { return pick() + ' ' + pick() }],
      ['prefix*', function () { return pick().slice(0, 3) + '*' }],
      ['fuzzy~1', function () { return pick() + '~1' }],
      ['title:', function () { return 'title:' + pick() }],
      ['+/-', function () { return '+' + pick() + ' -' + pick() }],
      ['^boost', function () { return pick() + '^10 ' + pick() }],
      ['live', function () { var a = pick(); var b = pick(); return live([a, b.slice(0, 2 + rnd(4))]) }]
    ]
    var times = []
    var byKind = {}
    var hits = 0
    for (var i = 0; i < warmup + n; i++) {
      var kind = kinds[i % kinds.length]
      var q = kind[1]()
      var t0 = now()
      var results = typeof q === 'function' ? q() : idx.search(q)
      var ms = now() - t0
      if (i < warmup) continue
      hits += results.length
      times.push(ms);
      (byKind[kind[0]] = byKind[kind[0]] || []).push(ms)
    }
    function median (a) { a = a.slice().sort(function (x, y) { return x - y }); return a[Math.floor(a.length / 2)] }
    var sorted = times.slice().sort(function (x, y) { return x - y })
    var kindMedians = {}
    Object.keys(byKind).forEach(function (k) { kindMedians[k] = median(byKind[k]) })
    return {
      terms: terms.length,
      queries: n,
      median_ms: sorted[Math.floor(n / 2)],
      p95_ms: sorted[Math.floor(n * 0.95)],
      max_ms: sorted[n - 1],
      avg_hits: hits / n,
      kinds: kindMedians
    }
  }
  if (typeof module === 'object' && module.exports) module.exports = runQueries
  else root.runQueries = runQueries
})(this)
