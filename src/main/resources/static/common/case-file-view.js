/*
 * Draws one file's case view from GET /api/case-files/{fileNumber}: the file at a glance,
 * whether it waits on the applicant, its open tasks, the parties, documents, payments,
 * letters and certificate, verification, interviews, recommendations, notes (with a form
 * to add one) and one timeline. Used by the case file page and by Tasklist's "Case file"
 * tab, so staff see the same file the same way in both.
 */
import { el, facts, table, uid, problemOf } from './dom.js';
import { code, day, duration, money, time, words } from './i18n.js';

const KINDS = ['STEP', 'NOTE', 'LETTER', 'AUDIT'];

/**
 * @param container where to draw (emptied first)
 * @param view the API's answer
 * @param options lang ('en' or 'fr'), level (the heading level of the file's title),
 *   addNote (topic, body) => Promise<Response>, pageLink (a link to the file's own page)
 */
export function renderCaseFile(container, view, options) {
  const lang = options.lang;
  const t = words(lang);
  const level = options.level || 2;
  const h = (offset, text, id) => el('h' + Math.min(6, level + offset), { id, text });
  container.textContent = '';
  const titleId = uid('pnp-file');
  const root = el('article', { class: 'pnp-case', 'aria-labelledby': titleId, 'data-file': view.fileNumber });
  container.appendChild(root);

  root.appendChild(h(0, t('case.title', { file: view.fileNumber }), titleId));
  root.appendChild(glance(view, t, lang));
  if (options.pageLink) {
    root.appendChild(el('p', {}, el('a', {
      href: '/case-files/?file=' + encodeURIComponent(view.fileNumber),
      target: '_blank', rel: 'noopener', text: t('case.openPage')
    })));
  }

  const sections = [];
  const section = (key, build) => {
    const id = uid('pnp-section');
    const part = el('section', { class: 'pnp-part', 'aria-labelledby': id, 'data-part': key });
    part.appendChild(h(1, t('section.' + key), id));
    build(part);
    sections.push({ key, id, part });
  };
  const withheld = new Set(view.withheld || []);

  section('tasks', (part) => part.appendChild(openTasks(view, t)));
  if (!withheld.has('PARTIES')) {
    section('parties', (part) => part.appendChild(parties(view, t, h)));
  }
  if (!withheld.has('DOCUMENTS')) {
    section('documents', (part) => {
      part.appendChild(documents(view, t));
      part.appendChild(h(2, t('section.checklist')));
      part.appendChild(checklist(view, t));
    });
  }
  if (!withheld.has('PAYMENTS')) {
    section('payments', (part) => {
      part.appendChild(payments(view, t, lang));
      if (view.refunds.length) {
        part.appendChild(h(2, t('refunds.title')));
        part.appendChild(refunds(view, t, lang));
      }
    });
  }
  if (!withheld.has('LETTERS')) {
    section('letters', (part) => {
      part.appendChild(letters(view, t));
      if (view.certificate) {
        part.appendChild(h(2, t('certificate.title', { number: view.certificate.certificateNumber })));
        part.appendChild(certificate(view.certificate, t));
      }
    });
  }
  if (!withheld.has('VERIFICATION')) {
    section('verification', (part) => part.appendChild(verification(view, t)));
  }
  if (!withheld.has('INTERVIEWS')) {
    section('interviews', (part) => {
      part.appendChild(interviews(view, t));
      if (view.siteVisits.length) {
        part.appendChild(h(2, t('siteVisits.title')));
        part.appendChild(siteVisits(view, t));
      }
    });
  }
  if (!withheld.has('RECOMMENDATIONS')) {
    section('recommendations', (part) => {
      part.appendChild(recommendations(view, t));
      if (view.signOffs.length) {
        part.appendChild(h(2, t('signOffs.title')));
        part.appendChild(signOffs(view, t));
      }
    });
  }
  if (!withheld.has('NOTES')) {
    section('notes', (part) => notes(part, view, t, h, options));
  }
  section('timeline', (part) => timeline(part, view, t, lang));

  const nav = el('nav', { class: 'pnp-parts', 'aria-label': t('case.parts') },
    el('ul', {}, sections.map((s) => el('li', {}, el('a', { href: '#' + s.id, text: t('section.' + s.key) })))));
  root.appendChild(nav);
  sections.forEach((s) => root.appendChild(s.part));
  if (withheld.size) {
    root.appendChild(el('p', { class: 'pnp-muted' },
      t('case.withheld', { parts: [...withheld].map((part) => t('withheld.' + part)).join(', ') })));
  }
  return root;
}

function glance(view, t, lang) {
  const s = view.summary;
  const box = el('div', { class: 'pnp-glance' });
  box.appendChild(el('p', { class: 'pnp-meta' },
    [s.streamName, code(t, s.status), s.stage, t('case.priority', { priority: code(t, s.priority) }),
      t('case.received', { date: day(s.receivedAt) })].join(' · ')));
  const flags = s.flags && s.flags.length ? s.flags : null;
  box.appendChild(el('p', { class: 'pnp-flags' },
    el('span', { class: 'pnp-label', text: t('case.flags') }),
    flags ? flags.map((flag) => el('span', { class: 'pnp-badge pnp-badge-flag', text: code(t, flag) })) : t('case.noFlags')));
  if (view.waiting) {
    box.appendChild(el('p', { class: 'pnp-banner pnp-banner-waiting', role: 'status' }, waitingText(view.waiting, t)));
  }
  if (s.onHold) {
    box.appendChild(el('p', { class: 'pnp-banner pnp-banner-hold', role: 'status', text: t('case.onHold', { reason: s.onHold }) }));
  }
  if (!view.parties && !(view.withheld || []).includes('PARTIES')) {
    box.appendChild(el('p', { class: 'pnp-muted', text: t('case.archived') }));
  }
  return box;
}

/** "Waiting on the applicant: missing information (Wait for documents) since …, until …". */
export function waitingText(waiting, t) {
  const reasonKey = 'reason.' + waiting.reason;
  const reason = t(reasonKey) === reasonKey ? waiting.step : t(reasonKey) + ' (' + waiting.step + ')';
  return [t('case.waiting', { reason }), t('case.waitingSince', { date: day(waiting.since) }),
    waiting.until ? t('case.waitingUntil', { date: day(waiting.until) }) : t('case.waitingNoEnd')].join(', ');
}

function queueName(t, queue) {
  if (!queue) {
    return '—';
  }
  const key = 'queue.' + queue;
  return t(key) === key ? queue : t(key);
}

function openTasks(view, t) {
  if (!view.openTasks.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.tasks'), [t('col.task'), t('col.queue'), t('col.assignee'), t('col.due'), t('col.priority')],
    view.openTasks.map((task) => [task.name, queueName(t, task.queue), task.assignee, day(task.due), String(task.priority)]));
}

function parties(view, t, h) {
  const wrap = el('div', { class: 'pnp-parties' });
  if (!view.parties) {
    wrap.appendChild(el('p', { text: t('case.archived') }));
    return wrap;
  }
  const a = view.parties.applicant;
  wrap.appendChild(h(2, t('party.applicant')));
  wrap.appendChild(facts([[t('party.name'), a.givenNames + ' ' + a.familyName], [t('party.born'), a.dateOfBirth],
    [t('party.citizenship'), a.countryOfCitizenship], [t('party.passport'), a.passportNumber],
    [t('party.email'), a.email], [t('party.phone'), a.phone], [t('party.address'), a.address],
    [t('party.language'), code(t, a.preferredLanguage)]]));
  const r = view.parties.representative;
  if (r) {
    wrap.appendChild(h(2, t('party.representative')));
    wrap.appendChild(facts([[t('party.name'), r.fullName], [t('party.organisation'), r.organisation],
      [t('party.licence'), r.licenceNumber], [t('party.email'), r.email]]));
  }
  const e = view.parties.employer;
  if (e) {
    wrap.appendChild(h(2, t('party.employer')));
    wrap.appendChild(facts([[t('party.name'), e.legalName], [t('party.businessNumber'), e.businessNumber],
      [t('party.address'), e.address], [t('party.contact'), [e.contactName, e.contactPhone, e.contactEmail].filter(Boolean).join(' · ')]]));
  }
  return wrap;
}

function documents(view, t) {
  if (!view.documents.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.documents'),
    [t('col.type'), t('col.received'), t('col.issued'), t('col.expires'), t('col.number'), t('col.content')],
    view.documents.map((d) => [d.documentTypeName, day(d.receivedAt), day(d.issuedOn), day(d.expiresOn), d.documentNumber,
      d.contentUrl ? el('a', { href: d.contentUrl, download: '', text: t('document.download', { name: d.fileName || d.documentTypeName }) })
        : el('span', { class: 'pnp-muted', text: t('document.noContent') })]));
}

function checklist(view, t) {
  if (!view.checklist.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.checklist'), [t('col.item'), t('col.result'), t('col.problem')],
    view.checklist.map((item) => ({
      attributes: { class: item.state === 'RECEIVED' || item.state === 'RECEIVED_ON_PAPER' ? '' : 'pnp-row-problem' },
      cells: [item.documentTypeName, code(t, item.state), item.problem]
    })));
}

function payments(view, t, lang) {
  if (!view.payments.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.payments'),
    [t('col.kind'), t('col.method'), t('col.amount'), t('col.reference'), t('col.received'), t('col.status')],
    view.payments.map((p) => [code(t, p.kind), code(t, p.method), money(p.amount, lang), p.reference, day(p.receivedAt),
      code(t, p.status) + (p.reversalReason ? ' (' + p.reversalReason + ')' : '')]));
}

function refunds(view, t, lang) {
  return table(t('refunds.title'), [t('col.amount'), t('col.reason'), t('col.status'), t('col.requested'), t('col.decided')],
    view.refunds.map((r) => [money(r.amount, lang), r.reason, code(t, r.status),
      day(r.requestedAt) + (r.requestedBy ? ' · ' + r.requestedBy : ''),
      r.decidedAt ? day(r.decidedAt) + (r.decidedBy ? ' · ' + r.decidedBy : '') : '—']));
}

function letters(view, t) {
  if (!view.letters.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.letters'), [t('col.letter'), t('col.language'), t('col.made'), t('col.sentTo'), t('col.pdf')],
    view.letters.map((letter) => [letter.subject, code(t, letter.language.toUpperCase()), time(letter.createdAt),
      letter.sent.length ? letter.sent.map((s) => s.role.toLowerCase() + ' (' + code(t, s.status) + ')').join(', ') : t('letter.notEmailed'),
      letter.pdfUrl ? el('a', { href: letter.pdfUrl, target: '_blank', rel: 'noopener', text: t('letter.pdf'),
        'aria-label': t('letter.pdf') + ' – ' + letter.subject }) : '—']));
}

function certificate(c, t) {
  const wrap = el('div', {});
  wrap.appendChild(facts([[t('certificate.issued'), c.issuedOn], [t('certificate.expires'), c.expiresOn],
    [t('certificate.status'), code(t, c.status)], [t('certificate.signedBy'), c.signedBy],
    [t('certificate.pr'), c.permanentResidenceOutcome ? code(t, c.permanentResidenceOutcome) : null]]));
  if (c.pdfUrl) {
    wrap.appendChild(el('p', {}, el('a', { href: c.pdfUrl, target: '_blank', rel: 'noopener', text: t('certificate.pdf') })));
  }
  return wrap;
}

function verification(view, t) {
  if (!view.verification.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.verification'), [t('col.check'), t('col.result'), t('col.evidence'), t('col.by'), t('col.when')],
    view.verification.map((v) => ({
      attributes: { class: v.result === 'CLEAR' ? '' : 'pnp-row-problem' },
      cells: [code(t, v.checkType), code(t, v.result), v.evidence, v.checkedBy, time(v.checkedAt)]
    })));
}

function interviews(view, t) {
  if (!view.interviews.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.interviews'), [t('col.scheduled'), t('col.mode'), t('col.location'), t('col.outcome'), t('col.notes'), t('col.by')],
    view.interviews.map((i) => [i.scheduledFor ? i.scheduledFor.replace('T', ' ').slice(0, 16) : '—', code(t, i.mode), i.location,
      code(t, i.outcome), i.notes, i.recordedBy]));
}

function siteVisits(view, t) {
  return table(t('siteVisits.title'), [t('col.planned'), t('col.location'), t('col.visited'), t('col.findings'), t('col.result'), t('col.by')],
    view.siteVisits.map((v) => [day(v.plannedOn), v.plannedAddress, day(v.visitedOn), v.findings || v.observations,
      code(t, v.result), v.recordedBy]));
}

function recommendations(view, t) {
  if (!view.recommendations.length) {
    return el('p', { text: t('common.none') });
  }
  return table(t('section.recommendations'), [t('col.recommendation'), t('col.reason'), t('col.points'), t('col.by'), t('col.when')],
    view.recommendations.map((r) => [code(t, r.recommendation), r.reasons,
      r.pointsTotal === null || r.pointsTotal === undefined ? '—' : r.pointsTotal + ' / ' + r.passMark, r.recommendedBy, time(r.recommendedAt)]));
}

function signOffs(view, t) {
  return table(t('signOffs.title'), [t('col.role'), t('col.decision'), t('col.comments'), t('col.by'), t('col.when')],
    view.signOffs.map((s) => [code(t, s.role), code(t, s.decision), s.comments, s.decidedBy, time(s.decidedAt)]));
}

function notes(part, view, t, h, options) {
  const list = el('ul', { class: 'pnp-notes' });
  const draw = () => {
    list.textContent = '';
    if (!view.notes.length) {
      list.appendChild(el('li', { text: t('common.none') }));
    }
    [...view.notes].reverse().forEach((note) => list.appendChild(el('li', {},
      el('p', { class: 'pnp-note-head' }, el('strong', { text: note.topic }), ' — ' + t('notes.by', { author: note.author, date: time(note.writtenAt) })),
      el('p', { class: 'pnp-note-body', text: note.body }))));
  };
  draw();
  part.appendChild(list);
  if (!view.mayAddNote || !options.addNote) {
    return;
  }
  const topicId = uid('pnp-topic');
  const bodyId = uid('pnp-body');
  const hintId = uid('pnp-hint');
  const status = el('p', { class: 'pnp-status', role: 'status', 'aria-live': 'polite' });
  const topic = el('input', { id: topicId, name: 'topic', maxlength: 60, autocomplete: 'off' });
  const body = el('textarea', { id: bodyId, name: 'body', rows: 4, maxlength: 4000, required: true, 'aria-describedby': hintId });
  const form = el('form', { class: 'pnp-note-form' },
    el('fieldset', {},
      el('legend', { text: t('notes.add') }),
      el('label', { for: topicId, text: t('notes.topic') }), topic,
      el('label', { for: bodyId, text: t('notes.body') }), body,
      el('p', { id: hintId, class: 'pnp-hint', text: t('notes.hint') }),
      el('button', { type: 'submit', class: 'pnp-button pnp-button-primary', text: t('notes.submit') }),
      status));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = t('common.loading');
    const response = await options.addNote(topic.value, body.value);
    if (!response.ok) {
      status.textContent = t('common.error', { detail: await problemOf(response) });
      status.classList.add('pnp-error');
      return;
    }
    view.notes.push(await response.json());
    topic.value = '';
    body.value = '';
    status.classList.remove('pnp-error');
    status.textContent = t('notes.added');
    draw();
  });
  part.appendChild(form);
}

function timeline(part, view, t, lang) {
  const present = KINDS.filter((kind) => view.timeline.some((entry) => entry.kind === kind));
  const shown = new Set(present);
  const list = el('ol', { class: 'pnp-timeline' });
  const draw = () => {
    list.textContent = '';
    const entries = view.timeline.filter((entry) => shown.has(entry.kind));
    if (!entries.length) {
      list.appendChild(el('li', { text: t('timeline.empty') }));
    }
    entries.forEach((entry) => list.appendChild(timelineEntry(entry, t, lang)));
  };
  if (present.length > 1) {
    part.appendChild(el('fieldset', { class: 'pnp-filter' }, el('legend', { text: t('timeline.show') }),
      present.map((kind) => {
        const id = uid('pnp-kind');
        const box = el('input', { type: 'checkbox', id, checked: true, 'data-kind': kind });
        box.addEventListener('change', () => {
          if (box.checked) {
            shown.add(kind);
          } else {
            shown.delete(kind);
          }
          draw();
        });
        return el('span', { class: 'pnp-check' }, box, el('label', { for: id, text: t('timeline.kind.' + kind) }));
      })));
  }
  draw();
  part.appendChild(list);
}

function timelineEntry(entry, t, lang) {
  const details = [];
  if (entry.kind === 'STEP') {
    details.push(t('timeline.state.' + entry.state));
    // how long a step took, when it took a minute or more (most service steps take less)
    if (entry.state !== 'OPEN' && entry.startedAt && new Date(entry.at) - new Date(entry.startedAt) >= 60000) {
      details.push(t('timeline.took', { duration: duration(entry.startedAt, entry.at) }));
    }
  }
  if (entry.kind === 'LETTER') {
    details.push(code(t, (entry.language || '').toUpperCase()));
    details.push(entry.sent && entry.sent.length
      ? t('timeline.emailedTo', { recipients: entry.sent.map((s) => s.role.toLowerCase()).join(', ') }) : t('letter.notEmailed'));
  }
  if (entry.actor) {
    details.push(t('timeline.by', { actor: entry.actor }));
  }
  return el('li', { class: 'pnp-entry pnp-entry-' + entry.kind.toLowerCase(), 'data-kind': entry.kind },
    el('time', { datetime: entry.at, text: time(entry.at) }),
    el('span', { class: 'pnp-badge pnp-badge-' + entry.kind.toLowerCase(), text: t('timeline.entry.' + entry.kind) }),
    el('span', { class: 'pnp-entry-title', text: entry.kind === 'AUDIT' ? code(t, entry.title) : entry.title }),
    details.length ? el('span', { class: 'pnp-entry-meta', text: ' · ' + details.join(' · ') }) : null,
    entry.detail ? el('p', { class: 'pnp-entry-detail', text: entry.detail }) : null);
}
