// Delivery's words in both languages and the small formats its pages share.
import { badge, formatMoney, formatTime, query as q } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

export const t = translator({
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
    cleared: 'Order {number}: {status}', queueEmpty: 'Nothing to review.', version: 'Version',
    weights: 'Points per reason', holdAt: 'Review from (points)', rejectAt: 'Recommend cancelling from (points)',
    velocityWindowMinutes: 'Velocity window (minutes)', velocityMaxOrders: 'Orders allowed in the window',
    quantityFactor: 'Abnormal: × usual quantity', quantityFloor: 'Abnormal: at least units', minStreetLength: 'Shortest street (characters)',
    note: 'Note', saveRules: 'Save as a new version', kind: 'Kind', value: 'Phone or address',
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
    cleared: '订单 {number}：{status}', queueEmpty: '没有待审核的订单。', version: '版本',
    weights: '各原因分值', holdAt: '人工审核起点（分）', rejectAt: '建议取消起点（分）',
    velocityWindowMinutes: '频次窗口（分钟）', velocityMaxOrders: '窗口内允许订单数',
    quantityFactor: '异常：通常数量的倍数', quantityFloor: '异常：最少件数', minStreetLength: '街道最短字数',
    note: '备注', saveRules: '保存为新版本', kind: '类型', value: '电话或地址',
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

export const STATUSES = ['RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'DELIVERED', 'ON_HOLD',
  'CANCELLED', 'DELIVERY_FAILED', 'RETURNED'];
export const CHANNELS = ['CUSTOMER_SERVICE', 'OWN_SITE', 'TMALL', 'TAOBAO', 'JD', 'PINDUODUO', 'DOUYIN', 'WECHAT', 'OTHER'];
export const state = status => badge(status, t(status));
export const money = value => formatMoney(value);
export const when = formatTime;
// Warehouses come from the warehouse department's list (delivery depends on it anyway).
export const warehouseCodes = api => text => api('warehouse/warehouses?' + q({ q: text, size: 10 })).then(p => p.items.map(x => [x.code, x.name]));
export const reasonText = f => currentLanguage() === 'zh' ? f.reasonZh : f.reasonEn;
