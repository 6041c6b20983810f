// Merchant onboarding pages: applications and merchants (status commands, terms, products), commission rules.
import { h, pagedTable, form, dialog, message, describeError, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    merchants: 'Merchants', code: 'Code', company: 'Company', licence: 'Licence number', contact: 'Contact', phone: 'Phone',
    email: 'E-mail', categories: 'Categories (comma-separated)', requestedTerms: 'Requested terms', status: 'Status',
    apply: 'Record an application', search: 'Search code, company or licence', all: 'All',
    PENDING: 'Pending', UNDER_REVIEW: 'Under review', ACTIVE: 'Active', SUSPENDED: 'Suspended', TERMINATED: 'Terminated',
    REJECTED: 'Rejected', review: 'Send for review', suspend: 'Suspend', reinstate: 'Reinstate', terminate: 'Terminate',
    reasonPrompt: 'Reason', history: 'History', terms: 'Cooperation terms', version: 'Version', cycle: 'Settlement cycle',
    deposit: 'Deposit (CNY)', validFrom: 'Valid from', validTo: 'Valid to', note: 'Note', addTerms: 'New version of the terms',
    WEEKLY: 'Weekly', MONTHLY: 'Monthly', products: 'Products', sku: 'Merchant SKU', title: 'Title', category: 'Category',
    price: 'Price (CNY)', submitProduct: 'Submit a product', commission: 'Commission rules', merchant: 'Merchant (empty: all)',
    rate: 'Rate (%)', effectiveFrom: 'In force from', addRule: 'New rule', explain: 'Which rule applies?', date: 'Date',
    check: 'Check', level: 'Level', at: 'When', by: 'By', from: 'From', to: 'To',
    settlements: 'Settlements', runSettlement: 'Settle', until: 'Up to (empty: end of each last cycle)', lines: 'Lines',
    sales: 'Sales (CNY)', commissionAmount: 'Commission (CNY)', payable: 'Payable (CNY)', settled: '{n} settlement(s) made',
    order: 'Order', kind: 'Kind', amount: 'Amount', rateUsed: 'Rate (%)', termsVersion: 'Terms version', booked: 'Booked',
    SALE: 'Sale', RETURN: 'Return', unsettled: 'Not yet settled'
  },
  zh: {
    merchants: '联营商家', code: '编码', company: '公司名称', licence: '营业执照号', contact: '联系人', phone: '电话',
    email: '邮箱', categories: '经营类目（逗号分隔）', requestedTerms: '申请条件', status: '状态',
    apply: '登记入驻申请', search: '搜索编码、公司或执照号', all: '全部',
    PENDING: '待审核', UNDER_REVIEW: '审核中', ACTIVE: '合作中', SUSPENDED: '已暂停', TERMINATED: '已终止',
    REJECTED: '已拒绝', review: '提交审核', suspend: '暂停', reinstate: '恢复', terminate: '终止合作',
    reasonPrompt: '原因', history: '状态记录', terms: '合作条款', version: '版本', cycle: '结算周期',
    deposit: '保证金（元）', validFrom: '生效日期', validTo: '截止日期', note: '备注', addTerms: '新版本条款',
    WEEKLY: '按周', MONTHLY: '按月', products: '商品', sku: '商家 SKU', title: '标题', category: '类目',
    price: '价格（元）', submitProduct: '提交商品', commission: '佣金规则', merchant: '商家（留空：全部商家）',
    rate: '佣金比例（%）', effectiveFrom: '生效日期', addRule: '新增规则', explain: '适用哪条规则？', date: '日期',
    check: '查询', level: '层级', at: '时间', by: '操作人', from: '原状态', to: '新状态',
    settlements: '结算', runSettlement: '结算', until: '结算截止日（留空：各自上一周期末）', lines: '明细数',
    sales: '销售额（元）', commissionAmount: '佣金（元）', payable: '应付商家（元）', settled: '生成 {n} 张结算单',
    order: '订单', kind: '类型', amount: '金额', rateUsed: '费率（%）', termsVersion: '条款版本', booked: '记账日',
    SALE: '销售', RETURN: '退货', unsettled: '未结算'
  }
});

const badge = status => h('span', { class: 'badge ' + status.toLowerCase() }, t(status));

export async function render(container, route, { api }) {
  await (route === 'commission' ? commission : route === 'settlements' ? settlements : merchants)(container, api);
}

function merchants(container, api) {
  let status = '';
  const feedback = h('div');
  const detail = h('div');
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), ['PENDING', 'UNDER_REVIEW', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'REJECTED']
      .map(s => h('option', { value: s }, t(s))));
  const path = code => 'merchants/merchants/' + code;
  const act = async (url, body) => {
    feedback.replaceChildren();
    try { await api(url, { method: 'POST', body }); table.refresh(); if (detail.dataset.code) show(detail.dataset.code); } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  };
  const withReason = async url => {
    const answer = await dialog({ title: t('reasonPrompt'), fields: [{ name: 'reason', label: t('reasonPrompt'), type: 'textarea', required: true }] });
    if (answer) act(url, answer);
  };
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter],
    columns: [
      { title: t('code'), value: m => h('a', { href: 'javascript:void 0', onclick: () => show(m.code) }, m.code) },
      { title: t('company'), value: m => m.companyName }, { title: t('licence'), value: m => m.licenceNumber },
      { title: t('categories'), value: m => m.categories.join(', ') },
      { title: t('status'), value: m => h('span', {}, badge(m.status), m.statusReason ? ' ' + m.statusReason : '') },
      { title: '', value: m => h('span', {},
          m.status === 'PENDING' ? h('button', { onclick: () => act(path(m.code) + '/review') }, t('review')) : '',
          m.status === 'ACTIVE' ? h('button', { class: 'secondary', onclick: () => withReason(path(m.code) + '/suspend') }, t('suspend')) : '',
          m.status === 'SUSPENDED' ? h('button', { onclick: () => act(path(m.code) + '/reinstate') }, t('reinstate')) : '',
          ['ACTIVE', 'SUSPENDED'].includes(m.status) ? h('button', { class: 'secondary', onclick: () => withReason(path(m.code) + '/terminate') }, t('terminate')) : '') }
    ],
    load: ({ page, size, q: text, after }) => api('merchants/merchants?' + q({ q: text, status, page, size, after }))
  });
  async function show(code) {
    detail.dataset.code = code;
    try {
      const [m, terms, products] = await Promise.all([api(path(code)), api(path(code) + '/terms'), api(path(code) + '/products')]);
      const termsForm = form({
        submitLabel: t('addTerms'),
        fields: [{ name: 'settlementCycle', label: t('cycle'), type: 'select', options: [['MONTHLY', t('MONTHLY')], ['WEEKLY', t('WEEKLY')]] },
          { name: 'deposit', label: t('deposit'), type: 'number', required: true }, { name: 'validFrom', label: t('validFrom'), type: 'date', required: true },
          { name: 'validTo', label: t('validTo'), type: 'date' }, { name: 'note', label: t('note') }],
        onSubmit: values => api(path(code) + '/terms', { method: 'POST', body: values }), onDone: () => show(code)
      });
      const productForm = form({
        submitLabel: t('submitProduct'),
        fields: [{ name: 'merchantSku', label: t('sku'), required: true }, { name: 'title', label: t('title'), required: true },
          { name: 'category', label: t('category'), required: true }, { name: 'price', label: t('price'), type: 'number', required: true }],
        onSubmit: values => api(path(code) + '/products', { method: 'POST', body: values }), onDone: () => show(code)
      });
      detail.replaceChildren(h('div', { class: 'card' },
        h('h3', {}, m.code + ' · ' + m.companyName + ' · ', badge(m.status)),
        h('p', {}, [m.contactName, m.contactPhone, m.contactEmail, m.requestedTerms].filter(Boolean).join(' · ')),
        h('h4', {}, t('history')),
        h('table', {}, h('tr', {}, [t('at'), t('from'), t('to'), t('reasonPrompt'), t('by')].map(x => h('th', {}, x))),
          m.history.map(c => h('tr', {}, h('td', {}, new Date(c.at).toLocaleString()), h('td', {}, c.fromStatus ? t(c.fromStatus) : ''),
            h('td', {}, t(c.toStatus)), h('td', {}, c.reason || ''), h('td', {}, c.actor)))),
        h('h4', {}, t('terms')),
        h('table', {}, h('tr', {}, [t('version'), t('cycle'), t('deposit'), t('validFrom'), t('validTo'), t('note')].map(x => h('th', {}, x))),
          terms.map(v => h('tr', {}, h('td', {}, v.version), h('td', {}, t(v.settlementCycle)), h('td', { class: 'num' }, v.deposit),
            h('td', {}, v.validFrom), h('td', {}, v.validTo || ''), h('td', {}, v.note || '')))),
        termsForm.element,
        h('h4', {}, t('products')),
        h('table', {}, h('tr', {}, [t('sku'), t('title'), t('category'), t('price'), t('status')].map(x => h('th', {}, x))),
          products.items.map(p => h('tr', {}, h('td', {}, p.merchantSku), h('td', {}, p.title), h('td', {}, p.category),
            h('td', { class: 'num' }, p.price), h('td', {}, p.status)))),
        m.status === 'ACTIVE' ? productForm.element : ''));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('apply'),
    fields: [
      { name: 'companyName', label: t('company'), required: true }, { name: 'licenceNumber', label: t('licence'), required: true },
      { name: 'contactName', label: t('contact'), required: true }, { name: 'contactPhone', label: t('phone') },
      { name: 'contactEmail', label: t('email') }, { name: 'categories', label: t('categories'), required: true },
      { name: 'requestedTerms', label: t('requestedTerms'), type: 'textarea' }
    ],
    onSubmit: values => api('merchants/merchants', { method: 'POST', body: { ...values,
      categories: (values.categories || '').split(/[,，]/).map(c => c.trim()).filter(Boolean) } }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('merchants')), create.element, feedback, detail, table.element);
}

function commission(container, api) {
  const table = pagedTable({
    searchPlaceholder: t('category'),
    columns: [
      { title: t('merchant'), value: r => r.merchant || '*' }, { title: t('category'), value: r => r.category || '*' },
      { title: t('rate'), value: r => r.ratePercent, num: true }, { title: t('effectiveFrom'), value: r => r.effectiveFrom },
      { title: t('note'), value: r => r.note || '' }, { title: t('by'), value: r => r.createdBy }
    ],
    load: ({ page, size, q: text }) => api('merchants/commission/rules?' + q({ category: text, page, size }))
  });
  const create = form({
    submitLabel: t('addRule'),
    fields: [{ name: 'merchant', label: t('merchant') }, { name: 'category', label: t('category') },
      { name: 'ratePercent', label: t('rate'), type: 'number', required: true },
      { name: 'effectiveFrom', label: t('effectiveFrom'), type: 'date', required: true }, { name: 'note', label: t('note') }],
    onSubmit: values => api('merchants/commission/rules', { method: 'POST', body: values }),
    onDone: () => table.refresh()
  });
  const answer = h('div');
  const explain = form({
    submitLabel: t('check'),
    fields: [{ name: 'merchant', label: t('merchant'), required: true }, { name: 'category', label: t('category'), required: true },
      { name: 'date', label: t('date'), type: 'date' }],
    onSubmit: values => api('merchants/commission/explain?' + q(values)),
    onDone: rate => answer.replaceChildren(message('ok', rate.ratePercent + ' % · ' + rate.level + ' · ' + rate.explanation))
  });
  container.append(h('h2', {}, t('commission')), create.element, h('h3', {}, t('explain')), explain.element, answer, table.element);
}

function settlements(container, api) {
  const detail = h('div');
  const money = v => Number(v).toFixed(2);
  const table = pagedTable({
    searchPlaceholder: t('merchant'),
    columns: [
      { title: t('code'), value: s => h('a', { href: 'javascript:void 0', onclick: () => show(s.number) }, s.number) },
      { title: t('merchant'), value: s => s.merchant }, { title: t('until'), value: s => s.until },
      { title: t('lines'), value: s => s.lines, num: true }, { title: t('sales'), value: s => money(s.sales), num: true },
      { title: t('commissionAmount'), value: s => money(s.commission), num: true }, { title: t('payable'), value: s => money(s.payable), num: true },
      { title: t('by'), value: s => s.createdBy }
    ],
    load: ({ page, size, q: text, after }) => api('merchants/settlements?' + q({ merchant: text, page, size, after }))
  });
  async function show(number) {
    try {
      const s = await api('merchants/settlements/' + number);
      detail.replaceChildren(h('div', { class: 'card' }, h('h3', {}, s.settlement.number + ' · ' + s.settlement.merchant + ' · ' + money(s.settlement.payable)),
        h('table', {}, h('tr', {}, [t('order'), t('kind'), t('sku'), t('category'), t('amount'), t('rateUsed'), t('commissionAmount'),
          t('termsVersion'), t('booked')].map(x => h('th', {}, x))),
        s.lines.map(l => h('tr', {}, h('td', {}, l.orderNumber + ' #' + l.lineNo), h('td', {}, t(l.kind)), h('td', {}, l.sku),
          h('td', {}, l.category || ''), h('td', { class: 'num' }, money(l.amount)), h('td', { class: 'num' }, l.ratePercent),
          h('td', { class: 'num' }, money(l.commission)), h('td', {}, l.termsVersion ?? ''), h('td', {}, l.bookedOn))))));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const result = h('div');
  const run = form({
    submitLabel: t('runSettlement'),
    fields: [{ name: 'merchant', label: t('merchant') }, { name: 'until', label: t('until'), type: 'date' }],
    onSubmit: values => api('merchants/settlements', { method: 'POST', body: values }),
    onDone: made => { result.replaceChildren(message('ok', t('settled', { n: made.length }))); table.refresh(); }
  });
  container.append(h('h2', {}, t('settlements')), run.element, result, detail, table.element);
}
