// Procurement's words in both languages and what its pages share: status badges and filters, amounts, code pickers.
import { badge, formatMoney, filterSelect, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

export const t = translator({
  en: {
    suppliers: 'Suppliers', code: 'Code', name: 'Name', contact: 'Contact', phone: 'Phone', email: 'E-mail',
    categories: 'Categories (comma-separated)', paymentTerms: 'Payment terms (e.g. NET30, PREPAID, COD)', status: 'Status',
    newSupplier: 'New supplier', searchSuppliers: 'Search code or name', ACTIVE: 'Active', ON_HOLD: 'On hold', BLOCKED: 'Blocked',
    hold: 'Put on hold', block: 'Block', activate: 'Make active', reasonPrompt: 'Reason', all: 'All',
    purchaseList: 'Purchase list', sku: 'SKU', targetQuantity: 'Quantity wanted', targetPrice: 'Target price (CNY)',
    neededBy: 'Needed by', origin: 'Proposed by', reference: 'Reference', note: 'Note', addItem: 'Add item',
    OPEN: 'Open', ORDERED: 'Ordered', DROPPED: 'Dropped', markOrdered: 'Ordered', drop: 'Drop',
    orders: 'Purchase orders', number: 'Number', supplier: 'Supplier', warehouse: 'Warehouse', expectedOn: 'Expected',
    total: 'Total', newOrder: 'New purchase order', lines: 'Lines (one "SKU quantity unit-price" per line)',
    searchOrders: 'Search number, supplier or SKU', DRAFT: 'Draft', AWAITING_APPROVAL: 'Awaiting approval', APPROVED: 'Approved',
    SENT: 'Sent', PARTIALLY_RECEIVED: 'Partly received', RECEIVED: 'Received', CANCELLED: 'Cancelled',
    submit: 'Submit', send: 'Send to supplier', cancel: 'Cancel', copy: 'Copy', receive: 'Receive', details: 'Details',
    cancelPrompt: 'Why is this order cancelled?', line: 'Line', quantity: 'Quantity',
    unitPrice: 'Unit price', accepted: 'Accepted', rejected: 'Rejected', receipts: 'Receipts', receivedBy: 'By', at: 'When',
    stockPosted: 'Stock posted', waitingForWarehouse: 'Waiting for the warehouse department', revision: 'Revision',
    approval: 'Approval', overdue: 'Overdue arrivals', daysLate: 'Days late', copied: 'Copied to {number}',
    scorecard: 'Scorecard of {code}, last 12 months', onTime: 'On time %', fill: 'Fill rate %', grade: 'Grade',
    noGrade: 'No grade yet', noData: 'no data', prices: 'Average unit price by month', due: 'Orders due', month: 'Month',
    tenders: 'Calls for tenders', newTender: 'New call for tenders', tenderTitle: 'Title', deadline: 'Deadline for bids',
    items: 'Items (one "SKU quantity needed-by-date" per line)', invite: 'Suppliers invited (codes, comma-separated)',
    bids: 'Bids', sealedCount: 'Sealed: {count} bid(s) received', open: 'Open the bids', openEarly: 'Ask to open early',
    earlyAsked: 'Opening early asked by {user}; a second person (one of you a supervisor) completes it',
    comparison: 'Comparison (proposal highlighted)', item: 'Item', proposal: 'Proposal', awardProposal: 'Award the proposal',
    awardOther: 'Award with the choices below', justification: 'Justification (needed when not the proposal)',
    notAcceptable: 'not acceptable', OPENED: 'Opened', AWARD_PENDING: 'Award awaiting approval', AWARDED: 'Awarded',
    OPEN: 'Open', orderMade: 'Order', leadTime: 'Lead time (days)', receiptDigest: 'Digest', cancelTender: 'Cancel',
    goods: 'Goods', arrived: 'Units arrived', rejectedUnits: 'Of those rejected', rejectReason: 'Why rejected', receiveGoods: 'Receive goods',
    paperBid: 'Record a paper bid', paperLines: 'Lines (one "item unit-price lead-days valid-until" per line)'
  },
  zh: {
    suppliers: '供应商', code: '编码', name: '名称', contact: '联系人', phone: '电话', email: '邮箱',
    categories: '供应品类（逗号分隔）', paymentTerms: '付款条件（如 NET30、PREPAID、COD）', status: '状态',
    newSupplier: '新建供应商', searchSuppliers: '搜索编码或名称', ACTIVE: '合作中', ON_HOLD: '暂停', BLOCKED: '已拉黑',
    hold: '暂停合作', block: '拉黑', activate: '恢复合作', reasonPrompt: '原因', all: '全部',
    purchaseList: '采购名单', sku: 'SKU', targetQuantity: '需求数量', targetPrice: '目标价（元）',
    neededBy: '需求日期', origin: '提出部门', reference: '来源单号', note: '备注', addItem: '添加条目',
    OPEN: '待采购', ORDERED: '已下单', DROPPED: '已放弃', markOrdered: '已下单', drop: '放弃',
    orders: '采购订单', number: '单号', supplier: '供应商', warehouse: '收货仓库', expectedOn: '预计到货',
    total: '金额', newOrder: '新建采购订单', lines: '明细（每行“SKU 数量 单价”）',
    searchOrders: '搜索单号、供应商或 SKU', DRAFT: '草稿', AWAITING_APPROVAL: '审批中', APPROVED: '已批准',
    SENT: '已下达', PARTIALLY_RECEIVED: '部分到货', RECEIVED: '已到货', CANCELLED: '已取消',
    submit: '提交', send: '下达给供应商', cancel: '取消', copy: '复制', receive: '收货', details: '详情',
    cancelPrompt: '取消原因', line: '行', quantity: '数量',
    unitPrice: '单价', accepted: '已入库', rejected: '已拒收', receipts: '收货记录', receivedBy: '收货人', at: '时间',
    stockPosted: '已入账', waitingForWarehouse: '等待仓储部门入账', revision: '版本',
    approval: '审批单', overdue: '到货跟催', daysLate: '逾期天数', copied: '已复制为 {number}',
    scorecard: '{code} 近 12 个月评分', onTime: '准时到货率 %', fill: '到货满足率 %', grade: '等级',
    noGrade: '暂无等级', noData: '无数据', prices: '月均采购单价', due: '应到订单', month: '月份',
    tenders: '招标', newTender: '发起招标', tenderTitle: '标题', deadline: '投标截止时间',
    items: '标的（每行“SKU 数量 需求日期”）', invite: '邀请供应商（编码，逗号分隔）',
    bids: '投标', sealedCount: '密封中：已收到 {count} 份投标', open: '开标', openEarly: '申请提前开标',
    earlyAsked: '{user} 已申请提前开标；需第二人（其中一人为主管）确认',
    comparison: '比价（推荐中标已高亮）', item: '标的', proposal: '推荐', awardProposal: '按推荐定标',
    awardOther: '按下列选择定标', justification: '定标理由（不按推荐时必填）',
    notAcceptable: '不符合要求', OPENED: '已开标', AWARD_PENDING: '定标审批中', AWARDED: '已定标',
    OPEN: '投标中', orderMade: '订单', leadTime: '交期（天）', receiptDigest: '摘要', cancelTender: '取消',
    goods: '货品', arrived: '到货数量', rejectedUnits: '其中拒收', rejectReason: '拒收原因', receiveGoods: '收货入库',
    paperBid: '录入纸质投标', paperLines: '明细（每行“标的 单价 交期天数 有效期”）'
  }
});

export const state = status => badge(status, t(status));
export const money = (amount, currency) => formatMoney(amount, currency || 'CNY');
// Code pickers: suppliers from this department, warehouses from the warehouse department's list when it is installed.
export const supplierCodes = api => text => api('procurement/suppliers?' + q({ q: text, size: 10 })).then(p => p.items.map(x => [x.code, x.name]));
export const warehouseCodes = api => text => api('warehouse/warehouses?' + q({ q: text, size: 10 })).then(p => p.items.map(x => [x.code, x.name]));

export function statusFilter(values, onChange, value) {
  return filterSelect({ label: t('status'), all: t('all'), options: values.map(s => [s, t(s)]), value, onChange });
}
