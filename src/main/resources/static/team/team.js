/*
 * The team page: open work per queue (unassigned, overdue, due soon, waiting on the
 * applicant), a queue's tasks highest priority first, the files it waits on; for
 * managers, reassigning one or many tasks of a queue to a member of it; for whoever works
 * a queue, "next file".
 */
import { el, table, uid, problemOf } from '../common/dom.js';
import { day } from '../common/i18n.js';
import { startPage } from '../common/page.js';
import { waitingText } from '../common/case-file-view.js';

startPage({ titleKey: 'team.title', navKey: 'nav.team', ready });

function ready(main, context) {
  const { t } = context;
  const manager = context.session.groups.includes('managers');
  const queueName = (queue) => (t('queue.' + queue) === 'queue.' + queue ? queue : t('queue.' + queue));
  main.appendChild(el('h1', { text: t('team.title') }));

  // next file, for whoever works a queue
  const nextStatus = el('p', { class: 'pnp-status', role: 'status', 'aria-live': 'polite' });
  const nextHint = uid('pnp-next-hint');
  const nextButton = el('button', { type: 'button', id: 'next-file', class: 'pnp-button pnp-button-primary', 'aria-describedby': nextHint, text: t('team.next') });
  nextButton.addEventListener('click', async () => {
    nextStatus.textContent = t('common.loading');
    const response = await context.api('/api/team/next', { method: 'POST', body: {} });
    if (response.status === 204) {
      nextStatus.textContent = t('team.nothingNext');
      return;
    }
    if (!response.ok) {
      nextStatus.textContent = t('common.error', { detail: await problemOf(response) });
      return;
    }
    const claimed = await response.json();
    nextStatus.textContent = '';
    nextStatus.appendChild(document.createTextNode(t('team.claimed', { task: claimed.name }) + ' '));
    nextStatus.appendChild(el('a', { href: '/camunda/app/tasklist/' + encodeURIComponent(context.session.engine) + '/#/?task=' + encodeURIComponent(claimed.taskId),
      text: t('team.openInTasklist') }));
    refresh();
  });
  main.appendChild(el('section', { class: 'pnp-next', 'aria-label': t('team.next') },
    nextButton, el('p', { id: nextHint, class: 'pnp-hint', text: t('team.nextHint') }), nextStatus));

  const overview = el('section', { 'aria-labelledby': 'team-queues' });
  const queueView = el('section', { class: 'pnp-queue' });
  const status = el('p', { class: 'pnp-status', role: 'status', 'aria-live': 'polite' });
  main.appendChild(overview);
  main.appendChild(status);
  main.appendChild(queueView);
  let selected = null;
  let page = 0;

  /** Draws the counts and the chosen queue again; with {@code focusQueue}, then focuses its title. */
  async function refresh(focusQueue) {
    const response = await context.api('/api/team/queues');
    if (!response.ok) {
      status.textContent = t('common.error', { detail: await problemOf(response) });
      return;
    }
    const queues = await response.json();
    overview.textContent = '';
    overview.appendChild(el('h2', { id: 'team-queues', text: t('team.queues') }));
    overview.appendChild(table(t('team.queues'),
      [t('team.col.queue'), t('team.col.open'), t('team.col.unassigned'), t('team.col.overdue'), t('team.col.dueSoon'), t('team.col.waiting')],
      queues.map((q) => ({
        attributes: { 'data-queue': q.queue },
        cells: [el('button', { type: 'button', class: 'pnp-link', 'data-queue': q.queue, 'aria-label': t('team.show', { queue: queueName(q.queue) }),
          'aria-pressed': String(selected === q.queue), text: queueName(q.queue), onclick: () => { selected = q.queue; page = 0; refresh(true); } }),
        String(q.open), String(q.unassigned), String(q.overdue), String(q.dueSoon), String(q.waiting)]
      })), { rowHeaders: true }));
    if (selected === null && queues.length === 1) {
      selected = queues[0].queue;
    }
    if (selected) {
      await showQueue(selected);
      if (focusQueue) {
        queueView.querySelector('h2').focus();
      }
    }
  }

  async function showQueue(queue) {
    const [tasksResponse, waitingResponse, membersResponse] = await Promise.all([
      context.api('/api/team/queues/' + queue + '/tasks?page=' + page),
      context.api('/api/team/queues/' + queue + '/waiting'),
      manager ? context.api('/api/team/queues/' + queue + '/members') : Promise.resolve(null)]);
    if (!tasksResponse.ok || !waitingResponse.ok) {
      status.textContent = t('common.error', { detail: await problemOf(tasksResponse.ok ? waitingResponse : tasksResponse) });
      return;
    }
    const tasks = await tasksResponse.json();
    const waiting = await waitingResponse.json();
    const members = membersResponse && membersResponse.ok ? await membersResponse.json() : [];
    queueView.textContent = '';
    queueView.setAttribute('data-queue', queue);
    const titleId = uid('pnp-queue');
    queueView.setAttribute('aria-labelledby', titleId);
    queueView.appendChild(el('h2', { id: titleId, tabindex: '-1', text: t('team.tasksOf', { queue: queueName(queue) }) }));
    queueView.appendChild(el('p', { text: t('team.tasksCount', { count: tasks.total }) }));
    const boxes = [];
    if (!tasks.tasks.length) {
      queueView.appendChild(el('p', { text: t('team.noTasks') }));
    } else {
      const headers = (manager ? [t('col.select')] : []).concat([t('col.task'), t('col.file'), t('col.assignee'), t('col.due'), t('col.priority')]);
      queueView.appendChild(table(t('team.tasksOf', { queue: queueName(queue) }), headers, tasks.tasks.map((task) => {
        const marks = [];
        if (task.overdue) { marks.push(el('span', { class: 'pnp-badge pnp-badge-overdue', text: t('team.overdue') })); }
        if (task.dueSoon) { marks.push(el('span', { class: 'pnp-badge pnp-badge-soon', text: t('team.dueSoon') })); }
        if (task.onHold) { marks.push(el('span', { class: 'pnp-badge pnp-badge-hold', text: t('team.onHold') })); }
        if (task.waitingUntil) { marks.push(el('span', { class: 'pnp-badge pnp-badge-waiting', text: t('team.waitingUntil', { date: day(task.waitingUntil) }) })); }
        const cells = [];
        if (manager) {
          const box = el('input', { type: 'checkbox', value: task.taskId, 'aria-label': t('team.selectTask', { task: task.name }) });
          boxes.push(box);
          cells.push(box);
        }
        return {
          attributes: { 'data-task': task.taskId },
          cells: cells.concat([task.name,
            task.fileNumber ? el('a', { href: '/case-files/?file=' + encodeURIComponent(task.fileNumber), text: task.fileNumber }) : '—',
            task.assignee || t('team.unassigned'), el('span', {}, day(task.due), ' ', marks), String(task.priority)])
        };
      })));
      const pages = Math.ceil(tasks.total / 50);
      if (pages > 1) {
        queueView.appendChild(el('nav', { class: 'pnp-pager', 'aria-label': t('team.page', { page: page + 1 }) },
          el('button', { type: 'button', class: 'pnp-button', disabled: page === 0, text: t('team.previous'), onclick: () => { page -= 1; refresh(true); } }),
          el('span', { text: t('team.page', { page: page + 1 }) + ' / ' + pages }),
          el('button', { type: 'button', class: 'pnp-button', disabled: page + 1 >= pages, text: t('team.nextPage'), onclick: () => { page += 1; refresh(true); } })));
      }
    }
    if (manager && tasks.tasks.length) {
      const toId = uid('pnp-to');
      const to = el('select', { id: toId, name: 'assignee' }, members.map((m) => el('option', { value: m.id, text: m.name + ' (' + m.id + ')' })));
      const result = el('p', { class: 'pnp-status', role: 'status', 'aria-live': 'polite' });
      const form = el('form', { class: 'pnp-reassign' },
        el('label', { for: toId, text: t('team.reassignTo') }), to,
        el('button', { type: 'submit', class: 'pnp-button pnp-button-primary', text: t('team.reassign') }), result);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const taskIds = boxes.filter((box) => box.checked).map((box) => box.value);
        if (!taskIds.length) {
          result.textContent = t('team.chooseTasks');
          return;
        }
        const response = await context.api('/api/team/queues/' + queue + '/reassignment',
          { method: 'POST', body: { taskIds, assignee: to.value } });
        if (!response.ok) {
          result.textContent = t('common.error', { detail: await problemOf(response) });
          return;
        }
        const done = await response.json();
        await refresh(true);
        status.textContent = t('team.reassigned', { count: done.length, user: to.value });
      });
      queueView.appendChild(form);
    }
    queueView.appendChild(el('h3', { text: t('team.waitingOf', { queue: queueName(queue) }) }));
    if (!waiting.length) {
      queueView.appendChild(el('p', { text: t('team.noWaiting') }));
    } else {
      queueView.appendChild(table(t('team.waitingOf', { queue: queueName(queue) }), [t('col.file'), t('col.step'), t('col.since'), t('col.until')],
        waiting.map((w) => ({
          attributes: { 'data-file': w.fileNumber },
          cells: [el('a', { href: '/case-files/?file=' + encodeURIComponent(w.fileNumber), text: w.fileNumber }),
            el('span', { title: waitingText(w, t), text: w.step }), day(w.since), day(w.until)]
        })), { rowHeaders: true }));
    }
  }

  refresh();
}
