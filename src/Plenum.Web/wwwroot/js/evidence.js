// The document page: quotes in the text and in the list point at each other; a selection in the text becomes the
// passage of a new claim (offsets counted in the stored text, as the server counts them).
(function () {
  var text = document.getElementById('doc-text');
  if (!text) return;

  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }

  function focusQuote(id, scrollText) {
    document.querySelectorAll('.ev-quote.focus, mark.q.focus').forEach(function (e) { e.classList.remove('focus'); });
    var item = document.getElementById('quote-' + id);
    var marks = text.querySelectorAll('mark.q[data-q="' + id + '"]');
    marks.forEach(function (m) { m.classList.add('focus'); });
    if (item) { item.classList.add('focus'); item.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); flash(item); }
    if (scrollText && marks.length > 0) { marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' }); flash(marks[0]); }
  }

  text.addEventListener('click', function (e) {
    var mark = e.target.closest('mark.q');
    if (mark && window.getSelection().isCollapsed) focusQuote(mark.getAttribute('data-q'), false);
  });
  document.querySelectorAll('[data-jump]').forEach(function (a) {
    a.addEventListener('click', function (e) { e.preventDefault(); focusQuote(a.getAttribute('data-jump'), true); });
  });

  // Offset of a point (node, offset) in the stored text: the enclosing piece's start plus the offset inside it.
  function offsetOf(node, offset) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    if (el === text) {
      var child = text.childNodes[Math.min(offset, text.childNodes.length - 1)];
      if (!child) return null;
      var base = parseInt(child.getAttribute('data-s'), 10);
      return offset >= text.childNodes.length ? base + child.textContent.length : base;
    }
    var piece = el.closest('[data-s]');
    if (!piece || !text.contains(piece)) return null;
    return parseInt(piece.getAttribute('data-s'), 10) + (node.nodeType === 3 ? offset : 0);
  }

  var form = document.getElementById('claim-form');
  if (form) {
    var hint = document.getElementById('claim-hint');
    document.addEventListener('selectionchange', function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      var range = sel.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
      var start = offsetOf(range.startContainer, range.startOffset);
      var end = offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      var chosen = sel.toString();
      document.getElementById('claim-start').value = start;
      document.getElementById('claim-end').value = end;
      document.getElementById('claim-selection').textContent = chosen.length > 400 ? chosen.slice(0, 399) + '…' : chosen;
      form.classList.remove('ev-hidden');
      hint.classList.add('ev-hidden');
    });
    document.getElementById('claim-cancel').addEventListener('click', function () {
      form.classList.add('ev-hidden');
      hint.classList.remove('ev-hidden');
    });
  }

  // #at-N (from a search hit) scrolls to the piece holding offset N.
  var m = /^#at-(\d+)$/.exec(window.location.hash);
  if (m) {
    var at = parseInt(m[1], 10), found = null;
    text.querySelectorAll('[data-s]').forEach(function (p) { if (parseInt(p.getAttribute('data-s'), 10) <= at) found = p; });
    if (found) { found.scrollIntoView({ block: 'center' }); found.classList.add('hit'); }
  }
})();
