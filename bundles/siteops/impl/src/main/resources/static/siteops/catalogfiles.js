// Site operations: the files of the catalog — a product's images (uploaded, checked by the server, ordered, the first
// the main one) and the product CSV (export of what the list finds; import applied all or nothing, with the rows in error).
import { h, message, describeError, importPanel, query as q } from '/console/ui.js';
import { upload } from '/console/api.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    images: 'Images', main: 'Main image', addImages: 'Add images (JPEG, PNG or GIF, up to 8 MB)', saveImages: 'Save images',
    saveImagesRevision: 'Propose these images (a revision, approved before it goes live)', earlier: 'Move earlier', later: 'Move later',
    remove: 'Remove', proposed: 'Images proposed by the upload in progress', noImages: 'No images yet', uploadingImage: 'Uploading {name}…',
    saved: 'Saved', exportCsv: 'Export CSV', importCsv: 'Import products from CSV', chooseFile: 'CSV file', upload: 'Import',
    importHelp: 'One row per SKU: product (its code P-…, or a key of your own for a new product), category, merchant, title, description, '
      + 'sku, attributes (颜色=红; 尺码=XL), merchant_sku, barcode. Every row valid: all are applied; otherwise none, with the rows in error.',
    uploading: 'Uploading {sent} of {size} MB…', staging: 'Checking the file…', WAITING: 'Waiting to start', CHECKING: 'Checking {rows} rows…', APPLYING: 'Applying {rows} rows…',
    SUCCEEDED: '{rows} rows imported: {created} products created, {updated} updated, {skusAdded} SKUs added', FAILED: 'Nothing was imported', CANCELLED: 'Cancelled: nothing was imported',
    rowErrors: 'Nothing was imported. Fix these rows:', errorsMore: '{count} errors in all', recentImports: 'Recent imports', importNumber: 'Import',
    status: 'Status', rows: 'Rows', by: 'By', started: 'Started'
  },
  zh: {
    images: '图片', main: '主图', addImages: '添加图片（JPEG、PNG 或 GIF，不超过 8 MB）', saveImages: '保存图片',
    saveImagesRevision: '提交这些图片（修改版本，审批通过后生效）', earlier: '前移', later: '后移', remove: '移除',
    proposed: '上传流程中拟用的图片', noImages: '暂无图片', uploadingImage: '正在上传 {name}…', saved: '已保存',
    exportCsv: '导出 CSV', importCsv: '从 CSV 导入商品', chooseFile: 'CSV 文件', upload: '导入',
    importHelp: '每个 SKU 一行：product（商品编码 P-…，新商品填自定义键）、category、merchant、title、description、sku、'
      + 'attributes（颜色=红; 尺码=XL）、merchant_sku、barcode。全部行有效才全部导入，否则一行也不导入，并列出出错的行。',
    uploading: '正在上传 {sent} / {size} MB…', staging: '正在检查文件…', WAITING: '等待开始', CHECKING: '正在检查 {rows} 行…', APPLYING: '正在导入 {rows} 行…',
    SUCCEEDED: '已导入 {rows} 行：新建商品 {created} 个，更新 {updated} 个，新增 SKU {skusAdded} 个', FAILED: '未导入任何数据', CANCELLED: '已取消：未导入任何数据',
    rowErrors: '未导入任何数据，请修正以下行：', errorsMore: '共 {count} 处错误', recentImports: '最近的导入', importNumber: '导入',
    status: '状态', rows: '行数', by: '操作人', started: '开始时间'
  }
});

/**
 * The product's images with upload, order and remove; saving puts the list on the product (a draft or delisted one at
 * once, a listed one as a revision). {@code onSaved} redraws the product.
 */
export function imageEditor(api, product, onSaved) {
  const d = product.details;
  const editable = ['DRAFT', 'DELISTED'].includes(d.status) || (d.status === 'LISTED' && !product.upload);
  let images = product.images.slice();
  const gallery = h('div', { class: 'gallery', 'data-images': '' });
  const note = h('div');
  const thumb = (image, i, editing) => h('figure', { 'data-image': image.id },
    h('img', { src: image.url, alt: d.title + ' ' + (i + 1), width: 96, height: 96 }),
    h('figcaption', {}, (i === 0 ? t('main') + ' · ' : '') + image.width + '×' + image.height),
    editing ? h('span', {},
      h('button', { type: 'button', title: t('earlier'), disabled: i === 0, onclick: () => move(i, -1) }, '←'),
      h('button', { type: 'button', title: t('later'), disabled: i === images.length - 1, onclick: () => move(i, 1) }, '→'),
      h('button', { type: 'button', title: t('remove'), onclick: () => { images.splice(i, 1); draw(); } }, '✕')) : '');
  function draw() {
    gallery.replaceChildren(...(images.length ? images.map((image, i) => thumb(image, i, editable)) : [h('p', {}, t('noImages'))]));
  }
  function move(i, by) {
    const [image] = images.splice(i, 1);
    images.splice(i + by, 0, image);
    draw();
  }
  const chooser = h('input', { type: 'file', multiple: true, accept: 'image/jpeg,image/png,image/gif', 'aria-label': t('addImages'),
    onchange: async e => {
      note.replaceChildren();
      for (const file of [...e.target.files]) {
        note.replaceChildren(message('info', t('uploadingImage', { name: file.name })));
        try {
          const stored = await upload('siteops/images', file, file.type || 'application/octet-stream');
          if (!images.some(x => x.id === stored.id)) images.push(stored);
          note.replaceChildren();
        } catch (err) {
          note.replaceChildren(message('error', file.name + ': ' + describeError(err)));
          break;
        }
      }
      e.target.value = '';
      draw();
    } });
  const save = h('button', { type: 'button', 'data-action': 'save-images', onclick: async () => {
    save.disabled = true;
    try {
      await api('siteops/products/' + d.code, { method: 'PUT', body: { category: d.categoryCode, merchant: d.merchantCode, title: d.title,
        description: d.description, images: images.map(x => x.id) } });
      onSaved();
    } catch (err) { note.replaceChildren(message('error', describeError(err))); save.disabled = false; }
  } }, d.status === 'LISTED' ? t('saveImagesRevision') : t('saveImages'));
  draw();
  const proposed = product.proposedImages;
  return h('div', { class: 'card' }, h('h4', {}, t('images')), gallery,
    proposed ? h('div', { 'data-proposed-images': '' }, h('p', {}, t('proposed')),
      h('div', { class: 'gallery' }, proposed.length ? proposed.map((image, i) => thumb(image, i, false)) : t('noImages'))) : '',
    editable ? h('div', { class: 'toolbar' }, h('label', {}, t('addImages'), ' ', chooser), save) : '', note);
}

/** The export link for the current filters and the import panel with its progress and error report. */
export function csvPanel(api, filters, onImported) {
  const exportLink = h('a', { class: 'button', 'data-action': 'export-csv', download: 'products.csv' }, t('exportCsv'));
  const refreshLink = () => { exportLink.href = '/api/siteops/products.csv?' + q(filters()); };
  exportLink.addEventListener('mouseenter', refreshLink);
  exportLink.addEventListener('focus', refreshLink);
  refreshLink();
  const statusText = job => t(job.status === 'QUEUED' ? (job.phase || 'WAITING') : job.status,
    { rows: job.rows.toLocaleString(), created: job.created, updated: job.updated, skusAdded: job.skusAdded });
  const panel = importPanel({
    api, t, statusText, uploadPath: 'siteops/imports/products', jobsPath: 'siteops/imports', interval: 700, size: 5, heading: 'h4',
    onDone: onImported,
    columns: [
      { title: t('importNumber'), value: j => '#' + j.id }, { title: t('status'), value: j => statusText(j) },
      { title: t('rows'), value: j => j.rows.toLocaleString(), num: true }, { title: t('by'), value: j => j.createdBy },
      { title: t('started'), value: j => new Date(j.createdAt).toLocaleString() }
    ]
  });
  return h('details', { class: 'card', 'data-csv': '' }, h('summary', {}, t('importCsv') + ' · ' + t('exportCsv')),
    h('div', { class: 'toolbar' }, exportLink), h('p', {}, t('importHelp')), panel.chooser, panel.progress, panel.result, panel.recent);
}
