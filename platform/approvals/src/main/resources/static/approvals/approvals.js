// The approvals inbox (what waits for my position: approve / reject / send back with a comment) and the
// approval rules per document type (from which amount which level must approve).
import { h, message, describeError } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: { inbox: 'My inbox', empty: 'Nothing waits for you', more: 'Show more', showing: '{shown} of {total} waiting for you', document: 'Document', summary: 'Summary', amount: 'Amount',
    submitter: 'Submitted by', required: 'Needs level', comment: 'Comment', approve: 'Approve', reject: 'Reject',
    sendBack: 'Send back', done: 'Decided: {status}', steps: 'Steps', APPROVED: 'approved', REJECTED: 'rejected',
    SENT_BACK: 'sent back', PENDING: 'passed on to {position}',
    rules: 'Approval rules', rulesHelp: 'From each amount up, the lowest level that must approve. New submissions follow a change at once; approvals under way keep their level.',
    documentType: 'Document type', fromAmount: 'From amount', level: 'Level', addThreshold: 'Add threshold', remove: 'Remove',
    save: 'Save rule', saved: 'Saved', newType: 'New document type',
    SPECIALIST: 'Specialist', SUPERVISOR: 'Supervisor', DIRECTOR: 'Director', GENERAL_MANAGER: 'General manager' },
  zh: { inbox: '我的待办', empty: '暂无待审批事项', more: '加载更多', showing: '已显示 {shown} 条，共 {total} 条待办', document: '单据', summary: '摘要', amount: '金额',
    submitter: '提交人', required: '需审批级别', comment: '意见', approve: '同意', reject: '驳回',
    sendBack: '退回修改', done: '已处理：{status}', steps: '审批记录', APPROVED: '已批准', REJECTED: '已驳回',
    SENT_BACK: '已退回', PENDING: '已转交 {position}',
    rules: '审批规则', rulesHelp: '金额达到该值起，需由不低于该级别的人员审批。修改后新提交的单据立即生效，审批中的单据保持原级别。',
    documentType: '单据类型', fromAmount: '起始金额', level: '级别', addThreshold: '添加档位', remove: '删除',
    save: '保存规则', saved: '已保存', newType: '新单据类型',
    SPECIALIST: '专员', SUPERVISOR: '主管', DIRECTOR: '总监', GENERAL_MANAGER: '总经理' }
});

export async function render(container, route, { api }) {
  if (route === 'rules') return rulesPage(container, api);
  container.append(h('h2', {}, t('inbox')));
  const list = h('div');
  const more = h('button', { class: 'secondary', hidden: true }, t('more'));
  const count = h('p', { class: 'pager-info' });
  container.append(count, list, more);
  let after = null; let shown = 0;
  async function loadPage() {
    let page;
    try { page = await api('approvals/inbox?size=20' + (after ? '&after=' + encodeURIComponent(after) : '')); }
    catch (e) { list.append(message('error', describeError(e))); return; }
    if (!page.items.length && !shown) { list.append(message('ok', t('empty'))); return; }
    page.items.forEach(item => list.append(card(item)));
    shown += page.items.length;
    count.textContent = t('showing', { shown, total: page.total + (page.totalCapped ? '+' : '') });
    after = page.next; more.hidden = !after;
  }
  more.addEventListener('click', loadPage);
  await loadPage();

  function card(item) {
    const comment = h('textarea', { rows: 2, 'aria-label': t('comment'), placeholder: t('comment') });
    const status = h('div');
    const decide = async decision => {
      try {
        const result = await api('approvals/' + item.id + '/decision', { method: 'POST', body: { decision, comment: comment.value.trim() || null } });
        element.querySelectorAll('button').forEach(b => { b.disabled = true; });
        status.replaceChildren(message('ok', t('done', { status: t(result.status, { position: result.waitingForPosition }) })));
      } catch (e) { status.replaceChildren(message('error', describeError(e))); }
    };
    const element = h('div', { class: 'card approval', 'data-document': item.documentId },
      h('h3', {}, item.documentType + ' · ' + item.documentId),
      h('p', {}, item.summary),
      h('p', {}, t('amount') + ': ' + (item.amount ?? '—') + ' · ' + t('submitter') + ': ' + item.submitter + (item.orgDepartment ? ' (' + item.orgDepartment + ')' : '') + ' · ' + t('required') + ': ' + item.requiredLevel),
      h('details', {}, h('summary', {}, t('steps')), h('ul', {}, item.steps.map(s =>
        h('li', {}, new Date(s.at).toLocaleString() + ' ' + s.actor + ' (' + (s.positionCode || '') + '): ' + s.decision + (s.comment ? ' — ' + s.comment : ''))))),
      h('div', { class: 'field' }, comment),
      h('div', { class: 'toolbar' },
        h('button', { class: 'approve', onclick: () => decide('APPROVE') }, t('approve')),
        h('button', { class: 'secondary', onclick: () => decide('SEND_BACK') }, t('sendBack')),
        h('button', { class: 'secondary', onclick: () => decide('REJECT') }, t('reject'))),
      status);
    return element;
  }
}

const LEVELS = ['SPECIALIST', 'SUPERVISOR', 'DIRECTOR', 'GENERAL_MANAGER'];

async function rulesPage(container, api) {
  container.append(h('h2', {}, t('rules')), h('p', {}, t('rulesHelp')));
  let rules;
  try { rules = await api('approvals/rules'); } catch (e) { container.append(message('error', describeError(e))); return; }
  container.append(...rules.map(rule => ruleEditor(api, rule.documentType, rule.thresholds)));
  const type = h('input', { 'aria-label': t('newType'), placeholder: t('newType') });
  container.append(h('div', { class: 'toolbar' }, type, h('button', { class: 'secondary', onclick: () => {
    if (type.value.trim()) { container.insertBefore(ruleEditor(api, type.value.trim(), [{ minAmount: 0, level: 'SUPERVISOR' }]), type.parentNode); type.value = ''; }
  } }, t('newType'))));
}

function ruleEditor(api, documentType, thresholds) {
  const rows = h('tbody');
  const status = h('div');
  const addRow = (threshold = { minAmount: '', level: 'SUPERVISOR' }) => {
    const amount = h('input', { type: 'number', min: 0, step: '0.01', value: threshold.minAmount, 'aria-label': t('fromAmount') });
    const level = h('select', { 'aria-label': t('level') }, LEVELS.map(l => h('option', { value: l, selected: l === threshold.level }, t(l))));
    const error = h('div', { class: 'error' });
    const row = h('tr', {}, h('td', {}, amount), h('td', {}, level),
      h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => row.remove() }, t('remove'))), h('td', {}, error));
    row.read = () => ({ minAmount: amount.value === '' ? null : Number(amount.value), level: level.value });
    row.error = error;
    rows.append(row);
  };
  thresholds.forEach(addRow);
  const save = async () => {
    status.replaceChildren();
    [...rows.children].forEach(r => { r.error.textContent = ''; });
    try {
      const saved = await api('approvals/rules/' + encodeURIComponent(documentType), { method: 'PUT',
        body: { thresholds: [...rows.children].map(r => r.read()) } });
      rows.replaceChildren(); saved.thresholds.forEach(addRow);
      status.replaceChildren(message('ok', t('saved')));
    } catch (e) {
      const errors = e.fieldErrors ? e.fieldErrors() : {};
      let shown = false;
      for (const [field, text] of Object.entries(errors)) {
        const index = /^thresholds\[(\d+)\]/.exec(field);
        if (index && rows.children[Number(index[1])]) { rows.children[Number(index[1])].error.textContent = text; shown = true; }
      }
      if (!shown) status.replaceChildren(message('error', describeError(e)));
    }
  };
  return h('div', { class: 'card rule', 'data-document-type': documentType }, h('h3', {}, documentType),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('fromAmount')), h('th', {}, t('level')), h('th'), h('th'))), rows),
    status,
    h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary', onclick: () => addRow() }, t('addThreshold')),
      h('button', { type: 'button', class: 'save-rule', onclick: save }, t('save'))));
}
