// Organisation pages: the org chart (headcount against plan) with the company-stage template chooser and
// position editing, staff management (list, hire, move, unlock) and the audit log.
import { h, form, barChart, message, describeError, pagedTable } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';
import { ApiError } from '/console/api.js';

const t = translator({
  en: { chart: 'Org chart', noOrg: 'There is no organisation yet. Choose the template that matches your company stage:',
    apply: 'Use this template', planned: 'Planned', staffed: 'Staffed', capabilities: 'Capabilities', superior: 'reports to',
    headcount: 'Headcount against plan', hire: 'Hire staff', username: 'User name', displayName: 'Name', password: 'Initial password',
    position: 'Position', hired: 'Hired', vacant: 'vacant', audit: 'Audit log', at: 'When', actor: 'Who', action: 'What',
    entity: 'Record', details: 'Details', searchAudit: 'User name, action (e.g. warehouse.created) or record id',
    reorganise: 'Reorganise', split: 'Split department', merge: 'Merge department', source: 'Department', newCode: 'New department code',
    nameEn: 'Name (English)', nameZh: 'Name (Chinese)', moveCapabilities: 'Capabilities to move (comma-separated)',
    movePositions: 'Positions to move with their staff (comma-separated)', into: 'Merge into',
    staff: 'Staff', searchStaff: 'Search name, user or position', department: 'Department', level: 'Level', since: 'Since',
    login: 'Login', locked: 'Locked until {until}', active: 'Active', unlock: 'Unlock', unlocked: 'Unlocked',
    move: 'Move to another position', moveStaff: 'Move', edit: 'Edit', editPosition: 'Edit position {code}',
    newPosition: 'New position', code: 'Code', titleEn: 'Title (English)', titleZh: 'Title (Chinese)',
    plannedHeadcount: 'Planned headcount', required: 'is required',
    editDepartment: 'Edit department', saveDepartment: 'Save department', newDepartment: 'New department or team',
    parent: 'Part of (for a team)', capabilityList: 'Capabilities (comma-separated)', declared: 'Checked by installed modules: {list}', reportsTo: 'Reports to', none: '— none —', savePosition: 'Save position',
    SPECIALIST: 'Specialist', SUPERVISOR: 'Supervisor', DIRECTOR: 'Director', GENERAL_MANAGER: 'General manager' },
  zh: { chart: '组织架构图', noOrg: '尚未建立组织架构。请选择与公司发展阶段相符的模板：',
    apply: '使用此模板', planned: '编制', staffed: '在岗', capabilities: '职能权限', superior: '直接上级',
    headcount: '在岗人数与编制', hire: '员工入职', username: '用户名', displayName: '姓名', password: '初始密码',
    position: '岗位', hired: '已入职', vacant: '空缺', audit: '审计日志', at: '时间', actor: '操作人', action: '操作',
    entity: '对象', details: '详情', searchAudit: '用户名、操作（如 warehouse.created）或对象编号',
    reorganise: '组织调整', split: '拆分部门', merge: '合并部门', source: '部门', newCode: '新部门编码',
    nameEn: '名称（英文）', nameZh: '名称（中文）', moveCapabilities: '移交的职能权限（逗号分隔）',
    movePositions: '连同人员移交的岗位（逗号分隔）', into: '并入',
    staff: '员工管理', searchStaff: '搜索姓名、用户名或岗位', department: '部门', level: '级别', since: '任职起始',
    login: '登录', locked: '锁定至 {until}', active: '正常', unlock: '解锁', unlocked: '已解锁',
    move: '调岗', moveStaff: '调岗', edit: '编辑', editPosition: '编辑岗位 {code}',
    newPosition: '新增岗位', code: '编码', titleEn: '岗位名称（英文）', titleZh: '岗位名称（中文）',
    plannedHeadcount: '编制人数', required: '必填',
    editDepartment: '编辑部门', saveDepartment: '保存部门', newDepartment: '新增部门或小组',
    parent: '所属部门（小组填写）', capabilityList: '职能权限（逗号分隔）', declared: '已安装模块使用的职能权限：{list}', reportsTo: '直接上级', none: '— 无 —', savePosition: '保存岗位',
    SPECIALIST: '专员', SUPERVISOR: '主管', DIRECTOR: '总监', GENERAL_MANAGER: '总经理' }
});
const zh = () => currentLanguage() === 'zh';

export async function render(container, route, { api }) {
  if (route === 'staff') return staffPage(container, api);
  if (route === 'audit') return auditPage(container, api);
  container.append(h('h2', {}, t('chart')));
  let chart;
  try { chart = await api('org/chart'); } catch (e) { container.append(message('error', describeError(e))); return; }
  if (!chart.departments.length) return templateChooser(container, api);
  container.append(h('div', { class: 'card' }, h('h3', {}, t('headcount')),
    barChart(flatten(chart.departments).map(d => ({ label: zh() ? d.nameZh : d.nameEn, values: { planned: d.plannedHeadcount, staffed: d.staffed } })),
      [{ key: 'planned', label: t('planned'), color: '#bdc3c7' }, { key: 'staffed', label: t('staffed'), color: '#27ae60' }])));
  const redraw = () => { container.replaceChildren(); render(container, 'chart', { api }); };
  const positions = flatten(chart.departments).flatMap(d => d.positions);
  const may = await permissions(api);
  const declared = may.edit ? Object.keys(await api('org/capabilities').catch(() => ({}))) : [];
  const editors = may.edit ? { position: p => editPosition(api, p, positions, redraw), department: d => editDepartment(api, d, declared, redraw) } : null;
  container.append(...chart.departments.map(node => department(node, editors)));
  if (may.edit) {
    container.append(newPosition(api, flatten(chart.departments), positions, redraw));
    container.append(newDepartment(api, flatten(chart.departments), declared, redraw));
  }
  if (may.reorganise) container.append(reorganise(container, api, flatten(chart.departments)));
}

/** What the chart offers to change, mirroring the API: org.manage from supervisor up edits, the general manager reorganises. */
async function permissions(api) {
  const [session, me] = await Promise.all([api('session'), api('org/me').catch(() => null)]);
  if (session.roles.includes('admin')) return { edit: true, reorganise: true };
  const manages = !!me && me.capabilities.includes('org.manage');
  return { edit: manages && me.level !== 'SPECIALIST', reorganise: manages && me.level === 'GENERAL_MANAGER' };
}

const LEVELS = ['SPECIALIST', 'SUPERVISOR', 'DIRECTOR', 'GENERAL_MANAGER'];
const positionFields = (positions, except) => [
  { name: 'titleEn', label: t('titleEn'), required: true }, { name: 'titleZh', label: t('titleZh'), required: true },
  { name: 'level', label: t('level'), type: 'select', options: LEVELS.map(l => [l, t(l)]) },
  { name: 'plannedHeadcount', label: t('plannedHeadcount'), type: 'number', required: true },
  { name: 'superior', label: t('reportsTo'), type: 'select',
    options: [['', t('none')], ...positions.filter(p => p.code !== except).map(p => [p.code, p.code + ' · ' + (zh() ? p.titleZh : p.titleEn)])] }];

function editPosition(api, position, positions, redraw) {
  const edit = form({
    submitLabel: t('savePosition'),
    fields: positionFields(positions, position.code),
    onSubmit: v => api('org/positions/' + encodeURIComponent(position.code), { method: 'PUT', body: v }),
    onDone: redraw
  });
  for (const [name, value] of Object.entries({ titleEn: position.titleEn, titleZh: position.titleZh, level: position.level,
    plannedHeadcount: position.plannedHeadcount, superior: position.superior || '' })) edit.inputs[name].value = value;
  return h('div', { class: 'position-editor', 'data-position': position.code }, h('h4', {}, t('editPosition', { code: position.code })), edit.element);
}

const departmentFields = declared => [{ name: 'nameEn', label: t('nameEn'), required: true }, { name: 'nameZh', label: t('nameZh'), required: true },
  { name: 'capabilities', label: t('capabilityList') }];
const declaredHint = declared => h('p', { class: 'hint' }, t('declared', { list: declared.join(', ') || '—' }));

function editDepartment(api, node, declared, redraw) {
  const edit = form({
    submitLabel: t('saveDepartment'),
    fields: departmentFields(declared),
    onSubmit: v => api('org/departments/' + encodeURIComponent(node.code), { method: 'PUT',
      body: { nameEn: v.nameEn, nameZh: v.nameZh, capabilities: list(v.capabilities) } }),
    onDone: redraw
  });
  edit.inputs.nameEn.value = node.nameEn; edit.inputs.nameZh.value = node.nameZh; edit.inputs.capabilities.value = node.capabilities.join(', ');
  return h('div', { class: 'department-editor', 'data-department': node.code }, h('h4', {}, t('editDepartment') + ' ' + node.code), declaredHint(declared), edit.element);
}

function newDepartment(api, departments, declared, redraw) {
  const create = form({
    submitLabel: t('newDepartment'),
    fields: [{ name: 'code', label: t('code'), required: true },
      { name: 'parent', label: t('parent'), type: 'select', options: [['', t('none')], ...departments.map(d => [d.code, d.code + ' · ' + (zh() ? d.nameZh : d.nameEn)])] },
      ...departmentFields(declared)],
    onSubmit: v => api('org/departments', { method: 'POST', body: { code: v.code, parent: v.parent, nameEn: v.nameEn, nameZh: v.nameZh,
      capabilities: list(v.capabilities) } }),
    onDone: redraw
  });
  return h('div', { class: 'new-department' }, h('h2', {}, t('newDepartment')), declaredHint(declared), create.element);
}

function newPosition(api, departments, positions, redraw) {
  const create = form({
    submitLabel: t('newPosition'),
    fields: [{ name: 'department', label: t('department'), type: 'select', options: departments.map(d => [d.code, d.code + ' · ' + (zh() ? d.nameZh : d.nameEn)]) },
      { name: 'code', label: t('code'), required: true }, ...positionFields(positions)],
    onSubmit: v => api('org/positions', { method: 'POST', body: v }),
    onDone: redraw
  });
  return h('div', { class: 'new-position' }, h('h2', {}, t('newPosition')), create.element);
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

function department(node, editors) {
  const slot = h('div');
  const card = h('div', { class: 'card', 'data-department': node.code },
    h('h3', {}, (zh() ? node.nameZh : node.nameEn) + ' · ' + node.staffed + '/' + node.plannedHeadcount, ' ',
      editors && h('button', { class: 'secondary small edit-department', onclick: () => slot.replaceChildren(editors.department(node)) }, t('editDepartment'))),
    h('p', {}, h('span', { class: 'badge' }, t('capabilities')), ' ', node.capabilities.join(', ')));
  card.append(h('table', {}, node.positions.map(p => h('tr', { 'data-position': p.code, class: p.staff.length > p.plannedHeadcount ? 'over-plan' : '' },
      h('td', {}, p.code), h('td', {}, zh() ? p.titleZh : p.titleEn), h('td', {}, h('span', { class: 'badge' }, t(p.level))),
      h('td', {}, p.superior ? t('superior') + ' ' + p.superior : ''),
      h('td', { class: 'num' }, p.staff.length + '/' + p.plannedHeadcount),
      h('td', {}, p.staff.length ? p.staff.join(', ') : t('vacant')),
      h('td', {}, editors && h('button', { class: 'secondary small edit-position', onclick: () => slot.replaceChildren(editors.position(p)) }, t('edit')))))),
    slot, ...node.teams.map(team => department(team, editors)));
  return card;
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

const query = p => Object.entries(p).filter(([, v]) => v !== '' && v != null).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');

async function staffPage(container, api) {
  let chart;
  try { chart = await api('org/chart'); } catch (e) { container.append(message('error', describeError(e))); return; }
  const departments = flatten(chart.departments);
  const positions = departments.flatMap(d => d.positions.map(p => [p.code, p.code + ' · ' + (zh() ? d.nameZh : d.nameEn) + ' · ' + (zh() ? p.titleZh : p.titleEn)]));
  const department = h('select', { 'aria-label': t('department'), onchange: () => table.refresh() },
    h('option', { value: '' }, t('department') + ': *'), departments.map(d => h('option', { value: d.code }, zh() ? d.nameZh : d.nameEn)));
  const status = h('div');
  const unlock = async member => {
    try { await api('org/staff/' + encodeURIComponent(member.username) + '/unlock', { method: 'POST' }); status.replaceChildren(message('ok', t('unlocked') + ': ' + member.username)); table.refresh(); }
    catch (e) { status.replaceChildren(message('error', describeError(e))); }
  };
  const table = pagedTable({
    searchPlaceholder: t('searchStaff'),
    toolbar: [department],
    columns: [{ title: t('displayName'), value: m => m.displayName }, { title: t('username'), value: m => m.username },
      { title: t('department'), value: m => zh() ? m.departmentNameZh : m.departmentNameEn },
      { title: t('position'), value: m => m.positionCode + ' · ' + (zh() ? m.positionTitleZh : m.positionTitleEn) },
      { title: t('level'), value: m => t(m.level) }, { title: t('since'), value: m => new Date(m.assignedAt).toLocaleDateString() },
      { title: t('login'), value: m => m.locked
        ? h('span', { class: 'locked' }, t('locked', { until: new Date(m.lockedUntil).toLocaleTimeString() }), ' ',
          h('button', { class: 'secondary unlock', 'data-user': m.username, onclick: () => unlock(m) }, t('unlock')))
        : t('active') }],
    load: ({ page, size, q }) => api('org/staff?' + query({ q, department: department.value, page, size }))
  });
  const move = form({
    submitLabel: t('moveStaff'),
    fields: [{ name: 'username', label: t('username'), required: true }, { name: 'position', label: t('position'), type: 'select', options: positions }],
    onSubmit: v => v.username
      ? api('org/staff/' + encodeURIComponent(v.username) + '/position', { method: 'PUT', body: { position: v.position } })
      : Promise.reject(new ApiError(400, { errors: [{ field: 'username', message: t('required') }] })),
    onDone: () => table.refresh()
  });
  const hire = form({
    submitLabel: t('hire'),
    fields: [{ name: 'username', label: t('username'), required: true }, { name: 'displayName', label: t('displayName'), required: true },
      { name: 'password', label: t('password'), type: 'password', required: true },
      { name: 'position', label: t('position'), type: 'select', options: positions }],
    onSubmit: values => api('org/staff', { method: 'POST', body: values }),
    onDone: () => table.refresh()
  });
  container.append(h('h2', {}, t('staff')), status, table.element, h('h3', {}, t('move')), move.element,
    h('h3', {}, t('hire')), hire.element);
}

function auditPage(container, api) {
  const table = pagedTable({
    searchPlaceholder: t('searchAudit'),
    columns: [{ title: t('at'), value: e => new Date(e.at).toLocaleString() }, { title: t('actor'), value: e => e.actor },
      { title: t('action'), value: e => e.action }, { title: t('entity'), value: e => e.entity + ' ' + e.entityId },
      { title: t('details'), value: e => h('code', {}, e.details) }],
    load: ({ page, size, q, after }) => api('audit?' + query({ q, page, size, after }))
  });
  container.append(h('h2', {}, t('audit')), table.element);
}
