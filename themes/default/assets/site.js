/* Yearbook default theme: progressive enhancement only. Every page reads fine without it. */
(function () {
  'use strict';
  var KEY = 'yearbook-edition';

  function save(code) {
    try { if (code) localStorage.setItem(KEY, code); } catch (e) { /* storage disabled */ }
  }

  /* Edition links (header switch, footer, root chooser) carry the current #fragment over,
     so the reader lands on the same section of the same page in the other script.
     The hrefs are kept in sync (not only on click) so "open in new tab" and copied links work too. */
  function syncEditionLinks() {
    var links = document.querySelectorAll('a[data-edition]');
    for (var i = 0; i < links.length; i++) {
      var a = links[i], base = a.getAttribute('data-base-href');
      if (base === null) { base = a.getAttribute('href').split('#')[0]; a.setAttribute('data-base-href', base); }
      a.setAttribute('href', base + location.hash);
    }
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    var a = t && t.closest ? t.closest('a[data-edition]') : null;
    if (!a) return;
    save(a.getAttribute('data-edition'));
    syncEditionLinks();
  });
  window.addEventListener('hashchange', syncEditionLinks);
  syncEditionLinks();

  /* Print button on chapter pages (hidden until the script can drive it). */
  var printButtons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < printButtons.length; i++) {
    printButtons[i].hidden = false;
    printButtons[i].addEventListener('click', function () { window.print(); });
  }

  /* Citation: today's date as the access date (引用日期), the full address, and a copy button. */
  var today = new Date(), pad = function (n) { return (n < 10 ? '0' : '') + n; };
  var dates = document.querySelectorAll('[data-cite-date]');
  for (var d = 0; d < dates.length; d++) dates[d].textContent = today.getFullYear() + '-' + pad(today.getMonth() + 1) + '-' + pad(today.getDate());
  var citeUrls = document.querySelectorAll('[data-cite-url]');
  for (var u = 0; u < citeUrls.length; u++) {
    // The address is made absolute; an entry's #id stays as written (URL would percent-encode 项目投产).
    var written = citeUrls[u].textContent, hash = written.indexOf('#');
    citeUrls[u].textContent = new URL(hash < 0 ? written : written.slice(0, hash), location.href).href + (hash < 0 ? '' : written.slice(hash));
  }
  var copyButtons = document.querySelectorAll('[data-copy]');
  for (var c = 0; c < copyButtons.length; c++) {
    if (!navigator.clipboard) break;
    copyButtons[c].hidden = false;
    copyButtons[c].addEventListener('click', function () {
      var button = this, label = button.textContent, source = document.getElementById(button.getAttribute('data-copy'));
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = button.getAttribute('data-copied');
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  }

  /* Print: show absolute link targets (the print stylesheet falls back to the raw href). */
  var links = document.querySelectorAll('main a[href]:not([href^="#"]):not([href^="data:"])');
  for (var k = 0; k < links.length; k++) links[k].setAttribute('data-print-href', links[k].href);

  /* Tables in chapter bodies: wrap them in a keyboard-scrollable box (CSS already
     lets an unwrapped table scroll, this restores normal table layout). */
  var tables = document.querySelectorAll('.prose > table');
  for (var j = 0; j < tables.length; j++) {
    var table = tables[j], box = document.createElement('div');
    box.className = 'table-scroll';
    box.setAttribute('role', 'region');
    box.setAttribute('tabindex', '0');
    var cap = table.querySelector('caption');
    if (cap) box.setAttribute('aria-label', cap.textContent); else box.setAttribute('aria-label', document.title);
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
  }
})();
