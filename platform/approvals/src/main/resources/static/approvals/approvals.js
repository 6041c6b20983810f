// The approvals inbox: what waits for my position, with approve / reject / send back and a comment.
import { h, message, describeError } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: { inbox: 'My inbox', empty: 'Nothing waits for you', document: 'Document', summary: 'Summary', amount: 'Amount',
    submitter: 'Submitted by', required: 'Needs level', comment: 'Comment', approve: 'Approve', reject: 'Reject',
    sendBack: 'Send back', done: 'Decided: {status}', steps: 'Steps', APPROVED: 'approved', REJECTED: 'rejected',
    SENT_BACK: 'sent back', PENDING: 'passed on to {position}' },
  zh: { inbox: '我的待办', empty: '暂无待审批事项', document: '单据', summary: '摘要', amount: '金额',
    submitter: '提交人', required: '需审批级别', comment: '意见', approve: '同意', reject: '驳回',
    sendBack: '退回修改', done: '已处理：{status}', steps: '审批记录', APPROVED: '已批准', REJECTED: '已驳回',
    SENT_BACK: '已退回', PENDING: '已转交 {position}' }
});

export async function render(container, route, { api }) {
  container.append(h('h2', {}, t('inbox')));
  const list = h('div');
  container.append(list);
  let items;
  try { items = await api('approvals/inbox'); } catch (e) { list.append(message('error', describeError(e))); return; }
  if (!items.length) { list.append(message('ok', t('empty'))); return; }
  for (const item of items) {
    const comment = h('textarea', { rows: 2, 'aria-label': t('comment'), placeholder: t('comment') });
    const status = h('div');
    const decide = async decision => {
      try {
        const result = await api('approvals/' + item.id + '/decision', { method: 'POST', body: { decision, comment: comment.value.trim() || null } });
        card.querySelectorAll('button').forEach(b => { b.disabled = true; });
        status.replaceChildren(message('ok', t('done', { status: t(result.status, { position: result.waitingForPosition }) })));
      } catch (e) { status.replaceChildren(message('error', describeError(e))); }
    };
    const card = h('div', { class: 'card approval', 'data-document': item.documentId },
      h('h3', {}, item.documentType + ' · ' + item.documentId),
      h('p', {}, item.summary),
      h('p', {}, t('amount') + ': ' + (item.amount ?? '—') + ' · ' + t('submitter') + ': ' + item.submitter + ' · ' + t('required') + ': ' + item.requiredLevel),
      h('details', {}, h('summary', {}, t('steps')), h('ul', {}, item.steps.map(s =>
        h('li', {}, new Date(s.at).toLocaleString() + ' ' + s.actor + ' (' + (s.positionCode || '') + '): ' + s.decision + (s.comment ? ' — ' + s.comment : ''))))),
      h('div', { class: 'field' }, comment),
      h('div', { class: 'toolbar' },
        h('button', { class: 'approve', onclick: () => decide('APPROVE') }, t('approve')),
        h('button', { class: 'secondary', onclick: () => decide('SEND_BACK') }, t('sendBack')),
        h('button', { class: 'secondary', onclick: () => decide('REJECT') }, t('reject'))),
      status);
    list.append(card);
  }
}
