// Service tickets (the customer problem register) with SLA clocks on the team's working calendar, and the
// performance & audit team's sampling, checklist scoring and monthly per-agent report with a chart.
import { h, pagedTable, form, message, describeError, barChart, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    tickets: 'Service tickets', audits: 'Quality audit', number: 'Ticket', type: 'Type', channel: 'Channel', priority: 'Priority',
    subject: 'Subject', description: 'Description', member: 'Member no.', order: 'Order no.', customer: 'Customer', contact: 'Contact',
    assignee: 'Assignee', status: 'Status', firstDue: 'First response by', resolutionDue: 'Resolve by', open: 'Open a ticket',
    search: 'Search ticket, subject, customer, order or contact', all: 'All', overdue: 'Overdue only', breached: 'SLA missed at',
    PRE_SALE: 'Pre-sale question', ORDER_PROBLEM: 'Order problem', AFTER_SALE: 'After-sale', COMPLAINT: 'Complaint',
    PHONE: 'Phone', CHAT: 'Online chat', EMAIL: 'E-mail', LOW: 'Low', NORMAL: 'Normal', HIGH: 'High', URGENT: 'Urgent',
    OPEN: 'Open', WAITING_CUSTOMER: 'Waiting for customer', RESOLVED: 'Resolved', CLOSED: 'Closed',
    REPLY: 'Reply to customer', INTERNAL: 'Internal note', CUSTOMER: 'Customer wrote', kind: 'Kind', body: 'Text', addNote: 'Add',
    wait: 'Wait for customer', resume: 'Resume', resolve: 'Resolve', resolution: 'Resolution', close: 'Close', reopen: 'Reopen',
    overdueNow: 'OVERDUE', pausedMinutes: 'Paused (working minutes)', month: 'Month', share: 'Share per agent (0–1)',
    sample: 'Sample closed tickets', agent: 'Agent', score: 'Score', comment: 'Comment', saveScore: 'Score it', pending: 'Not yet scored',
    report: 'Agent report', resolved: 'Resolved', slaKept: 'SLA kept (%)', audited: 'Audited', auditScore: 'Audit score',
    greeting: 'Greeting', understanding: 'Understanding', accuracy: 'Accuracy', solution: 'Solution', attitude: 'Attitude',
    added: '{n} ticket(s) added to the sample'
  },
  zh: {
    tickets: '客服工单', audits: '质检', number: '工单号', type: '类型', channel: '渠道', priority: '优先级',
    subject: '主题', description: '描述', member: '会员号', order: '订单号', customer: '客户', contact: '联系方式',
    assignee: '处理人', status: '状态', firstDue: '首次响应期限', resolutionDue: '解决期限', open: '新建工单',
    search: '搜索工单号、主题、客户、订单或联系方式', all: '全部', overdue: '仅看超时', breached: 'SLA 超时于',
    PRE_SALE: '售前咨询', ORDER_PROBLEM: '订单问题', AFTER_SALE: '售后', COMPLAINT: '投诉',
    PHONE: '电话', CHAT: '在线客服', EMAIL: '邮件', LOW: '低', NORMAL: '普通', HIGH: '高', URGENT: '紧急',
    OPEN: '处理中', WAITING_CUSTOMER: '等待客户', RESOLVED: '已解决', CLOSED: '已关闭',
    REPLY: '回复客户', INTERNAL: '内部备注', CUSTOMER: '客户留言', kind: '类型', body: '内容', addNote: '添加',
    wait: '等待客户', resume: '继续处理', resolve: '解决', resolution: '解决方案', close: '关闭', reopen: '重新打开',
    overdueNow: '已超时', pausedMinutes: '暂停（工作分钟）', month: '月份', share: '每位客服抽检比例（0–1）',
    sample: '抽检已关闭工单', agent: '客服', score: '得分', comment: '评语', saveScore: '评分', pending: '待评分',
    report: '客服月度报表', resolved: '解决数', slaKept: 'SLA 达成率（%）', audited: '已质检', auditScore: '质检得分',
    greeting: '问候', understanding: '理解问题', accuracy: '准确性', solution: '解决方案', attitude: '服务态度',
    added: '新增 {n} 张抽检工单'
  }
});

const TYPES = ['PRE_SALE', 'ORDER_PROBLEM', 'AFTER_SALE', 'COMPLAINT'];
const PRIORITIES = ['NORMAL', 'HIGH', 'URGENT', 'LOW'];
const CHECKLIST = ['greeting', 'understanding', 'accuracy', 'solution', 'attitude'];
const when = at => (at ? new Date(at).toLocaleString() : '');
const late = (due, done) => !done && due && new Date(due) < new Date();

export async function renderTickets(container, api) {
  let status = ''; let type = ''; let overdue = false;
  const detail = h('div');
  const select = (label, values, onChange) => h('select', { 'aria-label': label, onchange: e => onChange(e.target.value) },
    h('option', { value: '' }, t('all')), values.map(v => h('option', { value: v }, t(v))));
  const overdueBox = h('input', { type: 'checkbox', onchange: e => { overdue = e.target.checked; table.restart(); } });
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [select(t('status'), ['OPEN', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED'], v => { status = v; table.restart(); }),
      select(t('type'), TYPES, v => { type = v; table.restart(); }), h('label', {}, overdueBox, ' ' + t('overdue'))],
    columns: [
      { title: t('number'), value: r => h('a', { href: 'javascript:void 0', onclick: () => show(r.number) }, r.number) },
      { title: t('type'), value: r => t(r.type) }, { title: t('priority'), value: r => t(r.priority) },
      { title: t('subject'), value: r => r.subject }, { title: t('customer'), value: r => r.customerName },
      { title: t('assignee'), value: r => r.assignee || '' }, { title: t('status'), value: r => t(r.status) },
      { title: t('resolutionDue'), value: r => h('span', { class: r.status === 'OPEN' && late(r.resolutionDue, r.resolvedAt) ? 'overdue' : '' },
        when(r.resolutionDue)) }
    ],
    load: ({ page, size, q: text, after }) => api('crm/tickets?' + q({ q: text, status, type, overdue: overdue || undefined, page, size, after }))
  });
  async function show(number) {
    try { detail.replaceChildren(ticketCard(api, await api('crm/tickets/' + number), () => { show(number); table.refresh(); })); }
    catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('open'),
    fields: [{ name: 'type', label: t('type'), type: 'select', options: TYPES.map(v => [v, t(v)]) },
      { name: 'channel', label: t('channel'), type: 'select', options: ['PHONE', 'CHAT', 'EMAIL'].map(v => [v, t(v)]) },
      { name: 'priority', label: t('priority'), type: 'select', options: PRIORITIES.map(v => [v, t(v)]) },
      { name: 'subject', label: t('subject'), required: true }, { name: 'description', label: t('description'), type: 'textarea' },
      { name: 'member', label: t('member') }, { name: 'order', label: t('order') }, { name: 'customerName', label: t('customer') },
      { name: 'contact', label: t('contact') }, { name: 'assignee', label: t('assignee') }],
    onSubmit: values => api('crm/tickets', { method: 'POST', body: values }),
    onDone: ticket => { table.refresh(); show(ticket.details.number); }
  });
  container.append(h('h2', {}, t('tickets')), create.element, detail, table.element);
}

function ticketCard(api, ticket, reload) {
  const d = ticket.details;
  const path = 'crm/tickets/' + d.number;
  const feedback = h('div');
  const act = async (url, body) => {
    feedback.replaceChildren();
    try { await api(url, { method: 'POST', body }); reload(); } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  };
  const note = form({
    submitLabel: t('addNote'),
    fields: [{ name: 'kind', label: t('kind'), type: 'select', options: ['REPLY', 'INTERNAL', 'CUSTOMER'].map(v => [v, t(v)]) },
      { name: 'body', label: t('body'), type: 'textarea', required: true }],
    onSubmit: values => api(path + '/notes', { method: 'POST', body: values }), onDone: reload
  });
  const resolve = form({ submitLabel: t('resolve'), fields: [{ name: 'body', label: t('resolution'), type: 'textarea', required: true }],
    onSubmit: values => api(path + '/resolve', { method: 'POST', body: values }), onDone: reload });
  const clock = (label, due, done, overdueNow, breachedAt) => h('span', { class: overdueNow ? 'overdue' : '' },
    label + ' ' + when(due) + (done ? ' ✓ ' + when(done) : '') + (overdueNow ? ' · ' + t('overdueNow') : '')
    + (breachedAt ? ' · ' + t('breached') + ' ' + when(breachedAt) : ''));
  return h('div', { class: 'card', 'data-ticket': d.number, 'data-status': d.status },
    h('h3', {}, d.number + ' · ' + t(d.type) + ' · ' + d.subject + ' · ' + t(d.status)),
    h('p', {}, [t(d.channel), t(d.priority), d.customerName, d.contact, d.memberCode, d.orderNumber, d.assignee].filter(Boolean).join(' · ')),
    h('p', {}, clock(t('firstDue'), d.firstResponseDue, d.firstRespondedAt, ticket.firstResponseOverdue, d.firstResponseBreachedAt), ' · ',
      clock(t('resolutionDue'), d.resolutionDue, d.resolvedAt, ticket.resolutionOverdue, d.resolutionBreachedAt),
      d.pausedMinutes ? ' · ' + t('pausedMinutes') + ' ' + d.pausedMinutes : ''),
    d.description ? h('p', {}, d.description) : '',
    h('ul', { class: 'notes' }, ticket.notes.map(n => h('li', { 'data-kind': n.kind }, when(n.at) + ' · ' + n.author + ' · ' + t(n.kind) + ': ' + n.body))),
    h('div', { class: 'toolbar' },
      d.status === 'OPEN' ? h('button', { class: 'secondary', onclick: () => act(path + '/wait') }, t('wait')) : '',
      d.status === 'WAITING_CUSTOMER' ? h('button', { onclick: () => act(path + '/resume') }, t('resume')) : '',
      d.status === 'RESOLVED' ? h('button', { onclick: () => act(path + '/close') }, t('close')) : '',
      d.status === 'RESOLVED' ? h('button', { class: 'secondary', onclick: () => act(path + '/reopen') }, t('reopen')) : ''),
    feedback, d.status === 'CLOSED' ? '' : note.element, d.status === 'OPEN' ? resolve.element : '');
}

export async function renderAudits(container, api) {
  const monthInput = h('input', { type: 'month', value: new Date().toISOString().slice(0, 7), 'aria-label': t('month') });
  const shareInput = h('input', { type: 'number', step: '0.05', min: '0.05', max: '1', value: '0.2', 'aria-label': t('share') });
  const feedback = h('div');
  const list = h('div');
  const report = h('div');
  async function refresh() {
    try {
      const month = monthInput.value;
      const [audits, lines] = await Promise.all([api('crm/audits?' + q({ month })), api('crm/audits/report?' + q({ month }))]);
      list.replaceChildren(h('table', {}, h('tr', {}, [t('number'), t('subject'), t('agent'), t('score'), ''].map(x => h('th', {}, x))),
        audits.map(a => h('tr', { 'data-audit': a.ticket }, h('td', {}, a.ticket), h('td', {}, a.subject), h('td', {}, a.agent),
          h('td', { class: 'num' }, a.score == null ? t('pending') : String(a.score)), h('td', {}, a.score == null ? scoreForm(a) : a.comment || '')))));
      report.replaceChildren(h('h3', {}, t('report')),
        barChart(lines.map(l => ({ label: l.agent, values: { kept: Number(l.slaKeptPercent || 0), score: Number(l.auditScore || 0) } })),
          [{ key: 'kept', label: t('slaKept'), color: '#3b82f6' }, { key: 'score', label: t('auditScore'), color: '#f59e0b' }]),
        h('table', {}, h('tr', {}, [t('agent'), t('resolved'), t('slaKept'), t('audited'), t('auditScore')].map(x => h('th', {}, x))),
          lines.map(l => h('tr', { 'data-agent': l.agent }, h('td', {}, l.agent), h('td', { class: 'num' }, String(l.resolved)),
            h('td', { class: 'num' }, l.slaKeptPercent == null ? '' : String(l.slaKeptPercent)), h('td', { class: 'num' }, String(l.audited)),
            h('td', { class: 'num' }, l.auditScore == null ? '' : String(l.auditScore))))));
    } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  }
  function scoreForm(audit) {
    return form({
      submitLabel: t('saveScore'),
      fields: [...CHECKLIST.map(item => ({ name: item, label: t(item) + ' (0–5)', type: 'number', required: true, value: 5 })),
        { name: 'comment', label: t('comment') }],
      onSubmit: values => api('crm/audits/' + audit.ticket + '/score', { method: 'POST', body: {
        scores: Object.fromEntries(CHECKLIST.map(item => [item, values[item]])), comment: values.comment } }),
      onDone: refresh
    }).element;
  }
  const sample = h('button', { onclick: async () => {
    feedback.replaceChildren();
    try {
      const result = await api('crm/audits/samples', { method: 'POST', body: { month: monthInput.value, share: Number(shareInput.value) } });
      feedback.replaceChildren(message('ok', t('added', { n: result.added })));
      refresh();
    } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  } }, t('sample'));
  monthInput.addEventListener('change', refresh);
  container.append(h('h2', {}, t('audits')), h('div', { class: 'card toolbar' }, monthInput, shareInput, sample), feedback, list, report);
  await refresh();
}
