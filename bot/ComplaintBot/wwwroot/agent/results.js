'use strict';
// The survey results page: figures, two bar charts drawn as SVG, and the results table. Everything that came from a
// customer (comments) or from the data is put on the page with textContent only, never as HTML.
(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const SERIES = [
    { key: 'responseRate', label: 'Response rate', css: 'response' },
    { key: 'csat', label: 'CSAT (4–5)', css: 'csat' },
    { key: 'solvedRate', label: 'Solved', css: 'solved' },
  ];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function percent(rate) { return rate === undefined || rate === null ? '—' : (rate * 100).toFixed(1).replace(/\.0$/, '') + ' %'; }
  function day(date) { return date.toISOString().slice(0, 10); }
  function time(value) { return value ? new Date(value).toLocaleString() : ''; }

  function query() {
    const from = $('from').value;
    const to = $('to').value;
    const params = new URLSearchParams();
    params.set('from', from + 'T00:00:00Z');
    const end = new Date(to + 'T00:00:00Z');
    end.setUTCDate(end.getUTCDate() + 1);
    params.set('to', end.toISOString());
    if ($('category').value) params.set('category', $('category').value);
    if ($('agent').value.trim()) params.set('agent', $('agent').value.trim());
    return params.toString();
  }

  function showFigures(figures) {
    const tiles = [
      ['Check-ins', figures.checkIns, ''],
      ['Delivered', figures.delivered, ''],
      ['Response rate', percent(figures.responseRate), figures.responded + ' of ' + figures.delivered],
      ['CSAT (4–5)', percent(figures.csat), figures.satisfied + ' of ' + figures.rated + ' rated'],
      ['Solved', percent(figures.solvedRate), figures.solved + ' of ' + figures.solvedAnswers],
      ['Negative', figures.negative, 'not solved or rated 1–2'],
    ];
    $('figures').replaceChildren(...tiles.map(([label, value, detail]) => {
      const tile = el('div', 'tile');
      tile.append(el('span', 'label', label), el('span', 'value', value), el('span', 'detail', detail));
      return tile;
    }));
  }

  // One row per category or agent, with a bar per rate (0–100 %).
  function drawChart(container, lines) {
    if (!lines.length) {
      container.replaceChildren(el('p', 'empty', 'No check-ins in this range.'));
      return;
    }

    const nameWidth = 170, barArea = 460, barHeight = 12, rowGap = 14, top = 28;
    const rowHeight = SERIES.length * barHeight + rowGap;
    const width = nameWidth + barArea + 70;
    const height = top + lines.length * rowHeight;
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
    chart.append(svg('title', {}, container.id === 'chart-agent' ? 'Rates by agent' : 'Rates by category'));
    SERIES.forEach((series, i) => {
      const x = nameWidth + i * 150;
      chart.append(svg('rect', { x, y: 8, width: 10, height: 10, class: 'bar ' + series.css }));
      chart.append(svg('text', { x: x + 14, y: 17, class: 'legend' }, series.label));
    });
    lines.forEach((line, row) => {
      const y = top + row * rowHeight;
      chart.append(svg('text', { x: 4, y: y + barHeight * 1.8, class: 'name' }, line.name + ' (' + line.figures.checkIns + ')'));
      SERIES.forEach((series, i) => {
        const rate = line.figures[series.key];
        const barY = y + i * barHeight;
        const barWidth = rate === undefined || rate === null ? 0 : Math.max(1, rate * barArea);
        chart.append(svg('rect', { x: nameWidth, y: barY, width: barWidth, height: barHeight - 2, class: 'bar ' + series.css }));
        chart.append(svg('text', { x: nameWidth + barWidth + 4, y: barY + barHeight - 3, class: 'value' }, percent(rate)));
      });
    });
    container.replaceChildren(chart);
  }

  function showResults(results) {
    $('results').tBodies[0].replaceChildren(...results.map((result) => {
      const row = el('tr', result.isNegative ? 'negative' : '');
      const solved = result.solved === true ? 'yes' : result.solved === false ? 'no' : '';
      row.append(
        el('td', '', result.complaintReference),
        el('td', '', result.category),
        el('td', '', result.agentName || ''),
        el('td', '', result.status),
        el('td', '', solved),
        el('td', '', result.rating || ''),
        el('td', 'comment customer-text', result.comment || ''),
        el('td', '', time(result.resolvedAt)),
        el('td', '', time(result.answeredAt)));
      return row;
    }));
  }

  async function load() {
    $('error').textContent = '';
    const parameters = query();
    $('export').href = '/agent/api/results/export.csv?' + parameters;
    const response = await fetch('/agent/api/results?' + parameters, { credentials: 'same-origin' });
    if (response.status === 401) {
      window.location.href = '/agent/sign-in';
      return;
    }

    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      $('error').textContent = problem.title || ('The results could not be loaded (' + response.status + ').');
      return;
    }

    const report = await response.json();
    $('range').textContent = 'Complaints resolved ' + time(report.from) + ' – ' + time(report.to);
    showFigures(report.summary.overall);
    drawChart($('chart-category'), report.summary.byCategory);
    drawChart($('chart-agent'), report.summary.byAgent);
    $('agent-names').replaceChildren(...report.summary.byAgent.map((line) => { const option = el('option'); option.value = line.name; return option; }));
    showResults(report.results);
    document.body.dataset.loaded = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    const today = new Date();
    const monthAgo = new Date(today);
    monthAgo.setUTCDate(monthAgo.getUTCDate() - 30);
    $('from').value = day(monthAgo);
    $('to').value = day(today);
    $('filter').addEventListener('submit', (event) => { event.preventDefault(); load(); });
    load();
  });
})();
