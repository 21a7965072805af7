/* Yearbook search: a query in either script finds chapters written in either script.
   The generator folds all text to one script character by character and indexes every letter and
   every pair of neighbouring letters (see generator/Yearbook/Indexes/Search). This script folds the
   query with the same table (from search/index.json), fetches only the shards that hold its keys,
   intersects their postings, and shows the results in this page's edition. No server. */
(function () {
  'use strict';
  var results = document.getElementById('search-results');
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-q');
  if (!results || !form || !input) return;

  var PAGE_SIZE = 10;
  var BEFORE = 30, LENGTH = 140;
  var LAST = '0123456789abcdefghijklmnopqrstuv', LEADING = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.';
  var TOKEN = /[\p{L}\p{N}]/u;
  var data = results.dataset;
  var index = null, settings = null, shards = {}, chunks = {}, fold = null;
  var current = 0; /* the search whose results are on screen; older answers are dropped */

  function mark(name) { if (window.performance && performance.mark) performance.mark('search:' + name); }

  function text(name) { return data['text' + name] || ''; }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.json();
    });
  }

  function useIndex(info) {
    fold = new Uint16Array(65536);
    for (var c = 0; c < 65536; c++) fold[c] = c;
    for (var i = 0; i < info.fold.from.length; i++) fold[info.fold.from.charCodeAt(i)] = info.fold.to.charCodeAt(i);
    settings = info;
    return info;
  }

  /* search/index.js, loaded with the page, has set window.yearbookSearchIndex; a theme without it fetches index.json. */
  function loadIndex() {
    if (!index) {
      index = window.yearbookSearchIndex ? Promise.resolve(useIndex(window.yearbookSearchIndex)) : fetchJson(data.indexUrl).then(useIndex);
      index.catch(function () { index = null; });
    }
    return index;
  }

  function cached(store, url) {
    if (!store[url]) {
      store[url] = fetchJson(url);
      store[url].catch(function () { delete store[url]; });
    }
    return store[url];
  }

  /* Same fold as ScriptFold: one UTF-16 unit to one, so positions carry over to the original text. */
  function folded(value) {
    var codes = new Uint16Array(value.length), parts = [];
    for (var i = 0; i < value.length; i++) codes[i] = fold[value.charCodeAt(i)];
    for (var at = 0; at < codes.length; at += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(at, at + 8192)));
    return parts.join('');
  }

  function isToken(c) {
    var code = c.charCodeAt(0);
    return (code >= 0xD800 && code <= 0xDFFF) || TOKEN.test(c);
  }

  /* The query's runs of letters (spaces and punctuation split them), each to be found as written. */
  function runsOf(foldedQuery) {
    var runs = [], run = '';
    for (var i = 0; i < foldedQuery.length; i++) {
      var c = foldedQuery[i];
      if (isToken(c)) { run += c; } else if (run) { runs.push(run); run = ''; }
    }
    if (run) runs.push(run);
    return runs;
  }

  /* Same keys as SearchKeys: a single letter by itself, otherwise every pair of neighbours. */
  function keysOf(runs) {
    var keys = [], seen = {};
    runs.forEach(function (run) {
      var list = [];
      if (run.length === 1) list.push(run);
      for (var i = 0; i + 1 < run.length; i++) list.push(run.substr(i, 2));
      list.forEach(function (key) { if (!seen[key]) { seen[key] = true; keys.push(key); } });
    });
    return keys;
  }

  /* Same hash as SearchShards.Of: FNV-1a over UTF-16 units, then MurmurHash3's finaliser. */
  function shardOf(key, count) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) % count;
  }

  /* Same format as PostingList.Encode: gaps in base 32, leading digits A-Z()*+-., last digit 0-9a-v. */
  var DIGITS = new Int8Array(128).fill(-1);
  for (var d = 0; d < 32; d++) { DIGITS[LAST.charCodeAt(d)] = d; DIGITS[LEADING.charCodeAt(d)] = 32 + d; }

  function decode(encoded) {
    var ids = [], previous = -1, gap = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = DIGITS[encoded.charCodeAt(i)];
      if (digit >= 32) { gap = gap * 32 + digit - 32; continue; }
      previous += gap * 32 + digit + 1;
      ids.push(previous);
      gap = 0;
    }
    return ids;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  /* The shard that holds `key`; keys in the same shard share one fetch (see `cached`). */
  function shard(info, key) { return cached(shards, data.shardsUrl + shardOf(key, info.shards) + '.json'); }

  /* Documents holding every key; those with every key in the title first, each group in reading order. */
  function find(info, keys) {
    return Promise.all(keys.map(function (key) { return shard(info, key); })).then(function (loaded) {
      mark('shards');
      var entries = [];
      for (var i = 0; i < keys.length; i++) {
        var entry = loaded[i][keys[i]];
        if (entry === undefined) return [];
        entries.push(entry.split(','));
      }
      /* Shortest list first: every intersection after it is at most that long. */
      entries.sort(function (a, b) { return a[0].length - b[0].length; });
      var all = null, title = null;
      for (var j = 0; j < entries.length; j++) {
        var parts = entries[j];
        all = all === null ? decode(parts[0]) : intersect(all, decode(parts[0]));
        if (title === null || title.length) title = parts.length > 1 ? (title === null ? decode(parts[1]) : intersect(title, decode(parts[1]))) : [];
      }
      var inTitle = {};
      title.forEach(function (id) { inTitle[id] = true; });
      return title.concat(all.filter(function (id) { return !inTitle[id]; }));
    });
  }

  function loadDocuments(info, ids) {
    var per = info.documentsPerChunk;
    return Promise.all(ids.map(function (id) {
      return cached(chunks, data.documentsUrl + Math.floor(id / per) + '.json').then(function (chunk) { return chunk[id % per]; });
    }));
  }

  /* Where the runs occur in `value`, as merged [start, end) ranges, found in its folded form. */
  function matches(value, runs) {
    var f = folded(value), ranges = [];
    runs.forEach(function (run) {
      for (var at = f.indexOf(run); at >= 0; at = f.indexOf(run, at + run.length)) ranges.push([at, at + run.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  /* Appends value[start, end) to `parent`, with the matched ranges in <mark>. */
  function appendMarked(parent, value, ranges, start, end) {
    var at = start;
    ranges.forEach(function (r) {
      var from = Math.max(r[0], start), to = Math.min(r[1], end);
      if (from >= to) return;
      if (from > at) parent.appendChild(document.createTextNode(value.slice(at, from)));
      var mark = document.createElement('mark');
      mark.textContent = value.slice(from, to);
      parent.appendChild(mark);
      at = to;
    });
    if (at < end) parent.appendChild(document.createTextNode(value.slice(at, end)));
  }

  function excerpt(body, runs) {
    var p = document.createElement('p');
    p.className = 'search-excerpt';
    var flat = body.replace(/\s+/g, ' ');
    var ranges = matches(flat, runs);
    var start = ranges.length ? Math.max(0, ranges[0][0] - BEFORE) : 0;
    var end = Math.min(flat.length, start + LENGTH);
    if (start > 0) p.appendChild(document.createTextNode('…'));
    appendMarked(p, flat, ranges, start, end);
    if (end < flat.length) p.appendChild(document.createTextNode('…'));
    return p;
  }

  function item(documentData, runs) {
    var li = document.createElement('li');
    var heading = document.createElement('h2');
    heading.className = 'search-title';
    var link = document.createElement('a');
    link.href = documentData[1];
    appendMarked(link, documentData[0], matches(documentData[0], runs), 0, documentData[0].length);
    heading.appendChild(link);
    li.appendChild(heading);
    if (documentData[2]) {
      var context = document.createElement('p');
      context.className = 'search-context';
      context.textContent = documentData[2];
      li.appendChild(context);
    }
    li.appendChild(excerpt(documentData[3], runs));
    return li;
  }

  function status(message) {
    var p = document.createElement('p');
    p.className = 'search-status';
    p.textContent = message;
    return p;
  }

  function show(state, nodes, query) {
    results.textContent = '';
    nodes.forEach(function (node) { results.appendChild(node); });
    results.setAttribute('data-query', query);
    results.setAttribute('data-state', state);
  }

  function search(query) {
    var run = ++current;
    query = query.trim();
    if (!query) { show('idle', [], ''); return; }
    results.setAttribute('data-state', 'loading');
    results.setAttribute('aria-busy', 'true');
    var info, runs, ids;
    function lookUp(loaded) {
      mark('index');
      info = loaded;
      runs = runsOf(folded(query));
      return runs.length ? find(info, keysOf(runs)) : [];
    }
    /* With the settings at hand (search/index.js came with the page) the shards are asked for at once
       (the executor runs now), so they are on their way while the submit handler updates the address bar. */
    (settings ? new Promise(function (resolve) { resolve(lookUp(settings)); }) : loadIndex().then(lookUp)).then(function (found) {
      mark('ids');
      ids = found;
      return loadDocuments(info, ids.slice(0, PAGE_SIZE));
    }).then(function (documents) {
      mark('documents');
      if (run !== current) return;
      results.removeAttribute('aria-busy');
      if (!ids.length) { show('empty', [status(text('None'))], query); return; }
      var list = document.createElement('ol');
      documents.forEach(function (d) { list.appendChild(item(d, runs)); });
      var nodes = [status(text('Found') + ' ' + ids.length + ' ' + text('FoundUnit')), list];
      if (ids.length > PAGE_SIZE) nodes.push(moreButton(info, ids, runs, list, run));
      show('done', nodes, query);
    }).catch(function (error) {
      if (run !== current) return;
      results.removeAttribute('aria-busy');
      show('error', [status(text('Failed'))], query);
      if (window.console) console.warn('search failed:', error);
    });
  }

  function moreButton(info, ids, runs, list, run) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button search-more';
    button.textContent = text('More');
    button.addEventListener('click', function () {
      var shown = list.children.length;
      button.disabled = true;
      results.setAttribute('data-state', 'loading');
      loadDocuments(info, ids.slice(shown, shown + PAGE_SIZE)).then(function (documents) {
        if (run !== current) return;
        documents.forEach(function (d) { list.appendChild(item(d, runs)); });
        if (list.children.length >= ids.length) button.remove(); else button.disabled = false;
        results.setAttribute('data-state', 'done');
      }).catch(function () {
        button.disabled = false;
        results.setAttribute('data-state', 'error');
      });
    });
    return button;
  }

  /* The edition switch leads to the same search in the other edition. */
  function keepQueryOnEditionLinks(query) {
    var links = document.querySelectorAll('a[data-edition]');
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      var base = (a.getAttribute('data-base-href') || a.getAttribute('href')).split('#')[0].split('?')[0];
      var target = query ? base + '?q=' + encodeURIComponent(query) : base;
      a.setAttribute('data-base-href', target);
      a.setAttribute('href', target + location.hash);
    }
  }

  function queryOfAddress() {
    return new URLSearchParams(location.search).get('q') || '';
  }

  /* While the reader types, the shards of the keys typed so far are fetched, so that a search
     submitted a moment later finds them in hand: its first round trip is over before it starts. A
     query only grows its keys as it grows, so little is fetched that the search will not use. */
  var typing = 0;
  function prefetch() {
    clearTimeout(typing);
    typing = setTimeout(function () {
      if (!settings) return;
      keysOf(runsOf(folded(input.value.trim()))).forEach(function (key) {
        shard(settings, key).catch(function () { /* the search will ask again */ });
      });
    }, 150);
  }
  /* Not while an input method is composing: the box then holds pinyin, not the query. */
  input.addEventListener('input', function (event) { if (!event.isComposing) prefetch(); });
  input.addEventListener('compositionend', prefetch);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value.trim();
    search(query);
    history.pushState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    keepQueryOnEditionLinks(query);
  });

  window.addEventListener('popstate', function () {
    input.value = queryOfAddress();
    keepQueryOnEditionLinks(input.value);
    search(input.value);
  });

  input.value = queryOfAddress();
  keepQueryOnEditionLinks(input.value);
  if (input.value.trim()) search(input.value);
  /* The reader is about to type: have the fold table and shard count ready when the query comes. */
  else loadIndex().catch(function () { /* the query will try again */ });
})();
