// Search as you type in the header box: an ARIA 1.2 combobox with a listbox of paper titles from
// /api/search/suggest. Without this script the box is a plain search form, which still works.
// ArrowDown / ArrowUp  move through the suggestions
// Enter                opens the highlighted paper, or submits the search when none is
// Escape               closes the list; a click on a suggestion opens it
(function () {
  'use strict';
  var input = document.getElementById('site-search');
  if (!input || !input.form || !window.fetch) return;
  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;
  var form = input.form;
  var list = document.createElement('ul');
  list.id = 'site-search-list';
  list.className = 'suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggested papers');
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  var timer = 0;
  var latest = 0; // number of the newest request: answers to older ones arrive late and are dropped
  var options = [];
  var active = -1;

  function close() {
    list.hidden = true;
    list.textContent = '';
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlightTo(i) {
    if (options[active]) options[active].setAttribute('aria-selected', 'false');
    active = i;
    var option = options[active];
    if (!option) { input.removeAttribute('aria-activedescendant'); return; }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  // Marks the typed words in a title, building text nodes only: titles are imported, never trusted as HTML.
  function titleNodes(title, words) {
    var frag = document.createDocumentFragment();
    var pattern = words.length ? new RegExp('(' + words.map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|') + ')', 'ig') : null;
    var parts = pattern ? title.split(pattern) : [title];
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      if (i % 2 === 1) {
        var mark = document.createElement('mark');
        mark.textContent = parts[i];
        frag.appendChild(mark);
      } else {
        frag.appendChild(document.createTextNode(parts[i]));
      }
    }
    return frag;
  }

  function show(results, query) {
    close();
    if (!results.length) return;
    var words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
    results.forEach(function (r, i) {
      var li = document.createElement('li');
      li.id = 'site-search-opt-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'suggest-option';
      li.dataset.href = '/papers/' + encodeURIComponent(r.id);
      li.appendChild(titleNodes(String(r.title), words));
      list.appendChild(li);
      options.push(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function ask() {
    var query = input.value.trim();
    var mine = ++latest;
    if (query.length < MIN_CHARS) { close(); return; }
    fetch('/api/search/suggest?q=' + encodeURIComponent(query.slice(0, 250)), { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : []; })
      .then(function (results) {
        if (mine !== latest || document.activeElement !== input) return;
        show(Array.isArray(results) ? results : [], query);
      })
      .catch(function () { /* suggestions are a convenience: the search itself still works */ });
  }

  function open(option) {
    if (option) window.location.href = option.dataset.href;
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    var n = options.length;
    if (e.key === 'ArrowDown' && n) {
      highlightTo(active + 1 >= n ? 0 : active + 1);
    } else if (e.key === 'ArrowUp' && n) {
      highlightTo(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0) {
      open(options[active]);
    } else if (e.key === 'Escape' && !list.hidden) {
      latest++;
      close();
    } else {
      return;
    }
    e.preventDefault();
  });

  // Keep the focus in the box while a suggestion is pressed, so the click lands before blur closes the list.
  list.addEventListener('mousedown', function (e) { e.preventDefault(); });
  list.addEventListener('click', function (e) {
    open(e.target.closest && e.target.closest('[role="option"]'));
  });
  list.addEventListener('mousemove', function (e) {
    var option = e.target.closest && e.target.closest('[role="option"]');
    var i = options.indexOf(option);
    if (i >= 0 && i !== active) highlightTo(i);
  });
  input.addEventListener('blur', function () {
    latest++;
    clearTimeout(timer);
    close();
  });
  form.addEventListener('submit', function () { latest++; clearTimeout(timer); });
})();
