// Delivery pages: sales orders (search, detail with timeline), taking an order for a customer, the review queue with
// the risk reasons, the risk rules (versioned) and the blacklist.
import { h, pagedTable, form, dialog, message, describeError, query as q } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';
import { ApiError } from '/console/api.js';
import { scorecard, penalties, standards } from './audit.js';

const t = translator({
  en: {
    orders: 'Sales orders', newOrder: 'Take an order for a customer', review: 'Review queue', rules: 'Risk rules', blacklist: 'Blacklist',
    search: 'Order number, channel order number or phone', all: 'All statuses', from: 'Placed from', to: 'to',
    number: 'Order', channel: 'Channel', channelOrder: 'Channel order no.', customer: 'Customer', phone: 'Phone', region: 'Province / city',
    total: 'Total (CNY)', status: 'Status', placed: 'Placed', score: 'Risk', payment: 'Payment', stock: 'Stock',
    RECEIVED: 'Received', UNDER_REVIEW: 'Under review', CONFIRMED: 'Confirmed', ALLOCATED: 'Allocated', PICKING: 'Picking',
    PACKED: 'Packed', SHIPPED: 'Shipped', DELIVERED: 'Delivered', ON_HOLD: 'On hold (stock)', CANCELLED: 'Cancelled',
    DELIVERY_FAILED: 'Delivery failed', RETURNED: 'Returned',
    NONE: 'not reserved', WAITING: 'waiting for stock', RESERVED: 'reserved', RELEASED: 'released', ISSUED: 'shipped',
    ACCEPT: 'Accept', HOLD: 'Review', REJECT: 'Cancelling recommended', PREPAID: 'Prepaid', COD: 'Cash on delivery',
    OWN_SITE: 'Own site', TMALL: 'Tmall', TAOBAO: 'Taobao', JD: 'JD', PINDUODUO: 'Pinduoduo', DOUYIN: 'Douyin', WECHAT: 'WeChat',
    CUSTOMER_SERVICE: 'Customer service', OTHER: 'Other',
    name: 'Name', province: 'Province', city: 'City', district: 'District', street: 'Street and number', postcode: 'Postcode',
    lines: 'Lines: SKU, quantity, unit price[, discount], one per row', shippingFee: 'Shipping fee (CNY)', paymentMethod: 'Payment',
    paymentReference: 'Payment reference', buyerNote: "Buyer's note", take: 'Take the order', taken: 'Order {number} taken: {status}',
    sku: 'SKU', quantity: 'Qty', unitPrice: 'Unit price', discount: 'Discount', amount: 'Amount', goods: 'Goods', discounts: 'Discounts',
    reasons: 'Why it was flagged', evidence: 'Found', points: 'Points', noReasons: 'No risk found', timeline: 'Timeline', at: 'When',
    by: 'By', what: 'What', reason: 'Reason', allocations: 'Reserved stock', warehouse: 'Warehouse',
    confirm: 'Confirm', cancel: 'Cancel order', blacklistIt: 'Blacklist and cancel', editContact: 'Correct the contact',
    saveContact: 'Save the correction', reasonPrompt: 'Reason', alsoAddress: 'Also blacklist the address?',
    cleared: 'Order {number}: {status}', queueEmpty: 'Nothing to review.', version: 'Version', savedBy: 'Saved by',
    weights: 'Points per reason', holdAt: 'Review from (points)', rejectAt: 'Recommend cancelling from (points)',
    velocityWindowMinutes: 'Velocity window (minutes)', velocityMaxOrders: 'Orders allowed in the window',
    quantityFactor: 'Abnormal: × usual quantity', quantityFloor: 'Abnormal: at least units', minStreetLength: 'Shortest street (characters)',
    note: 'Note', saveRules: 'Save as a new version', versions: 'Earlier versions', kind: 'Kind', value: 'Phone or address',
    add: 'Add to the blacklist', remove: 'Remove', PHONE: 'Phone', ADDRESS: 'Address', open: 'Open',
    STATUS: 'Status', CONTACT_EDITED: 'Contact corrected', STOCK_RESERVED: 'Stock reserved', STOCK_RELEASED: 'Stock released',
    line: 'row {n}', pickLists: 'Picking & shipping', newPickList: 'New pick list', maxOrders: 'Orders at most',
    pickList: 'Pick list', shipments: 'Packages', print: 'Print', units: 'Units', forOrders: 'Orders',
    boxSize: 'Box', weightKg: 'Weight (kg)', pack: 'Packed', courier: 'Courier', trackingNumber: 'Tracking number (empty: new label)',
    ship: 'Ship', report: 'Courier report', happenedAt: 'When', promisedBy: 'Promised by', items: 'Contents',
    PICKED_UP: 'Picked up', IN_TRANSIT: 'In transit', FAILED: 'Failed', couriers: 'Couriers', code: 'Code', cod: 'Collects cash on delivery',
    trackingPattern: 'Tracking number pattern', areas: 'Delivers to: province days, one per row', active: 'Active', addCourier: 'Add a courier',
    shipmentsOf: 'Packages of this order'
  },
  zh: {
    orders: '销售订单', newOrder: '代客下单', review: '订单审核', rules: '风控规则', blacklist: '黑名单',
    search: '订单号、渠道订单号或电话', all: '全部状态', from: '下单日期从', to: '至',
    number: '订单号', channel: '渠道', channelOrder: '渠道订单号', customer: '客户', phone: '电话', region: '省 / 市',
    total: '合计（元）', status: '状态', placed: '下单时间', score: '风险分', payment: '付款方式', stock: '库存',
    RECEIVED: '已接收', UNDER_REVIEW: '待审核', CONFIRMED: '已确认', ALLOCATED: '已分配库存', PICKING: '拣货中',
    PACKED: '已打包', SHIPPED: '已发货', DELIVERED: '已签收', ON_HOLD: '缺货等待', CANCELLED: '已取消',
    DELIVERY_FAILED: '配送失败', RETURNED: '已退回',
    NONE: '未占用', WAITING: '等待库存', RESERVED: '已占用', RELEASED: '已释放', ISSUED: '已出库',
    ACCEPT: '通过', HOLD: '人工审核', REJECT: '建议取消', PREPAID: '在线支付', COD: '货到付款',
    OWN_SITE: '官网', TMALL: '天猫', TAOBAO: '淘宝', JD: '京东', PINDUODUO: '拼多多', DOUYIN: '抖音', WECHAT: '微信',
    CUSTOMER_SERVICE: '客服代下单', OTHER: '其他',
    name: '姓名', province: '省份', city: '城市', district: '区县', street: '街道门牌', postcode: '邮编',
    lines: '商品行：SKU, 数量, 单价[, 优惠]，每行一个', shippingFee: '运费（元）', paymentMethod: '付款方式',
    paymentReference: '支付流水号', buyerNote: '买家留言', take: '提交订单', taken: '订单 {number} 已提交：{status}',
    sku: 'SKU', quantity: '数量', unitPrice: '单价', discount: '优惠', amount: '金额', goods: '商品金额', discounts: '优惠',
    reasons: '标记原因', evidence: '发现', points: '分值', noReasons: '未发现风险', timeline: '订单记录', at: '时间',
    by: '操作人', what: '事项', reason: '原因', allocations: '占用库存', warehouse: '仓库',
    confirm: '确认订单', cancel: '取消订单', blacklistIt: '拉黑并取消', editContact: '修改联系信息',
    saveContact: '保存修改', reasonPrompt: '原因', alsoAddress: '同时拉黑该地址？',
    cleared: '订单 {number}：{status}', queueEmpty: '没有待审核的订单。', version: '版本', savedBy: '保存人',
    weights: '各原因分值', holdAt: '人工审核起点（分）', rejectAt: '建议取消起点（分）',
    velocityWindowMinutes: '频次窗口（分钟）', velocityMaxOrders: '窗口内允许订单数',
    quantityFactor: '异常：通常数量的倍数', quantityFloor: '异常：最少件数', minStreetLength: '街道最短字数',
    note: '备注', saveRules: '保存为新版本', versions: '历史版本', kind: '类型', value: '电话或地址',
    add: '加入黑名单', remove: '移除', PHONE: '电话', ADDRESS: '地址', open: '查看',
    STATUS: '状态变更', CONTACT_EDITED: '修改联系信息', STOCK_RESERVED: '占用库存', STOCK_RELEASED: '释放库存',
    line: '第 {n} 行', pickLists: '拣货发货', newPickList: '生成拣货单', maxOrders: '最多订单数',
    pickList: '拣货单', shipments: '包裹', print: '打印', units: '件数', forOrders: '订单数',
    boxSize: '箱型', weightKg: '重量（千克）', pack: '打包完成', courier: '快递', trackingNumber: '运单号（留空：生成新面单）',
    ship: '发货', report: '物流回传', happenedAt: '时间', promisedBy: '承诺送达', items: '包裹内容',
    PICKED_UP: '已揽收', IN_TRANSIT: '运输中', FAILED: '投递失败', couriers: '快递合作方', code: '编码', cod: '支持货到付款',
    trackingPattern: '运单号格式', areas: '配送范围：省份 天数，每行一个', active: '启用', addCourier: '新增快递',
    shipmentsOf: '本订单的包裹'
  }
});

const STATUSES = ['RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'DELIVERED', 'ON_HOLD',
  'CANCELLED', 'DELIVERY_FAILED', 'RETURNED'];
const CHANNELS = ['CUSTOMER_SERVICE', 'OWN_SITE', 'TMALL', 'TAOBAO', 'JD', 'PINDUODUO', 'DOUYIN', 'WECHAT', 'OTHER'];
const badge = status => h('span', { class: 'badge ' + status.toLowerCase().replace('_', '-') }, t(status));
const money = value => Number(value).toFixed(2);
const when = at => new Date(at).toLocaleString();
const reasonText = f => currentLanguage() === 'zh' ? f.reasonZh : f.reasonEn;

export async function render(container, route, { api }) {
  const pages = { orders, 'new-order': newOrder, review, 'risk-rules': riskRules, blacklist, 'pick-lists': pickLists, couriers,
    scorecard, penalties, standards };
  await (pages[route] || orders)(container, api);
}

/** The findings behind a score, each with its points, evidence and reason in the reader's language. */
function findings(risk) {
  if (!risk.findings || !risk.findings.length) return h('p', { class: 'muted' }, t('noReasons'));
  return h('ul', { class: 'findings' }, risk.findings.map(f => h('li', { 'data-code': f.code },
    h('strong', {}, reasonText(f)), ' (' + f.code + ', +' + f.points + ') — ', h('span', { class: 'muted' }, f.evidence))));
}

/** Review commands shared by the order page and the queue; done(order) runs after a change. */
function actions(api, order, feedback, done) {
  const path = 'delivery/orders/' + order.number;
  const run = async (suffix, body) => {
    feedback.replaceChildren();
    try {
      const changed = await api(path + suffix, { method: 'POST', body });
      feedback.replaceChildren(message('ok', t('cleared', { number: changed.number, status: t(changed.status) })));
      done(changed);
    } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  };
  const open = ['RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'ON_HOLD'].includes(order.status);
  return h('div', { class: 'toolbar' },
    order.status === 'UNDER_REVIEW' ? h('button', { class: 'confirm', onclick: () => run('/confirm') }, t('confirm')) : '',
    open ? h('button', { class: 'secondary cancel', onclick: async () => {
      const answer = await dialog({ title: t('cancel') + ' ' + order.number, fields: [reasonField()] });
      if (answer) run('/cancel', answer);
    } }, t('cancel')) : '',
    open ? h('button', { class: 'secondary blacklist', onclick: async () => {
      const answer = await dialog({ title: t('blacklistIt'), fields: [reasonField(), { name: 'address', label: t('alsoAddress'), type: 'checkbox', value: false }] });
      if (answer) run('/blacklist', answer);
    } }, t('blacklistIt')) : '');
}

function reasonField() {
  return { name: 'reason', label: t('reasonPrompt'), type: 'textarea', required: true };
}

function orders(container, api) {
  let status = ''; let from = ''; let to = '';
  const detail = h('div');
  const filter = h('select', { 'aria-label': t('status'), onchange: e => { status = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), STATUSES.map(s => h('option', { value: s }, t(s))));
  const fromInput = h('input', { type: 'date', 'aria-label': t('from'), onchange: e => { from = e.target.value; table.restart(); } });
  const toInput = h('input', { type: 'date', 'aria-label': t('to'), onchange: e => { to = e.target.value; table.restart(); } });
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter, t('from'), fromInput, t('to'), toInput],
    columns: [
      { title: t('number'), value: o => h('a', { href: 'javascript:void 0', onclick: () => show(o.number) }, o.number) },
      { title: t('channel'), value: o => t(o.channel) + ' ' + o.channelOrder },
      { title: t('customer'), value: o => o.customerName }, { title: t('phone'), value: o => o.phone },
      { title: t('region'), value: o => o.province + ' ' + (o.city || '') },
      { title: t('total'), value: o => money(o.total), num: true },
      { title: t('status'), value: o => h('span', {}, badge(o.status), ' ', h('span', { class: 'muted' }, t(o.stockState))) },
      { title: t('score'), value: o => o.riskScore, num: true },
      { title: t('placed'), value: o => when(o.placedAt) }
    ],
    load: ({ page, size, q: text, after }) => api('delivery/orders?' + q({ q: text, status, from, to, page, size, after }))
  });
  async function show(number) {
    try {
      const order = await api('delivery/orders/' + number);
      detail.replaceChildren(orderCard(api, order, changed => { table.refresh(); show(changed.number); }));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  container.append(h('h2', {}, t('orders')), detail, table.element);
}

function orderCard(api, o, changed) {
  const feedback = h('div');
  const c = o.customer;
  const edit = form({
    submitLabel: t('saveContact'),
    fields: [{ name: 'name', label: t('name'), value: c.name }, { name: 'phone', label: t('phone'), value: c.phone },
      { name: 'province', label: t('province'), value: c.province }, { name: 'city', label: t('city'), value: c.city || '' },
      { name: 'district', label: t('district'), value: c.district || '' }, { name: 'street', label: t('street'), value: c.street || '' },
      { name: 'postcode', label: t('postcode'), value: c.postcode || '' }, { name: 'reason', label: t('reason') }],
    onSubmit: v => flatErrors(api('delivery/orders/' + o.number + '/contact', { method: 'POST', body: { name: v.name, phone: v.phone, reason: v.reason,
      address: { province: v.province, city: v.city, district: v.district, street: v.street, postcode: v.postcode } } })),
    onDone: changed
  });
  const editable = ['RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'ON_HOLD'].includes(o.status);
  return h('div', { class: 'card order', 'data-order': o.number },
    h('h3', {}, o.number + ' · ' + t(o.channel) + ' ' + o.channelOrder + ' · ', badge(o.status), o.statusReason ? ' ' + o.statusReason : ''),
    h('p', {}, [c.name, c.phone, [c.province, c.city, c.district, c.street, c.postcode].filter(Boolean).join(' ')].join(' · ')),
    h('p', {}, t(o.paymentMethod) + (o.paymentReference ? ' ' + o.paymentReference : '') + (o.buyerNote ? ' · ' + t('buyerNote') + ': ' + o.buyerNote : '')),
    h('table', {}, h('tr', {}, [t('sku'), t('quantity'), t('unitPrice'), t('discount'), t('amount')].map(x => h('th', {}, x))),
      o.lines.map(l => h('tr', {}, h('td', {}, l.sku), h('td', { class: 'num' }, l.quantity), h('td', { class: 'num' }, money(l.unitPrice)),
        h('td', { class: 'num' }, money(l.discount)), h('td', { class: 'num' }, money(l.amount))))),
    h('p', {}, t('goods') + ' ' + money(o.goodsTotal) + ' − ' + t('discounts') + ' ' + money(o.discountTotal) + ' + ' + t('shippingFee') + ' '
      + money(o.shippingFee) + ' = ', h('strong', {}, money(o.total))),
    h('h4', {}, t('reasons') + ' · ' + t('score') + ' ' + o.risk.score + ' · ' + t(o.risk.decision) + ' · ' + t('version') + ' ' + o.risk.version),
    findings(o.risk),
    o.allocations.length ? h('div', {}, h('h4', {}, t('allocations') + ' (' + t(o.stockState) + ')'),
      h('table', {}, h('tr', {}, [t('sku'), t('warehouse'), t('quantity'), t('status')].map(x => h('th', {}, x))),
        o.allocations.map(a => h('tr', {}, h('td', {}, a.sku), h('td', {}, a.warehouseCode), h('td', { class: 'num' }, a.quantity),
          h('td', {}, t(a.status)))))) : h('p', {}, t('stock') + ': ' + t(o.stockState)),
    o.shipments && o.shipments.length ? h('div', {}, h('h4', {}, t('shipmentsOf')), shipmentTable(o.shipments)) : '',
    feedback, actions(api, o, feedback, changed),
    h('h4', {}, t('timeline')),
    h('table', { class: 'timeline' }, h('tr', {}, [t('at'), t('what'), t('reason'), t('by')].map(x => h('th', {}, x))),
      o.timeline.map(e => h('tr', {}, h('td', {}, when(e.at)),
        h('td', {}, e.kind === 'STATUS' ? [e.from ? t(e.from) + ' → ' : '', t(e.to)].join('') : t(e.kind)),
        h('td', {}, e.reason || '', e.kind === 'CONTACT_EDITED' && e.details ? h('div', { class: 'muted' },
          JSON.stringify(e.details.before) + ' → ' + JSON.stringify(e.details.after)) : ''),
        h('td', {}, e.actor)))),
    editable ? h('details', {}, h('summary', {}, t('editContact')), edit.element) : '');
}

/** The API names nested fields (customer.address.province, lines[2].quantity); the console's forms are flat. */
async function flatErrors(promise) {
  try { return await promise; } catch (e) {
    if (e instanceof ApiError && e.problem.errors) {
      e.problem.errors = e.problem.errors.map(x => {
        const line = /^lines\[(\d+)\]\.?(.*)$/.exec(x.field);
        if (line) return { field: 'lines', message: t('line', { n: Number(line[1]) + 1 }) + ' ' + line[2] + ': ' + x.message };
        return { field: x.field.replace(/^customer\.(address\.)?/, '').replace(/^payment\.method$/, 'paymentMethod')
          .replace(/^payment\.reference$/, 'paymentReference'), message: x.message };
      });
    }
    throw e;
  }
}

function newOrder(container, api) {
  const result = h('div');
  const intake = form({
    submitLabel: t('take'),
    fields: [
      { name: 'channel', label: t('channel'), type: 'select', options: CHANNELS.map(c => [c, t(c)]) },
      { name: 'channelOrder', label: t('channelOrder'), required: true },
      { name: 'name', label: t('name'), required: true }, { name: 'phone', label: t('phone'), required: true },
      { name: 'province', label: t('province'), required: true }, { name: 'city', label: t('city') },
      { name: 'district', label: t('district') }, { name: 'street', label: t('street') }, { name: 'postcode', label: t('postcode') },
      { name: 'lines', label: t('lines'), type: 'textarea', required: true },
      { name: 'shippingFee', label: t('shippingFee'), type: 'number' },
      { name: 'paymentMethod', label: t('paymentMethod'), type: 'select', options: [['PREPAID', t('PREPAID')], ['COD', t('COD')]] },
      { name: 'paymentReference', label: t('paymentReference') }, { name: 'buyerNote', label: t('buyerNote'), type: 'textarea' }
    ],
    onSubmit: v => flatErrors(api('delivery/orders', { method: 'POST', body: {
      channel: v.channel, channelOrder: v.channelOrder,
      customer: { name: v.name, phone: v.phone, address: { province: v.province, city: v.city, district: v.district, street: v.street, postcode: v.postcode } },
      lines: (v.lines || '').split('\n').map(r => r.trim()).filter(Boolean).map(r => {
        // Numbers stay text so the API sees exactly what was typed (19.999 is refused there, not rounded here).
        const [sku, quantity, unitPrice, discount] = r.split(/\s*[,，]\s*/);
        return { sku, quantity: quantity === undefined ? null : Number(quantity), unitPrice: unitPrice ?? null, discount: discount || null };
      }),
      shippingFee: v.shippingFee, payment: { method: v.paymentMethod, reference: v.paymentReference }, buyerNote: v.buyerNote } })),
    onDone: order => result.replaceChildren(message(order.status === 'UNDER_REVIEW' ? 'error' : 'ok',
      t('taken', { number: order.number, status: t(order.status) })), orderCard(api, order, () => {}))
  });
  container.append(h('h2', {}, t('newOrder')), intake.element, result);
}

async function review(container, api) {
  const list = h('div');
  const feedback = h('div');
  const table = pagedTable({
    size: 10,
    columns: [
      { title: t('number'), value: o => o.number }, { title: t('score'), value: o => h('strong', {}, o.riskScore), num: true },
      { title: t('status'), value: o => t(o.riskDecision) }, { title: t('customer'), value: o => o.customerName + ' ' + o.phone },
      { title: t('region'), value: o => o.province + ' ' + (o.city || '') }, { title: t('total'), value: o => money(o.total), num: true },
      { title: '', value: o => h('button', { class: 'secondary', onclick: () => open(o.number) }, t('open')) }
    ],
    load: async params => {
      const page = await api('delivery/review-queue?' + q({ page: params.page, size: params.size, after: params.after }));
      list.replaceChildren(...(page.items.length ? [] : [message('ok', t('queueEmpty'))]));
      for (const item of page.items) list.append(await queued(item.number));
      return page;
    }
  });
  async function queued(number) {
    const o = await api('delivery/orders/' + number);
    const own = h('div');
    return h('div', { class: 'card queued', 'data-order': o.number },
      h('h3', {}, o.number + ' · ' + t('score') + ' ' + o.risk.score + ' · ', badge(o.status), ' ' + t(o.risk.decision)),
      h('p', {}, [o.customer.name, o.customer.phone, [o.customer.province, o.customer.city, o.customer.district, o.customer.street].filter(Boolean).join(' '),
        money(o.total) + ' · ' + t(o.paymentMethod)].join(' · ')),
      findings(o.risk), own, actions(api, o, own, changed => {
        feedback.replaceChildren(message('ok', t('cleared', { number: changed.number, status: t(changed.status) })));
        table.refresh();
      }));
  }
  async function open(number) {
    try { list.replaceChildren(orderCard(api, await api('delivery/orders/' + number), () => table.refresh())); } catch (e) {
      list.replaceChildren(message('error', describeError(e)));
    }
  }
  container.append(h('h2', {}, t('review')), feedback, list, table.element);
}

async function riskRules(container, api) {
  const current = await api('delivery/risk-rules');
  const s = current.settings;
  const codes = Object.keys(s.weights).sort();
  const versions = h('div');
  const edit = form({
    submitLabel: t('saveRules'),
    fields: [
      ...codes.map(code => ({ name: 'w_' + code, label: code, type: 'number', value: s.weights[code] })),
      ...['holdAt', 'rejectAt', 'velocityWindowMinutes', 'velocityMaxOrders', 'quantityFactor', 'quantityFloor', 'minStreetLength']
        .map(name => ({ name, label: t(name), type: 'number', value: s[name] })),
      { name: 'note', label: t('note') }
    ],
    onSubmit: v => {
      const weights = Object.fromEntries(codes.map(code => [code, v['w_' + code]]));
      const settings = { weights };
      for (const name of ['holdAt', 'rejectAt', 'velocityWindowMinutes', 'velocityMaxOrders', 'quantityFactor', 'quantityFloor', 'minStreetLength']) settings[name] = v[name];
      return api('delivery/risk-rules', { method: 'POST', body: { settings, note: v.note } }).catch(e => {
        if (e instanceof ApiError && e.problem.errors) e.problem.errors = e.problem.errors.map(x => ({ ...x, field: x.field.replace(/^weights\./, 'w_') }));
        throw e;
      });
    },
    onDone: () => { container.replaceChildren(); riskRules(container, api); }
  });
  const list = await api('delivery/risk-rules/versions');
  versions.append(h('table', {}, h('tr', {}, [t('version'), t('holdAt'), t('rejectAt'), t('note'), t('savedBy'), t('at')].map(x => h('th', {}, x))),
    list.map(v => h('tr', {}, h('td', {}, v.version), h('td', { class: 'num' }, v.settings.holdAt), h('td', { class: 'num' }, v.settings.rejectAt),
      h('td', {}, v.note || ''), h('td', {}, v.createdBy), h('td', {}, when(v.createdAt))))));
  container.append(h('h2', {}, t('rules') + ' · ' + t('version') + ' ' + current.version), h('h3', {}, t('weights')), edit.element,
    h('h3', {}, t('versions')), versions);
}

function blacklist(container, api) {
  const feedback = h('div');
  const table = pagedTable({
    searchPlaceholder: t('value'),
    columns: [
      { title: t('kind'), value: e => t(e.kind) }, { title: t('value'), value: e => e.value }, { title: t('reason'), value: e => e.reason },
      { title: t('by'), value: e => e.createdBy }, { title: t('at'), value: e => when(e.createdAt) },
      { title: '', value: e => h('button', { class: 'secondary', onclick: async () => {
        try { await api('delivery/blacklist/' + e.id, { method: 'DELETE' }); table.refresh(); } catch (err) { feedback.replaceChildren(message('error', describeError(err))); }
      } }, t('remove')) }
    ],
    load: ({ page, size, q: text, after }) => api('delivery/blacklist?' + q({ q: text, page, size, after }))
  });
  const add = form({
    submitLabel: t('add'),
    fields: [{ name: 'kind', label: t('kind'), type: 'select', options: [['PHONE', t('PHONE')], ['ADDRESS', t('ADDRESS')]] },
      { name: 'value', label: t('value'), required: true }, { name: 'reason', label: t('reason'), required: true }],
    onSubmit: v => api('delivery/blacklist', { method: 'POST', body: v }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('blacklist')), add.element, feedback, table.element);
}

function shipmentTable(shipments) {
  return h('table', { class: 'shipments' }, h('tr', {}, [t('shipments'), t('warehouse'), t('status'), t('courier'), t('promisedBy'), t('items')]
    .map(x => h('th', {}, x))), shipments.map(s => h('tr', { 'data-shipment': s.number }, h('td', {}, s.number), h('td', {}, s.warehouseCode),
    h('td', {}, t(s.status)), h('td', {}, s.courier ? s.courier + ' ' + s.trackingNumber : ''), h('td', {}, s.promisedBy || ''),
    h('td', {}, s.items.map(i => i.sku + ' × ' + i.quantity).join(', ')))));
}

/** Pick lists of a warehouse, the printable walk through the shelves, and packing and shipping each package. */
async function pickLists(container, api) {
  const detail = h('div');
  const couriers = await api('delivery/couriers');
  const table = pagedTable({
    searchPlaceholder: t('warehouse'),
    columns: [
      { title: t('pickList'), value: p => h('a', { href: 'javascript:void 0', onclick: () => show(p.number) }, p.number) },
      { title: t('warehouse'), value: p => p.warehouseCode }, { title: t('shipments'), value: p => p.shipments, num: true },
      { title: t('PICKING'), value: p => p.open, num: true }, { title: t('by'), value: p => p.createdBy }, { title: t('at'), value: p => when(p.createdAt) }
    ],
    load: ({ page, size, q: text, after }) => api('delivery/pick-lists?' + q({ warehouse: text, page, size, after }))
  });
  const create = form({
    submitLabel: t('newPickList'),
    fields: [{ name: 'warehouseCode', label: t('warehouse'), required: true }, { name: 'maxOrders', label: t('maxOrders'), type: 'number', value: 50 }],
    onSubmit: values => api('delivery/pick-lists', { method: 'POST', body: values }),
    onDone: list => { table.refresh(); render(list); }
  });
  async function show(number) {
    try { render(await api('delivery/pick-lists/' + number)); } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  function render(list) {
    detail.replaceChildren(h('div', { class: 'card pick-list', 'data-pick-list': list.number },
      h('h3', {}, t('pickList') + ' ' + list.number + ' · ' + list.warehouseCode + ' · ' + when(list.createdAt)),
      h('button', { class: 'secondary', onclick: () => window.print() }, t('print')),
      h('table', {}, h('tr', {}, [t('sku'), t('units'), t('forOrders')].map(x => h('th', {}, x))),
        list.lines.map(l => h('tr', {}, h('td', {}, l.sku), h('td', { class: 'num' }, l.quantity), h('td', { class: 'num' }, l.orders)))),
      h('h4', {}, t('shipments')),
      list.orders.map(s => packageCard(api, s, couriers, () => show(list.number)))));
  }
  container.append(h('h2', {}, t('pickLists')), create.element, detail, table.element);
}

function packageCard(api, s, couriers, changed) {
  const feedback = h('div');
  const step = (suffix, body) => api('delivery/shipments/' + s.number + suffix, { method: 'POST', body });
  const pack = form({
    submitLabel: t('pack'),
    fields: [{ name: 'boxSize', label: t('boxSize'), type: 'select', options: ['S', 'M', 'L', 'XL', 'BAG', 'PALLET'].map(b => [b, b]) },
      { name: 'weightKg', label: t('weightKg'), type: 'number', required: true }],
    onSubmit: values => step('/pack', values), onDone: changed
  });
  const ship = form({
    submitLabel: t('ship'),
    fields: [{ name: 'courier', label: t('courier'), type: 'select', options: couriers.filter(c => c.active).map(c => [c.code, c.code + ' ' + c.name]) },
      { name: 'trackingNumber', label: t('trackingNumber') }],
    onSubmit: values => step('/ship', values), onDone: changed
  });
  const report = form({
    submitLabel: t('report'),
    fields: [{ name: 'kind', label: t('what'), type: 'select', options: ['PICKED_UP', 'IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED'].map(k => [k, t(k)]) },
      { name: 'reason', label: t('reason') }],
    onSubmit: values => step('/events', values), onDone: changed
  });
  return h('div', { class: 'card package', 'data-shipment': s.number },
    h('strong', {}, s.number + ' · ' + s.order + ' · '), badge(s.status),
    h('p', {}, s.items.map(i => i.sku + ' × ' + i.quantity).join(', ') + (s.courier ? ' · ' + s.courier + ' ' + s.trackingNumber
      + ' · ' + t('promisedBy') + ' ' + s.promisedBy : '')),
    feedback,
    s.status === 'PICKING' ? pack.element : s.status === 'PACKED' ? ship.element
      : ['SHIPPED', 'IN_TRANSIT', 'FAILED'].includes(s.status) ? report.element : '',
    s.events.length ? h('ul', {}, s.events.map(e => h('li', {}, when(e.happenedAt) + ' ' + t(e.kind) + (e.reason ? ': ' + e.reason : '')))) : '');
}

/** Courier partners: where they deliver and how fast, cash on delivery, the shape of their tracking numbers. */
async function couriers(container, api) {
  const list = h('div');
  async function load() {
    const all = await api('delivery/couriers');
    list.replaceChildren(h('table', {}, h('tr', {}, [t('code'), t('name'), t('cod'), t('trackingPattern'), t('areas'), t('active')]
      .map(x => h('th', {}, x))), all.map(c => h('tr', {}, h('td', {}, c.code), h('td', {}, c.name), h('td', {}, c.codSupported ? '✓' : ''),
      h('td', {}, c.trackingPattern || ''), h('td', {}, c.areas.map(a => a.province + ' ' + a.promisedDays).join('，')),
      h('td', {}, c.active ? '✓' : '')))));
  }
  const add = form({
    submitLabel: t('addCourier'),
    fields: [{ name: 'code', label: t('code'), required: true }, { name: 'name', label: t('name'), required: true },
      { name: 'codSupported', label: t('cod'), type: 'checkbox', value: false }, { name: 'trackingPattern', label: t('trackingPattern') },
      { name: 'areas', label: t('areas'), type: 'textarea', required: true }],
    onSubmit: v => api('delivery/couriers', { method: 'POST', body: { ...v, areas: (v.areas || '').split('\n').map(r => r.trim()).filter(Boolean)
      .map(r => { const [province, days] = r.split(/\s+/); return { province, promisedDays: Number(days) || null }; }) } }).catch(e => {
      if (e instanceof ApiError && e.problem.errors) e.problem.errors = e.problem.errors.map(x => ({ ...x, field: x.field.replace(/^areas\[.*/, 'areas') }));
      throw e;
    }),
    onDone: load
  });
  await load();
  container.append(h('h2', {}, t('couriers')), add.element, list);
}
