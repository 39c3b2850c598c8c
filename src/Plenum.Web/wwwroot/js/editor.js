// The YAML editor: clicking a problem puts the cursor at its line and column and scrolls there.
(function () {
  var area = document.getElementById('yaml');
  if (!area) return;
  function jump(line, column) {
    var lines = area.value.split('\n');
    var pos = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
    pos += Math.max(0, Math.min(column - 1, (lines[line - 1] || '').length));
    area.focus();
    area.setSelectionRange(pos, pos + Math.max(1, (lines[line - 1] || '').length - column + 1));
    var lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 5) * lineHeight);
  }
  document.querySelectorAll('li.problem').forEach(function (li) {
    li.querySelector('a.jump').addEventListener('click', function (e) {
      e.preventDefault();
      jump(parseInt(li.getAttribute('data-line'), 10), parseInt(li.getAttribute('data-column'), 10));
    });
  });
  var first = document.querySelector('li.problem');
  if (first) jump(parseInt(first.getAttribute('data-line'), 10), parseInt(first.getAttribute('data-column'), 10));
  area.addEventListener('keydown', function (e) {
    if (e.key === 'Tab') {
      e.preventDefault();
      var s = area.selectionStart;
      area.setRangeText('  ', s, area.selectionEnd, 'end');
    }
  });
})();
