/* global lunr, runQueries */
// Fetches index.json, times JSON.parse and lunr.Index.load, then runQueries() with performance.now().
window.benchIndex = function (n, warmup) {
  var t0 = performance.now()
  return fetch('index.json').then(function (r) { return r.text() }).then(function (text) {
    var t1 = performance.now()
    var data = JSON.parse(text)
    var t2 = performance.now()
    var idx = lunr.Index.load(data)
    var t3 = performance.now()
    var result = runQueries(lunr, idx, n, warmup, function () { return performance.now() })
    result.fetch_ms = t1 - t0
    result.parse_ms = t2 - t1
    result.load_ms = t3 - t2
    result.bytes = text.length
    result.user_agent = navigator.userAgent
    return result
  })
}
