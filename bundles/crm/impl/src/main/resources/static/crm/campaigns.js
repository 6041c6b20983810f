// Care and campaigns: segments by tier, RFM, tags, region and birthday month with a live count; the day's birthday and
// holiday care lists; campaigns by SMS or e-mail, sent in the background with a progress bar, pausable.
import { h, form, message, describeError, progressBar, query as q } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: {
    campaigns: 'Care & campaigns', segments: 'Segments', segment: 'Segment', name: 'Name', tiers: 'Tiers (comma-separated codes)',
    provinces: 'Provinces', tags: 'Tags (any of)', birthdayMonth: 'Birthday month (1–12)', maxRecencyDays: 'Ordered within (days)',
    minOrders: 'At least orders (12 months)', minSpend: 'At least spent (CNY, 12 months)', count: 'Members now', saveSegment: 'Save segment',
    liveCount: '{n} member(s) match', care: 'Care today', birthdays: 'Birthdays', holiday: 'Holiday greetings ({name})', none: 'Nobody',
    campaign: 'Campaign', channel: 'Channel', subject: 'Subject (e-mail)', body: 'Text ({name} = member name)', create: 'Draft campaign',
    status: 'Status', start: 'Start sending', pause: 'Pause', resume: 'Resume', sent: 'Sent', failed: 'Failed', optedOut: 'Opted out / no consent',
    noAddress: 'No address', DRAFT: 'Draft', SENDING: 'Sending', PAUSED: 'Paused', DONE: 'Done', progress: '{done} of {total}',
    consent: 'consent'
  },
  zh: {
    campaigns: '会员关怀与营销', segments: '会员分组', segment: '分组', name: '名称', tiers: '等级（逗号分隔代码）',
    provinces: '省份', tags: '标签（任一）', birthdayMonth: '生日月份（1–12）', maxRecencyDays: '最近下单（天内）',
    minOrders: '近 12 个月订单数不少于', minSpend: '近 12 个月消费不少于（元）', count: '当前人数', saveSegment: '保存分组',
    liveCount: '符合条件 {n} 人', care: '今日关怀', birthdays: '生日会员', holiday: '节日问候（{name}）', none: '无',
    campaign: '营销活动', channel: '渠道', subject: '主题（邮件）', body: '内容（{name} 为会员姓名）', create: '新建活动',
    status: '状态', start: '开始发送', pause: '暂停', resume: '继续', sent: '已发送', failed: '失败', optedOut: '退订/未同意',
    noAddress: '无联系方式', DRAFT: '草稿', SENDING: '发送中', PAUSED: '已暂停', DONE: '已完成', progress: '{done} / {total}',
    consent: '已同意'
  }
});

const list = text => (text || '').split(/[,，]/).map(x => x.trim()).filter(Boolean);
const rulesOf = v => ({ tiers: list(v.tiers).map(x => x.toUpperCase()), provinces: list(v.provinces), tags: list(v.tags),
  birthdayMonth: v.birthdayMonth, maxRecencyDays: v.maxRecencyDays, minOrders: v.minOrders, minSpend: v.minSpend });

export async function renderCampaigns(container, api) {
  const feedback = h('div');
  const careBox = h('div');
  const segmentBox = h('div');
  const campaignBox = h('div');
  const live = h('span', { class: 'live-count', 'data-live-count': '' });
  const timers = [];

  async function care() {
    const day = await api('crm/care');
    const names = members => members.length ? members.map(m => m.name + ' ' + m.mobile + (m.consentAt ? '' : ' ✗')).join('、') : t('none');
    careBox.replaceChildren(h('div', { class: 'card' }, h('h3', {}, t('care') + ' · ' + day.day),
      h('p', {}, t('birthdays') + ': ' + names(day.birthdays)),
      day.holiday ? h('p', {}, t('holiday', { name: day.holiday }) + ': ' + names(day.holidayGreetings)) : ''));
  }
  async function segments() {
    const all = await api('crm/segments');
    segmentBox.replaceChildren(h('table', {}, h('tr', {}, [t('segment'), t('name'), t('count')].map(x => h('th', {}, x))),
      all.map(s => h('tr', { 'data-segment': s.code }, h('td', {}, s.code), h('td', {}, s.name),
        h('td', { class: 'num' }, s.count == null ? '…' : String(s.count))))));
    return all;
  }
  async function campaigns() {
    const all = await api('crm/campaigns');
    const act = async (number, action) => {
      feedback.replaceChildren();
      try { await api('crm/campaigns/' + number + '/' + action, { method: 'POST' }); campaigns(); }
      catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
    };
    campaignBox.replaceChildren(...all.map(c => {
      const d = c.details;
      const bar = progressBar();
      bar.set(c.percent / 100, t('progress', { done: c.done, total: d.total }));
      return h('div', { class: 'card', 'data-campaign': d.number, 'data-status': d.status },
        h('h3', {}, d.number + ' · ' + d.name + ' · ' + d.channel + ' · ' + d.segmentCode + ' · ' + t(d.status)), bar.element,
        h('p', {}, [t('sent') + ' ' + d.sent, t('failed') + ' ' + d.failed, t('optedOut') + ' ' + d.optedOut, t('noAddress') + ' ' + d.noAddress].join(' · ')),
        h('div', { class: 'toolbar' },
          d.status === 'DRAFT' ? h('button', { onclick: () => act(d.number, 'start') }, t('start')) : '',
          d.status === 'SENDING' ? h('button', { class: 'secondary', onclick: () => act(d.number, 'pause') }, t('pause')) : '',
          d.status === 'PAUSED' ? h('button', { onclick: () => act(d.number, 'resume') }, t('resume')) : ''));
    }));
    if (all.some(c => c.details.status === 'SENDING')) timers.push(setTimeout(() => { if (container.isConnected) campaigns(); }, 1500));
  }

  const segmentFields = [{ name: 'name', label: t('name'), required: true }, { name: 'tiers', label: t('tiers') },
    { name: 'provinces', label: t('provinces') }, { name: 'tags', label: t('tags') },
    { name: 'birthdayMonth', label: t('birthdayMonth'), type: 'number' }, { name: 'maxRecencyDays', label: t('maxRecencyDays'), type: 'number' },
    { name: 'minOrders', label: t('minOrders'), type: 'number' }, { name: 'minSpend', label: t('minSpend'), type: 'number' }];
  const segmentForm = form({
    submitLabel: t('saveSegment'), fields: segmentFields,
    onSubmit: values => api('crm/segments', { method: 'POST', body: { name: values.name, rules: rulesOf(values) } }),
    onDone: async () => { await segments(); refreshCampaignForm(); }
  });
  // The live count follows the rules as they are typed.
  let pending;
  segmentForm.element.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const values = {};
      for (const f of segmentFields) {
        const v = segmentForm.inputs[f.name].value.trim();
        values[f.name] = f.type === 'number' ? (v === '' ? null : Number(v)) : v;
      }
      try {
        const counted = await api('crm/segments/preview', { method: 'POST', body: rulesOf(values) });
        live.dataset.liveCount = counted.count ?? '';
        live.textContent = t('liveCount', { n: counted.count ?? '…' });
      } catch (e) { live.textContent = describeError(e); }
    }, 300);
  });

  const campaignHolder = h('div');
  async function refreshCampaignForm() {
    const all = await api('crm/segments');
    campaignHolder.replaceChildren(form({
      submitLabel: t('create'),
      fields: [{ name: 'name', label: t('name'), required: true },
        { name: 'segment', label: t('segment'), type: 'select', options: all.map(s => [s.code, s.code + ' ' + s.name + ' (' + (s.count ?? '…') + ')']) },
        { name: 'channel', label: t('channel'), type: 'select', options: [['SMS', 'SMS'], ['EMAIL', 'E-mail']] },
        { name: 'subject', label: t('subject') }, { name: 'body', label: t('body'), type: 'textarea', required: true }],
      onSubmit: values => api('crm/campaigns', { method: 'POST', body: values }), onDone: campaigns
    }).element);
  }

  container.append(h('h2', {}, t('campaigns')), careBox, h('h3', {}, t('segments')), segmentForm.element, live, segmentBox,
    h('h3', {}, t('campaign')), campaignHolder, feedback, campaignBox);
  try { await Promise.all([care(), segments(), campaigns(), refreshCampaignForm()]); }
  catch (e) { feedback.replaceChildren(message('error', describeError(e))); }
}
