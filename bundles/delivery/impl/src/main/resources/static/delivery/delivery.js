// Delivery pages: sales orders (search, detail with timeline), taking an order for a customer and the review queue
// with the risk reasons; the risk pages are in risk.js, shipping in shipping.js, the courier audit in audit.js.
import { h, filterSelect, table as staticTable, pagedTable, form, dialog, message, describeError, query as q } from '/console/ui.js';
import { ApiError } from '/console/api.js';
import { t, STATUSES, CHANNELS, state, money, when, reasonText } from './texts.js';
import { riskRules, blacklist } from './risk.js';
import { pickLists, couriers } from './shipping.js';
import { scorecard, penalties, standards } from './audit.js';

export async function render(container, route, { api }) {
  const pages = { orders, 'new-order': newOrder, review, 'risk-rules': riskRules, blacklist, 'pick-lists': pickLists, couriers,
    scorecard, penalties, standards };
  await (pages[route] || orders)(container, api);
}

/** The findings behind a score, each with its points, evidence and reason in the reader's language. */
function findings(risk) {
  if (!risk.findings || !risk.findings.length) return h('p', { class: 'muted' }, t('noReasons'));
  return h('ul', { class: 'findings' }, risk.findings.map(f => h('li', { 'data-code': f.code },
    h('strong', {}, reasonText(f)), ' (' + f.code + ', +' + f.points + ') — ', h('span', { class: 'muted' }, f.evidence))));
}

/** Review commands shared by the order page and the queue; done(order) runs after a change. */
function actions(api, order, feedback, done) {
  const path = 'delivery/orders/' + order.number;
  const run = async (suffix, body) => {
    feedback.replaceChildren();
    try {
      const changed = await api(path + suffix, { method: 'POST', body });
      feedback.replaceChildren(message('ok', t('cleared', { number: changed.number, status: t(changed.status) })));
      done(changed);
    } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  };
  const open = ['RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'ON_HOLD'].includes(order.status);
  return h('div', { class: 'toolbar' },
    order.status === 'UNDER_REVIEW' ? h('button', { class: 'confirm', onclick: () => run('/confirm') }, t('confirm')) : '',
    open ? h('button', { class: 'secondary cancel', onclick: async () => {
      const answer = await dialog({ title: t('cancel') + ' ' + order.number, fields: [reasonField()] });
      if (answer) run('/cancel', answer);
    } }, t('cancel')) : '',
    open ? h('button', { class: 'secondary blacklist', onclick: async () => {
      const answer = await dialog({ title: t('blacklistIt'), fields: [reasonField(), { name: 'address', label: t('alsoAddress'), type: 'checkbox', value: false }] });
      if (answer) run('/blacklist', answer);
    } }, t('blacklistIt')) : '');
}

function reasonField() {
  return { name: 'reason', label: t('reasonPrompt'), type: 'textarea', required: true };
}

function orders(container, api) {
  let status = ''; let from = ''; let to = '';
  const detail = h('div');
  const filter = filterSelect({ label: t('status'), all: t('all'), options: STATUSES.map(s => [s, t(s)]),
    onChange: value => { status = value; table.restart(); } });
  const fromInput = h('input', { type: 'date', 'aria-label': t('from'), onchange: e => { from = e.target.value; table.restart(); } });
  const toInput = h('input', { type: 'date', 'aria-label': t('to'), onchange: e => { to = e.target.value; table.restart(); } });
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter, t('from'), fromInput, t('to'), toInput],
    columns: [
      { title: t('number'), value: o => h('a', { href: 'javascript:void 0', onclick: () => show(o.number) }, o.number) },
      { title: t('channel'), value: o => t(o.channel) + ' ' + o.channelOrder },
      { title: t('customer'), value: o => o.customerName }, { title: t('phone'), value: o => o.phone },
      { title: t('region'), value: o => o.province + ' ' + (o.city || '') },
      { title: t('total'), value: o => money(o.total), num: true },
      { title: t('status'), value: o => h('span', {}, state(o.status), ' ', h('span', { class: 'muted' }, t(o.stockState))) },
      { title: t('score'), value: o => o.riskScore, num: true },
      { title: t('placed'), value: o => when(o.placedAt) }
    ],
    load: ({ page, size, q: text, after }) => api('delivery/orders?' + q({ q: text, status, from, to, page, size, after }))
  });
  async function show(number) {
    try {
      const order = await api('delivery/orders/' + number);
      detail.replaceChildren(orderCard(api, order, changed => { table.refresh(); show(changed.number); }));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  container.append(h('h2', {}, t('orders')), detail, table.element);
}

function orderCard(api, o, changed) {
  const feedback = h('div');
  const c = o.customer;
  const edit = form({
    submitLabel: t('saveContact'),
    fields: [{ name: 'name', label: t('name'), value: c.name }, { name: 'phone', label: t('phone'), value: c.phone },
      { name: 'province', label: t('province'), value: c.province }, { name: 'city', label: t('city'), value: c.city || '' },
      { name: 'district', label: t('district'), value: c.district || '' }, { name: 'street', label: t('street'), value: c.street || '' },
      { name: 'postcode', label: t('postcode'), value: c.postcode || '' }, { name: 'reason', label: t('reason') }],
    onSubmit: v => flatErrors(api('delivery/orders/' + o.number + '/contact', { method: 'POST', body: { name: v.name, phone: v.phone, reason: v.reason,
      address: { province: v.province, city: v.city, district: v.district, street: v.street, postcode: v.postcode } } })),
    onDone: changed
  });
  const editable = ['RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'ON_HOLD'].includes(o.status);
  return h('div', { class: 'card order', 'data-order': o.number },
    h('h3', {}, o.number + ' · ' + t(o.channel) + ' ' + o.channelOrder + ' · ', state(o.status), o.statusReason ? ' ' + o.statusReason : ''),
    h('p', {}, [c.name, c.phone, [c.province, c.city, c.district, c.street, c.postcode].filter(Boolean).join(' ')].join(' · ')),
    h('p', {}, t(o.paymentMethod) + (o.paymentReference ? ' ' + o.paymentReference : '') + (o.buyerNote ? ' · ' + t('buyerNote') + ': ' + o.buyerNote : '')),
    staticTable([{ title: t('sku'), value: l => l.sku }, { title: t('quantity'), value: l => l.quantity, num: true },
      { title: t('unitPrice'), value: l => money(l.unitPrice), num: true }, { title: t('discount'), value: l => money(l.discount), num: true },
      { title: t('amount'), value: l => money(l.amount), num: true }], o.lines),
    h('p', {}, t('goods') + ' ' + money(o.goodsTotal) + ' − ' + t('discounts') + ' ' + money(o.discountTotal) + ' + ' + t('shippingFee') + ' '
      + money(o.shippingFee) + ' = ', h('strong', {}, money(o.total))),
    h('h4', {}, t('reasons') + ' · ' + t('score') + ' ' + o.risk.score + ' · ' + t(o.risk.decision) + ' · ' + t('version') + ' ' + o.risk.version),
    findings(o.risk),
    o.allocations.length ? h('div', {}, h('h4', {}, t('allocations') + ' (' + t(o.stockState) + ')'),
      staticTable([{ title: t('sku'), value: a => a.sku }, { title: t('warehouse'), value: a => a.warehouseCode },
        { title: t('quantity'), value: a => a.quantity, num: true }, { title: t('status'), value: a => t(a.status) }], o.allocations))
      : h('p', {}, t('stock') + ': ' + t(o.stockState)),
    o.shipments && o.shipments.length ? h('div', {}, h('h4', {}, t('shipmentsOf')), shipmentTable(o.shipments)) : '',
    feedback, actions(api, o, feedback, changed),
    h('h4', {}, t('timeline')),
    staticTable([{ title: t('at'), value: e => when(e.at) },
      { title: t('what'), value: e => e.kind === 'STATUS' ? [e.from ? t(e.from) + ' → ' : '', t(e.to)].join('') : t(e.kind) },
      { title: t('reason'), value: e => h('span', {}, e.reason || '', e.kind === 'CONTACT_EDITED' && e.details ? h('div', { class: 'muted' },
        JSON.stringify(e.details.before) + ' → ' + JSON.stringify(e.details.after)) : '') },
      { title: t('by'), value: e => e.actor }], o.timeline, { class: 'timeline' }),
    editable ? h('details', {}, h('summary', {}, t('editContact')), edit.element) : '');
}

/** The API names nested fields (customer.address.province, lines[2].quantity); the console's forms are flat. */
async function flatErrors(promise) {
  try { return await promise; } catch (e) {
    if (e instanceof ApiError && e.problem.errors) {
      e.problem.errors = e.problem.errors.map(x => {
        const line = /^lines\[(\d+)\]\.?(.*)$/.exec(x.field);
        if (line) return { field: 'lines', message: t('line', { n: Number(line[1]) + 1 }) + ' ' + line[2] + ': ' + x.message };
        return { field: x.field.replace(/^customer\.(address\.)?/, '').replace(/^payment\.method$/, 'paymentMethod')
          .replace(/^payment\.reference$/, 'paymentReference'), message: x.message };
      });
    }
    throw e;
  }
}

function newOrder(container, api) {
  const result = h('div');
  const intake = form({
    submitLabel: t('take'),
    fields: [
      { name: 'channel', label: t('channel'), type: 'select', options: CHANNELS.map(c => [c, t(c)]) },
      { name: 'channelOrder', label: t('channelOrder'), required: true },
      { name: 'name', label: t('name'), required: true }, { name: 'phone', label: t('phone'), required: true },
      { name: 'province', label: t('province'), required: true }, { name: 'city', label: t('city') },
      { name: 'district', label: t('district') }, { name: 'street', label: t('street') }, { name: 'postcode', label: t('postcode') },
      { name: 'lines', label: t('lines'), type: 'textarea', required: true },
      { name: 'shippingFee', label: t('shippingFee'), type: 'number' },
      { name: 'paymentMethod', label: t('paymentMethod'), type: 'select', options: [['PREPAID', t('PREPAID')], ['COD', t('COD')]] },
      { name: 'paymentReference', label: t('paymentReference') }, { name: 'buyerNote', label: t('buyerNote'), type: 'textarea' }
    ],
    onSubmit: v => flatErrors(api('delivery/orders', { method: 'POST', body: {
      channel: v.channel, channelOrder: v.channelOrder,
      customer: { name: v.name, phone: v.phone, address: { province: v.province, city: v.city, district: v.district, street: v.street, postcode: v.postcode } },
      lines: (v.lines || '').split('\n').map(r => r.trim()).filter(Boolean).map(r => {
        // Numbers stay text so the API sees exactly what was typed (19.999 is refused there, not rounded here).
        const [sku, quantity, unitPrice, discount] = r.split(/\s*[,，]\s*/);
        return { sku, quantity: quantity === undefined ? null : Number(quantity), unitPrice: unitPrice ?? null, discount: discount || null };
      }),
      shippingFee: v.shippingFee, payment: { method: v.paymentMethod, reference: v.paymentReference }, buyerNote: v.buyerNote } })),
    onDone: order => result.replaceChildren(message(order.status === 'UNDER_REVIEW' ? 'error' : 'ok',
      t('taken', { number: order.number, status: t(order.status) })), orderCard(api, order, () => {}))
  });
  container.append(h('h2', {}, t('newOrder')), intake.element, result);
}

async function review(container, api) {
  const list = h('div');
  const feedback = h('div');
  const table = pagedTable({
    size: 10,
    columns: [
      { title: t('number'), value: o => o.number }, { title: t('score'), value: o => h('strong', {}, o.riskScore), num: true },
      { title: t('status'), value: o => t(o.riskDecision) }, { title: t('customer'), value: o => o.customerName + ' ' + o.phone },
      { title: t('region'), value: o => o.province + ' ' + (o.city || '') }, { title: t('total'), value: o => money(o.total), num: true },
      { title: '', value: o => h('button', { class: 'secondary', onclick: () => open(o.number) }, t('open')) }
    ],
    load: async params => {
      const page = await api('delivery/review-queue?' + q({ page: params.page, size: params.size, after: params.after }));
      list.replaceChildren(...(page.items.length ? [] : [message('ok', t('queueEmpty'))]));
      for (const item of page.items) list.append(await queued(item.number));
      return page;
    }
  });
  async function queued(number) {
    const o = await api('delivery/orders/' + number);
    const own = h('div');
    return h('div', { class: 'card queued', 'data-order': o.number },
      h('h3', {}, o.number + ' · ' + t('score') + ' ' + o.risk.score + ' · ', state(o.status), ' ' + t(o.risk.decision)),
      h('p', {}, [o.customer.name, o.customer.phone, [o.customer.province, o.customer.city, o.customer.district, o.customer.street].filter(Boolean).join(' '),
        money(o.total) + ' · ' + t(o.paymentMethod)].join(' · ')),
      findings(o.risk), own, actions(api, o, own, changed => {
        feedback.replaceChildren(message('ok', t('cleared', { number: changed.number, status: t(changed.status) })));
        table.refresh();
      }));
  }
  async function open(number) {
    try { list.replaceChildren(orderCard(api, await api('delivery/orders/' + number), () => table.refresh())); } catch (e) {
      list.replaceChildren(message('error', describeError(e)));
    }
  }
  container.append(h('h2', {}, t('review')), feedback, list, table.element);
}


/** The shipments of an order. */
function shipmentTable(shipments) {
  return staticTable([{ title: t('shipments'), value: s => h('span', { 'data-shipment': s.number }, s.number) },
    { title: t('warehouse'), value: s => s.warehouseCode }, { title: t('status'), value: s => t(s.status) },
    { title: t('courier'), value: s => s.courier ? s.courier + ' ' + s.trackingNumber : '' }, { title: t('promisedBy'), value: s => s.promisedBy || '' },
    { title: t('items'), value: s => s.items.map(i => i.sku + ' × ' + i.quantity).join(', ') }], shipments, { class: 'shipments' });
}

