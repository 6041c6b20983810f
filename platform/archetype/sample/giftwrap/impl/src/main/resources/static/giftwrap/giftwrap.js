// Gift wrapping: wrap requests per sales order (take one, mark it wrapped at the packing table) and the wrap options
// on offer with their prices, in English and Simplified Chinese.
import { h, message, describeError, form, query } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

const t = translator({
  en: {
    requests: 'Gift wrapping: requests', options: 'Gift wrapping: options', order: 'Sales order', option: 'Wrap option',
    card: 'Card message', price: 'Price (CNY)', status: 'Status', by: 'Taken by', at: 'When', checked: 'Order checked',
    yes: 'yes', no: 'no (delivery not installed)', request: 'Take a request', wrapped: 'Wrapped', markWrapped: 'Mark wrapped',
    REQUESTED: 'Requested', WRAPPED: 'Wrapped', CANCELLED: 'Cancelled', all: 'All', code: 'Code', nameEn: 'Name (English)',
    nameZh: 'Name (Chinese)', add: 'Add an option', active: 'Offered', none: 'Nothing here yet.', search: 'Order number'
  },
  zh: {
    requests: '礼品包装：包装申请', options: '礼品包装：包装款式', order: '销售订单', option: '包装款式',
    card: '贺卡留言', price: '价格（元）', status: '状态', by: '受理人', at: '时间', checked: '订单已核对',
    yes: '是', no: '否（未安装配送部门）', request: '受理包装申请', wrapped: '已包装', markWrapped: '标记为已包装',
    REQUESTED: '待包装', WRAPPED: '已包装', CANCELLED: '已取消', all: '全部', code: '编码', nameEn: '名称（英文）',
    nameZh: '名称（中文）', add: '新增款式', active: '在售', none: '暂无数据。', search: '订单号'
  }
});

export async function render(container, route, { api }) {
  await (route === 'options' ? options : requests)(container, api);
}

async function requests(container, api) {
  const feedback = h('div');
  const body = h('tbody');
  const order = h('input', { type: 'search', placeholder: t('search'), 'aria-label': t('search') });
  const status = h('select', { 'aria-label': t('status') }, h('option', { value: '' }, t('all')),
    ['REQUESTED', 'WRAPPED', 'CANCELLED'].map(s => h('option', { value: s }, t(s))));
  const available = await api('giftwrap/options');
  async function refresh() {
    try {
      const rows = await api('giftwrap/requests?' + query({ order: order.value.trim(), status: status.value }));
      body.replaceChildren(...(rows.length ? rows.map(r => h('tr', { 'data-request': r.id },
        h('td', {}, r.orderNumber), h('td', {}, r.optionCode), h('td', {}, r.cardMessage || ''), h('td', { class: 'num' }, r.price),
        h('td', {}, t(r.status)), h('td', {}, r.orderChecked ? t('yes') : t('no')), h('td', {}, r.createdBy),
        h('td', {}, r.status === 'REQUESTED' ? h('button', { class: 'secondary', onclick: () => wrap(r.id) }, t('markWrapped')) : '')))
        : [h('tr', {}, h('td', { colspan: 8 }, t('none')))]));
    } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }
  async function wrap(id) {
    feedback.replaceChildren();
    try { await api('giftwrap/requests/' + id + '/wrapped', { method: 'POST' }); refresh(); } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }
  const take = form({
    fields: [
      { name: 'orderNumber', label: t('order'), required: true },
      { name: 'optionCode', label: t('option'), type: 'select', options: available.filter(o => o.active)
        .map(o => [o.code, (currentLanguage() === 'zh' ? o.nameZh : o.nameEn) + ' · ' + o.price]) },
      { name: 'cardMessage', label: t('card'), type: 'textarea' }
    ],
    submitLabel: t('request'),
    onSubmit: values => api('giftwrap/requests', { method: 'POST', body: values, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
    onDone: () => refresh()
  });
  order.addEventListener('input', () => refresh());
  status.addEventListener('change', () => refresh());
  container.append(h('h2', {}, t('requests')), feedback, take.element, h('div', { class: 'toolbar' }, order, status),
    h('table', { id: 'giftwrap-requests' }, h('thead', {}, h('tr', {}, [t('order'), t('option'), t('card'), t('price'), t('status'),
      t('checked'), t('by'), ''].map(x => h('th', {}, x)))), body));
  await refresh();
}

async function options(container, api) {
  const body = h('tbody');
  async function refresh() {
    const rows = await api('giftwrap/options');
    body.replaceChildren(...(rows.length ? rows.map(o => h('tr', { 'data-option': o.code }, h('td', {}, o.code), h('td', {}, o.nameEn),
      h('td', {}, o.nameZh), h('td', { class: 'num' }, o.price), h('td', {}, o.active ? t('yes') : '')))
      : [h('tr', {}, h('td', { colspan: 5 }, t('none')))]));
  }
  const add = form({
    fields: [
      { name: 'code', label: t('code'), required: true }, { name: 'nameEn', label: t('nameEn'), required: true },
      { name: 'nameZh', label: t('nameZh'), required: true }, { name: 'price', label: t('price'), required: true }
    ],
    submitLabel: t('add'),
    onSubmit: values => api('giftwrap/options', { method: 'POST', body: values, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
    onDone: () => refresh()
  });
  container.append(h('h2', {}, t('options')), add.element,
    h('table', { id: 'giftwrap-options' }, h('thead', {}, h('tr', {}, [t('code'), t('nameEn'), t('nameZh'), t('price'), t('active')]
      .map(x => h('th', {}, x)))), body));
  await refresh();
}
