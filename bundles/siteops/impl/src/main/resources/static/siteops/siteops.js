// Site operations pages: the catalog — the category tree with margin floors, products (own goods or a merchant's)
// with their SKUs and images, searched by title, code, SKU, merchant SKU or barcode; CSV import and export.
import { h, pagedTable, form, message, describeError, query as q } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';
import { renderUploads } from './uploads.js';
import { renderPricing } from './pricing.js';
import { renderAnalysis } from './analysis.js';
import { renderPromotions } from './promotions.js';
import { renderActivities } from './activities.js';
import { imageEditor, csvPanel } from './catalogfiles.js';
import { merchantSubmissions } from './merchantgoods.js';

const t = translator({
  en: {
    catalog: 'Catalog', categories: 'Categories', code: 'Code', parent: 'Parent', nameZh: 'Name (中文)', nameEn: 'Name (English)',
    floor: 'Margin floor on cost (%)', addCategory: 'Add category', products: 'Products', product: 'Product', title: 'Title',
    category: 'Category', merchant: 'Merchant (M-…; empty: own goods)', description: 'Description', status: 'Status', skus: 'SKUs',
    create: 'New product', search: 'Search title, code, SKU, merchant SKU or barcode', all: 'All categories', sku: 'SKU',
    attributes: 'Attributes (颜色=红, 尺码=XL)', merchantSku: 'Merchant SKU', barcode: 'Barcode', addSku: 'Add SKU', save: 'Save',
    DRAFT: 'Draft', IN_UPLOAD: 'In upload', LISTED: 'Listed', DELISTED: 'Delisted', own: 'Own goods',
    submit: 'Submit for upload', comment: 'Comment', revise: 'Edit (a revision, approved before it goes live)', delist: 'Delist now',
    inUpload: 'Upload in progress', listingTitle: 'Title on the site', revision: 'Revision'
  },
  zh: {
    catalog: '商品目录', categories: '类目', code: '编码', parent: '上级类目', nameZh: '中文名', nameEn: '英文名',
    floor: '最低毛利率（按成本，%）', addCategory: '新增类目', products: '商品', product: '商品', title: '标题',
    category: '类目', merchant: '联营商家（M-…；留空为自营）', description: '描述', status: '状态', skus: 'SKU',
    create: '新建商品', search: '搜索标题、编码、SKU、商家 SKU 或条码', all: '全部类目', sku: 'SKU',
    attributes: '规格（颜色=红, 尺码=XL）', merchantSku: '商家 SKU', barcode: '条码', addSku: '添加 SKU', save: '保存',
    DRAFT: '草稿', IN_UPLOAD: '上传中', LISTED: '已上架', DELISTED: '已下架', own: '自营',
    submit: '提交上传', comment: '说明', revise: '修改（审批通过后生效）', delist: '立即下架',
    inUpload: '上传流程中', listingTitle: '前台标题', revision: '版本'
  }
});

const name = c => (currentLanguage() === 'zh' ? c.nameZh : c.nameEn);
const attributes = text => Object.fromEntries((text || '').split(/[,，]/).map(x => x.split('=')).filter(p => p.length === 2 && p[0].trim())
  .map(([k, v]) => [k.trim(), v.trim()]));

export async function render(container, route, { api }) {
  if (route === 'uploads') return renderUploads(container, api);
  if (route === 'pricing') return renderPricing(container, api);
  if (route === 'analysis') return renderAnalysis(container, api);
  if (route === 'promotions') return renderPromotions(container, api);
  if (route === 'activities') return renderActivities(container, api);
  let categories = await api('siteops/categories');
  let category = '';
  const detail = h('div');
  const tree = h('div');
  const filter = h('select', { 'aria-label': t('category'), onchange: e => { category = e.target.value; table.restart(); } });
  const categoryOptions = () => categories.map(c => [c.code, c.code + ' ' + name(c)]);
  function drawCategories() {
    filter.replaceChildren(h('option', { value: '' }, t('all')), ...categories.map(c => h('option', { value: c.code }, c.code + ' ' + name(c))));
    const children = parent => categories.filter(c => (c.parentCode || null) === parent);
    const branch = parent => h('ul', {}, children(parent).map(c => h('li', { 'data-category': c.code },
      c.code + ' · ' + name(c) + ' · ' + t('floor') + ' ' + c.marginFloorPercent, children(c.code).length ? branch(c.code) : '')));
    tree.replaceChildren(branch(null));
  }
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter],
    columns: [
      { title: t('code'), value: p => h('a', { href: 'javascript:void 0', onclick: () => show(p.code) }, p.code) },
      { title: t('title'), value: p => p.title }, { title: t('category'), value: p => p.categoryCode },
      { title: t('merchant'), value: p => p.merchantCode || t('own') }, { title: t('skus'), value: p => p.skuCount, num: true },
      { title: t('status'), value: p => t(p.status) }
    ],
    load: ({ page, size, q: text, after }) => api('siteops/products?' + q({ q: text, category, page, size, after }))
  });
  async function show(code) {
    try {
      const p = await api('siteops/products/' + code);
      const d = p.details;
      const skuForm = form({
        submitLabel: t('addSku'),
        fields: [{ name: 'sku', label: t('sku'), required: true }, { name: 'attributes', label: t('attributes') },
          { name: 'merchantSku', label: t('merchantSku') }, { name: 'barcode', label: t('barcode') }],
        onSubmit: values => api('siteops/products/' + code + '/skus', { method: 'POST', body: { ...values, attributes: attributes(values.attributes) } }),
        onDone: () => { show(code); table.refresh(); }
      });
      detail.replaceChildren(h('div', { class: 'card', 'data-product': d.code },
        h('h3', {}, d.code + ' · ' + d.title + ' · ' + t(d.status)),
        h('p', {}, [d.categoryCode, d.merchantCode || t('own'), d.description].filter(Boolean).join(' · ')),
        h('table', {}, h('tr', {}, [t('sku'), t('attributes'), t('merchantSku'), t('barcode')].map(x => h('th', {}, x))),
          p.skus.map(s => h('tr', {}, h('td', {}, s.sku), h('td', {}, Object.entries(s.attributes).map(([k, v]) => k + '=' + v).join(', ')),
            h('td', {}, s.merchantSku || ''), h('td', {}, s.barcode || '')))),
        imageEditor(api, p, () => show(code)),
        d.listingTitle ? h('p', {}, t('listingTitle') + ': ' + d.listingTitle + ' · ' + t('revision') + ' ' + d.revision) : '',
        p.upload ? h('p', { 'data-open-upload': p.upload.details.number }, t('inUpload') + ': ',
          h('a', { href: '#/siteops/uploads' }, p.upload.details.number), ' · ' + p.upload.details.step) : '',
        d.status === 'DRAFT' || d.status === 'DELISTED' ? skuForm.element : '',
        (d.status === 'DRAFT' || d.status === 'DELISTED') && !p.upload ? form({
          submitLabel: t('submit'), fields: [{ name: 'comment', label: t('comment') }],
          onSubmit: values => api('siteops/products/' + code + '/uploads', { method: 'POST', body: values }),
          onDone: () => { show(code); table.refresh(); }
        }).element : '',
        d.status === 'LISTED' && !p.upload ? form({
          submitLabel: t('revise'),
          fields: [{ name: 'category', label: t('category'), required: true, value: d.categoryCode },
            { name: 'title', label: t('title'), required: true, value: d.title },
            { name: 'description', label: t('description'), type: 'textarea', value: d.description || '' }],
          onSubmit: values => api('siteops/products/' + code, { method: 'PUT', body: { ...values, merchant: d.merchantCode } }),
          onDone: () => show(code)
        }).element : '',
        d.status === 'LISTED' ? h('button', { type: 'button', 'data-action': 'delist', onclick: async () => {
          try { await api('siteops/products/' + code + '/delist', { method: 'POST', body: {} }); show(code); table.refresh(); }
          catch (e) { detail.append(message('error', describeError(e))); }
        } }, t('delist')) : ''));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const categoryForm = form({
    submitLabel: t('addCategory'),
    fields: [{ name: 'code', label: t('code'), required: true }, { name: 'parent', label: t('parent') },
      { name: 'nameZh', label: t('nameZh'), required: true }, { name: 'nameEn', label: t('nameEn'), required: true },
      { name: 'marginFloorPercent', label: t('floor'), type: 'number', value: 10 }],
    onSubmit: values => api('siteops/categories', { method: 'POST', body: values }),
    onDone: async () => { categories = await api('siteops/categories'); drawCategories(); }
  });
  const productForm = form({
    submitLabel: t('create'),
    fields: [{ name: 'category', label: t('category'), required: true }, { name: 'merchant', label: t('merchant') },
      { name: 'title', label: t('title'), required: true }, { name: 'description', label: t('description'), type: 'textarea' }],
    onSubmit: values => api('siteops/products', { method: 'POST', body: values }),
    onDone: created => { table.refresh(); show(created.details.code); }
  });
  drawCategories();
  container.append(h('h2', {}, t('catalog')), h('h3', {}, t('categories')), tree, categoryForm.element,
    h('h3', {}, t('products')), productForm.element, detail, table.element,
    csvPanel(api, () => ({ category }), () => table.refresh()), merchantSubmissions(api, () => categories, () => table.refresh()));
}
