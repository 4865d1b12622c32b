/*
 * Small helpers to build pages from the API's answers. Every value from the API goes in
 * as text, never as markup.
 */

let counter = 0;

/** A fresh id for labels and headings, unique in the page. */
export function uid(prefix) {
  counter += 1;
  return (prefix || 'pnp') + '-' + counter;
}

/** An element with attributes and children (strings become text). */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name === 'text') {
      element.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    element.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  });
  return element;
}

/**
 * A table with a caption (shown or for screen readers only), column headers and rows of
 * cells (strings or elements).
 */
export function table(caption, headers, rows, options) {
  const settings = options || {};
  const element = el('table', { class: 'pnp-table' },
    el('caption', { class: settings.visibleCaption ? '' : 'pnp-sr-only', text: caption }),
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', { scope: 'col', text: header })))),
    el('tbody', {}, rows.map((row) => el('tr', row.attributes || {}, (row.cells || row).map((cell, i) =>
      i === 0 && settings.rowHeaders ? el('th', { scope: 'row' }, cell === null || cell === undefined ? '—' : cell)
        : el('td', {}, cell === null || cell === undefined || cell === '' ? '—' : cell))))));
  return el('div', { class: 'pnp-table-wrap' }, element);
}

/** A list of terms and their descriptions; empty values left out. */
export function facts(pairs) {
  const list = el('dl', { class: 'pnp-facts' });
  pairs.forEach(([term, description]) => {
    if (description === null || description === undefined || description === '') {
      return;
    }
    list.appendChild(el('dt', { text: term }));
    list.appendChild(el('dd', {}, description));
  });
  return list;
}

/** The detail of a problem answer (RFC 9457), or the status line. */
export async function problemOf(response) {
  try {
    const problem = await response.json();
    const fields = (problem.errors || []).map((error) => error.field + ' ' + error.message).join('; ');
    return fields || problem.detail || response.statusText;
  } catch (unreadable) {
    return response.status + ' ' + response.statusText;
  }
}
