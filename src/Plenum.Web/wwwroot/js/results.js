// Interactive charts of one run, drawn with the vendored ECharts from the run's JSON (/api/.../runs/{id}).
// Every name shown in a tooltip is escaped: actor and issue ids come from user-written scenarios.
(function () {
  var root = document.getElementById('results');
  if (!root || !window.echarts) return;
  var PALETTE = ['#3455db', '#e0694a', '#1f9d74', '#9a5bff', '#d4a017', '#2aa6c9', '#c2417a', '#6b8e23', '#8d6e63', '#5c6bc0',
                 '#ef6c00', '#00897b', '#7e57c2', '#c0ca33', '#455a64'];
  var charts = {};
  var data = null;

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function fmt(v, d) { return (v == null || isNaN(v)) ? '—' : Number(v).toFixed(d == null ? 1 : d); }
  function chart(id) {
    var el = document.getElementById(id);
    if (!charts[id]) charts[id] = echarts.init(el, null, { renderer: 'canvas' });
    return charts[id];
  }
  function empty(id, text) {
    chart(id).setOption({ title: { text: text, left: 'center', top: 'middle', textStyle: { color: '#8a94a6', fontSize: 13, fontWeight: 'normal' } },
      xAxis: { show: false }, yAxis: { show: false }, series: [] }, true);
  }
  function results() { return Array.isArray(data.result) ? data.result : [data.result]; }
  function current() {
    var model = document.getElementById('pick-model').value;
    var r = results().filter(function (x) { return x.model === model; })[0] || results()[0];
    var issueId = document.getElementById('pick-issue').value;
    var issue = (r.issues || []).filter(function (i) { return i.id === issueId; })[0] || (r.issues || [])[0];
    return { r: r, issue: issue };
  }
  function name(id) { return (data.extras && data.extras.actor_names && data.extras.actor_names[id]) || id; }
  var base = {
    color: PALETTE, animationDuration: 400,
    textStyle: { fontFamily: 'system-ui, "DejaVu Sans", sans-serif' },
    grid: { left: 56, right: 24, top: 40, bottom: 48 }
  };

  function trajectory() {
    var c = current();
    if (!c.issue || !c.issue.rounds || c.issue.rounds.length === 0) return empty('chart-trajectory', 'No rounds for this issue');
    var rounds = c.issue.rounds;
    var actors = Object.keys(rounds[0].positions);
    var series = actors.map(function (a) {
      return { name: name(a), type: 'line', showSymbol: rounds.length < 30, symbolSize: 5, smooth: false,
        data: rounds.map(function (rd) { return rd.positions[a]; }) };
    });
    series.push({ name: 'weighted mean', type: 'line', lineStyle: { type: 'dashed', width: 2, color: '#1d2430' }, itemStyle: { color: '#1d2430' },
      showSymbol: false, data: rounds.map(function (rd) { return rd.mean; }) });
    chart('chart-trajectory').setOption(Object.assign({}, base, {
      grid: { left: 56, right: 24, top: 70, bottom: 48 },
      legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', confine: true, formatter: function (ps) {
        var rows = ps.slice().sort(function (a, b) { return b.value - a.value; }).map(function (p) {
          return p.marker + esc(p.seriesName) + ' <b>' + fmt(p.value) + '</b>'; });
        return 'Round ' + esc(ps[0].axisValue) + '<br/>' + rows.join('<br/>');
      } },
      xAxis: { type: 'category', name: 'round', nameLocation: 'middle', nameGap: 28, data: rounds.map(function (rd) { return rd.round; }) },
      yAxis: { type: 'value', name: 'position on ' + c.issue.id, scale: true },
      dataZoom: rounds.length > 40 ? [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4 }] : [],
      series: series
    }), true);
  }

  function distribution() {
    var c = current();
    var d = c.issue && c.issue.distribution;
    if (d && d.histogram && d.histogram.counts) {
      var n = d.histogram.counts.length, lo = d.histogram.low, hi = d.histogram.high, w = (hi - lo) / n;
      var labels = d.histogram.counts.map(function (_, i) { return fmt(lo + w * (i + 0.5)); });
      chart('chart-distribution').setOption(Object.assign({}, base, {
        title: { text: 'mean ' + fmt(d.mean) + ' · 5–95% ' + fmt(d.p05) + '–' + fmt(d.p95) + ' · ' + d.runs + ' runs', left: 'center', textStyle: { fontSize: 12, fontWeight: 'normal', color: '#5d6878' } },
        tooltip: { trigger: 'axis', formatter: function (ps) { return 'around ' + esc(ps[0].axisValue) + ': <b>' + ps[0].value + '</b> runs'; } },
        xAxis: { type: 'category', data: labels, name: c.issue.id, nameLocation: 'middle', nameGap: 28 },
        yAxis: { type: 'value', name: 'runs' },
        series: [{ type: 'bar', data: d.histogram.counts, barCategoryGap: '8%', itemStyle: { color: '#5b7cff', borderRadius: [3, 3, 0, 0] } }]
      }), true);
      return;
    }
    // One deterministic run: compare the final positions and every model's forecast on this issue.
    var items = results().map(function (r) {
      var i = (r.issues || []).filter(function (x) { return x.id === (c.issue && c.issue.id); })[0];
      return { model: r.model, v: i ? i.forecast : null };
    }).filter(function (x) { return x.v != null; });
    chart('chart-distribution').setOption(Object.assign({}, base, {
      title: { text: 'Forecast by model (run with more than 1 Monte Carlo run for a distribution)', left: 'center', textStyle: { fontSize: 12, fontWeight: 'normal', color: '#5d6878' } },
      tooltip: { trigger: 'axis', formatter: function (ps) { return esc(ps[0].axisValue) + ': <b>' + fmt(ps[0].value) + '</b>'; } },
      xAxis: { type: 'category', data: items.map(function (x) { return x.model; }), axisLabel: { interval: 0, rotate: items.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', name: c.issue ? c.issue.id : '', scale: true },
      series: [{ type: 'bar', data: items.map(function (x) { return x.v; }), itemStyle: { color: '#5b7cff', borderRadius: [3, 3, 0, 0] } }]
    }), true);
  }

  function motions() {
    var c = current();
    var source = (c.r.motions || []).length > 0 ? c.r : results().filter(function (r) { return (r.motions || []).length > 0; })[0];
    if (!source) return empty('chart-motions', 'No motion probabilities in this run (the arena model computes them)');
    var ms = source.motions;
    var bodies = [];
    ms.forEach(function (m) { Object.keys(m.bodies || {}).forEach(function (b) { if (bodies.indexOf(b) < 0) bodies.push(b); }); });
    var series = [{ name: 'overall', type: 'bar', data: ms.map(function (m) { return m.p_pass; }) }].concat(bodies.map(function (b) {
      return { name: b, type: 'bar', data: ms.map(function (m) { return m.bodies && m.bodies[b] ? m.bodies[b].p_pass : null; }) };
    }));
    chart('chart-motions').setOption(Object.assign({}, base, {
      title: source === c.r ? undefined : { text: 'from the ' + source.model + ' model', left: 'right', textStyle: { fontSize: 11, fontWeight: 'normal', color: '#5d6878' } },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        return esc(ps[0].axisValue) + '<br/>' + ps.map(function (p) { return p.marker + esc(p.seriesName) + ' <b>' + fmt(p.value * 100, 0) + '%</b>'; }).join('<br/>'); } },
      xAxis: { type: 'category', data: ms.map(function (m) { return m.id; }) },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
      series: series
    }), true);
  }

  function power() {
    var rows = (data.extras && data.extras.power) || [];
    var pick = document.getElementById('pick-body');
    if (rows.length === 0) { pick.style.display = 'none'; return empty('chart-power', 'No voting bodies (or no power computed for this run)'); }
    var body = pick.value;
    var mine = rows.filter(function (r) { return r.body === body; }).sort(function (a, b) { return b.shapley - a.shapley; });
    chart('chart-power').setOption(Object.assign({}, base, {
      legend: { top: 0 },
      grid: { left: 110, right: 24, top: 36, bottom: 30 },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        return esc(ps[0].axisValue) + '<br/>' + ps.map(function (p) { return p.marker + esc(p.seriesName) + ' <b>' + fmt(p.value * 100, 1) + '%</b>'; }).join('<br/>'); } },
      yAxis: { type: 'category', inverse: true, data: mine.map(function (r) { return name(r.actor); }) },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
      series: [{ name: 'Shapley–Shubik', type: 'bar', data: mine.map(function (r) { return r.shapley; }) },
               { name: 'Banzhaf', type: 'bar', data: mine.map(function (r) { return r.banzhaf; }) }]
    }), true);
  }

  function tornado() {
    var c = current();
    var all = (data.extras && data.extras.sensitivity) || [];
    var s = all.filter(function (x) { return x.issue === (c.issue && c.issue.id); })[0];
    if (!s || !s.inputs || s.inputs.length === 0) return empty('chart-tornado', 'No sensitivity for this issue');
    var inputs = s.inputs.slice().sort(function (a, b) { return b.swing - a.swing; }).slice(0, 12);
    var baseValue = s.base_forecast;
    chart('chart-tornado').setOption(Object.assign({}, base, {
      title: { text: s.model + ' · base forecast ' + fmt(baseValue), left: 'center', textStyle: { fontSize: 12, fontWeight: 'normal', color: '#5d6878' } },
      legend: { bottom: 0 },
      grid: { left: 170, right: 24, top: 36, bottom: 40 },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var i = inputs[ps[0].dataIndex];
        return esc(i.path) + '<br/>at ' + fmt(i.low) + ': <b>' + fmt(i.at_low) + '</b><br/>at ' + fmt(i.high) + ': <b>' + fmt(i.at_high) + '</b>'; } },
      yAxis: { type: 'category', inverse: true, data: inputs.map(function (i) { return i.path; }), axisLabel: { fontSize: 11 } },
      xAxis: { type: 'value', name: 'change of the forecast' },
      series: [{ name: 'input at its low end', type: 'bar', stack: 't', data: inputs.map(function (i) { return i.at_low - baseValue; }), itemStyle: { color: '#e0694a' } },
               { name: 'input at its high end', type: 'bar', stack: 't2', barGap: '-100%', data: inputs.map(function (i) { return i.at_high - baseValue; }), itemStyle: { color: '#3455db' } }]
    }), true);
  }

  function graph() {
    var c = current();
    var issues = (c.r.issues || []).filter(function (i) { return i.rounds && i.rounds.length > 0; });
    if (issues.length === 0) return empty('chart-graph', 'No positions to compare');
    var finals = issues.map(function (i) { return i.rounds[i.rounds.length - 1].positions; });
    var spans = issues.map(function (i) {
      var lo = Infinity, hi = -Infinity;
      i.rounds.forEach(function (rd) { Object.keys(rd.positions).forEach(function (a) { var v = rd.positions[a]; if (v < lo) lo = v; if (v > hi) hi = v; }); });
      return Math.max(hi - lo, 1e-9);
    });
    var actors = Object.keys(issues[0].rounds[0].positions).filter(function (a) { return !hidden[a]; });
    if (actors.length === 0) return empty('chart-graph', 'Every actor is hidden');
    if (actors.length > 150) return empty('chart-graph', 'Too many actors for a readable graph (' + actors.length + ')');
    var first = finals[0], lo = Math.min.apply(null, actors.map(function (a) { return first[a]; })), hi = Math.max.apply(null, actors.map(function (a) { return first[a]; }));
    var nodes = actors.map(function (a) {
      var t = hi > lo ? (first[a] - lo) / (hi - lo) : 0.5;
      return { id: a, name: name(a), value: first[a], symbolSize: 22, itemStyle: { color: 'hsl(' + Math.round(10 + 215 * t) + ',65%,52%)' } };
    });
    var links = [];
    for (var x = 0; x < actors.length; x++) for (var y = x + 1; y < actors.length; y++) {
      var sum = 0, n = 0;
      issues.forEach(function (_, k) {
        var p = finals[k][actors[x]], q = finals[k][actors[y]];
        if (p != null && q != null) { sum += Math.abs(p - q) / spans[k]; n++; }
      });
      if (n === 0) continue;
      var alignment = 1 - sum / n;
      if (alignment >= 0.85) links.push({ source: actors[x], target: actors[y], value: alignment, lineStyle: { width: 1 + 5 * (alignment - 0.85) / 0.15, opacity: 0.55 } });
    }
    chart('chart-graph').setOption({
      animationDuration: 400,
      title: { text: 'linked: final positions within 15% of the scale · colour: position on ' + issues[0].id, left: 'center', textStyle: { fontSize: 12, fontWeight: 'normal', color: '#5d6878' } },
      tooltip: { confine: true, formatter: function (p) {
        if (p.dataType === 'edge') return esc(name(p.data.source)) + ' – ' + esc(name(p.data.target)) + ': alignment <b>' + fmt(p.data.value * 100, 0) + '%</b>';
        return esc(p.data.name) + '<br/>final position <b>' + fmt(p.data.value) + '</b>'; } },
      series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: links, top: 36,
        label: { show: actors.length <= 40, position: 'right', fontSize: 11 },
        force: { repulsion: 160, edgeLength: [40, 120], gravity: 0.08 }, emphasis: { focus: 'adjacency' } }]
    }, true);
  }

  // Actors hidden by the analyst: left out of the trajectories (as the legend does) and of the coalition graph.
  var hidden = {};
  function applyHidden() {
    if (charts['chart-trajectory']) {
      var selected = {};
      Object.keys(hidden).forEach(function (a) { selected[name(a)] = !hidden[a]; });
      charts['chart-trajectory'].setOption({ legend: { selected: selected } });
    }
    document.querySelectorAll('#actor-toggles button').forEach(function (b) {
      var off = !!hidden[b.getAttribute('data-actor')];
      b.classList.toggle('off', off);
      b.setAttribute('aria-pressed', off ? 'false' : 'true');
    });
  }
  function toggles() {
    var box = document.getElementById('actor-toggles');
    var c = current();
    var rounds = c.issue && c.issue.rounds;
    var actors = rounds && rounds.length > 0 ? Object.keys(rounds[0].positions) : [];
    box.innerHTML = '';
    actors.forEach(function (a, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'actor-chip';
      b.setAttribute('data-actor', a);
      var dot = document.createElement('i');
      dot.style.background = PALETTE[i % PALETTE.length];
      b.appendChild(dot);
      b.appendChild(document.createTextNode(name(a)));
      b.addEventListener('click', function () { hidden[a] = !hidden[a]; applyHidden(); graph(); });
      box.appendChild(b);
    });
    applyHidden();
  }

  function drawAll() { trajectory(); distribution(); motions(); power(); tornado(); graph(); toggles(); }

  function fill(select, values, labels) {
    select.innerHTML = '';
    values.forEach(function (v, i) { var o = document.createElement('option'); o.value = v; o.textContent = labels ? labels[i] : v; select.appendChild(o); });
  }

  fetch(root.getAttribute('data-run-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json(); })
    .then(function (d) {
      data = d;
      var models = results().map(function (r) { return r.model; });
      var pickModel = document.getElementById('pick-model');
      fill(pickModel, models);
      // Prefer a bargaining model's trajectory over a one-shot baseline.
      var preferred = models.filter(function (m) { return ['bdm', 'smp', 'arena', 'exchange'].indexOf(m) >= 0; })[0];
      if (preferred) pickModel.value = preferred;
      var issues = (results()[0].issues || []).map(function (i) { return i.id; });
      fill(document.getElementById('pick-issue'), issues);
      var bodies = [];
      ((d.extras && d.extras.power) || []).forEach(function (p) { if (bodies.indexOf(p.body) < 0) bodies.push(p.body); });
      fill(document.getElementById('pick-body'), bodies);
      ['pick-model', 'pick-issue'].forEach(function (id) { document.getElementById(id).addEventListener('change', drawAll); });
      document.getElementById('pick-body').addEventListener('change', power);
      drawAll();
      chart('chart-trajectory').on('legendselectchanged', function (e) {
        var rounds = current().issue && current().issue.rounds;
        (rounds && rounds.length > 0 ? Object.keys(rounds[0].positions) : []).forEach(function (a) {
          if (Object.prototype.hasOwnProperty.call(e.selected, name(a))) hidden[a] = !e.selected[name(a)];
        });
        applyHidden(); graph();
      });
      root.setAttribute('data-ready', 'true');
    })
    .catch(function (e) {
      root.insertAdjacentHTML('afterbegin', '<div class="notice error">The charts could not be loaded: ' + esc(e.message) + '</div>');
    });
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
})();
