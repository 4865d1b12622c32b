/*
 * What the program's pages share: the session of Camunda's web apps (one sign-in for
 * Tasklist and these pages), calls to our API with that session, the header with its
 * links, the language switch, and the sign-in form.
 */
import { el, uid } from './dom.js';
import { choose, language, words } from './i18n.js';

const READ = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };

/**
 * The engine, the session's token and who is signed in. A call to the web apps first,
 * so that they have started the session and its token.
 */
export async function pageSession() {
  await fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' });
  const response = await fetch('/pages/session', { credentials: 'same-origin', headers: READ });
  return response.json();
}

/** A call to our API with the session; a change carries the session's token. */
export function api(session, path, options) {
  const settings = options || {};
  const headers = Object.assign({}, READ, { 'Accept-Language': settings.lang || language() });
  const init = { method: settings.method || 'GET', credentials: 'same-origin', headers };
  if (init.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = session.xsrfToken || '';
  }
  if (settings.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(settings.body);
  }
  return fetch(path, init);
}

async function signIn(session, user, password) {
  const body = new URLSearchParams();
  body.set('username', user);
  body.set('password', password);
  return fetch('/camunda/api/admin/auth/user/' + encodeURIComponent(session.engine) + '/login/welcome', {
    method: 'POST', credentials: 'same-origin', body,
    headers: { 'X-XSRF-TOKEN': session.xsrfToken || '', 'Content-Type': 'application/x-www-form-urlencoded' }
  });
}

async function signOut(session) {
  await fetch('/camunda/api/admin/auth/user/' + encodeURIComponent(session.engine) + '/logout', {
    method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': session.xsrfToken || '' }
  });
  window.location.reload();
}

/**
 * Draws the page's header and, once someone is signed in, calls
 * {@code ready(main, context)} with the page's main element and
 * {lang, t, session, api(path, options)}. Switching the language draws it again.
 */
export async function startPage(page) {
  const lang = language();
  const t = words(lang);
  document.documentElement.lang = lang;
  document.title = t(page.titleKey) + ' · PNP Flow';
  const body = document.body;
  body.textContent = '';
  const mainId = 'main';
  body.appendChild(el('a', { class: 'pnp-skip', href: '#' + mainId, text: t('nav.skip') }));
  const header = el('header', { class: 'pnp-header' });
  const main = el('main', { id: mainId, tabindex: '-1' });
  body.appendChild(header);
  body.appendChild(main);

  let session = await pageSession();
  const context = {
    lang, t,
    get session() { return session; },
    api: (path, options) => api(session, path, Object.assign({ lang }, options || {}))
  };
  const nav = el('nav', { 'aria-label': 'PNP Flow' }, el('ul', {},
    [['/camunda/app/tasklist/', 'nav.tasklist'], ['/case-files/', 'nav.caseFiles'], ['/team/', 'nav.team'], ['/dashboard/', 'nav.reports']]
      .map(([href, key]) => el('li', {}, el('a', Object.assign({ href, text: t(key) },
        key === page.navKey ? { 'aria-current': 'page' } : {}))))));
  const switcher = el('button', {
    type: 'button', class: 'pnp-link', lang: lang === 'fr' ? 'en' : 'fr',
    'aria-label': t('language.switchLabel'), text: t('language.switch'),
    onclick: () => { choose(lang === 'fr' ? 'en' : 'fr'); startPage(page); }
  });
  const who = el('span', { class: 'pnp-user' });
  const out = el('button', { type: 'button', class: 'pnp-link', text: t('session.signOut'), hidden: true, onclick: () => signOut(session) });
  header.appendChild(el('p', { class: 'pnp-brand' }, 'PNP Flow ', el('span', { text: t(page.titleKey) })));
  header.appendChild(nav);
  header.appendChild(el('div', { class: 'pnp-session' }, who, out, switcher));

  const ready = () => {
    who.textContent = t('session.signedInAs', { user: session.userId });
    out.hidden = false;
    main.textContent = '';
    page.ready(main, context);
  };
  if (session.userId) {
    ready();
    return;
  }
  const userId = uid('pnp-user');
  const passwordId = uid('pnp-password');
  const error = el('p', { class: 'pnp-error', role: 'alert', hidden: true });
  const user = el('input', { id: userId, name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { id: passwordId, name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'pnp-sign-in' },
    el('h1', { text: t('signIn.title') }),
    el('p', { text: t('signIn.intro') }),
    el('label', { for: userId, text: t('signIn.user') }), user,
    el('label', { for: passwordId, text: t('signIn.password') }), password,
    el('button', { type: 'submit', class: 'pnp-button pnp-button-primary', text: t('signIn.submit') }),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const response = await signIn(session, user.value, password.value);
    if (!response.ok) {
      error.textContent = t('signIn.wrong');
      error.hidden = false;
      password.focus();
      return;
    }
    session = await pageSession();
    ready();
  });
  main.appendChild(form);
  user.focus();
}
