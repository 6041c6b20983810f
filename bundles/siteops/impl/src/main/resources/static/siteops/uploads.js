// The product upload process (宝贝上传): a board of uploads per step, each upload with its history and the form of the
// step it waits for (confirm, check, upload, schedule) or sending it back to the submitter.
import { h, pagedTable, form, message, describeError, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const STEPS = ['CONFIRM', 'CHECK', 'UPLOAD', 'SCHEDULE', 'SCHEDULED'];
const t = translator({
  en: {
    uploads: 'Product upload', number: 'Upload', product: 'Product', kind: 'Kind', title: 'Title', step: 'Step', submittedBy: 'Submitted by',
    submittedAt: 'Submitted', open: 'In progress', all: 'All', search: 'Search upload, product or title', history: 'History',
    comment: 'Comment', category: 'Category (empty: unchanged)', description: 'Description (empty: unchanged)',
    withoutStock: 'Upload without stock (pre-sale)', listingTitle: 'Optimised title (max. 60)', listAt: 'List at (empty: now)',
    delistAt: 'Delist at (empty: never)', confirm: 'Confirm', check: 'Check and save', upload: 'Upload', schedule: 'Schedule listing',
    sendBack: 'Send back to the submitter', reason: 'Reason', stock: 'Stock check', noWarehouse: 'warehouse not installed: stock not checked',
    waiting: 'Waiting for', LISTING: 'New listing', REVISION: 'Revision', CONFIRM: 'Supervisor confirms', CHECK: 'Sales checks',
    UPLOAD: 'Sales uploads', SCHEDULE: 'Promotion schedules', SCHEDULED: 'Scheduled', LISTED: 'Listed', SENT_BACK: 'Sent back',
    SUBMITTED: 'Submitted', CONFIRMED: 'Confirmed', CHECKED: 'Checked', UPLOADED: 'Uploaded', listAtShown: 'Listing at',
    delistAtShown: 'Delisting at'
  },
  zh: {
    uploads: '宝贝上传', number: '上传单', product: '商品', kind: '类型', title: '标题', step: '环节', submittedBy: '提交人',
    submittedAt: '提交时间', open: '进行中', all: '全部', search: '搜索上传单、商品或标题', history: '流转记录',
    comment: '意见', category: '类目（留空不变）', description: '描述（留空不变）',
    withoutStock: '无库存上传（预售）', listingTitle: '优化标题（最多 60 字）', listAt: '上架时间（留空为立即）',
    delistAt: '下架时间（留空为不下架）', confirm: '确认', check: '核对并保存', upload: '上传', schedule: '安排上架',
    sendBack: '退回提交人', reason: '原因', stock: '库存核对', noWarehouse: '仓储未安装：未核对库存',
    waiting: '等待', LISTING: '新品上架', REVISION: '修改', CONFIRM: '主管确认', CHECK: '销售核对',
    UPLOAD: '销售上传', SCHEDULE: '推广安排上下架', SCHEDULED: '待上架', LISTED: '已上架', SENT_BACK: '已退回',
    SUBMITTED: '提交', CONFIRMED: '确认', CHECKED: '核对', UPLOADED: '上传', listAtShown: '上架时间',
    delistAtShown: '下架时间'
  }
});

const when = iso => (iso ? new Date(iso).toLocaleString() : '');
const isoOrNull = local => (local ? new Date(local).toISOString() : null);

export async function renderUploads(container, api) {
  let step = 'OPEN';
  const heads = h('div', { class: 'toolbar', 'data-board': '' });
  const detail = h('div');
  async function drawHeads() {
    try {
      const counts = Object.fromEntries((await api('siteops/uploads/board')).map(c => [c.step, c.uploads]));
      heads.replaceChildren(...STEPS.map(s => h('button', { type: 'button', 'data-step-filter': s, class: step === s ? 'primary' : '',
        onclick: () => { step = s; drawHeads(); table.restart(); } }, t(s) + ' (' + (counts[s] || 0) + ')')),
        h('button', { type: 'button', 'data-step-filter': 'OPEN', class: step === 'OPEN' ? 'primary' : '',
          onclick: () => { step = 'OPEN'; drawHeads(); table.restart(); } }, t('open')),
        h('button', { type: 'button', 'data-step-filter': '', onclick: () => { step = ''; drawHeads(); table.restart(); } }, t('all')));
    } catch (e) { heads.replaceChildren(message('error', describeError(e))); }
  }
  const table = pagedTable({
    searchPlaceholder: t('search'),
    columns: [
      { title: t('number'), value: u => h('a', { href: 'javascript:void 0', onclick: () => show(u.number) }, u.number) },
      { title: t('product'), value: u => u.productCode }, { title: t('kind'), value: u => t(u.kind) }, { title: t('title'), value: u => u.title },
      { title: t('step'), value: u => t(u.step) }, { title: t('submittedBy'), value: u => u.submittedBy },
      { title: t('submittedAt'), value: u => when(u.submittedAt) }
    ],
    load: ({ page, size, q: text, after }) => api('siteops/uploads?' + q({ step, q: text, page, size, after }))
  });
  const refresh = number => { show(number); table.refresh(); drawHeads(); };
  async function show(number) {
    try {
      const upload = await api('siteops/uploads/' + number);
      const u = upload.details;
      const post = (action, body) => api('siteops/uploads/' + number + '/' + action, { method: 'POST', body });
      const actions = [];
      const comment = { name: 'comment', label: t('comment') };
      if (u.step === 'CONFIRM' || u.step === 'UPLOAD') {
        const action = u.step === 'CONFIRM' ? 'confirm' : 'upload';
        actions.push(form({ submitLabel: t(action), fields: [comment], onSubmit: values => post(action, values), onDone: () => refresh(number) }).element);
      } else if (u.step === 'CHECK') {
        actions.push(form({
          submitLabel: t('check'),
          fields: [{ name: 'category', label: t('category') }, { name: 'title', label: t('title') },
            { name: 'description', label: t('description'), type: 'textarea' }, { name: 'withoutStock', label: t('withoutStock'), type: 'checkbox', value: false },
            comment],
          onSubmit: values => post('check', values), onDone: () => refresh(number)
        }).element);
      } else if (u.step === 'SCHEDULE') {
        actions.push(form({
          submitLabel: t('schedule'),
          fields: [{ name: 'listingTitle', label: t('listingTitle') }, { name: 'listAt', label: t('listAt'), type: 'datetime-local' },
            { name: 'delistAt', label: t('delistAt'), type: 'datetime-local' }, comment],
          onSubmit: values => post('schedule', { ...values, listAt: isoOrNull(values.listAt), delistAt: isoOrNull(values.delistAt) }),
          onDone: () => refresh(number)
        }).element);
      }
      if (upload.waitingForCapability) {
        actions.push(h('details', {}, h('summary', {}, t('sendBack')), form({
          submitLabel: t('sendBack'), fields: [{ name: 'comment', label: t('reason'), required: true }],
          onSubmit: values => post('send-back', values), onDone: () => refresh(number)
        }).element));
      }
      const stock = u.stockCheck ? JSON.parse(u.stockCheck) : null;
      detail.replaceChildren(h('div', { class: 'card', 'data-upload': u.number, 'data-step': u.step },
        h('h3', {}, u.number + ' · ' + u.productCode + ' · ' + t(u.kind) + ' · ' + t(u.step)),
        h('p', {}, [u.categoryCode, u.title, u.listingTitle && '「' + u.listingTitle + '」'].filter(Boolean).join(' · ')),
        u.listAt ? h('p', {}, t('listAtShown') + ' ' + when(u.listAt) + (u.delistAt ? ' · ' + t('delistAtShown') + ' ' + when(u.delistAt) : '')) : '',
        stock ? h('p', { 'data-stock-check': '' }, t('stock') + ': ' + (stock.warehouseInstalled
          ? Object.entries(stock.available).map(([sku, units]) => sku + ' ' + units).join(', ') : t('noWarehouse'))) : '',
        upload.waitingForCapability ? h('p', {}, t('waiting') + ': ' + t(u.step) + ' (' + upload.waitingForCapability + ', '
          + upload.waitingForLevel + ')') : '',
        h('h4', {}, t('history')),
        h('ol', {}, upload.history.map(s => h('li', {}, when(s.at) + ' · ' + t(s.action) + ' · ' + s.actor + (s.comment ? ' · ' + s.comment : '')))),
        ...actions));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  await drawHeads();
  container.append(h('h2', {}, t('uploads')), heads, detail, table.element);
}
