/*
 * The case file page: find a file by number, applicant name, passport number or date of
 * birth, and open its whole case view. The address keeps the file open (?file=…), so a
 * link from Tasklist or a colleague opens the same view; a search is kept in the browser's
 * history only, never in the address, since it may hold a name or a passport number.
 */
import { el, table, uid, problemOf } from '../common/dom.js';
import { code, day } from '../common/i18n.js';
import { startPage } from '../common/page.js';
import { renderCaseFile } from '../common/case-file-view.js';

const KEYS = ['FILE_NUMBER', 'NAME', 'PASSPORT_NUMBER', 'DATE_OF_BIRTH'];

startPage({ titleKey: 'caseFiles.title', navKey: 'nav.caseFiles', ready });

function ready(main, context) {
  const { t } = context;
  const titleId = uid('pnp-title');
  main.appendChild(el('h1', { id: titleId, text: t('caseFiles.title') }));
  const byId = uid('pnp-by');
  const qId = uid('pnp-q');
  const hintId = uid('pnp-hint');
  const by = el('select', { id: byId, name: 'by' }, KEYS.map((key) => el('option', { value: key, text: t('search.by.' + key) })));
  const q = el('input', { id: qId, name: 'q', required: true, maxlength: 100, autocomplete: 'off', 'aria-describedby': hintId });
  const hint = el('p', { id: hintId, class: 'pnp-hint' });
  const showHint = () => {
    hint.textContent = t('search.hint.' + by.value);
    q.type = by.value === 'DATE_OF_BIRTH' ? 'date' : 'search';
  };
  by.addEventListener('change', showHint);
  const form = el('form', { class: 'pnp-search', role: 'search', 'aria-label': t('search.title') },
    el('h2', { text: t('search.title') }),
    el('div', { class: 'pnp-fields' },
      el('div', {}, el('label', { for: byId, text: t('search.by') }), by),
      el('div', {}, el('label', { for: qId, text: t('search.q') }), q),
      el('button', { type: 'submit', class: 'pnp-button pnp-button-primary', text: t('search.submit') })),
    hint);
  const status = el('p', { class: 'pnp-status', role: 'status', 'aria-live': 'polite' });
  const results = el('section', { class: 'pnp-results', 'aria-label': t('search.results') });
  const file = el('div', { class: 'pnp-file' });
  main.appendChild(form);
  main.appendChild(status);
  main.appendChild(results);
  main.appendChild(file);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.history.pushState({ by: by.value, q: q.value }, '', window.location.pathname);
    show();
  });
  window.onpopstate = show;

  let lastSearch = null;

  async function search(key, text) {
    lastSearch = { by: key, q: text };
    file.textContent = '';
    results.textContent = '';
    status.textContent = t('common.loading');
    const response = await context.api('/api/case-files/search', { method: 'POST', body: { by: key, q: text } });
    if (!response.ok) {
      status.textContent = t('common.error', { detail: await problemOf(response) });
      return;
    }
    const found = await response.json();
    status.textContent = found.results.length ? t('search.count', { count: found.results.length }) : t('search.nothing');
    if (!found.results.length) {
      return;
    }
    const personal = found.results.some((r) => r.applicantName);
    const headers = [t('search.col.file')].concat(personal ? [t('search.col.applicant'), t('search.col.born'), t('search.col.passport')] : [],
      [t('search.col.stream'), t('search.col.status'), t('search.col.stage'), t('search.col.received')]);
    const rows = found.results.map((r) => [el('a', { href: '?file=' + encodeURIComponent(r.fileNumber), text: r.fileNumber, 'data-file': r.fileNumber,
      onclick: (event) => { event.preventDefault(); window.history.pushState(null, '', '?file=' + encodeURIComponent(r.fileNumber)); show(); } })]
      .concat(personal ? [r.applicantName, day(r.dateOfBirth), r.passportNumber] : [], [r.streamName, code(t, r.status), r.stage, day(r.receivedAt)]));
    const resultsTitle = uid('pnp-results');
    results.appendChild(el('h2', { id: resultsTitle, text: t('search.results') }));
    results.appendChild(table(t('search.results'), headers, rows, { rowHeaders: true }));
    if (found.more) {
      results.appendChild(el('p', { class: 'pnp-hint', text: t('search.more', { count: found.results.length }) }));
    }
  }

  async function open(fileNumber) {
    results.textContent = '';
    file.textContent = '';
    status.textContent = t('common.loading');
    const response = await context.api('/api/case-files/' + encodeURIComponent(fileNumber) + '?via=page');
    if (!response.ok) {
      status.textContent = t('common.error', { detail: await problemOf(response) });
      return;
    }
    status.textContent = '';
    const back = el('p', {}, el('a', { href: './', text: t('search.back'), onclick: (event) => {
      event.preventDefault(); window.history.pushState(lastSearch, '', window.location.pathname); show();
    } }));
    file.appendChild(back);
    const holder = el('div', {});
    file.appendChild(holder);
    const view = await response.json();
    const article = renderCaseFile(holder, view, {
      lang: context.lang, level: 2,
      addNote: (topic, body) => context.api('/api/case-files/' + encodeURIComponent(fileNumber) + '/notes',
        { method: 'POST', body: { topic, body } })
    });
    const heading = article.querySelector('h2');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  function show() {
    const params = new URLSearchParams(window.location.search);
    if (params.get('file')) {
      open(params.get('file'));
      return;
    }
    const asked = window.history.state || {};
    const key = KEYS.includes(asked.by) ? asked.by : 'FILE_NUMBER';
    by.value = key;
    showHint();
    q.value = asked.q || '';
    if (asked.q) {
      search(key, asked.q);
    } else {
      file.textContent = '';
      results.textContent = '';
      status.textContent = '';
    }
  }

  show();
}
