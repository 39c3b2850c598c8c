// Polls the job's status every half second and opens the results when the run is saved.
(function () {
  var box = document.getElementById('job');
  if (!box) return;
  var url = box.getAttribute('data-status-url');
  var runUrl = box.getAttribute('data-run-url');
  function show(s) {
    var pct = Math.round((s.progress || 0) * 100);
    document.getElementById('job-bar').style.width = pct + '%';
    document.getElementById('job-percent').textContent = pct + '%';
    document.getElementById('job-state').textContent = s.state;
    document.getElementById('job-message').textContent = s.message;
  }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json(); })
      .then(function (s) {
        show(s);
        if (s.state === 'done' && s.runId) { window.location.assign(runUrl + s.runId); return; }
        if (s.state === 'failed') { box.classList.add('failed'); return; }
        setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
