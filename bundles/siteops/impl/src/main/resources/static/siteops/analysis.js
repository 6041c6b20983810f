// Sales analysis (销售分析): product classes with reasons, class counts over time, velocity against stock cover, the
// suggested actions, and the classification rules (supervisors change them).
import { h, pagedTable, form, dialog, message, describeError, barChart, query as q, versionHistory } from '/console/ui.js';
import { translator, currentLanguage, common } from '/console/i18n.js';

const tc = translator(common);

const CLASSES = ['BEST_SELLER', 'POTENTIAL', 'SLOW_MOVER', 'UNCERTAIN'];
const COLORS = { BEST_SELLER: '#27ae60', POTENTIAL: '#2980b9', SLOW_MOVER: '#c0392b', UNCERTAIN: '#7f8c8d' };
const t = translator({
  en: {
    analysis: 'Sales analysis', BEST_SELLER: 'Best-sellers', POTENTIAL: 'Potential', SLOW_MOVER: 'Slow-movers', UNCERTAIN: 'Uncertain',
    run: 'Classify now', running: 'Classifying…', ran: 'Classified', products: 'products', proposed: 'proposed to procurement',
    noProcurement: 'procurement not installed: purchase proposals wait here', overTime: 'Classes over time', scatter: 'Velocity (units/day) against stock cover (days)',
    product: 'Product', velocity: 'Units/day', trend: 'Trend %', stock: 'Stock', cover: 'Cover (days)', margin: 'Margin %', reason: 'Reason',
    search: 'Search product', actions: 'Suggested actions', kind: 'Action', status: 'Status', detail: 'Detail', done: 'Done', dismiss: 'Dismiss',
    note: 'Note', CLEARANCE_PROMOTION: 'Clearance promotion', PURCHASE_PROPOSAL: 'Purchase proposal', PUSH: 'Push', INVESTIGATE: 'Investigate',
    OPEN: 'Open', PROPOSED: 'Proposed', DONE: 'Done', DISMISSED: 'Dismissed', OUTDATED: 'Outdated', rules: 'Rules', saveRules: 'Save rules',
    recentDays: 'Window (days)', bestSellerPerDay: 'Best-seller from units/day', slowMoverPerDay: 'Slow-mover under units/day',
    slowCoverDays: 'Slow-mover when stock lasts (days)', potentialTrendPercent: 'Potential from growth %', potentialMinUnits: 'Potential from units',
    shortCoverDays: 'Restock when cover under (days)', targetCoverDays: 'Restock to (days)', noRun: 'Not classified yet'
  },
  zh: {
    analysis: '销售分析', BEST_SELLER: '畅销品', POTENTIAL: '潜力产品', SLOW_MOVER: '滞销品', UNCERTAIN: '不确定产品',
    run: '立即分类', running: '分类中…', ran: '已分类', products: '个商品', proposed: '已提交采购',
    noProcurement: '采购未安装：采购建议暂存于此', overTime: '分类趋势', scatter: '日均销量与库存可售天数',
    product: '商品', velocity: '日均销量', trend: '趋势 %', stock: '库存', cover: '可售天数', margin: '毛利率 %', reason: '原因',
    search: '搜索商品', actions: '建议行动', kind: '行动', status: '状态', detail: '说明', done: '完成', dismiss: '忽略',
    note: '备注', CLEARANCE_PROMOTION: '清仓促销', PURCHASE_PROPOSAL: '采购建议', PUSH: '重点推广', INVESTIGATE: '调查原因',
    OPEN: '待处理', PROPOSED: '已提交', DONE: '已完成', DISMISSED: '已忽略', OUTDATED: '已过时', rules: '分类规则', saveRules: '保存规则',
    recentDays: '统计窗口（天）', bestSellerPerDay: '畅销品：日均销量不低于', slowMoverPerDay: '滞销品：日均销量低于',
    slowCoverDays: '滞销品：库存可售天数不低于', potentialTrendPercent: '潜力产品：增长率不低于 %', potentialMinUnits: '潜力产品：销量不低于',
    shortCoverDays: '补货：可售天数低于', targetCoverDays: '补货至（天）', noRun: '尚未分类'
  }
});

const zh = () => currentLanguage() === 'zh';
const num = v => (v === null || v === undefined ? '' : String(Number(v)));

function scatterChart(points) {
  const ns = 'http://www.w3.org/2000/svg';
  const width = 640; const height = 320; const pad = 40;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'chart'); svg.setAttribute('width', width); svg.setAttribute('height', height); svg.setAttribute('role', 'img');
  const add = (name, attrs, text) => {
    const el = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    svg.append(el); return el;
  };
  // Logarithmic axes: velocities and covers span several orders of magnitude.
  const log = v => Math.log10(Math.max(Number(v), 0.01));
  const xs = points.map(p => log(p.velocity)); const ys = points.map(p => log(p.coverDays));
  const [x0, x1] = [Math.min(...xs, -1), Math.max(...xs, 1)]; const [y0, y1] = [Math.min(...ys, 0), Math.max(...ys, 2)];
  const sx = v => pad + (width - 2 * pad) * (v - x0) / (x1 - x0 || 1); const sy = v => height - pad - (height - 2 * pad) * (v - y0) / (y1 - y0 || 1);
  add('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: '#999' });
  add('line', { x1: pad, y1: pad, x2: pad, y2: height - pad, stroke: '#999' });
  add('text', { x: width / 2 - 60, y: height - 8 }, t('velocity') + ' (log)');
  add('text', { x: 4, y: pad - 10 }, t('cover') + ' (log)');
  points.forEach((p, i) => {
    const dot = add('circle', { cx: sx(xs[i]), cy: sy(ys[i]), r: 4, fill: COLORS[p.productClass], 'data-point': p.productCode });
    const title = document.createElementNS(ns, 'title'); title.textContent = p.productCode + ' ' + p.title; dot.append(title);
  });
  CLASSES.forEach((c, i) => {
    add('circle', { cx: pad + i * 140 + 5, cy: 12, r: 5, fill: COLORS[c] });
    add('text', { x: pad + i * 140 + 14, y: 16 }, t(c));
  });
  return svg;
}

export async function renderAnalysis(container, api) {
  let productClass = 'BEST_SELLER';
  const charts = h('div');
  const status = h('div');
  async function drawCharts() {
    try {
      const [runs, points] = await Promise.all([api('siteops/analysis/runs'), api('siteops/analysis/scatter')]);
      if (!runs.length) { charts.replaceChildren(message('info', t('noRun'))); return; }
      const rows = runs.slice(0, 14).reverse().map(r => ({ label: r.asOf + ' #' + r.id,
        values: { BEST_SELLER: r.best, POTENTIAL: r.potential, SLOW_MOVER: r.slow, UNCERTAIN: r.uncertain } }));
      charts.replaceChildren(h('h3', {}, t('overTime')), barChart(rows, CLASSES.map(c => ({ key: c, label: t(c), color: COLORS[c] }))),
        h('h3', {}, t('scatter')), scatterChart(points));
    } catch (e) { charts.replaceChildren(message('error', describeError(e))); }
  }
  const runButton = h('button', { type: 'button', class: 'primary', 'data-action': 'classify', onclick: async () => {
    runButton.disabled = true;
    status.replaceChildren(h('progress', {}), ' ' + t('running'));
    try {
      const result = await api('siteops/analysis/runs', { method: 'POST', body: {} });
      status.replaceChildren(message('ok', t('ran') + ': ' + result.run.products + ' ' + t('products') + ' · '
        + CLASSES.map(c => t(c) + ' ' + result.run.classes[c]).join(' · ') + ' · ' + result.proposedToProcurement + ' ' + t('proposed')
        + (result.procurementInstalled ? '' : ' · ' + t('noProcurement'))));
      drawCharts(); table.restart(); actions.refresh();
    } catch (e) { status.replaceChildren(message('error', describeError(e))); } finally { runButton.disabled = false; }
  } }, t('run'));
  const tabs = h('div', { class: 'toolbar' }, CLASSES.map(c => h('button', { type: 'button', 'data-class-filter': c,
    onclick: () => { productClass = c; table.restart(); } }, t(c))));
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [tabs],
    columns: [
      { title: t('product'), value: p => p.productCode + ' ' + p.title }, { title: t('velocity'), value: p => num(p.velocity), num: true },
      { title: t('trend'), value: p => num(p.trendPercent), num: true }, { title: t('stock'), value: p => num(p.stock), num: true },
      { title: t('cover'), value: p => num(p.coverDays), num: true }, { title: t('margin'), value: p => num(p.marginPercent), num: true },
      { title: t('reason'), value: p => (zh() ? p.reasonZh : p.reasonEn) }
    ],
    load: ({ page, size, q: text }) => api('siteops/analysis/classes?' + q({ class: productClass, q: text, page, size }))
  });
  const follow = (id, action, note) => api('siteops/analysis/actions/' + id + '/' + action, { method: 'POST', body: { note } });
  const actions = pagedTable({
    columns: [
      { title: t('product'), value: a => a.productCode + ' ' + a.title }, { title: t('kind'), value: a => t(a.kind) },
      { title: t('detail'), value: a => a.detail }, { title: t('status'), value: a => t(a.status) + (a.reference ? ' · ' + a.reference : '') },
      { title: '', value: a => (a.status === 'OPEN' || a.status === 'PROPOSED' ? h('span', {},
        h('button', { type: 'button', onclick: async () => { try { await follow(a.id, 'done'); actions.refresh(); } catch (e) { status.replaceChildren(message('error', describeError(e))); } } }, t('done')),
        h('button', { type: 'button', onclick: async () => {
          const answer = await dialog({ title: t('dismiss'), fields: [{ name: 'note', label: t('note'), type: 'textarea', required: true }] });
          if (!answer) return;
          const note = answer.note;
          try { await follow(a.id, 'dismiss', note); actions.refresh(); } catch (e) { status.replaceChildren(message('error', describeError(e))); }
        } }, t('dismiss'))) : '') }
    ],
    load: ({ page, size }) => api('siteops/analysis/actions?' + q({ status: 'OPEN', page, size }))
  });
  const rules = await api('siteops/analysis/rules');
  const ruleFields = ['recentDays', 'bestSellerPerDay', 'slowMoverPerDay', 'slowCoverDays', 'potentialTrendPercent', 'potentialMinUnits',
    'shortCoverDays', 'targetCoverDays'].map(name => ({ name, label: t(name), type: 'number', required: true, value: rules[name] }));
  const ruleVersions = async () => versionHistory(await api('siteops/analysis/rules/versions'),
    ['recentDays', 'bestSellerPerDay', 'slowMoverPerDay'].map(name => ({ title: t(name), value: settings => settings[name] })));
  let versions = await ruleVersions();
  const rulesForm = form({ submitLabel: t('saveRules'), fields: [...ruleFields, { name: 'note', label: tc('versionNote') }],
    onSubmit: ({ note, ...values }) => api('siteops/analysis/rules?' + q({ note }), { method: 'PUT', body: values }),
    onDone: async () => { const fresh = await ruleVersions(); versions.replaceWith(fresh); versions = fresh; } });
  await drawCharts();
  container.append(h('h2', {}, t('analysis')), h('div', { class: 'toolbar' }, runButton), status, charts, table.element,
    h('h3', {}, t('actions')), actions.element, h('details', {}, h('summary', {}, t('rules')), rulesForm.element, versions));
}
