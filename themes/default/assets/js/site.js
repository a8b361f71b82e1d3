// SiteGen default theme: progressive enhancements only; every page works without JavaScript.
(function () {
  'use strict';

  function filterTables() {
    document.querySelectorAll('[data-sg-filter-for]').forEach(function (bar) {
      var table = document.getElementById(bar.getAttribute('data-sg-filter-for'));
      if (!table) { return; }
      var selects = Array.prototype.slice.call(bar.querySelectorAll('select[data-sg-filter]'));
      var output = bar.querySelector('.sg-filter-count');
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var key = select.getAttribute('data-sg-filter');
        if (params.has(key)) { select.value = params.get(key); }
      });
      function apply() {
        var shown = 0;
        rows.forEach(function (row) {
          var visible = selects.every(function (select) {
            var key = select.getAttribute('data-sg-filter');
            var want = select.value;
            if (!want) { return true; }
            var have = (row.getAttribute('data-' + key) || '').split(' ');
            return have.indexOf(want) >= 0;
          });
          row.hidden = !visible;
          if (visible) { shown++; }
        });
        if (output) { output.textContent = shown + ' of ' + rows.length + ' rules shown'; }
        var query = new URLSearchParams(window.location.search);
        selects.forEach(function (select) {
          var key = select.getAttribute('data-sg-filter');
          if (select.value) { query.set(key, select.value); } else { query.delete(key); }
        });
        var search = query.toString();
        window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
      }
      selects.forEach(function (select) { select.addEventListener('change', apply); });
      bar.hidden = false;
      apply();
    });
  }

  function compareToggle() {
    var box = document.querySelector('[data-sg-compare-diff]');
    var table = document.querySelector('.sg-compare');
    if (!box || !table) { return; }
    box.addEventListener('change', function () { table.classList.toggle('sg-only-diff', box.checked); });
  }

  function printButtons() {
    document.querySelectorAll('[data-sg-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  function checklistMemory() {
    var boxes = document.querySelectorAll('.sg-checklist input[type="checkbox"]');
    if (!boxes.length) { return; }
    var key = 'sg-checklist:' + window.location.pathname;
    var saved = {};
    try { saved = JSON.parse(window.localStorage.getItem(key) || '{}'); } catch (e) { saved = {}; }
    boxes.forEach(function (box) {
      box.checked = !!saved[box.id];
      box.addEventListener('change', function () {
        saved[box.id] = box.checked;
        try { window.localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* storage full or disabled */ }
      });
    });
  }

  // A Markdown "::: decision {data-any=… data-none=…}" container holding a task list becomes a live
  // yes/no questionnaire: the boxes are enabled and a verdict follows every change.
  function decisions() {
    document.querySelectorAll('.decision[data-any][data-none]').forEach(function (box) {
      var inputs = Array.prototype.slice.call(box.querySelectorAll('input[type="checkbox"]'));
      if (!inputs.length) { return; }
      var verdict = document.createElement('p');
      verdict.className = 'sg-verdict';
      verdict.setAttribute('role', 'status');
      box.appendChild(verdict);
      function update() {
        var yes = inputs.filter(function (i) { return i.checked; }).length;
        verdict.textContent = yes > 0 ? box.getAttribute('data-any') : box.getAttribute('data-none');
        verdict.classList.toggle('sg-verdict-yes', yes > 0);
      }
      inputs.forEach(function (input) {
        input.disabled = false;
        input.addEventListener('change', update);
      });
      update();
    });
  }

  function init() {
    decisions();
    filterTables();
    compareToggle();
    printButtons();
    checklistMemory();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
