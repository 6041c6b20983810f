// Procurement's suppliers: the list with holds and blocks, a supplier's scorecard and prices, and adding one.
import { h, commands, askReason, pagedTable, form, message, describeError, barChart, table as staticTable, query as q } from '/console/ui.js';
import { t, state, statusFilter } from './texts.js';

export function suppliers(container, api) {
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
      { title: t('status'), value: s => h('span', {}, state(s.status), s.statusReason ? ' ' + s.statusReason : '') },
      { title: '', value: s => h('span', {}, ...[['ON_HOLD', 'hold'], ['BLOCKED', 'block'], ['ACTIVE', 'activate']]
          .filter(([to]) => to !== s.status).map(([to, label]) => h('button', { class: 'secondary', onclick: async () => {
            const answer = to === 'ACTIVE' ? { reason: null } : await askReason(t(label) + ' ' + s.code, t('reasonPrompt'));
            if (!answer) return;
            act('procurement/suppliers/' + encodeURIComponent(s.code) + '/status', { status: to, reason: answer.reason });
          } }, t(label)))) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/suppliers?' + q({ q: text, status, page, size, after }))
  });
  const act = commands(api, feedback, () => table.refresh());
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
        staticTable([{ title: t('month'), value: m => m.month }, { title: t('due'), value: m => m.due, num: true },
          { title: t('onTime'), value: m => pct(m.onTimePercent), num: true }, { title: t('fill'), value: m => pct(m.fillPercent), num: true },
          { title: t('rejected'), value: m => m.rejected, num: true }], c.byMonth),
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
