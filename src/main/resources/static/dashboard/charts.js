/*
 * Charts of a report table, drawn as SVG with no library: grouped horizontal bars
 * ("bar") or stacked columns ("stacked"), from the columns the table names in "series".
 * Rows whose first value is "Total" are left out of the chart (they stay in the table).
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var COLOURS = ['#b5152b', '#3a78b5', '#62a55c', '#e0a030', '#7c5ca8', '#2f9ca0', '#c65d8f', '#8a8a8a'];
  var MAX_ROWS = 20;

  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function seriesOf(table) {
    return (table.series || []).map(function (id) {
      var index = table.columns.findIndex(function (column) { return column.id === id; });
      return { id: id, index: index, label: table.columns[index].label };
    }).filter(function (series) { return series.index >= 0; });
  }

  function rowsOf(table) {
    return table.rows.filter(function (row) { return row[0] !== 'Total'; }).slice(0, MAX_ROWS);
  }

  function value(row, series) {
    var v = row[series.index];
    return (typeof v === 'number' && isFinite(v)) ? v : 0;
  }

  function niceMax(max) {
    if (max <= 0) { return 1; }
    var power = Math.pow(10, Math.floor(Math.log10(max)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= max) { return steps[i] * power; }
    }
    return 10 * power;
  }

  function format(v) {
    return (Math.round(v * 10) / 10).toLocaleString('en-CA');
  }

  function legend(series) {
    var list = document.createElement('ul');
    list.className = 'legend';
    series.forEach(function (s, i) {
      var item = document.createElement('li');
      var swatch = document.createElement('i');
      swatch.style.background = COLOURS[i % COLOURS.length];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(s.label));
      list.appendChild(item);
    });
    return list;
  }

  /** Grouped horizontal bars: one group per row, one bar per series. */
  function bars(table, series, rows) {
    var labelWidth = 220, width = 800, barHeight = 14, gap = 10;
    var groupHeight = series.length * barHeight + gap;
    var height = rows.length * groupHeight + 30;
    var max = niceMax(Math.max.apply(null, rows.map(function (row) {
      return Math.max.apply(null, series.map(function (s) { return value(row, s); }));
    })));
    var plot = width - labelWidth - 60;
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img',
      'aria-label': table.title });
    for (var t = 0; t <= 4; t++) {
      var x = labelWidth + plot * t / 4;
      svg.appendChild(el('line', { x1: x, x2: x, y1: 0, y2: height - 20, class: 'axis' }));
      svg.appendChild(el('text', { x: x, y: height - 6, 'text-anchor': 'middle' }, format(max * t / 4)));
    }
    rows.forEach(function (row, r) {
      var top = r * groupHeight + 4;
      var label = String(row[0]);
      svg.appendChild(el('text', { x: labelWidth - 8, y: top + (series.length * barHeight) / 2 + 4,
        'text-anchor': 'end' }, label.length > 34 ? label.slice(0, 33) + '…' : label));
      series.forEach(function (s, i) {
        var v = value(row, s);
        var bar = el('rect', { x: labelWidth, y: top + i * barHeight, height: barHeight - 2,
          width: Math.max(0, plot * v / max), fill: COLOURS[i % COLOURS.length], 'data-value': v });
        bar.appendChild(el('title', {}, label + ' · ' + s.label + ': ' + format(v)));
        svg.appendChild(bar);
        svg.appendChild(el('text', { x: labelWidth + plot * v / max + 4, y: top + i * barHeight + barHeight - 4 },
          format(v)));
      });
    });
    return svg;
  }

  /** Stacked columns: one column per row, the series stacked in it. */
  function stacked(table, series, rows) {
    var width = 800, height = 300, left = 50, bottom = 40;
    var plotHeight = height - bottom - 10, plotWidth = width - left - 10;
    var max = niceMax(Math.max.apply(null, rows.map(function (row) {
      return series.reduce(function (sum, s) { return sum + value(row, s); }, 0);
    })));
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img',
      'aria-label': table.title });
    for (var t = 0; t <= 4; t++) {
      var y = 10 + plotHeight - plotHeight * t / 4;
      svg.appendChild(el('line', { x1: left, x2: width - 10, y1: y, y2: y, class: 'axis' }));
      svg.appendChild(el('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, format(max * t / 4)));
    }
    var slot = plotWidth / Math.max(rows.length, 1);
    var barWidth = Math.max(4, Math.min(48, slot * 0.7));
    rows.forEach(function (row, r) {
      var x = left + slot * r + (slot - barWidth) / 2;
      var base = 10 + plotHeight;
      series.forEach(function (s, i) {
        var v = value(row, s);
        var h = plotHeight * v / max;
        base -= h;
        var part = el('rect', { x: x, y: base, width: barWidth, height: Math.max(0, h),
          fill: COLOURS[i % COLOURS.length], 'data-value': v });
        part.appendChild(el('title', {}, row[0] + ' · ' + s.label + ': ' + format(v)));
        svg.appendChild(part);
      });
      if (rows.length <= 24 || r % Math.ceil(rows.length / 24) === 0) {
        var label = String(row[0]);
        svg.appendChild(el('text', { x: x + barWidth / 2, y: height - bottom + 16, 'text-anchor': 'middle' },
          label.length > 14 ? label.slice(0, 13) + '…' : label));
      }
    });
    return svg;
  }

  /** The chart of the table with its legend, or null when it has none or nothing to draw. */
  function draw(table) {
    var series = seriesOf(table);
    var rows = rowsOf(table);
    if (table.chart === 'none' || series.length === 0 || rows.length === 0) { return null; }
    var figure = document.createElement('figure');
    figure.className = 'figure';
    figure.style.margin = '0';
    figure.appendChild(table.chart === 'stacked' ? stacked(table, series, rows) : bars(table, series, rows));
    figure.appendChild(legend(series));
    return figure;
  }

  window.PnpCharts = { draw: draw };
}());
