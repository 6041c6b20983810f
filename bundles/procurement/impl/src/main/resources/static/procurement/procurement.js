// Procurement pages: the purchase list, purchase orders (with approval, sending, receiving) and overdue arrivals;
// suppliers with their scorecards are in suppliers.js, tenders in tenders.js.
import { h, formatTime, table as staticTable, commands, askReason, pagedTable, form, message, describeError, query as q } from '/console/ui.js';
import { t, state, money, supplierCodes, warehouseCodes, statusFilter } from './texts.js';
import { suppliers } from './suppliers.js';
import { tenders } from './tenders.js';

export async function render(container, route, { api }) {
  const pages = { suppliers, 'purchase-list': purchaseList, orders, overdue, tenders };
  await (pages[route] || orders)(container, api);
}

function purchaseList(container, api) {
  let status = 'OPEN';
  const feedback = h('div');
  const filter = statusFilter(['OPEN', 'ORDERED', 'DROPPED'], value => { status = value; table.restart(); }, 'OPEN');
  const table = pagedTable({
    searchPlaceholder: t('sku'),
    toolbar: [filter],
    columns: [
      { title: t('sku'), value: i => i.sku }, { title: t('targetQuantity'), value: i => i.targetQuantity, num: true },
      { title: t('targetPrice'), value: i => i.targetPrice == null ? '' : money(i.targetPrice), num: true },
      { title: t('neededBy'), value: i => i.neededBy || '' }, { title: t('origin'), value: i => i.originDepartment },
      { title: t('reference'), value: i => i.originReference || '' }, { title: t('status'), value: i => state(i.status) },
      { title: '', value: i => i.status !== 'OPEN' ? '' : h('span', {},
          h('button', { onclick: () => act('procurement/purchase-list/' + i.id + '/ordered') }, t('markOrdered')), ' ',
          h('button', { class: 'secondary', onclick: () => act('procurement/purchase-list/' + i.id + '/dropped') }, t('drop'))) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/purchase-list?' + q({ q: text, status, page, size, after }))
  });
  const act = commands(api, feedback, () => table.refresh());
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
      { title: t('status'), value: o => state(o.status) },
      { title: '', value: o => orderActions(o) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/purchase-orders?' + q({ q: text, status, page, size, after }))
  });
  const refresh = () => { table.refresh(); if (detail.dataset.number) show(detail.dataset.number); };
  const act = commands(api, feedback, refresh);
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
        h('h3', {}, o.number + ' · ' + o.supplier + ' ' + o.supplierName + ' · ', state(o.status)),
        h('p', {}, t('revision') + ' ' + o.revision + (o.approvalId ? ' · ' + t('approval') + ' #' + o.approvalId : '')
          + (o.cancelReason ? ' · ' + o.cancelReason : '') + (o.note ? ' · ' + o.note : '')),
        staticTable([{ title: t('line'), value: l => l.line }, { title: t('sku'), value: l => l.sku },
          { title: t('quantity'), value: l => l.quantity, num: true }, { title: t('unitPrice'), value: l => money(l.unitPrice, o.currency), num: true },
          { title: t('accepted'), value: l => l.accepted, num: true }, { title: t('rejected'), value: l => l.rejected, num: true }], o.lines),
        o.receipts.length ? h('div', {}, h('h4', {}, t('receipts')), staticTable([
          { title: t('at'), value: r => formatTime(r.receivedAt) }, { title: t('warehouse'), value: r => r.warehouseCode },
          { title: t('goods'), value: r => r.lines.map(l => l.sku + ' ' + l.received + (l.rejected ? ' (−' + l.rejected + ' ' + l.rejectReason + ')' : '')).join(', ') },
          { title: t('receivedBy'), value: r => r.receivedBy }, { title: t('stockPosted'), value: r => r.stockPosted ? '✓' : t('waitingForWarehouse') }],
          o.receipts)) : '',
        receivable ? receiptForm(o) : ''));
      if (receiving && receivable) detail.querySelector('form.receipt input')?.focus();
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('newOrder'),
    fields: [
      { name: 'supplier', label: t('supplier'), type: 'code', lookup: supplierCodes(api), required: true },
      { name: 'warehouseCode', label: t('warehouse'), type: 'code', lookup: warehouseCodes(api), required: true },
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
      { title: t('total'), value: o => money(o.total, o.currency), num: true }, { title: t('status'), value: o => state(o.status) }
    ],
    load: ({ page, size, q: text }) => api('procurement/purchase-orders/overdue?' + q({ supplier: text, page, size }))
  });
  container.append(h('h2', {}, t('overdue')), table.element);
}
