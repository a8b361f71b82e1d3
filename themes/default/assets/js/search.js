/*
 * SiteGen site search (client). Plain script, no inline code, no eval: works under a strict CSP.
 * Needs /assets/js/lunr.min.js (lunr 2.3.9) loaded first. Data (built by SiteSearchIndex):
 *   search/quick.json     small lunr index (no body text) -- loaded first, so the first results come fast
 *   search/index.json     full lunr index -- loaded in the background, then swapped in
 *   search/docs.json      [{u: url, t: title, k: kind, p: [programs], l: level, x: excerpt}], element i = ref "i"
 *   search/synonyms.json  {groups: [["toi", "transfer of information"], ...]}
 * Page contract: form.sg-search > input#sg-search-input + div#sg-search-live[role=listbox]; on /search/:
 * div#sg-search-results, select#sg-filter-program, select#sg-filter-level; body[data-sg-root].
 */
(function () {
  'use strict'

  var LIVE_LIMIT = 8
  var DEBOUNCE_MS = 120
  var SYNTAX = /[:^~*+\\]|(^|\s)-/
  var PREFIX_TERMS = 16 // at most this many completions of the word being typed (lunr scores every posting of each)

  var root = (document.body && document.body.getAttribute('data-sg-root')) || './'
  if (root.charAt(root.length - 1) !== '/') root += '/'

  var state = { index: null, full: false, docs: null, groups: [], loading: null, terms: null, termsOf: null }

  // ------------------------------------------------------------------ data

  function getJson (path) {
    return fetch(root + path, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(path + ': HTTP ' + r.status)
      return r.json()
    })
  }

  function load () {
    if (state.loading) return state.loading
    if (typeof window.lunr !== 'function') {
      state.loading = Promise.reject(new Error('lunr.min.js is not loaded'))
      return state.loading
    }
    state.loading = Promise.all([
      getJson('search/quick.json'),
      getJson('search/docs.json'),
      getJson('search/synonyms.json').catch(function () { return { groups: [] } })
    ]).then(function (parts) {
      if (!state.full) state.index = window.lunr.Index.load(parts[0])
      state.docs = parts[1]
      state.groups = (parts[2] && parts[2].groups) || []
      getJson('search/index.json').then(function (full) {
        state.index = window.lunr.Index.load(full)
        state.full = true
        refreshAll()
      }).catch(function () { /* keep the quick index */ })
    })
    return state.loading
  }

  // ------------------------------------------------------------------ query

  function words (text) {
    return text.toLowerCase().split(/[\s\-:^~*+\\/"'()[\]{},;!?]+/).filter(function (w) { return w.length > 0 })
  }

  function escapeTerm (w) {
    return w.replace(/[\\:~^+\-*]/g, function (c) { return '\\' + c })
  }

  // Acronym expansion both ways: if the query contains one spelling of a group (as whole words),
  // the other spellings' words are added as optional terms.
  function synonymWords (query) {
    var text = ' ' + words(query).join(' ') + ' '
    var extra = []
    state.groups.forEach(function (group) {
      var hit = group.some(function (member) { return text.indexOf(' ' + words(member).join(' ') + ' ') >= 0 })
      if (!hit) return
      group.forEach(function (member) {
        words(member).forEach(function (w) { if (text.indexOf(' ' + w + ' ') < 0 && extra.indexOf(w) < 0) extra.push(w) })
      })
    })
    return extra
  }

  // The index terms starting with prefix, like lunr's "prefix*", but at most PREFIX_TERMS of them (shortest
  // first): on a 10,000-document index a two-letter prefix matches ~150 terms and "xy*" takes ~300 ms.
  function completions (idx, prefix) {
    if (state.termsOf !== idx) {
      state.terms = Object.keys(idx.invertedIndex).sort()
      state.termsOf = idx
    }
    var terms = state.terms
    var lo = 0
    var hi = terms.length
    while (lo < hi) {
      var mid = (lo + hi) >>> 1
      if (terms[mid] < prefix) lo = mid + 1; else hi = mid
    }
    var out = []
    for (var i = lo; i < terms.length && terms[i].lastIndexOf(prefix, 0) === 0; i++) out.push(terms[i])
    if (out.length > PREFIX_TERMS) {
      out.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1) })
      out.length = PREFIX_TERMS
    }
    return out
  }

  function plainSearch (idx, terms, prefixLast) {
    if (!terms.length) return [] // lunr treats a query without clauses as "all documents"
    return idx.query(function (q) {
      terms.forEach(function (t, i) {
        q.term(t, {})
        if (prefixLast && i === terms.length - 1 && t.length >= 2) {
          completions(idx, t).forEach(function (c) { q.term(c, { usePipeline: false, boost: 0.5 }) })
        }
      })
    })
  }

  // Runs a lunr query; syntax errors (unknown field "ovf:Name", dangling "title:") fall back to plain terms.
  function search (query, live) {
    var idx = state.index
    if (!idx) return []
    var q = query.trim()
    if (!q) return []
    var extra = synonymWords(q)
    var hasSyntax = SYNTAX.test(q)
    if (!hasSyntax) return plainSearch(idx, words(q).concat(extra), live)
    try {
      return idx.search(q + (extra.length ? ' ' + extra.map(escapeTerm).join(' ') : ''))
    } catch (e) {
      return plainSearch(idx, words(q).concat(extra), live)
    }
  }

  // Stems to highlight: each query word trimmed and stemmed as lunr does; "cert*" highlights by prefix.
  function matcher (query) {
    var stems = {}
    var prefixes = []
    var lunr = window.lunr
    var raw = query.toLowerCase().split(/[\s]+/)
    raw.concat(synonymWords(query)).forEach(function (part) {
      part = part.replace(/^[+\-]/, '').replace(/\^[\d.]*$/, '').replace(/~\d*$/, '')
      var colon = part.indexOf(':')
      if (colon >= 0 && part.charAt(colon - 1) !== '\\') part = part.slice(colon + 1)
      part = part.replace(/\\/g, '')
      var star = part.indexOf('*')
      if (star >= 0) {
        var p = part.split('*')[0].replace(/^\W+/, '')
        if (p.length >= 2) prefixes.push(p)
        return
      }
      words(part).forEach(function (w) {
        var t = w.replace(/^\W+/, '').replace(/\W+$/, '')
        if (t) stems[lunr.stemmer(new lunr.Token(t)).toString()] = true
      })
    })
    return function (word) {
      var t = word.toLowerCase().replace(/^\W+/, '').replace(/\W+$/, '')
      if (!t) return false
      if (stems[window.lunr.stemmer(new window.lunr.Token(t)).toString()]) return true
      return prefixes.some(function (p) { return t.indexOf(p) === 0 })
    }
  }

  // ------------------------------------------------------------------ DOM (textContent only, never innerHTML)

  function el (tag, className, text) {
    var e = document.createElement(tag)
    if (className) e.className = className
    if (text !== undefined && text !== null) e.textContent = text
    return e
  }

  function highlighted (tag, className, text, isMatch) {
    var e = el(tag, className)
    var re = /[^\s\-/:]+/g
    var last = 0
    var m
    while ((m = re.exec(text)) !== null) {
      if (!isMatch(m[0])) continue
      if (m.index > last) e.appendChild(document.createTextNode(text.slice(last, m.index)))
      e.appendChild(el('mark', null, m[0]))
      last = m.index + m[0].length
    }
    if (last < text.length) e.appendChild(document.createTextNode(text.slice(last)))
    return e
  }

  function urlOf (doc) {
    return root + String(doc.u || '').replace(/^\//, '')
  }

  function crumbs (doc) {
    var parts = []
    if (doc.p && doc.p.length) parts.push(doc.p.join(', '))
    if (doc.k) parts.push(doc.k)
    if (doc.l) parts.push(doc.l)
    return parts.join(' \u203a ')
  }

  function clear (node) {
    while (node.firstChild) node.removeChild(node.firstChild)
  }

  // ------------------------------------------------------------------ live dropdown

  var input = document.getElementById('sg-search-input')
  var live = document.getElementById('sg-search-live')
  var form = input && input.form
  var active = -1
  var timer = 0

  function liveItems () {
    return live ? live.querySelectorAll('[role="option"]') : []
  }

  function setActive (i) {
    var items = liveItems()
    if (!items.length) { active = -1; return }
    active = (i + items.length) % items.length
    for (var k = 0; k < items.length; k++) items[k].setAttribute('aria-selected', k === active ? 'true' : 'false')
    input.setAttribute('aria-activedescendant', items[active].id)
    if (items[active].scrollIntoView) items[active].scrollIntoView({ block: 'nearest' })
  }

  function closeLive () {
    if (!live) return
    live.hidden = true
    clear(live)
    active = -1
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
  }

  function renderLive () {
    if (!live || !input) return
    var q = input.value
    if (!q.trim() || !state.docs) { closeLive(); return }
    var results = search(q, true).slice(0, LIVE_LIMIT)
    var isMatch = matcher(q)
    clear(live)
    active = -1
    input.removeAttribute('aria-activedescendant')
    results.forEach(function (r, i) {
      var doc = state.docs[Number(r.ref)]
      if (!doc) return
      var item = el('a', 'sg-search-option')
      item.id = 'sg-search-option-' + i
      item.setAttribute('role', 'option')
      item.setAttribute('aria-selected', 'false')
      item.href = urlOf(doc)
      item.tabIndex = -1
      item.appendChild(highlighted('span', 'sg-search-option-title', doc.t, isMatch))
      item.appendChild(el('span', 'sg-search-crumbs', crumbs(doc)))
      live.appendChild(item)
    })
    var all = el('a', 'sg-search-all', results.length ? 'All results for \u201c' + q.trim() + '\u201d' : 'No quick matches \u2014 search all pages for \u201c' + q.trim() + '\u201d')
    all.href = resultsUrl(q)
    all.tabIndex = -1
    live.appendChild(all)
    live.hidden = false
    input.setAttribute('aria-expanded', 'true')
  }

  function resultsUrl (q) {
    return root + 'search/?q=' + encodeURIComponent(q.trim())
  }

  function scheduleLive () {
    clearTimeout(timer)
    timer = setTimeout(function () { load().then(renderLive, showLoadError) }, DEBOUNCE_MS)
  }

  function showLoadError (err) {
    if (window.console) window.console.warn('search unavailable: ' + (err && err.message))
  }

  if (input) {
    if (form) form.setAttribute('action', root + 'search/')
    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-expanded', 'false')
    if (live) {
      if (!live.id) live.id = 'sg-search-live'
      input.setAttribute('aria-controls', live.id)
    }
    input.setAttribute('autocomplete', 'off')

    input.addEventListener('focus', function () { load().catch(showLoadError) })
    input.addEventListener('input', scheduleLive)
    input.addEventListener('keydown', function (e) {
      var items = liveItems()
      if (e.key === 'ArrowDown') {
        if (live && live.hidden) { renderLive(); items = liveItems() }
        if (items.length) { e.preventDefault(); setActive(active + 1) }
      } else if (e.key === 'ArrowUp') {
        if (items.length) { e.preventDefault(); setActive(active - 1) }
      } else if (e.key === 'Enter') {
        e.preventDefault()
        if (active >= 0 && items[active]) window.location.href = items[active].href
        else if (input.value.trim()) window.location.href = resultsUrl(input.value)
      } else if (e.key === 'Escape') {
        if (live && !live.hidden) { e.preventDefault(); closeLive() } else if (input.value) { input.value = '' }
      }
    })
    document.addEventListener('click', function (e) {
      if (form && !form.contains(e.target)) closeLive()
    })
    if (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault()
        if (input.value.trim()) window.location.href = resultsUrl(input.value)
      })
    }
  }

  // "/" focuses the search box unless the user is typing somewhere.
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !input) return
    var t = e.target
    var tag = t && t.tagName
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return
    e.preventDefault()
    input.focus()
    input.select()
  })

  // ------------------------------------------------------------------ results page

  var resultsBox = document.getElementById('sg-search-results')
  var programFilter = document.getElementById('sg-filter-program')
  var levelFilter = document.getElementById('sg-filter-level')

  function params () {
    return new URLSearchParams(window.location.search)
  }

  function fillSelect (select, values, selected) {
    if (!select) return
    var existing = {}
    for (var i = 0; i < select.options.length; i++) existing[select.options[i].value] = true
    if (!select.options.length || (select.options.length === 1 && select.options[0].value === '')) {
      if (!select.options.length) select.appendChild(new Option('All', ''))
      values.forEach(function (v) { if (!existing[v]) select.appendChild(new Option(v, v)) })
    }
    if (selected) select.value = selected
  }

  function initFilters () {
    var programs = {}
    var levels = {}
    state.docs.forEach(function (d) {
      (d.p || []).forEach(function (p) { programs[p] = true })
      if (d.l) levels[d.l] = true
    })
    var p = params()
    fillSelect(programFilter, Object.keys(programs).sort(), p.get('program'))
    fillSelect(levelFilter, ['must', 'should', 'may', 'info'].filter(function (l) { return levels[l] }).concat(Object.keys(levels).filter(function (l) { return ['must', 'should', 'may', 'info'].indexOf(l) < 0 }).sort()), p.get('level'))
    ;[programFilter, levelFilter].forEach(function (s) {
      if (s) s.addEventListener('change', function () { updateUrl(); renderResults() })
    })
  }

  function updateUrl () {
    var p = params()
    ;[['program', programFilter], ['level', levelFilter]].forEach(function (pair) {
      if (pair[1] && pair[1].value) p.set(pair[0], pair[1].value); else p.delete(pair[0])
    })
    if (window.history && window.history.replaceState) window.history.replaceState(null, '', '?' + p.toString())
  }

  function renderResults () {
    if (!resultsBox || !state.docs) return
    var q = params().get('q') || ''
    var program = programFilter ? programFilter.value : ''
    var level = levelFilter ? levelFilter.value : ''
    clear(resultsBox)
    if (!q.trim()) {
      resultsBox.appendChild(el('p', 'sg-search-empty', 'Type a word, a rule id or a section number (for example 3.3.2.2) into the search box.'))
      return
    }
    var isMatch = matcher(q)
    var results = search(q, false).filter(function (r) {
      var doc = state.docs[Number(r.ref)]
      return doc && (!program || (doc.p || []).indexOf(program) >= 0) && (!level || doc.l === level)
    })
    var summary = results.length + (results.length === 1 ? ' result' : ' results') + ' for \u201c' + q.trim() + '\u201d'
    if (program || level) summary += ' (filtered)'
    if (!state.full) summary += ' \u2014 loading full text\u2026'
    resultsBox.appendChild(el('p', 'sg-search-summary', summary))
    if (!results.length) { resultsBox.appendChild(emptyState(q, program || level)); return }
    var list = el('ol', 'sg-search-list')
    results.forEach(function (r) {
      var doc = state.docs[Number(r.ref)]
      var li = el('li', 'sg-search-result')
      var a = el('a', 'sg-search-result-link')
      a.href = urlOf(doc)
      a.appendChild(highlighted('span', 'sg-search-result-title', doc.t, isMatch))
      li.appendChild(a)
      li.appendChild(el('div', 'sg-search-crumbs', crumbs(doc)))
      if (doc.x) li.appendChild(highlighted('p', 'sg-search-excerpt', doc.x, isMatch))
      list.appendChild(li)
    })
    resultsBox.appendChild(list)
  }

  function emptyState (q, filtered) {
    var box = el('div', 'sg-search-empty')
    box.appendChild(el('p', null, 'No pages match \u201c' + q.trim() + '\u201d.'))
    var tips = el('ul', 'sg-search-suggestions')
    function link (text, query) {
      var li = el('li')
      var a = el('a', null, text)
      a.href = resultsUrl(query)
      li.appendChild(a)
      tips.appendChild(li)
    }
    var ws = words(q)
    if (filtered) tips.appendChild(el('li', null, 'Clear the program or level filter.'))
    if (ws.length) link('Allow small typos: ' + ws.map(function (w) { return w + '~1' }).join(' '), ws.map(function (w) { return escapeTerm(w) + '~1' }).join(' '))
    if (ws.length) link('Match word beginnings: ' + ws.map(function (w) { return w + '*' }).join(' '), ws.map(function (w) { return escapeTerm(w) + '*' }).join(' '))
    if (ws.length > 1) tips.appendChild(el('li', null, 'Use fewer words, or an exact rule id or section number.'))
    synonymWords(q).length || state.groups.slice(0, 3).forEach(function (g) { link('Try \u201c' + g[0] + '\u201d', g[0]) })
    box.appendChild(tips)
    return box
  }

  function refreshAll () {
    if (resultsBox) renderResults()
    if (input && live && !live.hidden) renderLive()
  }

  if (resultsBox) {
    var q0 = params().get('q') || ''
    if (input && q0) input.value = q0
    var pageInput = document.getElementById('sg-search-page-input')
    if (pageInput && q0) pageInput.value = q0
    resultsBox.appendChild(el('p', 'sg-search-summary', 'Loading search\u2026'))
    load().then(function () { initFilters(); renderResults() }, function (err) {
      clear(resultsBox)
      resultsBox.appendChild(el('p', 'sg-search-empty', 'Search is unavailable right now (' + (err && err.message) + ').'))
    })
  }
})()
