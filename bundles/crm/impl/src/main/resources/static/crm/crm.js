// Customer service & CRM pages: members (search, enrol, profile with orders, tier history and the points ledger), tiers.
import { h, pagedTable, form, message, describeError, barChart, query as q, versionHistory } from '/console/ui.js';
import { translator, currentLanguage, common } from '/console/i18n.js';
import { renderReturns, renderRefunds } from './returns.js';
import { renderTickets, renderAudits } from './tickets.js';
import { renderCampaigns } from './campaigns.js';

const t = translator({
  en: {
    members: 'Members', tiers: 'Tiers', code: 'Member no.', mobile: 'Mobile', name: 'Name', email: 'E-mail', tier: 'Tier',
    points: 'Points', birthday: 'Birthday', province: 'Province', city: 'City', tags: 'Tags (comma-separated)',
    smsOptOut: 'No SMS', emailOptOut: 'No e-mail', consent: 'Agreed to marketing messages', enrol: 'Enrol a member',
    search: 'Search mobile, name, member no. or e-mail', all: 'All tiers', since: 'Since', reviewOn: 'Review on',
    spend12m: 'Spend, last 12 months (CNY)', orders12m: 'Orders, last 12 months', orders: 'Orders', order: 'Order',
    channel: 'Channel', goods: 'Goods (CNY)', delivered: 'Delivered', status: 'Status', earned: 'Points earned',
    tierHistory: 'Tier history', from: 'From', to: 'To', reason: 'Reason', at: 'When', by: 'By',
    ledger: 'Points ledger', balance: 'Balance', consistent: 'Ledger, lots and balance agree', inconsistent: 'Ledger does not agree!',
    lots: 'Lots', earnedOn: 'Earned on', expiresOn: 'Expires on', remaining: 'Left', kind: 'Kind', change: 'Change',
    after: 'Balance after', unrecovered: 'Not recoverable', spend: 'Spend points', adjust: 'Adjust points (supervisors)',
    pointsToSpend: 'Points', orderOptional: 'On order (optional)', adjustPoints: 'Points (+ adds, − takes)',
    EARN: 'Earned', SPEND: 'Spent', EXPIRE: 'Expired', ADJUST: 'Adjusted', REVERSE: 'Reversed (return)', RESTORE: 'Given back',
    DELIVERED: 'Delivered', RETURNED: 'Returned', ORDER: 'From an order', AGENT: 'By an agent', source: 'Enrolled',
    minSpend: 'Min. spend (CNY)', minOrders: 'Min. orders', rate: 'Points per yuan', rank: 'Rank', nameZh: 'Name (中文)',
    nameEn: 'Name (English)', saveTiers: 'Save tier rules', membersPerTier: 'Members per tier', unavailable: 'Unavailable now',
    nightly: 'Run today\'s expiry and tier review', tickets: 'Tickets', ticket: 'Ticket', subject: 'Subject', ran: '{p} points expired, {n} tiers reviewed', edit: 'Edit profile'
  },
  zh: {
    members: '会员', tiers: '会员等级', code: '会员号', mobile: '手机号', name: '姓名', email: '邮箱', tier: '等级',
    points: '积分', birthday: '生日', province: '省份', city: '城市', tags: '标签（逗号分隔）',
    smsOptOut: '不接收短信', emailOptOut: '不接收邮件', consent: '同意接收营销信息', enrol: '登记会员',
    search: '搜索手机号、姓名、会员号或邮箱', all: '全部等级', since: '起始日', reviewOn: '复审日',
    spend12m: '近 12 个月消费（元）', orders12m: '近 12 个月订单数', orders: '订单', order: '订单号',
    channel: '渠道', goods: '商品金额（元）', delivered: '签收时间', status: '状态', earned: '获得积分',
    tierHistory: '等级变化记录', from: '原等级', to: '新等级', reason: '原因', at: '时间', by: '操作人',
    ledger: '积分流水', balance: '余额', consistent: '流水、批次与余额一致', inconsistent: '积分流水不一致！',
    lots: '积分批次', earnedOn: '获得日期', expiresOn: '到期日', remaining: '剩余', kind: '类型', change: '变动',
    after: '变动后余额', unrecovered: '无法追回', spend: '使用积分', adjust: '调整积分（主管）',
    pointsToSpend: '积分', orderOptional: '用于订单（可选）', adjustPoints: '积分（正数增加，负数扣减）',
    EARN: '获得', SPEND: '使用', EXPIRE: '过期', ADJUST: '调整', REVERSE: '退货扣回', RESTORE: '退还',
    DELIVERED: '已签收', RETURNED: '已退回', ORDER: '下单入会', AGENT: '客服登记', source: '入会方式',
    minSpend: '最低消费（元）', minOrders: '最少订单数', rate: '每元积分', rank: '级别', nameZh: '名称（中文）',
    nameEn: '名称（英文）', saveTiers: '保存等级规则', membersPerTier: '各等级会员数', unavailable: '当前不可用',
    nightly: '立即执行今日积分过期与等级复审', tickets: '工单', ticket: '工单号', subject: '主题', ran: '过期 {p} 积分，复审 {n} 位会员', edit: '修改资料'
  }
});

const zh = () => currentLanguage() === 'zh';
const tc = translator(common);

export async function render(container, route, { api }) {
  if (route === 'returns') return renderReturns(container, api);
  if (route === 'tickets') return renderTickets(container, api);
  if (route === 'campaigns') return renderCampaigns(container, api);
  if (route === 'audits') return renderAudits(container, api);
  if (route === 'refunds' || route === 'refund-payments') return renderRefunds(container, api, route === 'refund-payments');
  await (route === 'tiers' ? tiers : members)(container, api);
}

async function partnerBanner(api) {
  try {
    const status = await api('crm/status');
    return status.partners.filter(p => !p.available)
      .map(p => h('div', { 'data-unavailable': p.department }, message('error', t('unavailable') + ': ' + (zh() ? p.unavailableZh : p.unavailableEn))));
  } catch (e) { return [message('error', describeError(e))]; }
}

const profileFields = (m = {}) => [
  { name: 'name', label: t('name'), required: true, value: m.name }, { name: 'email', label: t('email'), value: m.email || undefined },
  { name: 'birthday', label: t('birthday'), type: 'date', value: m.birthday || undefined },
  { name: 'province', label: t('province'), value: m.province || undefined }, { name: 'city', label: t('city'), value: m.city || undefined },
  { name: 'tags', label: t('tags'), value: (m.tags || []).join(', ') || undefined },
  { name: 'smsOptOut', label: t('smsOptOut'), type: 'checkbox', value: !!m.smsOptOut },
  { name: 'emailOptOut', label: t('emailOptOut'), type: 'checkbox', value: !!m.emailOptOut },
  { name: 'consent', label: t('consent'), type: 'checkbox', value: !!m.consentAt }
];
const withTags = values => ({ ...values, tags: (values.tags || '').split(/[,，]/).map(x => x.trim()).filter(Boolean) });

async function members(container, api) {
  let tier = '';
  const detail = h('div');
  const tierList = await api('crm/tiers');
  const filter = h('select', { 'aria-label': t('tier'), onchange: e => { tier = e.target.value; table.restart(); } },
    h('option', { value: '' }, t('all')), tierList.map(x => h('option', { value: x.code }, zh() ? x.nameZh : x.nameEn)));
  const table = pagedTable({
    searchPlaceholder: t('search'),
    toolbar: [filter],
    columns: [
      { title: t('code'), value: m => h('a', { href: 'javascript:void 0', onclick: () => show(m.code) }, m.code) },
      { title: t('mobile'), value: m => m.mobile }, { title: t('name'), value: m => m.name },
      { title: t('tier'), value: m => h('span', { class: 'badge ' + m.tier.toLowerCase() }, tierName(m)) },
      { title: t('points'), value: m => m.pointsBalance, num: true }, { title: t('source'), value: m => t(m.source) }
    ],
    load: ({ page, size, q: text, after }) => api('crm/members?' + q({ q: text, tier, page, size, after }))
  });
  async function show(code) {
    try {
      const [profile, ledger, tickets] = await Promise.all([api('crm/members/' + code), api('crm/members/' + code + '/points?size=50'),
        api('crm/tickets?' + q({ member: code, size: 20 }))]);
      detail.replaceChildren(memberCard(api, profile, ledger, tickets, () => show(code), () => table.refresh()));
      detail.scrollIntoView({ block: 'start' });
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('enrol'),
    fields: [{ name: 'mobile', label: t('mobile'), required: true }, ...profileFields()],
    onSubmit: values => api('crm/members', { method: 'POST', body: withTags(values) }),
    onDone: member => { table.refresh(); show(member.code); }
  });
  container.append(h('h2', {}, t('members')), ...await partnerBanner(api), create.element, detail, table.element);
}

function tierName(m) { return zh() ? m.tierNameZh : m.tierNameEn; }

function memberCard(api, profile, ledger, tickets, reload, refreshList) {
  const m = profile.member;
  const path = 'crm/members/' + m.code;
  const spend = form({
    submitLabel: t('spend'),
    fields: [{ name: 'points', label: t('pointsToSpend'), type: 'number', required: true }, { name: 'order', label: t('orderOptional') },
      { name: 'reason', label: t('reason'), required: true }],
    onSubmit: values => api(path + '/points/spend', { method: 'POST', body: values }), onDone: () => { reload(); refreshList(); }
  });
  const adjust = form({
    submitLabel: t('adjust'),
    fields: [{ name: 'points', label: t('adjustPoints'), type: 'number', required: true }, { name: 'reason', label: t('reason'), required: true }],
    onSubmit: values => api(path + '/points/adjust', { method: 'POST', body: values }), onDone: () => { reload(); refreshList(); }
  });
  const edit = form({
    submitLabel: t('edit'), fields: profileFields(m),
    onSubmit: values => api(path, { method: 'PUT', body: withTags(values) }), onDone: () => { reload(); refreshList(); }
  });
  const row = cells => h('tr', {}, cells.map(c => h('td', typeof c === 'number' ? { class: 'num' } : {}, c ?? '')));
  const head = titles => h('tr', {}, titles.map(x => h('th', {}, x)));
  return h('div', { class: 'card', 'data-member': m.code },
    h('h3', {}, m.code + ' · ' + m.name + ' · ' + m.mobile + ' · ', h('span', { class: 'badge' }, tierName(m))),
    h('p', {}, [t('since') + ' ' + m.tierSince, t('reviewOn') + ' ' + m.tierReviewOn, t('spend12m') + ' ' + profile.spend12m,
      t('orders12m') + ' ' + profile.orders12m, t('balance') + ' ' + m.pointsBalance].join(' · ')),
    h('p', {}, [m.email, m.birthday, [m.province, m.city].filter(Boolean).join(' '), (m.tags || []).join(', '),
      m.smsOptOut ? t('smsOptOut') : '', m.emailOptOut ? t('emailOptOut') : '', m.consentAt ? t('consent') : ''].filter(Boolean).join(' · ')),
    h('h4', {}, t('orders')),
    h('table', {}, head([t('order'), t('channel'), t('goods'), t('delivered'), t('status'), t('earned')]),
      profile.orders.map(o => row([o.orderNumber, o.channel, o.goodsAmount, new Date(o.deliveredAt).toLocaleString(), t(o.status), o.pointsEarned]))),
    h('h4', {}, t('tierHistory')),
    h('table', {}, head([t('at'), t('from'), t('to'), t('reason'), t('reviewOn'), t('by')]),
      profile.tierHistory.map(c => row([new Date(c.changedAt).toLocaleString(), c.fromTier, c.toTier, c.reason, c.reviewOn, c.changedBy]))),
    h('h4', { 'data-ledger-balance': ledger.balance }, t('ledger') + ' · ' + t('balance') + ' ' + ledger.balance),
    message(ledger.consistent ? 'ok' : 'error', ledger.consistent ? t('consistent') : t('inconsistent')),
    h('table', {}, head([t('at'), t('kind'), t('change'), t('after'), t('order'), t('reason'), t('unrecovered'), t('by')]),
      ledger.entries.items.map(e => row([new Date(e.createdAt).toLocaleString(), t(e.kind), e.points, e.balanceAfter, e.orderNumber,
        e.reason, e.unrecovered || '', e.createdBy]))),
    h('h4', {}, t('tickets')),
    h('table', { 'data-member-tickets': '' }, head([t('ticket'), t('at'), t('subject'), t('status')]),
      tickets.items.map(k => row([k.number, new Date(k.createdAt).toLocaleString(), k.subject, k.status]))),
    h('h4', {}, t('lots')),
    h('table', {}, head([t('earnedOn'), t('expiresOn'), t('earned'), t('remaining')]),
      ledger.lots.map(l => row([l.earnedOn, l.expiresOn, l.earned, l.remaining]))),
    spend.element, adjust.element, edit.element);
}

async function tiers(container, api) {
  const feedback = h('div');
  const list = await api('crm/tiers');
  const counts = await Promise.all(list.map(x => api('crm/members?' + q({ tier: x.code, size: 1 })).then(p => p.total).catch(() => 0)));
  const chart = barChart(list.map((x, i) => ({ label: zh() ? x.nameZh : x.nameEn, values: { members: counts[i] } })),
    [{ key: 'members', label: t('members'), color: '#3b82f6' }]);
  const inputs = list.map(x => ({
    code: x.code,
    nameZh: h('input', { value: x.nameZh, 'aria-label': t('nameZh') + ' ' + x.code }),
    nameEn: h('input', { value: x.nameEn, 'aria-label': t('nameEn') + ' ' + x.code }),
    minSpend: h('input', { type: 'number', step: 'any', value: x.minSpend, 'aria-label': t('minSpend') + ' ' + x.code }),
    minOrders: h('input', { type: 'number', value: x.minOrders, 'aria-label': t('minOrders') + ' ' + x.code }),
    pointsPerYuan: h('input', { type: 'number', step: 'any', value: x.pointsPerYuan, 'aria-label': t('rate') + ' ' + x.code })
  }));
  const note = h('input', { maxlength: 500, 'aria-label': tc('versionNote'), placeholder: tc('versionNote') });
  const history = async () => versionHistory(await api('crm/tiers/versions'),
    list.map((x, n) => ({ title: x.code + ' ' + t('minSpend'), value: settings => settings.tiers[n] ? settings.tiers[n].minSpend : '' })));
  let versions = await history();
  const save = h('button', { onclick: async () => {
    feedback.replaceChildren();
    try {
      await api('crm/tiers?' + q({ note: note.value }), { method: 'PUT', body: inputs.map(i => ({ code: i.code, nameZh: i.nameZh.value, nameEn: i.nameEn.value,
        minSpend: Number(i.minSpend.value), minOrders: Number(i.minOrders.value), pointsPerYuan: Number(i.pointsPerYuan.value) })) });
      feedback.replaceChildren(message('ok', '✓'));
      note.value = '';
      const fresh = await history(); versions.replaceWith(fresh); versions = fresh;
    } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  } }, t('saveTiers'));
  const nightly = h('button', { class: 'secondary', onclick: async () => {
    try {
      const run = await api('crm/nightly-review', { method: 'POST' });
      feedback.replaceChildren(message('ok', t('ran', { p: run.pointsExpired, n: run.tiersReviewed })));
    } catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
  } }, t('nightly'));
  container.append(h('h2', {}, t('tiers')), h('h4', {}, t('membersPerTier')), chart,
    h('table', {}, h('tr', {}, [t('rank'), 'Code', t('nameZh'), t('nameEn'), t('minSpend'), t('minOrders'), t('rate')].map(x => h('th', {}, x))),
      inputs.map((i, n) => h('tr', {}, h('td', {}, String(list[n].rank)), h('td', {}, i.code), h('td', {}, i.nameZh), h('td', {}, i.nameEn),
        h('td', {}, i.minSpend), h('td', {}, i.minOrders), h('td', {}, i.pointsPerYuan)))),
    h('div', { class: 'toolbar' }, note, save, nightly), feedback, versions);
}
