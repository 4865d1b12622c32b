/*
 * The reports page: signs in with Camunda's web-app login (the same session as Tasklist),
 * reads /api/reports/* for the filters chosen, and shows each report's tables with their
 * charts and their CSV and Excel downloads. The filters and the report shown are kept in
 * the address, so a link opens the same view.
 */
(function () {
  'use strict';

  var REPORTS = [
    { id: 'trends', label: 'Trends' },
    { id: 'service-times', label: 'Service times' },
    { id: 'queues', label: 'Queues' },
    { id: 'decisions', label: 'Decisions' },
    { id: 'revenue-summary', label: 'Revenue' }
  ];
  var JSON_REQUEST = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  var engine = 'default';
  var current = 'trends';

  function $(id) { return document.getElementById(id); }

  function show(section) {
    ['sign-in', 'refused', 'dashboard'].forEach(function (id) { $(id).hidden = id !== section; });
  }

  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function problemText(response, fallback) {
    return response.json().then(function (problem) {
      return problem.detail || fallback;
    }, function () { return fallback; });
  }

  /**
   * The engine and the token Camunda's web apps ask of every sign-in and sign-out. A call
   * to the web apps first, so that they have started the session and its token.
   */
  function webAppSession() {
    return fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' })
      .then(function () { return fetch('/pages/session', { credentials: 'same-origin' }); })
      .then(function (response) { return response.json(); })
      .then(function (session) {
        engine = session.engine;
        return session.xsrfToken || '';
      });
  }

  function signIn(event) {
    event.preventDefault();
    $('sign-in-error').hidden = true;
    webAppSession().then(function (token) {
      var body = new URLSearchParams();
      body.set('username', $('username').value);
      body.set('password', $('password').value);
      return fetch('/camunda/api/admin/auth/user/' + encodeURIComponent(engine) + '/login/welcome', {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'X-XSRF-TOKEN': token || '', 'Content-Type': 'application/x-www-form-urlencoded' }
      });
    }).then(function (response) {
      if (!response.ok) {
        $('sign-in-error').textContent = 'Wrong user name or password.';
        $('sign-in-error').hidden = false;
        return;
      }
      $('password').value = '';
      start();
    });
  }

  function signOut() {
    webAppSession().then(function (token) {
      return fetch('/camunda/api/admin/auth/user/' + encodeURIComponent(engine) + '/logout', {
        method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': token || '' }
      });
    }).then(function () { window.location.reload(); });
  }

  function readFilters() {
    var params = new URLSearchParams(window.location.search);
    $('from').value = params.get('from') || (today().slice(0, 4) + '-01-01');
    $('to').value = params.get('to') || today();
    $('stream').value = params.get('stream') || '';
    var report = params.get('report');
    if (REPORTS.some(function (r) { return r.id === report; })) { current = report; }
  }

  function query() {
    var params = new URLSearchParams();
    params.set('from', $('from').value);
    params.set('to', $('to').value);
    if ($('stream').value) { params.set('stream', $('stream').value); }
    return params;
  }

  function remember() {
    var params = query();
    params.set('report', current);
    window.history.replaceState(null, '', '?' + params.toString());
  }

  function tabs() {
    var nav = $('tabs');
    nav.textContent = '';
    REPORTS.forEach(function (report) {
      var tab = document.createElement('a');
      tab.href = '#' + report.id;
      tab.textContent = report.label;
      tab.dataset.report = report.id;
      if (report.id === current) { tab.setAttribute('aria-current', 'page'); }
      tab.addEventListener('click', function (event) {
        event.preventDefault();
        current = report.id;
        tabs();
        load();
      });
      nav.appendChild(tab);
    });
  }

  function formatted(value, type) {
    if (value === null || value === undefined || value === '') { return '—'; }
    if (typeof value !== 'number') { return String(value); }
    if (type === 'money') {
      return value.toLocaleString('en-CA', { style: 'currency', currency: 'CAD' });
    }
    if (type === 'days' || type === 'percent') {
      return value.toLocaleString('en-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    }
    return value.toLocaleString('en-CA');
  }

  function download(href, text) {
    var link = document.createElement('a');
    link.className = 'download';
    link.href = href;
    link.textContent = text;
    link.setAttribute('download', '');
    return link;
  }

  function tableElement(table) {
    var wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    var element = document.createElement('table');
    element.dataset.table = table.id;
    var head = element.createTHead().insertRow();
    table.columns.forEach(function (column) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column.label;
      head.appendChild(th);
    });
    var body = element.createTBody();
    table.rows.forEach(function (row) {
      var tr = body.insertRow();
      if (row[0] === 'Total') { tr.className = 'total'; }
      row.forEach(function (value, i) {
        tr.insertCell().textContent = formatted(value, table.columns[i].type);
      });
    });
    if (table.rows.length === 0) {
      var empty = body.insertRow().insertCell();
      empty.colSpan = table.columns.length;
      empty.textContent = 'Nothing to show for these filters.';
    }
    wrap.appendChild(element);
    return wrap;
  }

  function render(report) {
    var container = $('reports');
    container.textContent = '';
    var section = document.createElement('section');
    section.className = 'report';
    section.dataset.report = report.id;
    var head = document.createElement('div');
    head.className = 'report-head';
    var title = document.createElement('h2');
    title.textContent = report.title;
    head.appendChild(title);
    head.appendChild(download('/api/reports/' + report.id + '.xlsx?' + query().toString(), 'Download Excel (all tables)'));
    section.appendChild(head);
    var notes = document.createElement('ul');
    notes.className = 'notes';
    report.notes.forEach(function (note) {
      var item = document.createElement('li');
      item.textContent = note;
      notes.appendChild(item);
    });
    section.appendChild(notes);
    var grid = document.createElement('div');
    grid.className = 'grid';
    report.tables.forEach(function (table) {
      var panel = document.createElement('div');
      panel.className = 'panel';
      panel.dataset.table = table.id;
      var panelHead = document.createElement('div');
      panelHead.className = 'panel-head';
      var h3 = document.createElement('h3');
      h3.textContent = table.title;
      panelHead.appendChild(h3);
      panelHead.appendChild(download('/api/reports/' + report.id + '/' + table.id + '.csv?' + query().toString(), 'CSV'));
      panel.appendChild(panelHead);
      var chart = window.PnpCharts.draw(table);
      if (chart) { panel.appendChild(chart); }
      panel.appendChild(tableElement(table));
      grid.appendChild(panel);
    });
    section.appendChild(grid);
    container.appendChild(section);
    $('as-of').textContent = 'As of ' + new Date().toLocaleString('en-CA');
  }

  function load() {
    remember();
    $('error').hidden = true;
    $('loading').textContent = 'Loading…';
    fetch('/api/reports/' + current + '?' + query().toString(), { credentials: 'same-origin', headers: JSON_REQUEST })
      .then(function (response) {
        if (response.status === 401) { show('sign-in'); return null; }
        if (!response.ok) {
          return problemText(response, 'The report could not be read.').then(function (text) {
            $('error').textContent = text;
            $('error').hidden = false;
            return null;
          });
        }
        return response.json();
      })
      .then(function (report) {
        $('loading').textContent = '';
        if (report) { render(report); }
      }, function () {
        $('loading').textContent = '';
        $('error').textContent = 'The server could not be reached.';
        $('error').hidden = false;
      });
  }

  function whoAmI() {
    return fetch('/camunda/api/admin/auth/user/' + encodeURIComponent(engine), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (user) {
        if (user && user.userId) {
          $('user').textContent = user.userId;
          $('user').hidden = false;
          $('sign-out').hidden = false;
        }
      });
  }

  function start() {
    fetch('/api/reports', { credentials: 'same-origin', headers: JSON_REQUEST }).then(function (response) {
      if (response.status === 401) { show('sign-in'); return; }
      if (!response.ok) {
        return problemText(response, 'Reports are for managers and analysts.').then(function (text) {
          $('refused-text').textContent = text;
          show('refused');
          whoAmI();
        });
      }
      return response.json().then(function (streams) {
        var select = $('stream');
        while (select.options.length > 1) { select.remove(1); }
        streams.forEach(function (stream) { select.add(new Option(stream.name, stream.code)); });
        readFilters();
        show('dashboard');
        whoAmI();
        tabs();
        load();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('filters').addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });
    webAppSession().then(start, start);
  });
}());
