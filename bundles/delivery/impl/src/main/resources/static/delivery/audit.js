// Delivery audit pages (配送稽核): the courier scorecard with its chart, penalties (waive, dispute, decide), incidents
// stations record, and headquarters' delivery standards.
import { h, pagedTable, form, dialog, message, describeError, barChart, query as q, versionHistory } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    scorecard: 'Courier scorecard', month: 'Month', courier: 'Courier', shipments: 'Packages', delivered: 'Delivered',
    onTime: 'On time %', firstAttempt: 'First attempt %', damageLoss: 'Damaged or lost %', tracking: 'Valid tracking %',
    complaints: 'Complaints', penalties: 'Penalties (CNY)', charged: 'Charged (cap)', points: 'Points', target: 'On-time target {n} %',
    exportCsv: 'Export CSV', penaltyList: 'Penalties', kind: 'Kind', amount: 'Amount', status: 'Status', evidence: 'Evidence',
    disputeUntil: 'Dispute until', shipment: 'Package', order: 'Order', waive: 'Waive', dispute: 'Record objection', uphold: 'Uphold',
    withdraw: 'Withdraw', reason: 'Reason', objection: "Courier's objection", all: 'All', incident: 'Record an incident', note: 'What happened',
    record: 'Record', standards: 'Delivery standards', version: 'Version', save: 'Save as a new version',
    latePerDay: 'Late: CNY per day', lateGraceDays: 'Late: days forgiven', latePointsPerDay: 'Late: points per day', damaged: 'Damaged: CNY',
    damagedPoints: 'Damaged: points', lost: 'Lost: CNY', lostPoints: 'Lost: points', complaint: 'Complaint: CNY',
    complaintPoints: 'Complaint: points', disputeDays: 'Days to dispute', onTimeTargetPercent: 'On-time target %',
    LATE: 'Late', DAMAGED: 'Damaged', LOST: 'Lost', COMPLAINT: 'Complaint', OPEN: 'Open', WAIVED: 'Waived', DISPUTED: 'Disputed',
    UPHELD: 'Upheld', WITHDRAWN: 'Withdrawn', noData: '—', versionNote: 'Note'
  },
  zh: {
    scorecard: '快递考核表', month: '月份', courier: '快递', shipments: '包裹数', delivered: '已签收',
    onTime: '准时率 %', firstAttempt: '首次投递成功率 %', damageLoss: '破损丢失率 %', tracking: '有效物流信息率 %',
    complaints: '投诉', penalties: '罚款（元）', charged: '实扣（封顶）', points: '扣分', target: '准时率目标 {n} %',
    exportCsv: '导出 CSV', penaltyList: '罚款记录', kind: '类型', amount: '金额', status: '状态', evidence: '依据',
    disputeUntil: '申诉截止', shipment: '包裹', order: '订单', waive: '免罚', dispute: '登记申诉', uphold: '维持',
    withdraw: '撤销', reason: '原因', objection: '快递方申诉', all: '全部', incident: '登记配送事故', note: '经过',
    record: '登记', standards: '配送标准', version: '版本', save: '保存为新版本',
    latePerDay: '延误：每天罚款（元）', lateGraceDays: '延误：宽限天数', latePointsPerDay: '延误：每天扣分', damaged: '破损：罚款（元）',
    damagedPoints: '破损：扣分', lost: '丢失：罚款（元）', lostPoints: '丢失：扣分', complaint: '投诉：罚款（元）',
    complaintPoints: '投诉：扣分', disputeDays: '申诉期（天）', onTimeTargetPercent: '准时率目标 %',
    LATE: '延误', DAMAGED: '破损', LOST: '丢失', COMPLAINT: '投诉', OPEN: '待处理', WAIVED: '已免罚', DISPUTED: '申诉中',
    UPHELD: '维持处罚', WITHDRAWN: '已撤销', noData: '—', versionNote: '备注'
  }
});

const pct = v => v === null || v === undefined ? t('noData') : Number(v).toFixed(1);
const STANDARDS = ['latePerDay', 'lateGraceDays', 'latePointsPerDay', 'damaged', 'damagedPoints', 'lost', 'lostPoints', 'complaint',
  'complaintPoints', 'disputeDays', 'onTimeTargetPercent'];

export async function scorecard(container, api) {
  const monthInput = h('input', { type: 'month', 'aria-label': t('month'), value: new Date().toISOString().slice(0, 7) });
  const result = h('div');
  const download = h('a', { class: 'button secondary', download: 'courier-scorecard.csv' }, t('exportCsv'));
  async function load() {
    download.href = '/api/delivery/audit/scorecard.csv?' + q({ month: monthInput.value });
    try {
      const card = await api('delivery/audit/scorecard?' + q({ month: monthInput.value }));
      // Couriers compared at a glance: on time, first attempt, and damage or loss side by side.
      const chart = card.couriers.length ? barChart(card.couriers.map(c => ({ label: c.courier,
        values: { onTime: Number(c.onTimePercent || 0), firstAttempt: Number(c.firstAttemptPercent || 0), damageLoss: Number(c.damageLossPercent || 0) } })),
      [{ key: 'onTime', label: t('onTime'), color: '#2e7d32' }, { key: 'firstAttempt', label: t('firstAttempt'), color: '#1565c0' },
        { key: 'damageLoss', label: t('damageLoss'), color: '#c62828' }]) : '';
      result.replaceChildren(h('p', {}, t('target', { n: card.onTimeTargetPercent })), chart,
        h('table', { class: 'scorecard' }, h('tr', {}, [t('courier'), t('shipments'), t('delivered'), t('onTime'), t('firstAttempt'),
          t('damageLoss'), t('tracking'), t('complaints'), t('penalties'), t('charged'), t('points')].map(x => h('th', {}, x))),
        card.couriers.map(c => h('tr', { 'data-courier': c.courier, class: c.meetsOnTimeTarget === false ? 'below-target' : '' },
          h('td', {}, c.courier + ' ' + c.name), h('td', { class: 'num' }, c.shipments), h('td', { class: 'num' }, c.delivered),
          h('td', { class: 'num' }, pct(c.onTimePercent)), h('td', { class: 'num' }, pct(c.firstAttemptPercent)),
          h('td', { class: 'num' }, pct(c.damageLossPercent)), h('td', { class: 'num' }, pct(c.validTrackingPercent)),
          h('td', { class: 'num' }, c.complaints), h('td', { class: 'num' }, Number(c.penalties).toFixed(2)),
          h('td', { class: 'num' }, Number(c.penaltiesCharged).toFixed(2) + (c.cap !== null && c.cap !== undefined ? ' / ' + Number(c.cap).toFixed(2) : '')),
          h('td', { class: 'num' }, c.points)))));
    } catch (e) { result.replaceChildren(message('error', describeError(e))); }
  }
  monthInput.addEventListener('change', load);
  container.append(h('h2', {}, t('scorecard')), h('div', { class: 'toolbar' }, t('month'), monthInput, download), result);
  await load();
}

export async function penalties(container, api) {
  let status = '';
  const feedback = h('div');
  const act = async (id, suffix, body) => {
    feedback.replaceChildren();
    try { await api('delivery/audit/penalties/' + id + suffix, { method: 'POST', body }); table.refresh(); } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  };
  const ask = async label => {
    const answer = await dialog({ title: label, fields: [{ name: 'text', label, type: 'textarea', required: true }] });
    return answer ? answer.text : null;
  };
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), ['OPEN', 'DISPUTED', 'UPHELD', 'WAIVED', 'WITHDRAWN'].map(s => h('option', { value: s }, t(s))));
  const table = pagedTable({
    searchPlaceholder: t('courier'),
    toolbar: [filter],
    columns: [
      { title: t('courier'), value: p => p.courierCode }, { title: t('shipment'), value: p => p.shipment }, { title: t('kind'), value: p => t(p.kind) },
      { title: t('amount'), value: p => Number(p.amount).toFixed(2), num: true }, { title: t('points'), value: p => p.points, num: true },
      { title: t('evidence'), value: p => p.evidence }, { title: t('status'), value: p => t(p.status) + (p.objection ? ' · ' + p.objection : '')
        + (p.decisionReason ? ' · ' + p.decisionReason : '') },
      { title: t('disputeUntil'), value: p => p.disputeUntil },
      { title: '', value: p => h('span', {},
        ['OPEN', 'DISPUTED'].includes(p.status) ? h('button', { class: 'secondary', onclick: async () => { const reason = await ask(t('reason')); if (reason !== null) act(p.id, '/waive', { reason }); } }, t('waive')) : '',
        p.status === 'OPEN' ? h('button', { class: 'secondary', onclick: async () => { const objection = await ask(t('objection')); if (objection !== null) act(p.id, '/dispute', { objection }); } }, t('dispute')) : '',
        p.status === 'DISPUTED' ? h('button', { onclick: async () => { const reason = await ask(t('reason')); if (reason !== null) act(p.id, '/decision', { uphold: true, reason }); } }, t('uphold')) : '',
        p.status === 'DISPUTED' ? h('button', { class: 'secondary', onclick: async () => { const reason = await ask(t('reason')); if (reason !== null) act(p.id, '/decision', { uphold: false, reason }); } }, t('withdraw')) : '') }
    ],
    load: ({ page, size, q: text, after }) => api('delivery/audit/penalties?' + q({ courier: text, status, page, size, after }))
  });
  const incident = form({
    submitLabel: t('record'),
    fields: [{ name: 'shipment', label: t('shipment'), required: true },
      { name: 'kind', label: t('kind'), type: 'select', options: ['DAMAGED', 'LOST', 'COMPLAINT'].map(k => [k, t(k)]) },
      { name: 'note', label: t('note'), type: 'textarea', required: true }],
    onSubmit: values => api('delivery/audit/incidents', { method: 'POST', body: values }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('penaltyList')), h('h3', {}, t('incident')), incident.element, feedback, table.element);
}

export async function standards(container, api) {
  const current = await api('delivery/audit/standards');
  const edit = form({
    submitLabel: t('save'),
    fields: [...STANDARDS.map(name => ({ name, label: t(name), type: 'number', value: current.settings[name] })), { name: 'note', label: t('versionNote') }],
    onSubmit: values => {
      const settings = Object.fromEntries(STANDARDS.map(name => [name, values[name]]));
      return api('delivery/audit/standards', { method: 'POST', body: { settings, note: values.note } });
    },
    onDone: () => { container.replaceChildren(); standards(container, api); }
  });
  const versions = versionHistory(await api('delivery/audit/standards/versions'),
    STANDARDS.slice(0, 3).map(name => ({ title: t(name), value: settings => settings[name] })));
  container.append(h('h2', {}, t('standards') + ' · ' + t('version') + ' ' + current.version), edit.element, versions);
}
