// Returns & exchanges (退换货, domain §4.7): open from a delivered order, receive, quality check with the three
// outcomes, send refused goods back within 72 hours, disputes; refunds for customer service and for finance.
import { h, pagedTable, form, dialog, message, describeError, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    returns: 'Returns & exchanges', refunds: 'Refunds', payments: 'Refund payments', order: 'Order no.', find: 'Find order',
    line: 'Line', sku: 'SKU', delivered: 'Delivered', amount: 'Amount (CNY)', returnQty: 'Quantity to return', returnedIn: 'Returned in',
    kind: 'Kind', RETURN: 'Return', EXCHANGE: 'Exchange', reasonCode: 'Reason', reason: 'What the customer says', open: 'Open the return',
    QUALITY: 'Quality problem', DAMAGED: 'Damaged in transit', WRONG_ITEM: 'Wrong item', NOT_AS_DESCRIBED: 'Not as described',
    SIZE: 'Size or fit', CHANGED_MIND: 'Changed mind (7 days)', OTHER: 'Other', number: 'Return no.', customer: 'Customer',
    status: 'Status', outcome: 'Outcome', all: 'All', overdue: 'Send-back overdue only', search: 'Search return, order or customer',
    OPEN: 'Open', RECEIVED: 'Received', REFUSED: 'Refused', SENT_BACK: 'Sent back', DISPUTED: 'Disputed', REPLACEMENT: 'Replacement',
    REFUND: 'Refund', CLOSED: 'Closed', REFUND_FULL: 'Refund incl. postage (b)', REPLACE: 'Replacement shipped (b)',
    EXCHANGE_OUT: 'Exchange, customer pays postage (c)', REFUND_GOODS: 'Refund of goods (c)', REFUSED_OUT: 'Refused, sent back (a)',
    warehouse: 'Receiving warehouse', receive: 'Goods received', qualityProblem: 'Quality problem', fault: 'Whose fault',
    CUSTOMER: 'Customer', COMPANY: 'Company', NONE: 'Nobody', resaleable: 'Can be sold again', resolution: 'Resolution (optional)',
    note: 'Note', check: 'Record the quality check', tracking: 'Tracking no.', sendBack: 'Sent back to the customer',
    dispute: 'Customer disputes', sendBackDue: 'Send back by', overdueNow: 'OVERDUE', replacementOrder: 'Replacement order',
    refund: 'Refund', paid: 'Paid', pay: 'Record payment', reference: 'Payment reference', REQUESTED: 'Requested', APPROVED: 'Approved',
    REJECTED: 'Rejected', PAID: 'Paid', goods: 'Goods', postage: 'Postage', stockPosted: 'Goods posted to stock', approval: 'Approval'
  },
  zh: {
    returns: '退换货登记', refunds: '退款', payments: '退款支付', order: '订单号', find: '查找订单',
    line: '行', sku: 'SKU', delivered: '已发数量', amount: '金额（元）', returnQty: '退回数量', returnedIn: '已在退货单',
    kind: '类型', RETURN: '退货', EXCHANGE: '换货', reasonCode: '原因', reason: '客户描述', open: '新建退换货',
    QUALITY: '质量问题', DAMAGED: '运输破损', WRONG_ITEM: '发错货', NOT_AS_DESCRIBED: '与描述不符',
    SIZE: '尺码不合适', CHANGED_MIND: '七天无理由', OTHER: '其他', number: '退换货单号', customer: '客户',
    status: '状态', outcome: '处理结果', all: '全部', overdue: '仅看超期未寄回', search: '搜索单号、订单或客户',
    OPEN: '待收货', RECEIVED: '已收货', REFUSED: '拒绝', SENT_BACK: '已寄回', DISPUTED: '客户申诉', REPLACEMENT: '补发/换货',
    REFUND: '退款', CLOSED: '已完结', REFUND_FULL: '全额退款含运费 (b)', REPLACE: '补发新品 (b)',
    EXCHANGE_OUT: '换货，客户承担运费 (c)', REFUND_GOODS: '退货款 (c)', REFUSED_OUT: '拒绝，72 小时内寄回 (a)',
    warehouse: '收货仓库', receive: '确认收货', qualityProblem: '存在质量问题', fault: '责任方',
    CUSTOMER: '客户', COMPANY: '公司', NONE: '无', resaleable: '可二次销售', resolution: '处理方式（可选）',
    note: '备注', check: '登记质检结果', tracking: '快递单号', sendBack: '已寄回客户',
    dispute: '客户申诉', sendBackDue: '寄回期限', overdueNow: '已超期', replacementOrder: '补发订单',
    refund: '退款单', paid: '已支付', pay: '登记付款', reference: '付款流水号', REQUESTED: '待审批', APPROVED: '已批准',
    REJECTED: '已驳回', PAID: '已支付', goods: '货款', postage: '运费', stockPosted: '已入库', approval: '审批'
  }
});

const OUTCOME_KEY = { REFUSED: 'REFUSED_OUT', EXCHANGE: 'EXCHANGE_OUT' };
const outcomeText = o => (o ? t(OUTCOME_KEY[o] || o) : '');
const badge = s => h('span', { class: 'badge ' + s.toLowerCase() }, t(s));
const REASONS = ['QUALITY', 'DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'SIZE', 'CHANGED_MIND', 'OTHER'];

export async function renderReturns(container, api) {
  let status = ''; let overdue = false;
  const detail = h('div');
  const opener = h('div');
  const orderInput = h('input', { name: 'order', 'aria-label': t('order'), placeholder: 'SO-00000001' });
  const findFeedback = h('div');
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), ['OPEN', 'RECEIVED', 'REFUSED', 'SENT_BACK', 'DISPUTED', 'REPLACEMENT', 'REFUND', 'CLOSED']
      .map(s => h('option', { value: s }, t(s))));
  const overdueBox = h('input', { type: 'checkbox', onchange: e => { overdue = e.target.checked; table.restart(); } });
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter, h('label', {}, overdueBox, ' ' + t('overdue'))],
    columns: [
      { title: t('number'), value: r => h('a', { href: 'javascript:void 0', onclick: () => show(r.number) }, r.number) },
      { title: t('order'), value: r => r.orderNumber }, { title: t('customer'), value: r => r.customerName },
      { title: t('kind'), value: r => t(r.kind) }, { title: t('reasonCode'), value: r => t(r.reasonCode) },
      { title: t('status'), value: r => badge(r.status) }, { title: t('outcome'), value: r => outcomeText(r.outcome) },
      { title: t('sendBackDue'), value: r => r.sendBackDue ? h('span', { class: r.status === 'REFUSED' && new Date(r.sendBackDue) < new Date()
        ? 'overdue' : '' }, new Date(r.sendBackDue).toLocaleString()) : '' }
    ],
    load: ({ page, size, q: text, after }) => api('crm/returns?' + q({ q: text, status, overdue: overdue || undefined, page, size, after }))
  });

  async function findOrder() {
    findFeedback.replaceChildren(); opener.replaceChildren();
    try {
      const order = await api('crm/orders/' + encodeURIComponent(orderInput.value.trim()));
      const quantities = {};
      const rows = order.lines.map(line => {
        const input = h('input', { type: 'number', min: 0, max: line.quantity, value: 0, 'data-line': line.lineNo,
          disabled: !!line.returnedIn, 'aria-label': t('returnQty') + ' ' + line.lineNo });
        quantities[line.lineNo] = input;
        return h('tr', {}, h('td', {}, String(line.lineNo)), h('td', {}, line.sku), h('td', { class: 'num' }, String(line.quantity)),
          h('td', { class: 'num' }, String(line.amount)), h('td', {}, input), h('td', {}, line.returnedIn || ''));
      });
      const openForm = form({
        submitLabel: t('open'),
        fields: [{ name: 'kind', label: t('kind'), type: 'select', options: [['RETURN', t('RETURN')], ['EXCHANGE', t('EXCHANGE')]] },
          { name: 'reasonCode', label: t('reasonCode'), type: 'select', options: REASONS.map(r => [r, t(r)]) },
          { name: 'reason', label: t('reason'), type: 'textarea', required: true }],
        onSubmit: values => api('crm/returns', { method: 'POST', body: { ...values, order: order.order,
          lines: Object.entries(quantities).filter(([, input]) => Number(input.value) > 0)
            .map(([lineNo, input]) => ({ lineNo: Number(lineNo), quantity: Number(input.value) })) } }),
        onDone: created => { opener.replaceChildren(); table.refresh(); show(created.details.number); }
      });
      opener.replaceChildren(h('div', { class: 'card', 'data-order': order.order },
        h('h3', {}, order.order + ' · ' + order.customerName + ' · ' + order.status),
        h('table', {}, h('tr', {}, [t('line'), t('sku'), t('delivered'), t('amount'), t('returnQty'), t('returnedIn')].map(x => h('th', {}, x))), rows),
        openForm.element));
    } catch (e) { findFeedback.replaceChildren(message('error', describeError(e))); }
  }

  async function show(number) {
    try {
      detail.replaceChildren(caseCard(api, await api('crm/returns/' + number), () => { show(number); table.refresh(); }));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }

  container.append(h('h2', {}, t('returns')),
    h('div', { class: 'card toolbar' }, orderInput, h('button', { onclick: findOrder, 'data-action': 'find-order' }, t('find'))),
    findFeedback, opener, detail, table.element);
}

function caseCard(api, c, reload) {
  const d = c.details;
  const path = 'crm/returns/' + d.number;
  const actions = [];
  if (d.status === 'OPEN') {
    actions.push(form({ submitLabel: t('receive'), fields: [{ name: 'warehouseCode', label: t('warehouse'), required: true }],
      onSubmit: values => api(path + '/receive', { method: 'POST', body: values }), onDone: reload }).element);
  }
  if (d.status === 'RECEIVED') {
    actions.push(form({
      submitLabel: t('check'),
      fields: [{ name: 'qualityProblem', label: t('qualityProblem'), type: 'checkbox', value: false },
        { name: 'fault', label: t('fault'), type: 'select', options: ['NONE', 'CUSTOMER', 'COMPANY'].map(f => [f, t(f)]) },
        { name: 'resaleable', label: t('resaleable'), type: 'checkbox', value: true },
        { name: 'resolution', label: t('resolution'), type: 'select', options: [['', '—'], ['REFUND', t('REFUND')], ['REPLACE', t('REPLACE')],
          ['EXCHANGE', t('EXCHANGE')]] },
        { name: 'note', label: t('note') }],
      onSubmit: values => api(path + '/check', { method: 'POST', body: values }), onDone: reload }).element);
  }
  if (d.status === 'REFUSED') {
    actions.push(form({ submitLabel: t('sendBack'), fields: [{ name: 'tracking', label: t('tracking'), required: true }],
      onSubmit: values => api(path + '/sent-back', { method: 'POST', body: values }), onDone: reload }).element);
  }
  if (d.status === 'REFUSED' || d.status === 'SENT_BACK') {
    actions.push(form({ submitLabel: t('dispute'), fields: [{ name: 'note', label: t('note'), type: 'textarea', required: true }],
      onSubmit: values => api(path + '/dispute', { method: 'POST', body: values }), onDone: reload }).element);
  }
  const facts = [t(d.kind), t(d.reasonCode) + ': ' + d.reason, t('goods') + ' ' + d.goodsAmount, t('postage') + ' ' + d.postageShare,
    d.warehouseCode ? t('warehouse') + ' ' + d.warehouseCode : '', d.checkedAt ? t('fault') + ' ' + t(d.fault) + (d.qualityProblem
      ? ' · ' + t('qualityProblem') : '') + (d.resaleable ? ' · ' + t('resaleable') : '') : '', d.stockPosted ? t('stockPosted') : '',
    d.replacementOrder ? t('replacementOrder') + ' ' + d.replacementOrder : ''].filter(Boolean);
  return h('div', { class: 'card', 'data-return': d.number, 'data-status': d.status },
    h('h3', {}, d.number + ' · ' + d.orderNumber + ' · ' + d.customerName + ' · ', badge(d.status), ' ', outcomeText(d.outcome)),
    h('p', {}, facts.join(' · ')),
    d.sendBackDue ? h('p', { class: c.sendBackOverdue ? 'message error' : '' }, t('sendBackDue') + ' ' + new Date(d.sendBackDue).toLocaleString()
      + (c.sendBackOverdue ? ' · ' + t('overdueNow') : '')) : '',
    h('table', {}, h('tr', {}, [t('line'), t('sku'), t('returnQty'), t('amount')].map(x => h('th', {}, x))),
      c.lines.map(l => h('tr', {}, h('td', {}, String(l.lineNo)), h('td', {}, l.sku), h('td', { class: 'num' }, String(l.quantity)),
        h('td', { class: 'num' }, String(l.amount))))),
    c.refund ? h('p', { 'data-refund': c.refund.number }, t('refund') + ' ' + c.refund.number + ' · ' + c.refund.amount + ' · ', badge(c.refund.status)) : '',
    ...actions);
}

export function renderRefunds(container, api, finance) {
  let status = '';
  const feedback = h('div');
  const base = finance ? 'crm/finance/refunds' : 'crm/refunds';
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), ['REQUESTED', 'APPROVED', 'REJECTED', 'PAID'].map(s => h('option', { value: s }, t(s))));
  const pay = async r => {
    const answer = await dialog({ title: t('pay') + ' ' + r.number, fields: [{ name: 'reference', label: t('reference'), required: true }] });
    if (!answer) return;
    const reference = answer.reference;
    feedback.replaceChildren();
    try { await api('crm/finance/refunds/' + r.number + '/paid', { method: 'POST', body: { paymentReference: reference } }); table.refresh(); }
    catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  };
  const table = pagedTable({
    toolbar: [filter],
    columns: [
      { title: t('refund'), value: r => r.number }, { title: t('number'), value: r => r.caseNumber }, { title: t('order'), value: r => r.orderNumber },
      { title: t('goods'), value: r => r.goodsAmount, num: true }, { title: t('postage'), value: r => r.postage, num: true },
      { title: t('amount'), value: r => r.amount, num: true }, { title: t('status'), value: r => badge(r.status) },
      { title: t('reference'), value: r => r.paymentReference || '' },
      { title: '', value: r => finance && r.status === 'APPROVED' ? h('button', { onclick: () => pay(r) }, t('pay')) : '' }
    ],
    load: ({ page, size, after }) => api(base + '?' + q({ status, page, size, after }))
  });
  container.append(h('h2', {}, finance ? t('payments') : t('refunds')), feedback, table.element);
}
