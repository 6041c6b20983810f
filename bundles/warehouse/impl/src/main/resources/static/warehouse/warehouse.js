// Warehouse department pages: warehouses, stock by SKU, transfers, rebalancing suggestions, opening stock import.
import { h, pagedTable, form, dialog, barChart, message, describeError, importPanel, query as q } from '/console/ui.js';
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
    importTitle: 'Opening stock import',
    chooseFile: 'CSV file', upload: 'Import', rowErrors: 'Nothing was applied. Fix these rows:',
    movements: 'Recent movements', kind: 'Kind', at: 'When', actor: 'By', endless: '∞',
    allWarehouses: 'All warehouses', exportCsv: 'Download CSV', toWarehouse: 'Receiving warehouse',
    planSummary: 'The {shown} most urgent of {total} suggestions · {units} units to move in all',
    unitsNeeded: 'Units to move in, by receiving warehouse', units: 'Units', suggestions: 'Suggestions',
    uploading: 'Uploading {sent} of {size} MB…', staging: 'Checking the file…', QUEUED: 'Waiting to start',
    VALIDATING: 'Checking against the stock on record…', LOADING: 'Loading: {processed} of {rows} rows',
    SUCCEEDED: 'Imported {rows} rows', FAILED: 'Nothing was imported', CANCELLED: 'Cancelled: nothing was imported', errorsMore: '{count} rows have errors in all; the first ones:',
    recentImports: 'Recent imports', importNumber: 'Import', rows: 'Rows', by: 'By', started: 'Started', finished: 'Finished',
    importHelpJob: 'CSV with the header sku,warehouse,quantity, up to 5,000,000 rows. The file is checked first; then either every row is loaded or none. You can leave this page: the import goes on.'
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
    importTitle: '期初库存导入',
    chooseFile: 'CSV 文件', upload: '导入', rowErrors: '未导入任何数据，请修正以下行：',
    movements: '最近库存流水', kind: '类型', at: '时间', actor: '操作人', endless: '∞',
    allWarehouses: '全部仓库', exportCsv: '下载 CSV', toWarehouse: '调入仓库',
    planSummary: '共 {total} 条建议，显示最紧急的 {shown} 条 · 合计调拨 {units} 件',
    unitsNeeded: '各调入仓需调入数量', units: '件数', suggestions: '建议数',
    uploading: '正在上传 {sent} / {size} MB…', staging: '正在检查文件…', QUEUED: '等待开始',
    VALIDATING: '正在与库存记录核对…', LOADING: '正在导入：{processed} / {rows} 行',
    SUCCEEDED: '已导入 {rows} 行', FAILED: '未导入任何数据', CANCELLED: '已取消：未导入任何数据', errorsMore: '共有 {count} 行有错误，以下为前几条：',
    recentImports: '最近导入记录', importNumber: '导入批次', rows: '行数', by: '操作人', started: '开始时间', finished: '完成时间',
    importHelpJob: 'CSV 表头为 sku,warehouse,quantity，最多 5,000,000 行。先检查整个文件，然后要么全部导入，要么全部不导入。可以离开本页面，导入会在后台继续。'
  }
});


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
  let warehouse = '';
  const warehouseSelect = h('select', { 'aria-label': t('warehouse'), onchange: e => { warehouse = e.target.value; table.restart(); exportLink(); } },
    h('option', { value: '' }, t('allWarehouses')));
  api('warehouse/warehouses?size=200').then(list => warehouseSelect.append(...list.items.map(w => h('option', { value: w.code }, w.code + ' ' + w.name))))
    .catch(() => {});
  const download = h('a', { class: 'button secondary', download: 'stock.csv' }, t('exportCsv'));
  const exportLink = () => { download.href = '/api/warehouse/stock.csv?' + q({ q: table.query(), warehouse }); };
  const table = pagedTable({
    searchPlaceholder: t('searchSku'),
    toolbar: [warehouseSelect, download],
    columns: [
      { title: t('sku'), value: s => h('a', { href: 'javascript:void 0', onclick: () => showSku(s.sku) }, s.sku) },
      { title: t('warehouse'), value: s => s.warehouseCode },
      { title: t('onHand'), value: s => s.onHand, num: true }, { title: t('reserved'), value: s => s.reserved, num: true },
      { title: t('available'), value: s => s.available, num: true }, { title: t('inTransit'), value: s => s.inTransit, num: true }
    ],
    load: ({ page, size, q: text, after }) => { exportLink(); return api('warehouse/stock?' + q({ q: text, warehouse, page, size, after })); }
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
          x.status === 'SHIPPED' ? h('button', { onclick: async () => {
            const received = await dialog({ title: t('receive'), submitLabel: t('receive'),
              fields: x.lines.map((l, i) => ({ name: 'line' + i, type: 'number', required: true, value: l.shipped,
                label: t('receivedPrompt', { sku: l.sku, shipped: l.shipped }) })) });
            if (received) act('warehouse/transfers/' + x.id + '/receive', { lines: x.lines.map((l, i) => ({ sku: l.sku, quantity: received['line' + i] })) });
          } }, t('receive')) : null) }
    ],
    load: ({ page, size, q: text, after }) => api('warehouse/transfers?' + q({ q: text, status, page, size, after }))
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
  const toSelect = h('select', { 'aria-label': t('toWarehouse') }, h('option', { value: '' }, t('allWarehouses')));
  api('warehouse/warehouses?size=200').then(list => toSelect.append(...list.items.filter(w => w.active)
    .map(w => h('option', { value: w.code }, w.code + ' ' + w.name)))).catch(() => {});
  const download = h('a', { class: 'button secondary', download: 'rebalancing.csv' }, t('exportCsv'));
  const result = h('div');
  async function load() {
    const params = { windowDays: windowInput.value, targetDays: targetInput.value, toWarehouse: toSelect.value };
    download.href = '/api/warehouse/rebalancing/suggestions.csv?' + q(params);
    result.replaceChildren(message('ok', '…'));
    try {
      const plan = await api('warehouse/rebalancing/suggestions?' + q(params));
      if (!plan.items.length) { result.replaceChildren(message('ok', t('noSuggestions'))); return; }
      const chart = plan.byWarehouse.length > 1 ? h('div', { class: 'card' }, h('h3', {}, t('unitsNeeded')),
        barChart(plan.byWarehouse.map(w => ({ label: w.warehouse, values: { units: w.units } })),
          [{ key: 'units', label: t('units'), color: '#2e86de' }])) : null;
      result.replaceChildren(
        h('p', {}, t('planSummary', { shown: plan.items.length.toLocaleString(), total: plan.total.toLocaleString(), units: plan.units.toLocaleString() })),
        chart || '',
        h('table', {},
        h('tr', {}, [t('sku'), t('from'), t('to'), t('quantity'), t('fromCover'), t('toCover'), t('dailySales'), ''].map(x => h('th', {}, x))),
        plan.items.map(s => h('tr', {}, h('td', {}, s.sku), h('td', {}, s.fromWarehouse), h('td', {}, s.toWarehouse + ' (' + s.toRegion + ')'),
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
    h('div', { class: 'toolbar' }, t('windowDays'), windowInput, t('targetDays'), targetInput, t('toWarehouse'), toSelect,
      h('button', { onclick: load }, t('refresh')), download), result);
  await load();
}

function importPage(container, api) {
  const statusText = job => t(job.status, { processed: job.processed.toLocaleString(), rows: job.rows.toLocaleString() });
  const panel = importPanel({
    api, t, statusText, uploadPath: 'warehouse/imports/opening-stock', jobsPath: 'warehouse/imports',
    fraction: job => (job.status === 'LOADING' && job.rows ? job.processed / job.rows : job.status === 'SUCCEEDED' ? 1 : null),
    columns: [
      { title: t('importNumber'), value: j => '#' + j.id }, { title: t('status'), value: j => h('span', { class: 'badge ' + j.status.toLowerCase() }, statusText(j)) },
      { title: t('rows'), value: j => j.rows.toLocaleString(), num: true }, { title: t('warehouses'), value: j => j.warehouses.join(', ') },
      { title: t('by'), value: j => j.createdBy }, { title: t('started'), value: j => new Date(j.createdAt).toLocaleString() },
      { title: t('finished'), value: j => j.finishedAt ? new Date(j.finishedAt).toLocaleString() : '' }
    ]
  });
  container.append(h('h2', {}, t('importTitle')), h('p', {}, t('importHelpJob')), panel.chooser, panel.progress, panel.result, panel.recent);
}
