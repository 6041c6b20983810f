// Promotions (促销): a calendar of the coming weeks, new promotions (those above the discount limit wait for approval),
// each with its effect (sales and margin during against before), and a price check showing how overlaps resolve.
import { h, form, message, describeError, query as q } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

const t = translator({
  en: {
    promotions: 'Promotions', calendar: 'Calendar (6 weeks)', create: 'New promotion', name: 'Name', kind: 'Kind', value: 'Value (% off, or price / reduction)',
    threshold: 'Threshold (for spend reductions)', minQuantity: 'From pieces (N-piece)', scope: 'Applies to', products: 'Products (P-…, comma-separated)',
    category: 'Category', memberTiers: 'Member tiers (empty: everybody)', occasion: 'Occasion (holiday)', startsAt: 'Starts', endsAt: 'Ends',
    stackGroup: 'Stack group', priority: 'Priority (higher first)', PERCENT_OFF: '% off', FIXED_PRICE: 'Fixed price', SPEND_REDUCTION: 'Spend reduction (满减)',
    BUY_N: 'N pieces % off', PRODUCT: 'Products', CATEGORY: 'Category', ALL: 'Whole shop', PENDING_APPROVAL: 'Waiting for approval', APPROVED: 'Approved',
    REJECTED: 'Rejected', CANCELLED: 'Cancelled', cancel: 'Cancel promotion', reason: 'Reason', effect: 'Effect', during: 'During', before: 'Before',
    units: 'units', revenue: 'revenue', margin: 'margin', check: 'Price check', sku: 'SKU', tier: 'Member tier', at: 'At (empty: now)', quantity: 'Quantity',
    quote: 'Check price', applied: 'Applied', passedOver: 'Passed over', orderLevel: 'On the order', noEffect: 'not started yet', discount: 'Discount'
  },
  zh: {
    promotions: '促销', calendar: '促销日历（6 周）', create: '新建促销', name: '名称', kind: '方式', value: '数值（折扣 %，或价格 / 减额）',
    threshold: '门槛（满减用）', minQuantity: '起购件数（N件X折）', scope: '适用范围', products: '商品（P-…，逗号分隔）',
    category: '类目', memberTiers: '会员等级（留空为所有人）', occasion: '节日', startsAt: '开始', endsAt: '结束',
    stackGroup: '叠加组', priority: '优先级（高者先）', PERCENT_OFF: '折扣', FIXED_PRICE: '一口价', SPEND_REDUCTION: '满减',
    BUY_N: 'N件X折', PRODUCT: '指定商品', CATEGORY: '指定类目', ALL: '全店', PENDING_APPROVAL: '待审批', APPROVED: '已批准',
    REJECTED: '已驳回', CANCELLED: '已取消', cancel: '取消促销', reason: '原因', effect: '效果', during: '活动期间', before: '活动前',
    units: '件', revenue: '销售额', margin: '毛利率', check: '价格查询', sku: 'SKU', tier: '会员等级', at: '时间（留空为现在）', quantity: '数量',
    quote: '查询', applied: '已应用', passedOver: '未应用', orderLevel: '订单级', noEffect: '尚未开始', discount: '折扣'
  }
});

const list = text => (text || '').split(/[,，\s]+/).map(x => x.trim()).filter(Boolean);
const iso = local => (local ? new Date(local).toISOString() : null);
const day = d => d.toISOString().slice(0, 10);

function calendarChart(promotions, from, days) {
  const ns = 'http://www.w3.org/2000/svg';
  const left = 200; const width = 860; const row = 20; const dayWidth = (width - left) / days;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'chart'); svg.setAttribute('width', width); svg.setAttribute('height', promotions.length * row + 30); svg.setAttribute('role', 'img');
  const add = (name, attrs, text) => {
    const el = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    svg.append(el); return el;
  };
  for (let i = 0; i < days; i += 7) add('text', { x: left + i * dayWidth, y: 12, 'font-size': 10 }, day(new Date(from.getTime() + i * 86400000)).slice(5));
  promotions.forEach((p, i) => {
    const start = Math.max(0, (new Date(p.startsAt) - from) / 86400000);
    const end = Math.min(days, (new Date(p.endsAt) - from) / 86400000);
    const y = 18 + i * row;
    add('text', { x: 0, y: y + 12, 'font-size': 11 }, p.number + ' ' + p.name);
    add('rect', { x: left + start * dayWidth, y, width: Math.max(2, (end - start) * dayWidth), height: row - 4, rx: 3,
      fill: p.status === 'APPROVED' ? '#c0392b' : p.status === 'PENDING_APPROVAL' ? '#e67e22' : '#bdc3c7', 'data-promotion': p.number });
  });
  return svg;
}

export async function renderPromotions(container, api) {
  const from = new Date(); from.setHours(0, 0, 0, 0);
  const days = 42;
  const calendar = h('div'); const detail = h('div'); const quoteBox = h('div');
  async function drawCalendar() {
    try {
      const promotions = await api('siteops/promotions?' + q({ from: day(from), days }));
      calendar.replaceChildren(h('h3', {}, t('calendar')), calendarChart(promotions, from, days),
        h('table', {}, h('tr', {}, [t('name'), t('kind'), t('scope'), t('startsAt'), t('endsAt'), t('stackGroup'), t('priority'), ''].map(x => h('th', {}, x))),
          promotions.map(p => h('tr', { 'data-promotion-row': p.number },
            h('td', {}, h('a', { href: 'javascript:void 0', onclick: () => show(p.number) }, p.number + ' ' + p.name)),
            h('td', {}, t(p.kind) + ' ' + p.value), h('td', {}, t(p.scope) + ' ' + (p.products || p.categoryCode || '') + (p.memberTiers ? ' · ' + p.memberTiers : '')),
            h('td', {}, new Date(p.startsAt).toLocaleString()), h('td', {}, new Date(p.endsAt).toLocaleString()), h('td', {}, p.stackGroup),
            h('td', { class: 'num' }, String(p.priority)), h('td', {}, t(p.status))))));
    } catch (e) { calendar.replaceChildren(message('error', describeError(e))); }
  }
  async function show(number) {
    try {
      const p = await api('siteops/promotions/' + number);
      const d = p.details; const e = p.effect;
      const window = w => w.units + ' ' + t('units') + ' · ' + t('revenue') + ' ' + w.revenue + (w.marginPercent !== null ? ' · ' + t('margin') + ' ' + w.marginPercent + '%' : '');
      detail.replaceChildren(h('div', { class: 'card', 'data-promotion': number },
        h('h3', {}, number + ' · ' + d.name + ' · ' + t(d.status)),
        h('p', {}, [t(d.kind) + ' ' + d.value + (d.threshold ? ' / ' + d.threshold : ''), t('discount') + ' ' + p.discountPercent + '%', d.occasion].filter(Boolean).join(' · ')),
        h('h4', {}, t('effect')),
        e ? h('p', { 'data-effect': '' }, e.from + ' – ' + e.to + ' · ' + t('during') + ': ' + window(e.during) + ' · ' + t('before') + ': ' + window(e.before)
          + (e.unitsChangePercent !== null ? ' · ' + e.unitsChangePercent + '%' : '')) : h('p', {}, t('noEffect')),
        d.status === 'APPROVED' || d.status === 'PENDING_APPROVAL' ? form({ submitLabel: t('cancel'), fields: [{ name: 'reason', label: t('reason'), required: true }],
          onSubmit: values => api('siteops/promotions/' + number + '/cancel', { method: 'POST', body: values }),
          onDone: () => { show(number); drawCalendar(); } }).element : ''));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const createForm = form({
    submitLabel: t('create'),
    fields: [{ name: 'name', label: t('name'), required: true },
      { name: 'kind', label: t('kind'), type: 'select', options: ['PERCENT_OFF', 'FIXED_PRICE', 'SPEND_REDUCTION', 'BUY_N'].map(k => [k, t(k)]) },
      { name: 'value', label: t('value'), type: 'number', required: true }, { name: 'threshold', label: t('threshold'), type: 'number' },
      { name: 'minQuantity', label: t('minQuantity'), type: 'number' },
      { name: 'scope', label: t('scope'), type: 'select', options: ['PRODUCT', 'CATEGORY', 'ALL'].map(s => [s, t(s)]) },
      { name: 'products', label: t('products') }, { name: 'category', label: t('category') }, { name: 'memberTiers', label: t('memberTiers') },
      { name: 'occasion', label: t('occasion') }, { name: 'startsAt', label: t('startsAt'), type: 'datetime-local', required: true },
      { name: 'endsAt', label: t('endsAt'), type: 'datetime-local', required: true }, { name: 'stackGroup', label: t('stackGroup'), value: 'default' },
      { name: 'priority', label: t('priority'), type: 'number', value: 0 }],
    onSubmit: values => api('siteops/promotions', { method: 'POST', body: { ...values, products: list(values.products), memberTiers: list(values.memberTiers),
      startsAt: iso(values.startsAt), endsAt: iso(values.endsAt) } }),
    onDone: created => { drawCalendar(); show(created.details.number); }
  });
  const quoteForm = form({
    submitLabel: t('quote'),
    fields: [{ name: 'sku', label: t('sku'), required: true }, { name: 'tier', label: t('tier') }, { name: 'at', label: t('at'), type: 'datetime-local' },
      { name: 'quantity', label: t('quantity'), type: 'number', value: 1 }],
    onSubmit: async values => {
      const quote = await api('siteops/prices/' + encodeURIComponent(values.sku) + '?' + q({ tier: values.tier, at: iso(values.at), quantity: values.quantity }));
      const lines = (title, items) => (items.length ? [h('h4', {}, title), h('ul', {}, items.map(a => h('li', {}, a.promotion + ' ' + a.name + ' · '
        + a.stackGroup + ' / ' + a.priority + ' · ' + a.note + (a.priceAfter ? ' → ' + a.priceAfter : ''))))] : []);
      quoteBox.replaceChildren(h('div', { class: 'card', 'data-quote': quote.sku }, h('strong', {}, quote.sku + ': ' + quote.basePrice + ' → ' + quote.price),
        ...lines(t('applied'), quote.applied), ...lines(t('passedOver'), quote.passedOver), ...lines(t('orderLevel'), quote.orderLevel)));
      return quote;
    }
  });
  await drawCalendar();
  container.append(h('h2', {}, t('promotions')), calendar, detail, h('h3', {}, t('create')), createForm.element,
    h('h3', {}, t('check')), quoteForm.element, quoteBox);
}
