/*
 * PNP Flow's Tasklist plugins, listed in config.js (customScripts):
 *  - a "Case file" tab on every task (tasklist.task.detail): the whole file of the task,
 *    as the case file page shows it, with its notes form;
 *  - the file number on every task card (tasklist.card), a link to the file's page, and
 *    whether the file waits on the applicant (until when) or is on hold;
 *  - "Next file" and links to the case file and team pages in the header
 *    (tasklist.navbar.action).
 * They call PNP Flow's API with Tasklist's session; changes carry its CSRF token.
 */
const VIEW = '/common/case-file-view.js';
const I18N = '/common/i18n.js';
const STYLES = '/common/case-file.css';

function ensureStyles() {
  if (!document.querySelector('link[data-pnp-styles]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLES;
    link.setAttribute('data-pnp-styles', '');
    document.head.appendChild(link);
  }
}

function headers(lang, token) {
  const sent = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', 'Accept-Language': lang };
  if (token !== undefined) {
    sent['X-XSRF-TOKEN'] = token || '';
    sent['Content-Type'] = 'application/json';
  }
  return sent;
}

/** The sentence of a refusal (a problem's detail), or its status. */
async function detailOf(response) {
  try {
    return (await response.json()).detail || String(response.status);
  } catch (unreadable) {
    return String(response.status);
  }
}

function message(node, text, className) {
  node.textContent = '';
  const p = document.createElement('p');
  p.className = className || 'pnp-status';
  p.textContent = text;
  node.appendChild(p);
}

const caseFileTab = {
  id: 'pnp-case-file-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: { label: 'PNP_CASE_FILE' },
  render: async (node, { api, taskId }) => {
    ensureStyles();
    const [{ renderCaseFile }, { browserLanguage, words }] = await Promise.all([import(VIEW), import(I18N)]);
    const lang = browserLanguage();
    const t = words(lang);
    const holder = document.createElement('div');
    holder.className = 'pnp-tab';
    node.appendChild(holder);
    message(holder, t('common.loading'));
    const response = await fetch('/api/case-files/by-task/' + encodeURIComponent(taskId),
      { credentials: 'same-origin', headers: headers(lang) });
    if (response.status === 404) {
      message(holder, t('case.notAFile'));
      return;
    }
    if (!response.ok) {
      message(holder, t('common.error', { detail: await detailOf(response) }), 'pnp-status pnp-error');
      return;
    }
    const view = await response.json();
    renderCaseFile(holder, view, {
      lang, level: 3, pageLink: true,
      addNote: (topic, body) => fetch('/api/case-files/' + encodeURIComponent(view.fileNumber) + '/notes', {
        method: 'POST', credentials: 'same-origin', headers: headers(lang, api.CSRFToken),
        body: JSON.stringify({ topic, body })
      })
    });
  }
};

// the cards drawn at once are read in one request
let pending = null;

function cardOf(taskId) {
  // at most 50 cards a request, as the API takes
  if (!pending || pending.ids.length >= 50) {
    const batch = { ids: [], promise: null };
    batch.promise = new Promise((resolve) => setTimeout(resolve, 30)).then(async () => {
      if (pending === batch) {
        pending = null;
      }
      const query = batch.ids.map((id) => 'taskId=' + encodeURIComponent(id)).join('&');
      const response = await fetch('/api/task-cards?' + query, { credentials: 'same-origin', headers: headers('en') });
      return response.ok ? response.json() : [];
    });
    pending = batch;
  }
  pending.ids.push(taskId);
  return pending.promise.then((cards) => cards.find((card) => card.taskId === taskId));
}

const taskCard = {
  id: 'pnp-case-file-card',
  pluginPoint: 'tasklist.card',
  // above the card's variables (200), so that it shows on a collapsed card too
  priority: 300,
  render: async (node, { taskId }) => {
    ensureStyles();
    const [{ browserLanguage, words, day }, card] = await Promise.all([import(I18N), cardOf(taskId)]);
    if (!card || !card.fileNumber) {
      return;
    }
    const t = words(browserLanguage());
    const line = document.createElement('div');
    line.className = 'pnp-card';
    line.setAttribute('data-file', card.fileNumber);
    const link = document.createElement('a');
    link.href = '/case-files/?file=' + encodeURIComponent(card.fileNumber);
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = card.fileNumber;
    link.setAttribute('aria-label', t('case.title', { file: card.fileNumber }) + ' – ' + t('case.openPage'));
    line.appendChild(link);
    const badge = (text, kind) => {
      const span = document.createElement('span');
      span.className = 'pnp-badge pnp-badge-' + kind;
      span.textContent = text;
      line.appendChild(document.createTextNode(' '));
      line.appendChild(span);
    };
    if (card.waitingReason) {
      badge(card.waitingUntil ? t('team.waitingUntil', { date: day(card.waitingUntil) }) : t('case.waitingNoEnd'), 'waiting');
    }
    if (card.onHold) {
      badge(t('team.onHold'), 'hold');
    }
    node.appendChild(line);
  }
};

const navbar = {
  id: 'pnp-navbar',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: async (node, { api }) => {
    ensureStyles();
    const { browserLanguage, words } = await import(I18N);
    const lang = browserLanguage();
    const t = words(lang);
    const bar = document.createElement('span');
    bar.className = 'pnp-navbar';
    const link = (href, text) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      a.className = 'pnp-nav-link';
      bar.appendChild(a);
    };
    link('/case-files/', t('nav.caseFiles'));
    link('/team/', t('nav.team'));
    const next = document.createElement('button');
    next.type = 'button';
    next.className = 'pnp-next-file btn btn-link';
    next.textContent = t('team.next');
    next.title = t('team.nextHint');
    const status = document.createElement('span');
    status.className = 'pnp-nav-status';
    status.setAttribute('role', 'status');
    next.addEventListener('click', async () => {
      const response = await fetch('/api/team/next', {
        method: 'POST', credentials: 'same-origin', headers: headers(lang, api.CSRFToken), body: '{}'
      });
      if (response.status === 200) {
        const claimed = await response.json();
        status.textContent = t('team.claimed', { task: claimed.name });
        window.location.hash = '#/?task=' + encodeURIComponent(claimed.taskId);
        return;
      }
      status.textContent = response.status === 204 ? t('team.nothingNext') : t('common.error', { detail: await detailOf(response) });
    });
    bar.appendChild(next);
    bar.appendChild(status);
    node.appendChild(bar);
  }
};

export default [caseFileTab, taskCard, navbar];
