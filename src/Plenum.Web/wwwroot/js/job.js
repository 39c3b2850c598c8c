// Follows a queued forecast. The server pushes its progress (Server-Sent Events: runs done / total, phase, then
// "done" with the run); if the stream cannot be opened the page falls back to polling the status every second.
// When the run is saved the page shows a link to it and opens the results.
(function () {
  var box = document.getElementById('job');
  if (!box) return;
  var runUrl = box.getAttribute('data-run-url');
  var finished = false;
  var updates = 0;
  function el(id) { return document.getElementById(id); }
  function show(s) {
    updates++;
    box.setAttribute('data-updates', String(updates));
    box.setAttribute('data-state', s.state);
    var pct = Math.round((s.progress || 0) * 100);
    el('job-bar').style.width = pct + '%';
    el('job-bar').parentNode.setAttribute('aria-valuenow', String(pct));
    el('job-percent').textContent = pct + '%';
    el('job-state').textContent = s.state;
    el('job-message').textContent = s.message;
    if (s.phase) {
      el('job-phase').textContent = s.phase;
      // Every phase shown, in order: a fast job can pass through a phase between two looks at the page.
      var seen = (box.getAttribute('data-phases-seen') || '').split(' ').filter(Boolean);
      if (seen[seen.length - 1] !== s.phase) { seen.push(s.phase); box.setAttribute('data-phases-seen', seen.join(' ')); }
    }
    if (s.runsTotal != null) el('job-runs').textContent = Number(s.runsDone || 0).toLocaleString('en') + ' / ' + Number(s.runsTotal).toLocaleString('en');
    if (s.state === 'running' && s.progress > 0 && s.progress < 1) box.setAttribute('data-seen-running', 'true');
  }
  function done(s) {
    if (finished) return;
    finished = true;
    show(s);
    if (s.state === 'failed') { box.classList.add('failed'); return; }
    var url = s.runUrl || (runUrl + s.runId);
    var link = el('job-result');
    link.setAttribute('href', url);
    el('job-done').hidden = false;
    setTimeout(function () { window.location.assign(url); }, 600);
  }
  function poll() {
    if (finished) return;
    el('job-channel').textContent = 'polling';
    fetch(box.getAttribute('data-status-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json(); })
      .then(function (s) {
        if (s.state === 'done' || s.state === 'failed') { s.runUrl = s.runId ? runUrl + s.runId : null; done(s); return; }
        show(s);
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  if (!window.EventSource) { poll(); return; }
  var source = new EventSource(box.getAttribute('data-events-url'));
  source.onopen = function () { el('job-channel').textContent = 'live'; };
  source.addEventListener('progress', function (e) { show(JSON.parse(e.data)); });
  ['done', 'failed'].forEach(function (name) {
    source.addEventListener(name, function (e) { source.close(); done(JSON.parse(e.data)); });
  });
  // The stream broke (server restart, proxy): stop it and poll instead; the job itself is unaffected.
  source.onerror = function () { if (finished) return; source.close(); poll(); };
})();
