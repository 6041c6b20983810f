// Delivery's shipping pages: pick lists, packing and shipping each package, and the courier partners.
import { h, table as staticTable, pagedTable, form, message, describeError, query as q } from '/console/ui.js';
import { ApiError } from '/console/api.js';
import { t, state, when, warehouseCodes } from './texts.js';

/** Pick lists of a warehouse, the printable walk through the shelves, and packing and shipping each package. */
export async function pickLists(container, api) {
  const detail = h('div');
  const couriers = await api('delivery/couriers');
  const table = pagedTable({
    searchPlaceholder: t('warehouse'),
    columns: [
      { title: t('pickList'), value: p => h('a', { href: 'javascript:void 0', onclick: () => show(p.number) }, p.number) },
      { title: t('warehouse'), value: p => p.warehouseCode }, { title: t('shipments'), value: p => p.shipments, num: true },
      { title: t('PICKING'), value: p => p.open, num: true }, { title: t('by'), value: p => p.createdBy }, { title: t('at'), value: p => when(p.createdAt) }
    ],
    load: ({ page, size, q: text, after }) => api('delivery/pick-lists?' + q({ warehouse: text, page, size, after }))
  });
  const create = form({
    submitLabel: t('newPickList'),
    fields: [{ name: 'warehouseCode', label: t('warehouse'), type: 'code', lookup: warehouseCodes(api), required: true }, { name: 'maxOrders', label: t('maxOrders'), type: 'number', value: 50 }],
    onSubmit: values => api('delivery/pick-lists', { method: 'POST', body: values }),
    onDone: list => { table.refresh(); render(list); }
  });
  async function show(number) {
    try { render(await api('delivery/pick-lists/' + number)); } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  function render(list) {
    detail.replaceChildren(h('div', { class: 'card pick-list', 'data-pick-list': list.number },
      h('h3', {}, t('pickList') + ' ' + list.number + ' · ' + list.warehouseCode + ' · ' + when(list.createdAt)),
      h('button', { class: 'secondary', onclick: () => window.print() }, t('print')),
      staticTable([{ title: t('sku'), value: l => l.sku }, { title: t('units'), value: l => l.quantity, num: true },
        { title: t('forOrders'), value: l => l.orders, num: true }], list.lines),
      h('h4', {}, t('shipments')),
      list.orders.map(s => packageCard(api, s, couriers, () => show(list.number)))));
  }
  container.append(h('h2', {}, t('pickLists')), create.element, detail, table.element);
}

function packageCard(api, s, couriers, changed) {
  const feedback = h('div');
  const step = (suffix, body) => api('delivery/shipments/' + s.number + suffix, { method: 'POST', body });
  const pack = form({
    submitLabel: t('pack'),
    fields: [{ name: 'boxSize', label: t('boxSize'), type: 'select', options: ['S', 'M', 'L', 'XL', 'BAG', 'PALLET'].map(b => [b, b]) },
      { name: 'weightKg', label: t('weightKg'), type: 'number', required: true }],
    onSubmit: values => step('/pack', values), onDone: changed
  });
  const ship = form({
    submitLabel: t('ship'),
    fields: [{ name: 'courier', label: t('courier'), type: 'select', options: couriers.filter(c => c.active).map(c => [c.code, c.code + ' ' + c.name]) },
      { name: 'trackingNumber', label: t('trackingNumber') }],
    onSubmit: values => step('/ship', values), onDone: changed
  });
  const report = form({
    submitLabel: t('report'),
    fields: [{ name: 'kind', label: t('what'), type: 'select', options: ['PICKED_UP', 'IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED'].map(k => [k, t(k)]) },
      { name: 'reason', label: t('reason') }],
    onSubmit: values => step('/events', values), onDone: changed
  });
  return h('div', { class: 'card package', 'data-shipment': s.number },
    h('strong', {}, s.number + ' · ' + s.order + ' · '), state(s.status),
    h('p', {}, s.items.map(i => i.sku + ' × ' + i.quantity).join(', ') + (s.courier ? ' · ' + s.courier + ' ' + s.trackingNumber
      + ' · ' + t('promisedBy') + ' ' + s.promisedBy : '')),
    feedback,
    s.status === 'PICKING' ? pack.element : s.status === 'PACKED' ? ship.element
      : ['SHIPPED', 'IN_TRANSIT', 'FAILED'].includes(s.status) ? report.element : '',
    s.events.length ? h('ul', {}, s.events.map(e => h('li', {}, when(e.happenedAt) + ' ' + t(e.kind) + (e.reason ? ': ' + e.reason : '')))) : '');
}

/** Courier partners: where they deliver and how fast, cash on delivery, the shape of their tracking numbers. */
export async function couriers(container, api) {
  const list = h('div');
  async function load() {
    const all = await api('delivery/couriers');
    list.replaceChildren(staticTable([{ title: t('code'), value: c => c.code }, { title: t('name'), value: c => c.name },
      { title: t('cod'), value: c => c.codSupported ? '✓' : '' }, { title: t('trackingPattern'), value: c => c.trackingPattern || '' },
      { title: t('areas'), value: c => c.areas.map(a => a.province + ' ' + a.promisedDays).join('，') },
      { title: t('active'), value: c => c.active ? '✓' : '' }], all));
  }
  const add = form({
    submitLabel: t('addCourier'),
    fields: [{ name: 'code', label: t('code'), required: true }, { name: 'name', label: t('name'), required: true },
      { name: 'codSupported', label: t('cod'), type: 'checkbox', value: false }, { name: 'trackingPattern', label: t('trackingPattern') },
      { name: 'areas', label: t('areas'), type: 'textarea', required: true }],
    onSubmit: v => api('delivery/couriers', { method: 'POST', body: { ...v, areas: (v.areas || '').split('\n').map(r => r.trim()).filter(Boolean)
      .map(r => { const [province, days] = r.split(/\s+/); return { province, promisedDays: Number(days) || null }; }) } }).catch(e => {
      if (e instanceof ApiError && e.problem.errors) e.problem.errors = e.problem.errors.map(x => ({ ...x, field: x.field.replace(/^areas\[.*/, 'areas') }));
      throw e;
    }),
    onDone: load
  });
  await load();
  container.append(h('h2', {}, t('couriers')), add.element, list);
}
