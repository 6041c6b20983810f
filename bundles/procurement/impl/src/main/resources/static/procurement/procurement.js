// Procurement pages: suppliers, purchase list, purchase orders (with approval, sending, receiving), overdue arrivals.
import { h, pagedTable, form, dialog, message, describeError, barChart, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    suppliers: 'Suppliers', code: 'Code', name: 'Name', contact: 'Contact', phone: 'Phone', email: 'E-mail',
    categories: 'Categories (comma-separated)', paymentTerms: 'Payment terms (e.g. NET30, PREPAID, COD)', status: 'Status',
    newSupplier: 'New supplier', searchSuppliers: 'Search code or name', ACTIVE: 'Active', ON_HOLD: 'On hold', BLOCKED: 'Blocked',
    hold: 'Put on hold', block: 'Block', activate: 'Make active', reasonPrompt: 'Reason', all: 'All',
    purchaseList: 'Purchase list', sku: 'SKU', targetQuantity: 'Quantity wanted', targetPrice: 'Target price (CNY)',
    neededBy: 'Needed by', origin: 'Proposed by', reference: 'Reference', note: 'Note', addItem: 'Add item',
    OPEN: 'Open', ORDERED: 'Ordered', DROPPED: 'Dropped', markOrdered: 'Ordered', drop: 'Drop',
    orders: 'Purchase orders', number: 'Number', supplier: 'Supplier', warehouse: 'Warehouse', expectedOn: 'Expected',
    total: 'Total', newOrder: 'New purchase order', lines: 'Lines (one "SKU quantity unit-price" per line)',
    searchOrders: 'Search number, supplier or SKU', DRAFT: 'Draft', AWAITING_APPROVAL: 'Awaiting approval', APPROVED: 'Approved',
    SENT: 'Sent', PARTIALLY_RECEIVED: 'Partly received', RECEIVED: 'Received', CANCELLED: 'Cancelled',
    submit: 'Submit', send: 'Send to supplier', cancel: 'Cancel', copy: 'Copy', receive: 'Receive', details: 'Details',
    cancelPrompt: 'Why is this order cancelled?', line: 'Line', quantity: 'Quantity',
    unitPrice: 'Unit price', accepted: 'Accepted', rejected: 'Rejected', receipts: 'Receipts', receivedBy: 'By', at: 'When',
    stockPosted: 'Stock posted', waitingForWarehouse: 'Waiting for the warehouse department', revision: 'Revision',
    approval: 'Approval', overdue: 'Overdue arrivals', daysLate: 'Days late', copied: 'Copied to {number}',
    scorecard: 'Scorecard of {code}, last 12 months', onTime: 'On time %', fill: 'Fill rate %', grade: 'Grade',
    noGrade: 'No grade yet', noData: 'no data', prices: 'Average unit price by month', due: 'Orders due', month: 'Month',
    tenders: 'Calls for tenders', newTender: 'New call for tenders', tenderTitle: 'Title', deadline: 'Deadline for bids',
    items: 'Items (one "SKU quantity needed-by-date" per line)', invite: 'Suppliers invited (codes, comma-separated)',
    bids: 'Bids', sealedCount: 'Sealed: {count} bid(s) received', open: 'Open the bids', openEarly: 'Ask to open early',
    earlyAsked: 'Opening early asked by {user}; a second person (one of you a supervisor) completes it',
    comparison: 'Comparison (proposal highlighted)', item: 'Item', proposal: 'Proposal', awardProposal: 'Award the proposal',
    awardOther: 'Award with the choices below', justification: 'Justification (needed when not the proposal)',
    notAcceptable: 'not acceptable', OPENED: 'Opened', AWARD_PENDING: 'Award awaiting approval', AWARDED: 'Awarded',
    OPEN: 'Open', orderMade: 'Order', leadTime: 'Lead time (days)', receiptDigest: 'Digest', cancelTender: 'Cancel',
    goods: 'Goods', arrived: 'Units arrived', rejectedUnits: 'Of those rejected', rejectReason: 'Why rejected', receiveGoods: 'Receive goods',
    paperBid: 'Record a paper bid', paperLines: 'Lines (one "item unit-price lead-days valid-until" per line)'
  },
  zh: {
    suppliers: '供应商', code: '编码', name: '名称', contact: '联系人', phone: '电话', email: '邮箱',
    categories: '供应品类（逗号分隔）', paymentTerms: '付款条件（如 NET30、PREPAID、COD）', status: '状态',
    newSupplier: '新建供应商', searchSuppliers: '搜索编码或名称', ACTIVE: '合作中', ON_HOLD: '暂停', BLOCKED: '已拉黑',
    hold: '暂停合作', block: '拉黑', activate: '恢复合作', reasonPrompt: '原因', all: '全部',
    purchaseList: '采购名单', sku: 'SKU', targetQuantity: '需求数量', targetPrice: '目标价（元）',
    neededBy: '需求日期', origin: '提出部门', reference: '来源单号', note: '备注', addItem: '添加条目',
    OPEN: '待采购', ORDERED: '已下单', DROPPED: '已放弃', markOrdered: '已下单', drop: '放弃',
    orders: '采购订单', number: '单号', supplier: '供应商', warehouse: '收货仓库', expectedOn: '预计到货',
    total: '金额', newOrder: '新建采购订单', lines: '明细（每行“SKU 数量 单价”）',
    searchOrders: '搜索单号、供应商或 SKU', DRAFT: '草稿', AWAITING_APPROVAL: '审批中', APPROVED: '已批准',
    SENT: '已下达', PARTIALLY_RECEIVED: '部分到货', RECEIVED: '已到货', CANCELLED: '已取消',
    submit: '提交', send: '下达给供应商', cancel: '取消', copy: '复制', receive: '收货', details: '详情',
    cancelPrompt: '取消原因', line: '行', quantity: '数量',
    unitPrice: '单价', accepted: '已入库', rejected: '已拒收', receipts: '收货记录', receivedBy: '收货人', at: '时间',
    stockPosted: '已入账', waitingForWarehouse: '等待仓储部门入账', revision: '版本',
    approval: '审批单', overdue: '到货跟催', daysLate: '逾期天数', copied: '已复制为 {number}',
    scorecard: '{code} 近 12 个月评分', onTime: '准时到货率 %', fill: '到货满足率 %', grade: '等级',
    noGrade: '暂无等级', noData: '无数据', prices: '月均采购单价', due: '应到订单', month: '月份',
    tenders: '招标', newTender: '发起招标', tenderTitle: '标题', deadline: '投标截止时间',
    items: '标的（每行“SKU 数量 需求日期”）', invite: '邀请供应商（编码，逗号分隔）',
    bids: '投标', sealedCount: '密封中：已收到 {count} 份投标', open: '开标', openEarly: '申请提前开标',
    earlyAsked: '{user} 已申请提前开标；需第二人（其中一人为主管）确认',
    comparison: '比价（推荐中标已高亮）', item: '标的', proposal: '推荐', awardProposal: '按推荐定标',
    awardOther: '按下列选择定标', justification: '定标理由（不按推荐时必填）',
    notAcceptable: '不符合要求', OPENED: '已开标', AWARD_PENDING: '定标审批中', AWARDED: '已定标',
    OPEN: '投标中', orderMade: '订单', leadTime: '交期（天）', receiptDigest: '摘要', cancelTender: '取消',
    goods: '货品', arrived: '到货数量', rejectedUnits: '其中拒收', rejectReason: '拒收原因', receiveGoods: '收货入库',
    paperBid: '录入纸质投标', paperLines: '明细（每行“标的 单价 交期天数 有效期”）'
  }
});

const badge = status => h('span', { class: 'badge ' + status.toLowerCase() }, t(status));
const money = (amount, currency) => Number(amount).toLocaleString(undefined, { minimumFractionDigits: 2 }) + ' ' + (currency || 'CNY');

export async function render(container, route, { api }) {
  const pages = { suppliers, 'purchase-list': purchaseList, orders, overdue, tenders };
  await (pages[route] || orders)(container, api);
}

function statusFilter(values, onChange) {
  return h('select', { 'aria-label': t('status'), onchange: e => onChange(e.target.value) },
    h('option', { value: '' }, t('all')), values.map(s => h('option', { value: s }, t(s))));
}

function actions(feedback, refresh, api) {
  return async (path, body) => {
    feedback.replaceChildren();
    try { const result = await api(path, { method: 'POST', body }); refresh(); return result; } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
      return null;
    }
  };
}

function suppliers(container, api) {
  let status = '';
  const feedback = h('div');
  const table = pagedTable({
    searchPlaceholder: t('searchSuppliers'),
    toolbar: [statusFilter(['ACTIVE', 'ON_HOLD', 'BLOCKED'], value => { status = value; table.restart(); })],
    columns: [
      { title: t('code'), value: s => h('a', { href: 'javascript:void 0', onclick: () => scorecard(s.code) }, s.code) },
      { title: t('name'), value: s => s.name },
      { title: t('contact'), value: s => [s.contactName, s.contactPhone].filter(Boolean).join(' · ') },
      { title: t('categories'), value: s => s.categories.join(', ') }, { title: t('paymentTerms'), value: s => s.paymentTerms },
      { title: t('status'), value: s => h('span', {}, badge(s.status), s.statusReason ? ' ' + s.statusReason : '') },
      { title: '', value: s => h('span', {}, ...[['ON_HOLD', 'hold'], ['BLOCKED', 'block'], ['ACTIVE', 'activate']]
          .filter(([to]) => to !== s.status).map(([to, label]) => h('button', { class: 'secondary', onclick: async () => {
            const answer = to === 'ACTIVE' ? { reason: null } : await askReason(t(label) + ' ' + s.code, t('reasonPrompt'));
            if (!answer) return;
            act('procurement/suppliers/' + encodeURIComponent(s.code) + '/status', { status: to, reason: answer.reason });
          } }, t(label)))) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/suppliers?' + q({ q: text, status, page, size, after }))
  });
  const act = actions(feedback, () => table.refresh(), api);
  const card = h('div');
  async function scorecard(code) {
    try {
      const c = await api('procurement/suppliers/' + encodeURIComponent(code) + '/scorecard');
      const pct = v => v == null ? t('noData') : v + ' %';
      card.replaceChildren(h('div', { class: 'card' },
        h('h3', {}, t('scorecard', { code }) + ' · ' + t('grade') + ': ' + (c.grade || t('noGrade'))),
        h('p', {}, c.gradeReason + ' · ' + t('onTime') + ' ' + pct(c.overall.onTimePercent) + ' · ' + t('fill') + ' '
          + pct(c.overall.fillPercent) + ' · ' + t('rejected') + ' ' + c.overall.rejected),
        barChart(c.byMonth.map(m => ({ label: m.month, values: { onTime: m.onTimePercent ?? 0, fill: m.fillPercent ?? 0 } })), [
          { key: 'onTime', label: t('onTime'), color: '#2e86de' }, { key: 'fill', label: t('fill'), color: '#27ae60' }]),
        h('table', {}, h('tr', {}, [t('month'), t('due'), t('onTime'), t('fill'), t('rejected')].map(x => h('th', {}, x))),
          c.byMonth.map(m => h('tr', {}, h('td', {}, m.month), h('td', { class: 'num' }, m.due), h('td', { class: 'num' }, pct(m.onTimePercent)),
            h('td', { class: 'num' }, pct(m.fillPercent)), h('td', { class: 'num' }, m.rejected)))),
        c.prices.length ? priceTable(c.prices) : ''));
    } catch (e) { card.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('newSupplier'),
    fields: [
      { name: 'code', label: t('code'), required: true }, { name: 'name', label: t('name'), required: true },
      { name: 'contactName', label: t('contact') }, { name: 'contactPhone', label: t('phone') }, { name: 'contactEmail', label: t('email') },
      { name: 'categories', label: t('categories') }, { name: 'paymentTerms', label: t('paymentTerms'), value: 'NET30', required: true }
    ],
    onSubmit: values => api('procurement/suppliers', { method: 'POST', body: { ...values,
      categories: (values.categories || '').split(/[,，]/).map(c => c.trim()).filter(Boolean) } }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('suppliers')), create.element, feedback, card, table.element);
}

function priceTable(prices) {
  const months = [...new Set(prices.flatMap(p => p.points.map(x => x.month)))].sort();
  return h('div', {}, h('h4', {}, t('prices')), h('table', {},
    h('tr', {}, [t('sku'), ...months].map(x => h('th', {}, x))),
    prices.map(p => h('tr', {}, h('td', {}, p.sku), ...months.map(m => {
      const point = p.points.find(x => x.month === m);
      return h('td', { class: 'num' }, point ? point.averagePrice : '');
    })))));
}

function purchaseList(container, api) {
  let status = 'OPEN';
  const feedback = h('div');
  const filter = statusFilter(['OPEN', 'ORDERED', 'DROPPED'], value => { status = value; table.restart(); });
  filter.value = 'OPEN';
  const table = pagedTable({
    searchPlaceholder: t('sku'),
    toolbar: [filter],
    columns: [
      { title: t('sku'), value: i => i.sku }, { title: t('targetQuantity'), value: i => i.targetQuantity, num: true },
      { title: t('targetPrice'), value: i => i.targetPrice == null ? '' : money(i.targetPrice), num: true },
      { title: t('neededBy'), value: i => i.neededBy || '' }, { title: t('origin'), value: i => i.originDepartment },
      { title: t('reference'), value: i => i.originReference || '' }, { title: t('status'), value: i => badge(i.status) },
      { title: '', value: i => i.status !== 'OPEN' ? '' : h('span', {},
          h('button', { onclick: () => act('procurement/purchase-list/' + i.id + '/ordered') }, t('markOrdered')), ' ',
          h('button', { class: 'secondary', onclick: () => act('procurement/purchase-list/' + i.id + '/dropped') }, t('drop'))) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/purchase-list?' + q({ q: text, status, page, size, after }))
  });
  const act = actions(feedback, () => table.refresh(), api);
  const create = form({
    submitLabel: t('addItem'),
    fields: [
      { name: 'sku', label: t('sku'), required: true }, { name: 'targetQuantity', label: t('targetQuantity'), type: 'number', required: true },
      { name: 'targetPrice', label: t('targetPrice'), type: 'number' }, { name: 'neededBy', label: t('neededBy'), type: 'date' },
      { name: 'reference', label: t('reference') }, { name: 'note', label: t('note') }
    ],
    onSubmit: values => api('procurement/purchase-list', { method: 'POST', body: values }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('purchaseList')), create.element, feedback, table.element);
}

function parseOrderLines(text) {
  return (text || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
    const [sku, quantity, unitPrice] = l.split(/[\s,;]+/);
    return { sku, quantity: Number(quantity), unitPrice: Number(unitPrice) };
  });
}

function orders(container, api) {
  let status = '';
  const feedback = h('div');
  const detail = h('div');
  const table = pagedTable({
    searchPlaceholder: t('searchOrders'),
    toolbar: [statusFilter(['DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
      value => { status = value; table.restart(); })],
    columns: [
      { title: t('number'), value: o => h('a', { href: 'javascript:void 0', onclick: () => show(o.number) }, o.number) },
      { title: t('supplier'), value: o => o.supplier + ' ' + o.supplierName }, { title: t('warehouse'), value: o => o.warehouseCode },
      { title: t('expectedOn'), value: o => o.expectedOn }, { title: t('total'), value: o => money(o.total, o.currency), num: true },
      { title: t('status'), value: o => badge(o.status) },
      { title: '', value: o => orderActions(o) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/purchase-orders?' + q({ q: text, status, page, size, after }))
  });
  const refresh = () => { table.refresh(); if (detail.dataset.number) show(detail.dataset.number); };
  const act = actions(feedback, refresh, api);
  const path = number => 'procurement/purchase-orders/' + number;
  function orderActions(o) {
    const buttons = [];
    if (o.status === 'DRAFT') buttons.push(h('button', { onclick: () => act(path(o.number) + '/submit') }, t('submit')));
    if (o.status === 'APPROVED') buttons.push(h('button', { onclick: () => act(path(o.number) + '/send') }, t('send')));
    if (o.status === 'SENT' || o.status === 'PARTIALLY_RECEIVED') buttons.push(h('button', { onclick: () => receive(o.number) }, t('receive')));
    if (['DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENT'].includes(o.status)) {
      buttons.push(h('button', { class: 'secondary', onclick: async () => {
        const answer = await askReason(t('cancel') + ' ' + o.number, t('cancelPrompt'));
        if (answer) act(path(o.number) + '/cancel', answer);
      } }, t('cancel')));
    }
    buttons.push(h('button', { class: 'secondary', onclick: async () => {
      const copy = await act(path(o.number) + '/copy');
      if (copy) feedback.replaceChildren(message('ok', t('copied', { number: copy.number })));
    } }, t('copy')));
    return h('span', { class: 'actions' }, ...buttons.flatMap(b => [b, ' ']));
  }
  // Receiving is a form on the order: a row per open line (units arrived, of those rejected and why); errors are
  // shown on the row and field they concern.
  const receive = number => show(number, true);
  function receiptForm(o) {
    const rows = o.lines.filter(l => l.open > 0 || l.quantity * (1 + Number(l.tolerancePercent) / 100) > l.accepted).map(l => ({ line: l,
      received: h('input', { type: 'number', min: 0, step: 1, value: l.open, 'aria-label': t('arrived') + ' ' + l.sku, 'data-line': l.line }),
      rejected: h('input', { type: 'number', min: 0, step: 1, value: 0, 'aria-label': t('rejectedUnits') + ' ' + l.sku }),
      reason: h('input', { type: 'text', 'aria-label': t('rejectReason') + ' ' + l.sku }),
      error: h('div', { class: 'error' }) }));
    const warehouse = h('input', { type: 'text', value: o.warehouseCode, 'aria-label': t('warehouse') });
    const note = h('input', { type: 'text', 'aria-label': t('note') });
    const status = h('div');
    const submit = h('button', { type: 'submit' }, t('receiveGoods'));
    const element = h('form', { class: 'receipt', novalidate: true },
      h('h4', {}, t('receiveGoods')),
      h('table', {}, h('tr', {}, [t('line'), t('sku'), t('quantity'), t('accepted'), t('arrived'), t('rejectedUnits'),
        t('rejectReason')].map(x => h('th', {}, x))),
        rows.map(r => h('tr', {}, h('td', {}, r.line.line), h('td', {}, r.line.sku), h('td', { class: 'num' }, r.line.quantity),
          h('td', { class: 'num' }, r.line.accepted), h('td', {}, r.received, r.error), h('td', {}, r.rejected), h('td', {}, r.reason)))),
      h('div', { class: 'form-grid' }, h('label', {}, t('warehouse'), warehouse), h('label', {}, t('note'), note)), status,
      h('div', { class: 'toolbar' }, submit));
    element.addEventListener('submit', async event => {
      event.preventDefault();
      rows.forEach(r => { r.error.textContent = ''; });
      status.replaceChildren();
      const sent = rows.filter(r => Number(r.received.value) > 0);
      const lines = sent.map(r => ({ line: r.line.line, received: Number(r.received.value), rejected: Number(r.rejected.value || 0),
        rejectReason: r.reason.value.trim() || null }));
      submit.disabled = true;
      try {
        await api(path(o.number) + '/receipts', { method: 'POST', body: { warehouseCode: warehouse.value.trim() || null,
          note: note.value.trim() || null, lines } });
        table.refresh();
        show(o.number);
      } catch (e) {
        const fieldErrors = e.fieldErrors ? e.fieldErrors() : {};
        let shown = false;
        for (const [field, text] of Object.entries(fieldErrors)) {
          const match = /^lines\[(\d+)\]/.exec(field);
          if (match && sent[Number(match[1])]) { sent[Number(match[1])].error.textContent = text; shown = true; }
        }
        if (!shown) status.replaceChildren(message('error', describeError(e)));
      } finally {
        submit.disabled = false;
      }
    });
    return element;
  }
  async function show(number, receiving) {
    detail.dataset.number = number;
    try {
      const o = await api(path(number));
      const receivable = o.status === 'SENT' || o.status === 'PARTIALLY_RECEIVED';
      detail.replaceChildren(h('div', { class: 'card' },
        h('h3', {}, o.number + ' · ' + o.supplier + ' ' + o.supplierName + ' · ', badge(o.status)),
        h('p', {}, t('revision') + ' ' + o.revision + (o.approvalId ? ' · ' + t('approval') + ' #' + o.approvalId : '')
          + (o.cancelReason ? ' · ' + o.cancelReason : '') + (o.note ? ' · ' + o.note : '')),
        h('table', {}, h('tr', {}, [t('line'), t('sku'), t('quantity'), t('unitPrice'), t('accepted'), t('rejected')].map(x => h('th', {}, x))),
          o.lines.map(l => h('tr', {}, h('td', {}, l.line), h('td', {}, l.sku), h('td', { class: 'num' }, l.quantity),
            h('td', { class: 'num' }, money(l.unitPrice, o.currency)), h('td', { class: 'num' }, l.accepted), h('td', { class: 'num' }, l.rejected)))),
        o.receipts.length ? h('div', {}, h('h4', {}, t('receipts')),
          h('table', {}, h('tr', {}, [t('at'), t('warehouse'), t('goods'), t('receivedBy'), t('stockPosted')].map(x => h('th', {}, x))),
            o.receipts.map(r => h('tr', {}, h('td', {}, new Date(r.receivedAt).toLocaleString()), h('td', {}, r.warehouseCode),
              h('td', {}, r.lines.map(l => l.sku + ' ' + l.received + (l.rejected ? ' (−' + l.rejected + ' ' + l.rejectReason + ')' : '')).join(', ')),
              h('td', {}, r.receivedBy), h('td', {}, r.stockPosted ? '✓' : t('waitingForWarehouse')))))) : '',
        receivable ? receiptForm(o) : ''));
      if (receiving && receivable) detail.querySelector('form.receipt input')?.focus();
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('newOrder'),
    fields: [
      { name: 'supplier', label: t('supplier'), required: true }, { name: 'warehouseCode', label: t('warehouse'), required: true },
      { name: 'expectedOn', label: t('expectedOn'), type: 'date', required: true },
      { name: 'lines', label: t('lines'), type: 'textarea', required: true }, { name: 'note', label: t('note') }
    ],
    onSubmit: values => api('procurement/purchase-orders', { method: 'POST', body: { ...values, lines: parseOrderLines(values.lines) } }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('orders')), create.element, feedback, detail, table.element);
}

function overdue(container, api) {
  const today = new Date();
  const table = pagedTable({
    searchPlaceholder: t('supplier'),
    columns: [
      { title: t('number'), value: o => o.number }, { title: t('supplier'), value: o => o.supplier + ' ' + o.supplierName },
      { title: t('expectedOn'), value: o => o.expectedOn },
      { title: t('daysLate'), value: o => Math.floor((today - new Date(o.expectedOn)) / 86400000), num: true },
      { title: t('total'), value: o => money(o.total, o.currency), num: true }, { title: t('status'), value: o => badge(o.status) }
    ],
    load: ({ page, size, q: text }) => api('procurement/purchase-orders/overdue?' + q({ supplier: text, page, size }))
  });
  container.append(h('h2', {}, t('overdue')), table.element);
}

function tenders(container, api) {
  const feedback = h('div');
  const detail = h('div');
  const path = number => 'procurement/tenders/' + number;
  const table = pagedTable({
    searchPlaceholder: t('tenderTitle'),
    columns: [
      { title: t('number'), value: x => h('a', { href: 'javascript:void 0', onclick: () => show(x.number) }, x.number) },
      { title: t('tenderTitle'), value: x => x.title }, { title: t('deadline'), value: x => new Date(x.deadline).toLocaleString() },
      { title: t('bids'), value: x => x.bidCount, num: true }, { title: t('status'), value: x => badge(x.status) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/tenders?' + q({ q: text, page, size, after }))
  });
  const act = async (url, body) => {
    feedback.replaceChildren();
    try { const result = await api(url, { method: 'POST', body }); table.refresh(); show(result.number || detail.dataset.number); return result; } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
      return null;
    }
  };
  async function show(number) {
    detail.dataset.number = number;
    try {
      const x = await api(path(number));
      const parts = [h('h3', {}, x.number + ' · ' + x.title + ' · ', badge(x.status)),
        h('p', {}, t('deadline') + ': ' + new Date(x.deadline).toLocaleString() + ' · ' + x.invited.map(i => i.supplier + ' ' + i.name).join(', '))];
      parts.push(h('table', {}, h('tr', {}, [t('item'), t('sku'), t('quantity'), t('neededBy')].map(c => h('th', {}, c))),
        x.items.map(i => h('tr', {}, h('td', {}, i.itemNo), h('td', {}, i.sku), h('td', { class: 'num' }, i.quantity), h('td', {}, i.neededBy)))));
      if (x.sealed) {
        parts.push(h('p', { class: 'sealed' }, t('sealedCount', { count: x.bidCount })));
        if (x.earlyOpenRequestedBy) parts.push(message('ok', t('earlyAsked', { user: x.earlyOpenRequestedBy })));
        const early = new Date(x.deadline) > new Date();
        parts.push(h('button', { 'data-action': 'open', onclick: () => act(path(number) + '/open') }, early ? t('openEarly') : t('open')), ' ',
          h('button', { class: 'secondary', onclick: async () => { const answer = await askReason(t('cancel') + ' ' + number, t('cancelPrompt')); if (answer) act(path(number) + '/cancel', answer); } }, t('cancelTender')));
        const paper = form({
          submitLabel: t('paperBid'),
          fields: [{ name: 'supplier', label: t('supplier'), required: true }, { name: 'lines', label: t('paperLines'), type: 'textarea', required: true }],
          onSubmit: values => api(path(number) + '/paper-bids', { method: 'POST', body: { supplier: values.supplier,
            lines: (values.lines || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
              const [item, unitPrice, leadTimeDays, validUntil] = l.split(/[\s,;]+/);
              return { item: Number(item), unitPrice: Number(unitPrice), leadTimeDays: Number(leadTimeDays), validUntil };
            }) } }),
          onDone: () => show(number)
        });
        parts.push(paper.element);
      } else {
        const suppliers = [...new Set(x.bids.map(b => b.supplier))];
        const choices = {};
        parts.push(h('h4', {}, t('comparison')), h('table', { class: 'comparison' },
          h('tr', {}, [t('item'), ...suppliers].map(c => h('th', {}, c))),
          x.comparison.map(p => h('tr', {}, h('td', {}, p.item.itemNo + ' ' + p.item.sku + ' × ' + p.item.quantity), ...suppliers.map(s => {
            const quote = p.quotes.find(qt => qt.supplier === s);
            if (!quote) return h('td', {}, '—');
            const proposed = p.proposed && p.proposed.bidId === quote.bidId;
            const pick = h('input', { type: 'radio', name: 'item-' + p.item.itemNo, checked: proposed,
              onchange: () => { choices[p.item.itemNo] = s; } });
            return h('td', { class: 'num' + (proposed ? ' proposed' : ''), title: quote.refusal || '' }, pick, ' ',
              money(quote.unitPrice) + ' · ' + quote.leadTimeDays + 'd' + (quote.acceptable ? '' : ' (' + t('notAcceptable') + ')'));
          })))));
        parts.push(h('table', {}, h('tr', {}, [t('supplier'), t('revision'), t('at'), t('receiptDigest')].map(c => h('th', {}, c))),
          x.bids.map(b => h('tr', {}, h('td', {}, b.supplier + ' (' + b.channel + ')'), h('td', {}, b.version),
            h('td', {}, new Date(b.submittedAt).toLocaleString()), h('td', { class: 'digest' }, b.digest)))));
        if (x.awards.length) {
          parts.push(h('table', {}, h('tr', {}, [t('item'), t('supplier'), t('proposal'), t('orderMade')].map(c => h('th', {}, c))),
            x.awards.map(a => h('tr', {}, h('td', {}, a.itemNo), h('td', {}, a.supplierCode), h('td', {}, a.proposed ? '✓' : '✗'), h('td', {}, a.purchaseOrder || '')))));
        }
        if (x.status === 'OPENED') {
          const justification = h('textarea', { rows: 2, 'aria-label': t('justification'), placeholder: t('justification') });
          parts.push(h('div', { class: 'toolbar' },
            h('button', { 'data-action': 'award', onclick: () => act(path(number) + '/award', {}) }, t('awardProposal')), ' ',
            h('button', { class: 'secondary', onclick: () => act(path(number) + '/award', {
              items: Object.entries(choices).map(([item, supplier]) => ({ item: Number(item), supplier })),
              justification: justification.value.trim() || null }) }, t('awardOther'))), justification);
        }
      }
      detail.replaceChildren(h('div', { class: 'card tender' }, ...parts));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('newTender'),
    fields: [
      { name: 'title', label: t('tenderTitle'), required: true }, { name: 'deadline', label: t('deadline'), type: 'datetime-local', required: true },
      { name: 'warehouseCode', label: t('warehouse'), required: true }, { name: 'items', label: t('items'), type: 'textarea', required: true },
      { name: 'suppliers', label: t('invite'), required: true }
    ],
    onSubmit: values => api('procurement/tenders', { method: 'POST', body: {
      title: values.title, warehouseCode: values.warehouseCode,
      deadline: values.deadline ? new Date(values.deadline).toISOString().replace('Z', '+00:00') : null,
      items: (values.items || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
        const [sku, quantity, neededBy] = l.split(/[\s,;]+/);
        return { sku, quantity: Number(quantity), neededBy };
      }),
      suppliers: (values.suppliers || '').split(/[,，\s]+/).map(c => c.trim()).filter(Boolean) } }),
    onDone: created => { table.refresh(); show(created.number); }
  });
  container.append(h('h2', {}, t('tenders')), create.element, feedback, detail, table.element);
}

/** Asks for the reason of a change (hold, block, cancel) in a dialog: {reason} or null when cancelled. */
function askReason(title, label) {
  return dialog({ title, fields: [{ name: 'reason', label, type: 'textarea', required: true }] });
}
