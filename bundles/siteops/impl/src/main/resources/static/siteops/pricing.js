// Pricing (定价): SKUs with cost, floor, price and margin; per SKU the basis, competitors' prices, a suggestion explained
// step by step, the price change (a loss-leader below the floor waits for a supervisor) and the price history.
import { h, pagedTable, form, message, describeError, barChart, query as q } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

const t = translator({
  en: {
    pricing: 'Pricing', sku: 'SKU', product: 'Product', cost: 'Cost', costSource: 'Cost from', floor: 'Floor', price: 'Price', margin: 'Margin on cost %',
    uncompetitive: 'Uncompetitive', onlyUncompetitive: 'Only uncompetitive SKUs', search: 'Search SKU, product or title', basis: 'Cost and reference prices',
    enteredCost: 'Entered cost (used while procurement has no order)', traditionalPrice: 'Traditional-channel price', saveBasis: 'Save',
    competitors: 'Competitors', competitor: 'Competitor', observedOn: 'Seen on', source: 'Source (link)', addCompetitor: 'Add competitor price',
    suggest: 'Suggest', method: 'Method', figure: 'Markup % / ± % against the lowest competitor / price', rounding: 'Rounding',
    COST_PLUS: 'Cost plus', COMPETITOR: 'Competitor ± %', FIXED: 'Fixed price', CENTS: 'To the cent', CHARM: 'Ending in .90',
    reason: 'Reason', setPrice: 'Set this price', history: 'Price history', status: 'Status', by: 'By', at: 'At', pending: 'Waiting for approval',
    APPLIED: 'Applied', PENDING: 'Waiting for approval', REJECTED: 'Rejected', fromProcurement: 'procurement', notInstalled: 'procurement not installed',
    traditional: 'Traditional channel', suggestion: 'Suggestion', belowFloor: 'Below the floor: needs a supervisor'
  },
  zh: {
    pricing: '定价', sku: 'SKU', product: '商品', cost: '成本', costSource: '成本来源', floor: '底价', price: '售价', margin: '成本毛利率 %',
    uncompetitive: '无竞争力', onlyUncompetitive: '只看无竞争力 SKU', search: '搜索 SKU、商品或标题', basis: '成本与参考价',
    enteredCost: '录入成本（采购无订单时使用）', traditionalPrice: '传统渠道价', saveBasis: '保存',
    competitors: '竞品价格', competitor: '竞争对手', observedOn: '采集日期', source: '来源（链接）', addCompetitor: '添加竞品价',
    suggest: '建议价', method: '定价方式', figure: '加成 % / 相对最低竞品 ±% / 价格', rounding: '取整',
    COST_PLUS: '成本加成', COMPETITOR: '竞品 ±%', FIXED: '固定价格', CENTS: '到分', CHARM: '尾数 .90',
    reason: '原因', setPrice: '采用此价格', history: '调价记录', status: '状态', by: '操作人', at: '时间', pending: '待审批',
    APPLIED: '已生效', PENDING: '待审批', REJECTED: '已驳回', fromProcurement: '采购', notInstalled: '采购未安装',
    traditional: '传统渠道', suggestion: '建议', belowFloor: '低于底价：需主管审批'
  }
});

const zh = () => currentLanguage() === 'zh';
const money = v => (v === null || v === undefined ? '' : Number(v).toFixed(2));
const planBody = values => {
  const figure = values.figure === null ? null : Number(values.figure);
  return { method: values.method, rounding: values.rounding, reason: values.reason || undefined,
    markupPercent: values.method === 'COST_PLUS' ? figure : undefined, competitorPercent: values.method === 'COMPETITOR' ? figure : undefined,
    price: values.method === 'FIXED' ? figure : undefined };
};

export async function renderPricing(container, api) {
  let uncompetitive = false;
  const detail = h('div');
  const only = h('label', {}, h('input', { type: 'checkbox', name: 'uncompetitive', onchange: e => { uncompetitive = e.target.checked; table.restart(); } }),
    ' ' + t('onlyUncompetitive'));
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [only],
    columns: [
      { title: t('sku'), value: s => h('a', { href: 'javascript:void 0', onclick: () => show(s.sku) }, s.sku) },
      { title: t('product'), value: s => s.productCode + ' ' + s.title }, { title: t('cost'), value: s => money(s.cost), num: true },
      { title: t('floor'), value: s => money(s.floorPrice), num: true }, { title: t('price'), value: s => money(s.price), num: true },
      { title: t('uncompetitive'), value: s => (s.uncompetitive ? h('span', { class: 'error', 'data-uncompetitive': s.sku }, '⚠ ' + t('uncompetitive')) : '') }
    ],
    load: ({ page, size, q: text, after }) => api('siteops/pricing?' + q({ q: text, uncompetitive: uncompetitive ? 'true' : undefined, page, size, after }))
  });
  async function show(sku) {
    try {
      const p = await api('siteops/pricing/' + encodeURIComponent(sku));
      const d = p.details;
      const base = 'siteops/pricing/' + encodeURIComponent(sku);
      const refresh = () => { show(sku); table.refresh(); };
      const suggestionBox = h('div', { 'data-suggestion': '' });
      const basisForm = form({
        submitLabel: t('saveBasis'),
        fields: [{ name: 'cost', label: t('enteredCost'), type: 'number', value: d.enteredCost ?? '' },
          { name: 'traditionalPrice', label: t('traditionalPrice'), type: 'number', value: d.traditionalPrice ?? '' }],
        onSubmit: values => api(base + '/basis', { method: 'PUT', body: values }), onDone: refresh
      });
      const competitorForm = form({
        submitLabel: t('addCompetitor'),
        fields: [{ name: 'competitor', label: t('competitor'), required: true }, { name: 'price', label: t('price'), type: 'number', required: true },
          { name: 'observedOn', label: t('observedOn'), type: 'date' }, { name: 'source', label: t('source') }],
        onSubmit: values => api(base + '/competitors', { method: 'POST', body: values }), onDone: refresh
      });
      const planFields = [
        { name: 'method', label: t('method'), type: 'select', options: ['COST_PLUS', 'COMPETITOR', 'FIXED'].map(m => [m, t(m)]) },
        { name: 'figure', label: t('figure'), type: 'number', required: true },
        { name: 'rounding', label: t('rounding'), type: 'select', options: ['CENTS', 'CHARM'].map(r => [r, t(r)]) }];
      const suggestForm = form({
        submitLabel: t('suggest'), fields: planFields,
        onSubmit: async values => {
          const b = planBody(values);
          const s = await api(base + '/suggestion?' + q({ method: b.method, rounding: b.rounding, markupPercent: b.markupPercent,
            competitorPercent: b.competitorPercent, price: b.price }));
          suggestionBox.replaceChildren(h('div', { class: 'card' }, h('strong', {}, t('suggestion') + ': ' + money(s.price)),
            s.belowFloor ? message('error', t('belowFloor')) : '',
            h('ol', {}, s.explanation.map(step => h('li', {}, zh() ? step.zh : step.en)))));
          return s;
        }
      });
      const priceForm = form({
        submitLabel: t('setPrice'), fields: [...planFields, { name: 'reason', label: t('reason'), required: true }],
        onSubmit: values => api(base + '/price', { method: 'POST', body: planBody(values) }), onDone: refresh
      });
      const latest = {};
      for (const c of p.competitors) if (!latest[c.competitor]) latest[c.competitor] = c;
      const bars = [{ label: t('cost'), value: d.cost }, { label: t('floor'), value: d.floorPrice }, { label: t('price'), value: d.price },
        { label: t('traditional'), value: d.traditionalPrice }, ...Object.values(latest).map(c => ({ label: c.competitor, value: c.price }))]
        .filter(b => b.value !== null && b.value !== undefined).map(b => ({ label: b.label, values: { price: Number(b.value) } }));
      detail.replaceChildren(h('div', { class: 'card', 'data-pricing': sku },
        h('h3', {}, sku + ' · ' + d.productCode + ' · ' + d.title),
        h('p', {}, [t('cost') + ' ' + money(d.cost) + (d.costSource ? ' (' + d.costSource + ')' : ''), t('floor') + ' ' + money(d.floorPrice)
          + ' (' + d.floorPercent + '%)', t('price') + ' ' + money(d.price), t('margin') + ' ' + (p.marginPercent ?? ''),
        p.procurementInstalled ? '' : t('notInstalled')].filter(Boolean).join(' · ')),
        d.uncompetitive ? message('error', t('uncompetitive')) : '',
        p.pending ? h('p', { 'data-pending': p.pending.number }, message('info', t('pending') + ': ' + p.pending.number + ' · ' + money(p.pending.price))) : '',
        bars.length ? barChart(bars, [{ key: 'price', label: t('price'), color: '#c0392b' }]) : '',
        h('h4', {}, t('basis')), basisForm.element,
        h('h4', {}, t('competitors')),
        h('table', {}, h('tr', {}, [t('competitor'), t('price'), t('observedOn'), t('source'), t('by')].map(x => h('th', {}, x))),
          p.competitors.map(c => h('tr', {}, h('td', {}, c.competitor), h('td', { class: 'num' }, money(c.price)), h('td', {}, c.observedOn),
            h('td', {}, c.source || ''), h('td', {}, c.recordedBy)))),
        competitorForm.element,
        h('h4', {}, t('suggest')), suggestForm.element, suggestionBox, priceForm.element,
        h('h4', {}, t('history')),
        h('table', { 'data-history': '' }, h('tr', {}, [t('at'), t('price'), t('status'), t('reason'), t('by')].map(x => h('th', {}, x))),
          p.history.map(c => h('tr', { 'data-change': c.number }, h('td', {}, new Date(c.requestedAt).toLocaleString()), h('td', { class: 'num' }, money(c.price)),
            h('td', {}, t(c.status)), h('td', {}, c.reason), h('td', {}, c.requestedBy))))));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  container.append(h('h2', {}, t('pricing')), detail, table.element);
}
