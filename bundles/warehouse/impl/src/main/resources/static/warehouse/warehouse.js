// Warehouse department pages: warehouses, stock by SKU, transfers, rebalancing suggestions, opening stock import.
import { h, pagedTable, form, barChart, message, describeError } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    warehouses: 'Warehouses', code: 'Code', name: 'Name', region: 'Region', address: 'Address', active: 'Active',
    newWarehouse: 'New warehouse', searchWarehouses: 'Search code, name or region', stock: 'Stock by SKU', sku: 'SKU',
    warehouse: 'Warehouse', onHand: 'On hand', reserved: 'Reserved', available: 'Available', inTransit: 'In transit',
    searchSku: 'Search SKU', total: 'All warehouses', transfers: 'Transfers', newTransfer: 'New transfer',
    from: 'From warehouse', to: 'To warehouse', lines: 'Lines (one "SKU quantity" per line)', note: 'Note',
    status: 'Status', number: 'Number', ship: 'Ship', receive: 'Receive', cancelTransfer: 'Cancel',
    REQUESTED: 'Requested', SHIPPED: 'Shipped', RECEIVED: 'Received', CANCELLED: 'Cancelled', all: 'All',
    receivedPrompt: 'Quantity received of {sku} (shipped {shipped})', rebalancing: 'Rebalancing suggestions',
    windowDays: 'Sales window (days)', targetDays: 'Target cover (days)', quantity: 'Quantity', fromCover: 'Source cover (days)',
    toCover: 'Target cover (days)', dailySales: 'Daily sales at target', createTransfer: 'Create transfer',
    created: 'Transfer {number} created', noSuggestions: 'Stock is balanced: no suggestions', refresh: 'Refresh',
    importTitle: 'Opening stock import', importHelp: 'CSV with the header sku,warehouse,quantity. Either every row is applied or none.',
    chooseFile: 'CSV file', upload: 'Import', applied: '{count} rows applied', rowErrors: 'Nothing was applied. Fix these rows:',
    movements: 'Recent movements', kind: 'Kind', at: 'When', actor: 'By', endless: '∞'
  },
  zh: {
    warehouses: '仓库', code: '编码', name: '名称', region: '区域', address: '地址', active: '启用',
    newWarehouse: '新建仓库', searchWarehouses: '搜索编码、名称或区域', stock: '库存查询', sku: 'SKU',
    warehouse: '仓库', onHand: '在库', reserved: '已预占', available: '可用', inTransit: '在途',
    searchSku: '搜索 SKU', total: '全部仓库', transfers: '调拨单', newTransfer: '新建调拨单',
    from: '调出仓库', to: '调入仓库', lines: '明细（每行“SKU 数量”）', note: '备注',
    status: '状态', number: '单号', ship: '发货', receive: '收货', cancelTransfer: '取消',
    REQUESTED: '已申请', SHIPPED: '已发货', RECEIVED: '已收货', CANCELLED: '已取消', all: '全部',
    receivedPrompt: '{sku} 实收数量（发货 {shipped}）', rebalancing: '库存调配建议',
    windowDays: '销售统计天数', targetDays: '目标可售天数', quantity: '数量', fromCover: '调出仓可售天数',
    toCover: '调入仓可售天数', dailySales: '调入仓日均销量', createTransfer: '生成调拨单',
    created: '已生成调拨单 {number}', noSuggestions: '库存分布均衡，暂无建议', refresh: '刷新',
    importTitle: '期初库存导入', importHelp: 'CSV 表头为 sku,warehouse,quantity。要么全部导入，要么全部不导入。',
    chooseFile: 'CSV 文件', upload: '导入', applied: '已导入 {count} 行', rowErrors: '未导入任何数据，请修正以下行：',
    movements: '最近库存流水', kind: '类型', at: '时间', actor: '操作人', endless: '∞'
  }
});

const q = params => Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')
  .map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');

export async function render(container, route, { api }) {
  const pages = { warehouses, stock, transfers, rebalancing, import: importPage };
  await (pages[route] || warehouses)(container, api);
}

function warehouses(container, api) {
  const table = pagedTable({
    searchPlaceholder: t('searchWarehouses'),
    columns: [
      { title: t('code'), value: w => w.code }, { title: t('name'), value: w => w.name },
      { title: t('region'), value: w => w.region }, { title: t('address'), value: w => w.address },
      { title: t('active'), value: w => h('input', { type: 'checkbox', checked: w.active, 'aria-label': t('active'),
          onchange: async e => { await api('warehouse/warehouses/' + encodeURIComponent(w.code), { method: 'PUT',
            body: { name: w.name, region: w.region, address: w.address, active: e.target.checked } }); table.refresh(); } }) }
    ],
    load: ({ page, size, q: text }) => api('warehouse/warehouses?' + q({ q: text, page, size }))
  });
  const create = form({
    submitLabel: t('newWarehouse'),
    fields: [
      { name: 'code', label: t('code'), required: true }, { name: 'name', label: t('name'), required: true },
      { name: 'region', label: t('region'), required: true }, { name: 'address', label: t('address') },
      { name: 'active', label: t('active'), type: 'checkbox', value: true }
    ],
    onSubmit: values => api('warehouse/warehouses', { method: 'POST', body: values }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('warehouses')), create.element, table.element);
}

function stock(container, api) {
  const detail = h('div');
  const table = pagedTable({
    searchPlaceholder: t('searchSku'),
    columns: [
      { title: t('sku'), value: s => h('a', { href: 'javascript:void 0', onclick: () => showSku(s.sku) }, s.sku) },
      { title: t('warehouse'), value: s => s.warehouseCode },
      { title: t('onHand'), value: s => s.onHand, num: true }, { title: t('reserved'), value: s => s.reserved, num: true },
      { title: t('available'), value: s => s.available, num: true }, { title: t('inTransit'), value: s => s.inTransit, num: true }
    ],
    load: ({ page, size, q: text }) => api('warehouse/stock?' + q({ q: text, page, size }))
  });
  async function showSku(sku) {
    try {
      const data = await api('warehouse/stock/' + encodeURIComponent(sku));
      const moves = await api('warehouse/movements?' + q({ sku, size: 10 }));
      detail.replaceChildren(h('div', { class: 'card' },
        h('h3', {}, sku + ' · ' + t('total') + ': ' + t('available') + ' ' + data.available + ', ' + t('inTransit') + ' ' + data.inTransit),
        barChart(data.warehouses.map(w => ({ label: w.warehouseCode, values: w })), [
          { key: 'available', label: t('available'), color: '#2e86de' }, { key: 'reserved', label: t('reserved'), color: '#f39c12' },
          { key: 'inTransit', label: t('inTransit'), color: '#27ae60' }]),
        h('h4', {}, t('movements')),
        h('table', {}, h('tr', {}, [t('at'), t('warehouse'), t('kind'), t('onHand'), t('reserved'), t('inTransit'), t('actor')].map(x => h('th', {}, x))),
          moves.items.map(m => h('tr', {}, h('td', {}, new Date(m.at).toLocaleString()), h('td', {}, m.warehouseCode), h('td', {}, m.kind),
            h('td', { class: 'num' }, m.onHandDelta), h('td', { class: 'num' }, m.reservedDelta), h('td', { class: 'num' }, m.inTransitDelta), h('td', {}, m.actor))))));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  container.append(h('h2', {}, t('stock')), detail, table.element);
}

function parseLines(text) {
  return (text || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
    const [sku, quantity] = l.split(/[\s,;]+/);
    return { sku, quantity: Number(quantity) };
  });
}

function transfers(container, api) {
  let status = '';
  const statusSelect = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.refresh(); } },
    h('option', { value: '' }, t('all')), ['REQUESTED', 'SHIPPED', 'RECEIVED', 'CANCELLED'].map(s => h('option', { value: s }, t(s))));
  const feedback = h('div');
  const act = async (path, body) => {
    feedback.replaceChildren();
    try { await api(path, { method: 'POST', body }); table.refresh(); } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  };
  const table = pagedTable({
    toolbar: [statusSelect],
    columns: [
      { title: t('number'), value: x => x.number }, { title: t('from'), value: x => x.fromWarehouse }, { title: t('to'), value: x => x.toWarehouse },
      { title: t('lines'), value: x => x.lines.map(l => l.sku + ' × ' + l.quantity + (l.received != null && l.received !== l.shipped ? ' (' + l.received + ')' : '')).join(', ') },
      { title: t('status'), value: x => h('span', { class: 'badge ' + x.status.toLowerCase() }, t(x.status)) },
      { title: '', value: x => h('span', {},
          x.status === 'REQUESTED' ? [h('button', { onclick: () => act('warehouse/transfers/' + x.id + '/ship') }, t('ship')), ' ',
            h('button', { class: 'secondary', onclick: () => act('warehouse/transfers/' + x.id + '/cancel') }, t('cancelTransfer'))] : null,
          x.status === 'SHIPPED' ? h('button', { onclick: () => {
            const lines = [];
            for (const l of x.lines) {
              const answer = prompt(t('receivedPrompt', { sku: l.sku, shipped: l.shipped }), String(l.shipped));
              if (answer === null) return;
              lines.push({ sku: l.sku, quantity: Number(answer) });
            }
            act('warehouse/transfers/' + x.id + '/receive', { lines });
          } }, t('receive')) : null) }
    ],
    load: ({ page, size, q: text }) => api('warehouse/transfers?' + q({ q: text, status, page, size }))
  });
  const create = form({
    submitLabel: t('newTransfer'),
    fields: [{ name: 'fromWarehouse', label: t('from'), required: true }, { name: 'toWarehouse', label: t('to'), required: true },
      { name: 'lines', label: t('lines'), type: 'textarea', required: true }, { name: 'note', label: t('note') }],
    onSubmit: values => api('warehouse/transfers', { method: 'POST', body: { ...values, lines: parseLines(values.lines) } }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('transfers')), create.element, feedback, table.element);
}

async function rebalancing(container, api) {
  const windowInput = h('input', { type: 'number', value: 30, min: 1, max: 365, 'aria-label': t('windowDays') });
  const targetInput = h('input', { type: 'number', value: 14, min: 7, max: 30, 'aria-label': t('targetDays') });
  const result = h('div');
  async function load() {
    result.replaceChildren(message('ok', '…'));
    try {
      const list = await api('warehouse/rebalancing/suggestions?' + q({ windowDays: windowInput.value, targetDays: targetInput.value }));
      if (!list.length) { result.replaceChildren(message('ok', t('noSuggestions'))); return; }
      result.replaceChildren(h('table', {},
        h('tr', {}, [t('sku'), t('from'), t('to'), t('quantity'), t('fromCover'), t('toCover'), t('dailySales'), ''].map(x => h('th', {}, x))),
        list.map(s => h('tr', {}, h('td', {}, s.sku), h('td', {}, s.fromWarehouse), h('td', {}, s.toWarehouse + ' (' + s.toRegion + ')'),
          h('td', { class: 'num' }, s.quantity), h('td', { class: 'num' }, s.fromCoverDays ?? t('endless')),
          h('td', { class: 'num' }, s.toCoverDays ?? t('endless')), h('td', { class: 'num' }, s.toDailySales),
          h('td', {}, h('button', { onclick: async e => {
            e.target.disabled = true;
            try {
              const created = await api('warehouse/transfers', { method: 'POST', body: { fromWarehouse: s.fromWarehouse, toWarehouse: s.toWarehouse,
                lines: [{ sku: s.sku, quantity: s.quantity }], note: 'rebalancing' } });
              e.target.replaceWith(t('created', { number: created.number }));
            } catch (err) { e.target.disabled = false; result.prepend(message('error', describeError(err))); }
          } }, t('createTransfer')))))));
    } catch (e) { result.replaceChildren(message('error', describeError(e))); }
  }
  container.append(h('h2', {}, t('rebalancing')),
    h('div', { class: 'toolbar' }, t('windowDays'), windowInput, t('targetDays'), targetInput, h('button', { onclick: load }, t('refresh'))), result);
  await load();
}

function importPage(container, api) {
  const file = h('input', { type: 'file', accept: '.csv,text/csv', 'aria-label': t('chooseFile') });
  const progress = h('progress', { hidden: true });
  const result = h('div');
  const upload = h('button', { onclick: async () => {
    if (!file.files.length) return;
    result.replaceChildren(); progress.hidden = false; upload.disabled = true;
    try {
      const text = await file.files[0].text();
      const answer = await api('warehouse/stock/import', { method: 'POST', body: text, raw: true, headers: { 'Content-Type': 'text/csv' } });
      result.replaceChildren(message('ok', t('applied', { count: answer.applied })));
    } catch (e) {
      const errors = (e.problem && e.problem.errors) || [];
      result.replaceChildren(errors.length ? h('div', { class: 'message error', role: 'alert' }, t('rowErrors'),
        h('ul', {}, errors.map(x => h('li', {}, x.field + ': ' + x.message)))) : message('error', describeError(e)));
    } finally { progress.hidden = true; upload.disabled = false; }
  } }, t('upload'));
  container.append(h('h2', {}, t('importTitle')), h('p', {}, t('importHelp')), h('div', { class: 'card toolbar' }, file, upload), progress, result);
}
