// Platform activities (活动报名): record an activity found on a marketplace, approve or shelve it (supervisors; shelved
// ones stay listed), sign up, and report progress day by day with totals and a chart of daily sales.
import { h, pagedTable, form, message, describeError, barChart, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const STATUSES = ['PROPOSED', 'APPROVED', 'SHELVED', 'SIGNED_UP'];
const t = translator({
  en: {
    activities: 'Platform activities', record: 'Record an activity', platform: 'Platform', name: 'Activity', url: 'Link', signUpBy: 'Sign up by',
    startsOn: 'Starts', endsOn: 'Ends', goal: 'Goal', status: 'Status', all: 'All', search: 'Search activity or platform', foundBy: 'Found by',
    PROPOSED: 'Proposed', APPROVED: 'Approved', SHELVED: 'Shelved (for later)', SIGNED_UP: 'Signed up', approve: 'Approve', shelve: 'Shelve',
    note: 'Note', reopen: 'Take up again', signUp: 'Sign up', products: 'Products taking part', report: 'Report a day', day: 'Day',
    visitors: 'Visitors', orders: 'Orders', sales: 'Sales (¥)', totals: 'So far', conversion: 'Conversion', decided: 'Decided by'
  },
  zh: {
    activities: '活动报名', record: '登记活动', platform: '平台', name: '活动', url: '链接', signUpBy: '报名截止', startsOn: '开始', endsOn: '结束',
    goal: '目标', status: '状态', all: '全部', search: '搜索活动或平台', foundBy: '发现人', PROPOSED: '待审批', APPROVED: '已批准',
    SHELVED: '已搁置（留待以后）', SIGNED_UP: '已报名', approve: '批准', shelve: '搁置', note: '意见', reopen: '重新提出', signUp: '报名',
    products: '参加商品', report: '提交日报', day: '日期', visitors: '访客数', orders: '订单数', sales: '销售额（元）', totals: '累计',
    conversion: '转化率', decided: '审批人'
  }
});

export async function renderActivities(container, api) {
  let status = '';
  const detail = h('div');
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), STATUSES.map(s => h('option', { value: s }, t(s))));
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter],
    columns: [
      { title: t('name'), value: a => h('a', { href: 'javascript:void 0', onclick: () => show(a.number) }, a.number + ' ' + a.name) },
      { title: t('platform'), value: a => a.platform }, { title: t('signUpBy'), value: a => a.signUpBy },
      { title: t('startsOn'), value: a => a.startsOn + ' – ' + a.endsOn }, { title: t('status'), value: a => t(a.status) },
      { title: t('foundBy'), value: a => a.foundBy }
    ],
    load: ({ page, size, q: text }) => api('siteops/activities?' + q({ status, q: text, page, size }))
  });
  async function show(number) {
    try {
      const activity = await api('siteops/activities/' + number);
      const a = activity.details; const totals = activity.totals;
      const post = (action, body) => api('siteops/activities/' + number + '/' + action, { method: 'POST', body });
      const done = () => { show(number); table.refresh(); };
      const parts = [];
      if (a.status === 'PROPOSED') {
        parts.push(form({ submitLabel: t('approve'), fields: [{ name: 'note', label: t('note') }], onSubmit: v => post('approve', v), onDone: done }).element,
          form({ submitLabel: t('shelve'), fields: [{ name: 'note', label: t('note'), required: true }], onSubmit: v => post('shelve', v), onDone: done }).element);
      } else if (a.status === 'SHELVED') {
        parts.push(form({ submitLabel: t('reopen'), fields: [], onSubmit: () => post('reopen', {}), onDone: done }).element);
      } else if (a.status === 'APPROVED') {
        parts.push(form({ submitLabel: t('signUp'), fields: [{ name: 'products', label: t('products'), type: 'textarea', required: true }],
          onSubmit: v => post('sign-up', v), onDone: done }).element);
      } else if (a.status === 'SIGNED_UP') {
        parts.push(form({ submitLabel: t('report'), fields: [{ name: 'day', label: t('day'), type: 'date', required: true },
          { name: 'visitors', label: t('visitors'), type: 'number', required: true }, { name: 'orders', label: t('orders'), type: 'number', required: true },
          { name: 'sales', label: t('sales'), type: 'number', required: true }, { name: 'note', label: t('note') }],
          onSubmit: v => post('reports', v), onDone: done }).element);
      }
      detail.replaceChildren(h('div', { class: 'card', 'data-activity': number, 'data-status': a.status },
        h('h3', {}, number + ' · ' + a.platform + ' · ' + a.name + ' · ' + t(a.status)),
        h('p', {}, [t('signUpBy') + ' ' + a.signUpBy, a.startsOn + ' – ' + a.endsOn, a.goal, a.url].filter(Boolean).join(' · ')),
        a.decidedBy ? h('p', {}, t('decided') + ': ' + a.decidedBy + (a.decisionNote ? ' · ' + a.decisionNote : '')) : '',
        a.products ? h('p', {}, t('products') + ': ' + a.products) : '',
        activity.reports.length ? h('div', {},
          h('p', { 'data-totals': '' }, t('totals') + ': ' + t('visitors') + ' ' + totals.visitors + ' · ' + t('orders') + ' ' + totals.orders + ' · '
            + t('sales') + ' ' + totals.sales + (totals.conversionPercent !== null ? ' · ' + t('conversion') + ' ' + totals.conversionPercent + '%' : '')),
          barChart(activity.reports.map(r => ({ label: r.day, values: { sales: Number(r.sales), orders: r.orders } })),
            [{ key: 'sales', label: t('sales'), color: '#c0392b' }, { key: 'orders', label: t('orders'), color: '#2980b9' }])) : '',
        ...parts));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const recordForm = form({
    submitLabel: t('record'),
    fields: [{ name: 'platform', label: t('platform'), required: true }, { name: 'name', label: t('name'), required: true },
      { name: 'url', label: t('url') }, { name: 'signUpBy', label: t('signUpBy'), type: 'date', required: true },
      { name: 'startsOn', label: t('startsOn'), type: 'date', required: true }, { name: 'endsOn', label: t('endsOn'), type: 'date', required: true },
      { name: 'goal', label: t('goal'), type: 'textarea' }],
    onSubmit: values => api('siteops/activities', { method: 'POST', body: values }),
    onDone: created => { table.refresh(); show(created.details.number); }
  });
  container.append(h('h2', {}, t('activities')), detail, table.element, h('h3', {}, t('record')), recordForm.element);
}
