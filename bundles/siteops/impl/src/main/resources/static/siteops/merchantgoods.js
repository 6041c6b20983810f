// Site operations: products merchants submitted through merchant onboarding (招商), waiting for the catalog team to take
// them in as a draft of the merchant's goods or to decline them with a reason.
import { h, pagedTable, message, describeError, query as q } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

const t = translator({
  en: {
    title: 'Merchants\' submissions', merchant: 'Merchant', merchantSku: 'Merchant SKU', product: 'Product', category: 'Their category',
    price: 'Price (CNY)', status: 'Status', received: 'Received', ourCategory: 'Our category', sku: 'SKU code (empty: the merchant\'s)',
    accept: 'Take into the catalog', decline: 'Decline', reason: 'Reason', PENDING: 'Waiting', ACCEPTED: 'Taken in', DECLINED: 'Declined',
    all: 'All', help: 'Taken in, a submission becomes a draft of the merchant\'s goods that goes through the upload chain like any other.'
  },
  zh: {
    title: '商家提交的商品', merchant: '商家', merchantSku: '商家 SKU', product: '商品', category: '商家类目', price: '价格（元）', status: '状态',
    received: '收到时间', ourCategory: '本店类目', sku: 'SKU 编码（留空用商家 SKU）', accept: '收入商品目录', decline: '拒绝', reason: '原因',
    PENDING: '待处理', ACCEPTED: '已收入', DECLINED: '已拒绝', all: '全部', help: '收入后成为该商家商品的草稿，和其他商品一样走上传流程。'
  }
});

/** The submissions list with a take-in and a decline per waiting one; {@code categories} are ours, for the choice. */
export function merchantSubmissions(api, categories, onAccepted) {
  let status = 'PENDING';
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    ...['PENDING', 'ACCEPTED', 'DECLINED', ''].map(s => h('option', { value: s }, s ? t(s) : t('all'))));
  const note = h('div');
  const name = c => (currentLanguage() === 'zh' ? c.nameZh : c.nameEn);
  const table = pagedTable({
    toolbar: [filter],
    columns: [
      { title: t('merchant'), value: s => s.merchantCode }, { title: t('product'), value: s => s.title },
      { title: t('merchantSku'), value: s => s.merchantSku }, { title: t('category'), value: s => s.merchantCategory },
      { title: t('price'), value: s => s.price, num: true },
      { title: t('status'), value: s => s.productCode ? t(s.status) + ' · ' + s.productCode : t(s.status) + (s.reason ? ' · ' + s.reason : '') },
      { title: '', value: s => s.status === 'PENDING' ? decide(s) : '' }
    ],
    load: ({ page, size }) => api('siteops/merchant-submissions?' + q({ status, page, size }))
  });
  function decide(s) {
    const category = h('select', { name: 'category', 'aria-label': t('ourCategory') },
      ...categories().map(c => h('option', { value: c.code }, c.code + ' ' + name(c))));
    const sku = h('input', { name: 'sku', placeholder: t('sku'), 'aria-label': t('sku'), size: 14 });
    const reason = h('input', { name: 'reason', placeholder: t('reason'), 'aria-label': t('reason'), size: 14 });
    const act = (path, body) => async () => {
      try {
        await api('siteops/merchant-submissions/' + s.id + '/' + path, { method: 'POST', body });
        note.replaceChildren(); table.refresh(); if (path === 'accept') onAccepted();
      } catch (e) { note.replaceChildren(message('error', describeError(e))); }
    };
    return h('span', { 'data-submission': s.id }, category, sku,
      h('button', { type: 'button', 'data-action': 'accept', onclick: () => act('accept', { category: category.value, sku: sku.value })() }, t('accept')),
      reason, h('button', { type: 'button', class: 'secondary', 'data-action': 'decline', onclick: () => act('decline', { reason: reason.value })() },
        t('decline')));
  }
  return h('details', { class: 'card', 'data-merchant-submissions': '' }, h('summary', {}, t('title')), h('p', {}, t('help')), note, table.element);
}
