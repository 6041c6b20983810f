// Organisation pages: the org chart (headcount against plan) with the company-stage template chooser, and hiring.
import { h, form, barChart, message, describeError, pagedTable } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

const t = translator({
  en: { chart: 'Org chart', noOrg: 'There is no organisation yet. Choose the template that matches your company stage:',
    apply: 'Use this template', planned: 'Planned', staffed: 'Staffed', capabilities: 'Capabilities', superior: 'reports to',
    headcount: 'Headcount against plan', hire: 'Hire staff', username: 'User name', displayName: 'Name', password: 'Initial password',
    position: 'Position', hired: 'Hired', vacant: 'vacant', audit: 'Audit log', at: 'When', actor: 'Who', action: 'What',
    entity: 'Record', details: 'Details', searchAudit: 'Search user, action or record',
    reorganise: 'Reorganise', split: 'Split department', merge: 'Merge department', source: 'Department', newCode: 'New department code',
    nameEn: 'Name (English)', nameZh: 'Name (Chinese)', moveCapabilities: 'Capabilities to move (comma-separated)',
    movePositions: 'Positions to move with their staff (comma-separated)', into: 'Merge into' },
  zh: { chart: '组织架构图', noOrg: '尚未建立组织架构。请选择与公司发展阶段相符的模板：',
    apply: '使用此模板', planned: '编制', staffed: '在岗', capabilities: '职能权限', superior: '直接上级',
    headcount: '在岗人数与编制', hire: '员工入职', username: '用户名', displayName: '姓名', password: '初始密码',
    position: '岗位', hired: '已入职', vacant: '空缺', audit: '审计日志', at: '时间', actor: '操作人', action: '操作',
    entity: '对象', details: '详情', searchAudit: '搜索用户、操作或对象',
    reorganise: '组织调整', split: '拆分部门', merge: '合并部门', source: '部门', newCode: '新部门编码',
    nameEn: '名称（英文）', nameZh: '名称（中文）', moveCapabilities: '移交的职能权限（逗号分隔）',
    movePositions: '连同人员移交的岗位（逗号分隔）', into: '并入' }
});
const zh = () => currentLanguage() === 'zh';

export async function render(container, route, { api }) {
  if (route === 'staff') return hirePage(container, api);
  if (route === 'audit') return auditPage(container, api);
  container.append(h('h2', {}, t('chart')));
  let chart;
  try { chart = await api('org/chart'); } catch (e) { container.append(message('error', describeError(e))); return; }
  if (!chart.departments.length) return templateChooser(container, api);
  container.append(h('div', { class: 'card' }, h('h3', {}, t('headcount')),
    barChart(flatten(chart.departments).map(d => ({ label: zh() ? d.nameZh : d.nameEn, values: { planned: d.plannedHeadcount, staffed: d.staffed } })),
      [{ key: 'planned', label: t('planned'), color: '#bdc3c7' }, { key: 'staffed', label: t('staffed'), color: '#27ae60' }])));
  container.append(...chart.departments.map(department));
  container.append(reorganise(container, api, flatten(chart.departments)));
}

const list = text => (text || '').split(/[,，\s]+/).map(x => x.trim()).filter(Boolean);

function reorganise(container, api, departments) {
  const options = departments.map(d => [d.code, d.code + ' · ' + (zh() ? d.nameZh : d.nameEn)]);
  const redraw = () => { container.replaceChildren(); render(container, 'chart', { api }); };
  const split = form({
    submitLabel: t('split'),
    fields: [{ name: 'source', label: t('source'), type: 'select', options }, { name: 'code', label: t('newCode'), required: true },
      { name: 'nameEn', label: t('nameEn'), required: true }, { name: 'nameZh', label: t('nameZh'), required: true },
      { name: 'capabilities', label: t('moveCapabilities') }, { name: 'positions', label: t('movePositions') }],
    onSubmit: v => api('org/departments/' + encodeURIComponent(v.source) + '/split', { method: 'POST', body: {
      code: v.code, nameEn: v.nameEn, nameZh: v.nameZh, capabilities: list(v.capabilities), positions: list(v.positions) } }),
    onDone: redraw
  });
  const merge = form({
    submitLabel: t('merge'),
    fields: [{ name: 'source', label: t('source'), type: 'select', options }, { name: 'into', label: t('into'), type: 'select', options }],
    onSubmit: v => api('org/departments/' + encodeURIComponent(v.source) + '/merge', { method: 'POST', body: { into: v.into } }),
    onDone: redraw
  });
  return h('div', {}, h('h2', {}, t('reorganise')), h('h3', {}, t('split')), split.element, h('h3', {}, t('merge')), merge.element);
}

function flatten(nodes) { return nodes.flatMap(n => [n, ...flatten(n.teams)]); }

function department(node) {
  return h('div', { class: 'card' },
    h('h3', {}, (zh() ? node.nameZh : node.nameEn) + ' · ' + node.staffed + '/' + node.plannedHeadcount),
    h('p', {}, h('span', { class: 'badge' }, t('capabilities')), ' ', node.capabilities.join(', ')),
    h('table', {}, node.positions.map(p => h('tr', {},
      h('td', {}, zh() ? p.titleZh : p.titleEn), h('td', {}, h('span', { class: 'badge' }, p.level)),
      h('td', {}, p.superior ? t('superior') + ' ' + p.superior : ''),
      h('td', { class: 'num' }, p.staff.length + '/' + p.plannedHeadcount),
      h('td', {}, p.staff.length ? p.staff.join(', ') : t('vacant'))))),
    ...node.teams.map(department));
}

async function templateChooser(container, api) {
  const templates = await api('org/templates');
  container.append(h('p', {}, t('noOrg')), ...templates.map(x => h('div', { class: 'card' },
    h('h3', {}, zh() ? x.nameZh : x.nameEn), h('p', {}, zh() ? x.descriptionZh : x.descriptionEn),
    h('button', { onclick: async () => {
      try { await api('org/template', { method: 'POST', body: { template: x.id } }); container.replaceChildren(); render(container, 'chart', { api }); }
      catch (e) { container.append(message('error', describeError(e))); }
    } }, t('apply')))));
}

async function hirePage(container, api) {
  const chart = await api('org/chart');
  const positions = flatten(chart.departments).flatMap(d => d.positions.map(p => [p.code, (zh() ? d.nameZh : d.nameEn) + ' · ' + (zh() ? p.titleZh : p.titleEn)]));
  const hire = form({
    submitLabel: t('hire'),
    fields: [{ name: 'username', label: t('username'), required: true }, { name: 'displayName', label: t('displayName'), required: true },
      { name: 'password', label: t('password'), type: 'password', required: true },
      { name: 'position', label: t('position'), type: 'select', options: positions }],
    onSubmit: values => api('org/staff', { method: 'POST', body: values })
  });
  container.append(h('h2', {}, t('hire')), hire.element);
}

function auditPage(container, api) {
  const q = p => Object.entries(p).filter(([, v]) => v !== '' && v != null).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
  const table = pagedTable({
    searchPlaceholder: t('searchAudit'),
    columns: [{ title: t('at'), value: e => new Date(e.at).toLocaleString() }, { title: t('actor'), value: e => e.actor },
      { title: t('action'), value: e => e.action }, { title: t('entity'), value: e => e.entity + ' ' + e.entityId },
      { title: t('details'), value: e => h('code', {}, e.details) }],
    load: ({ page, size, q: text }) => api('audit?' + q({ q: text, page, size }))
  });
  container.append(h('h2', {}, t('audit')), table.element);
}
