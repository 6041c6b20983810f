// Tech admin pages: the departments (install, upgrade, uninstall with a plan first and progress while it runs) and
// the system's health.
import { h, message, describeError, progressBar, pagedTable, query } from '/console/ui.js';
import { translator, currentLanguage } from '/console/i18n.js';

const t = translator({
  en: {
    modules: 'Modules', health: 'System health', department: 'Department', version: 'Version', state: 'State',
    uses: 'Uses', usedBy: 'Used by', lastOperation: 'Last operation', actions: 'Actions', install: 'Install',
    upgrade: 'Upgrade to {version}', uninstall: 'Uninstall', plan: 'Plan', run: 'Go ahead', cancel: 'Cancel',
    featuresInstalled: 'Features installed', bundlesInstalled: 'Bundles installed', bundlesRemoved: 'Bundles removed',
    bundlesRefreshed: 'Other bundles refreshed or restarted', none: 'none', warnings: 'Please note',
    UNINSTALLED: 'Not installed', INSTALLING: 'Installing', ACTIVE: 'Active', UPGRADING: 'Upgrading', UNINSTALLING: 'Uninstalling',
    FAILED: 'Failed', PURGED: 'Purged', RUNNING: 'running', SUCCEEDED: 'succeeded', ROLLED_BACK: 'failed, rolled back',
    INSTALL: 'install', UPGRADE: 'upgrade', UNINSTALL: 'uninstall', done: '{action} of {code}: {outcome}',
    modulesIntro: 'Departments come and go without restarting the others. Uninstalling keeps every row of the department\'s data.',
    status: 'Status', UP: 'Up', DEGRADED: 'Degraded', DOWN: 'Down', uptime: 'Up for', database: 'Database', kind: 'Kind',
    server: 'Server version', pool: 'Connections (in use / open / pool size)', size: 'Size', migrations: 'Migrations',
    schema: 'Schema', applied: 'Applied', failed: 'Failed', lastRun: 'Last run', outbox: 'Outbox', backlog: 'Waiting',
    parked: 'Parked', subscriber: 'Subscriber', installed: 'Installed', memory: 'Memory (heap used / max)',
    inactiveBundles: 'Bundles not active', unsatisfied: 'Components not satisfied', allActive: 'All active',
    refresh: 'Refresh', yes: 'yes', no: 'no', oldest: 'Oldest waiting', component: 'Component', bundle: 'Bundle', missing: 'Waiting for',
    auditLog: 'Audit log', at: 'When', actor: 'Who', action: 'Action', entity: 'Record', details: 'Details', from: 'From', to: 'To',
    auditSearch: 'Search user, action or record id', apply: 'Apply',
    purge: 'Purge data…', purgeTitle: 'Purge the data of {name}', purgeIntro: 'Purging drops the department\'s schema and every row in it for good. Export the data first; the purge is refused if the data changes after this report.',
    table: 'Table', rows: 'Rows', heldBy: 'Held by other departments', nothingHeld: 'No other department holds references to its documents.',
    waiting: 'Outbox events waiting for it (dropped with it)', noneWaiting: 'No events are waiting for it.', reportHash: 'Report hash',
    exportData: 'Export the data', exported: 'Export {file}, {size}, sha256 {sha}', download: 'Download',
    noExport: 'No export of this data yet.', staleExport: 'The newest export holds other data: export again.',
    typeCode: 'Type {code} to confirm', purgeNow: 'Purge for good', EXPORT: 'export', PURGE: 'purge', total: 'Total',
    apiDocs: 'API documentation', apiIntro: 'Every endpoint of this Mercato, read from the code of the departments installed now. The OpenAPI 3 document is at {url}.',
    apiSearch: 'Search path or operation', parameters: 'Parameters', body: 'Body', responses: 'Responses', operations: '{n} operations'
  },
  zh: {
    modules: '模块管理', health: '系统健康', department: '部门', version: '版本', state: '状态',
    uses: '依赖', usedBy: '被依赖', lastOperation: '最近操作', actions: '操作', install: '安装',
    upgrade: '升级到 {version}', uninstall: '卸载', plan: '执行计划', run: '确认执行', cancel: '取消',
    featuresInstalled: '将安装的功能', bundlesInstalled: '将安装的模块包', bundlesRemoved: '将移除的模块包',
    bundlesRefreshed: '将刷新或重启的其他模块包', none: '无', warnings: '请注意',
    UNINSTALLED: '未安装', INSTALLING: '安装中', ACTIVE: '运行中', UPGRADING: '升级中', UNINSTALLING: '卸载中',
    FAILED: '失败', PURGED: '已清除', RUNNING: '进行中', SUCCEEDED: '成功', ROLLED_BACK: '失败，已回滚',
    INSTALL: '安装', UPGRADE: '升级', UNINSTALL: '卸载', done: '{code} {action}：{outcome}',
    modulesIntro: '部门可随时安装或卸载，其他部门不受影响、无需重启。卸载会保留该部门的全部数据。',
    status: '状态', UP: '正常', DEGRADED: '部分异常', DOWN: '不可用', uptime: '已运行', database: '数据库', kind: '类型',
    server: '服务器版本', pool: '连接数（使用中 / 已打开 / 连接池上限）', size: '数据量', migrations: '数据库迁移',
    schema: '模式', applied: '已执行', failed: '失败', lastRun: '最近执行', outbox: '事件发件箱', backlog: '待投递',
    parked: '已搁置', subscriber: '订阅者', installed: '已安装', memory: '内存（已用堆 / 最大）',
    inactiveBundles: '未运行的模块包', unsatisfied: '未满足依赖的组件', allActive: '全部运行中',
    refresh: '刷新', yes: '是', no: '否', oldest: '最早待投递', component: '组件', bundle: '模块包', missing: '等待',
    auditLog: '审计日志', at: '时间', actor: '操作人', action: '动作', entity: '记录', details: '详情', from: '起', to: '止',
    auditSearch: '搜索用户、动作或记录编号', apply: '筛选',
    purge: '清除数据…', purgeTitle: '清除 {name} 的数据', purgeIntro: '清除将永久删除该部门的数据库模式及其中所有数据。请先导出数据；本报告之后数据若有变化，清除会被拒绝。',
    table: '数据表', rows: '行数', heldBy: '其他部门持有的引用', nothingHeld: '没有其他部门引用其单据。',
    waiting: '待投递给它的事件（将一并丢弃）', noneWaiting: '没有待投递给它的事件。', reportHash: '报告校验值',
    exportData: '导出数据', exported: '导出文件 {file}，{size}，sha256 {sha}', download: '下载',
    noExport: '尚未导出这些数据。', staleExport: '最近一次导出的数据已过期，请重新导出。',
    typeCode: '输入 {code} 以确认', purgeNow: '永久清除', EXPORT: '导出', PURGE: '清除', total: '合计',
    apiDocs: '接口文档', apiIntro: '本系统的全部接口，取自当前已安装部门的代码。OpenAPI 3 文档地址：{url}。',
    apiSearch: '搜索路径或操作', parameters: '参数', body: '请求体', responses: '响应', operations: '{n} 个接口'
  }
});

export async function render(container, route, { api }) {
  await (route === 'health' ? health : route === 'audit' ? audit : route === 'api' ? apiDocs : modules)(container, api);
}

const badge = state => h('span', { class: 'badge ' + state.toLowerCase(), 'data-state': state }, t(state));
const name = m => currentLanguage() === 'zh' ? m.nameZh : m.nameEn;

function modules(container, api) {
  const feedback = h('div');
  const dialog = h('div');
  const body = h('tbody');
  container.append(h('h2', {}, t('modules')), h('p', {}, t('modulesIntro')), feedback, dialog,
    h('table', { id: 'modules' }, h('thead', {}, h('tr', {}, [t('department'), t('version'), t('state'), t('uses'), t('usedBy'),
      t('lastOperation'), t('actions')].map(title => h('th', {}, title)))), body));

  async function refresh() {
    try {
      const list = await api('admin/modules');
      body.replaceChildren(...list.map(row));
      const running = list.find(m => m.lastOperation && m.lastOperation.outcome === 'RUNNING');
      if (running && !dialog.dataset.following) follow(running.lastOperation);
    } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }

  function row(m) {
    const op = m.lastOperation;
    const buttons = [];
    if (m.state === 'UNINSTALLED' || m.state === 'PURGED' || (m.state === 'FAILED' && !m.version)) buttons.push(['INSTALL', t('install')]);
    if (m.state === 'ACTIVE' && m.availableVersion && m.version && m.availableVersion !== m.version) {
      buttons.push(['UPGRADE', t('upgrade', { version: m.availableVersion })]);
    }
    if (m.state === 'ACTIVE' || (m.state === 'FAILED' && m.version)) buttons.push(['UNINSTALL', t('uninstall')]);
    if (m.state === 'UNINSTALLED') buttons.push(['PURGE', t('purge')]);
    return h('tr', { 'data-module': m.code },
      h('td', {}, h('strong', {}, name(m)), h('div', { class: 'muted' }, m.feature)),
      h('td', {}, m.version || m.availableVersion),
      h('td', {}, badge(m.state)),
      h('td', {}, m.uses.join(', ') || '—'),
      h('td', {}, m.usedBy.join(', ') || '—'),
      h('td', {}, op ? [t(op.action), ' · ', t(op.outcome), op.message ? h('div', { class: 'error' }, op.message) : null] : '—'),
      h('td', {}, buttons.map(([action, label]) => h('button', {
        class: action === 'INSTALL' || action === 'UPGRADE' ? '' : 'secondary', 'data-action': action,
        onclick: () => action === 'PURGE' ? showPurge(m) : showPlan(m, action)
      }, label))));
  }

  async function showPlan(m, action) {
    feedback.replaceChildren();
    try {
      const plan = await api('admin/modules/' + m.code + '/plan?action=' + action.toLowerCase());
      const list = (title, items) => h('div', {}, h('h4', {}, title),
        items.length ? h('ul', {}, items.map(i => h('li', {}, i))) : h('p', { class: 'muted' }, t('none')));
      dialog.replaceChildren(h('div', { class: 'card', id: 'plan', 'data-action': action },
        h('h3', {}, t('plan') + ': ' + t(action) + ' ' + name(m)),
        list(t('featuresInstalled'), plan.featuresInstalled), list(t('bundlesInstalled'), plan.bundlesInstalled),
        list(t('bundlesRemoved'), plan.bundlesRemoved), list(t('bundlesRefreshed'), plan.bundlesRefreshed),
        plan.warnings.length ? h('div', {}, h('h4', {}, t('warnings')), h('ul', {}, plan.warnings.map(w => h('li', {}, w)))) : null,
        h('div', { class: 'toolbar' },
          h('button', { id: 'run-plan', onclick: () => run(m, action) }, t('run')),
          h('button', { class: 'secondary', onclick: () => dialog.replaceChildren() }, t('cancel')))));
    } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }

  // The purge report: what would go, what others hold of it, the export to take first, the code to type.
  async function showPurge(m) {
    feedback.replaceChildren();
    try {
      const report = await api('admin/modules/' + m.code + '/purge-report');
      const mb = bytes => (bytes / 1048576).toLocaleString(undefined, { maximumFractionDigits: 1 }) + ' MB';
      const exportInfo = report.export
        ? h('p', {}, t('exported', { file: report.export.fileName, size: mb(report.export.bytes), sha: report.export.sha256.slice(0, 16) + '…' }), ' ',
          h('a', { href: '/api/admin/exports/' + report.export.id, download: report.export.fileName }, t('download')),
          report.exportCurrent ? null : h('div', { class: 'error' }, t('staleExport')))
        : h('p', { class: 'muted' }, t('noExport'));
      const confirmInput = h('input', { id: 'purge-confirm', 'aria-label': t('typeCode', { code: m.code }), placeholder: t('typeCode', { code: m.code }) });
      const purgeButton = h('button', { id: 'purge-now', disabled: true, onclick: () => run(m, 'PURGE', {
        confirmCode: confirmInput.value.trim(), reportHash: report.hash, exportId: report.export && report.export.id }) }, t('purgeNow'));
      confirmInput.addEventListener('input', () => { purgeButton.disabled = !(report.exportCurrent && confirmInput.value.trim() === m.code); });
      dialog.replaceChildren(h('div', { class: 'card', id: 'purge-report', 'data-hash': report.hash },
        h('h3', {}, t('purgeTitle', { name: name(m) })), h('p', {}, t('purgeIntro')),
        h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('table')), h('th', { class: 'num' }, t('rows')))),
          h('tbody', {}, report.tables.map(x => h('tr', {}, h('td', {}, x.table), h('td', { class: 'num' }, x.rows.toLocaleString()))),
            h('tr', {}, h('th', {}, t('total')), h('th', { class: 'num' }, report.totalRows.toLocaleString())))),
        h('h4', {}, t('heldBy')),
        report.references.length ? h('ul', {}, report.references.map(r => h('li', {}, r.holder + ': ' + r.count.toLocaleString() + ' ' + r.description)))
          : h('p', { class: 'muted' }, t('nothingHeld')),
        h('h4', {}, t('waiting')),
        report.waitingEvents.length ? h('ul', {}, report.waitingEvents.map(w => h('li', {}, w.subscriber + ': ' + w.pending + ' / ' + w.parked)))
          : h('p', { class: 'muted' }, t('noneWaiting')),
        h('p', { class: 'muted' }, t('reportHash') + ': ' + report.hash),
        exportInfo,
        h('div', { class: 'toolbar' },
          h('button', { id: 'export-data', class: 'secondary', onclick: () => run(m, 'EXPORT', {}, () => showPurge(m)) }, t('exportData')),
          confirmInput, purgeButton,
          h('button', { class: 'secondary', onclick: () => dialog.replaceChildren() }, t('cancel')))));
    } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }

  async function run(m, action, extra = {}, then) {
    try {
      const operation = await api('admin/modules/' + m.code + '/operations', {
        method: 'POST', body: { action: action.toLowerCase(), ...extra }, headers: { 'Idempotency-Key': crypto.randomUUID() }
      });
      await follow(operation);
      if (then) then();
    } catch (e) {
      dialog.replaceChildren();
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }

  async function follow(operation) {
    const bar = progressBar();
    dialog.dataset.following = operation.id;
    dialog.replaceChildren(h('div', { class: 'card', id: 'operation' }, h('h3', {}, t(operation.action) + ' ' + operation.code), bar.element));
    refresh();
    let current = operation;
    while (current.outcome === 'RUNNING' && container.isConnected) {
      bar.set(current.progress / 100, current.step);
      await new Promise(resolve => setTimeout(resolve, 500));
      try { current = await api('admin/operations/' + operation.id); } catch (e) { /* keep polling: the API may be busy */ }
    }
    delete dialog.dataset.following;
    dialog.replaceChildren();
    const text = t('done', { action: t(current.action), code: current.code, outcome: t(current.outcome) })
      + (current.message ? ' — ' + current.message : '');
    feedback.replaceChildren(message(current.outcome === 'SUCCEEDED' ? 'ok' : 'error', text));
    window.dispatchEvent(new Event('mercato:departments-changed'));
    refresh();
  }

  refresh();
}

async function health(container, api) {
  const content = h('div');
  const reload = h('button', { class: 'secondary', onclick: () => show() }, t('refresh'));
  container.append(h('h2', {}, t('health')), h('div', { class: 'toolbar' }, reload), content);
  const mb = bytes => (bytes / 1048576).toLocaleString(undefined, { maximumFractionDigits: 0 }) + ' MB';
  const table = (titles, rows) => h('table', {}, h('thead', {}, h('tr', {}, titles.map(x => h('th', {}, x)))),
    h('tbody', {}, rows.length ? rows : [h('tr', {}, h('td', { colspan: titles.length }, t('allActive')))]));
  async function show() {
    try {
      const r = await api('admin/health');
      const d = r.database;
      const hours = Math.floor(r.uptimeSeconds / 3600); const minutes = Math.floor(r.uptimeSeconds % 3600 / 60);
      const heapShare = r.memory.heapMaxBytes > 0 ? r.memory.heapUsedBytes / r.memory.heapMaxBytes : 0;
      content.replaceChildren(
        h('div', { class: 'card', id: 'health-status' },
          h('p', {}, t('status'), ': ', badge(r.status)),
          h('p', {}, t('uptime'), ': ', hours + ' h ' + minutes + ' min'),
          h('p', {}, t('memory'), ': ', mb(r.memory.heapUsedBytes) + ' / ' + mb(r.memory.heapMaxBytes)),
          h('progress', { max: 100, value: Math.round(heapShare * 100) })),
        h('h3', {}, t('database')),
        h('div', { class: 'card' },
          h('p', {}, t('status'), ': ', d.state, d.detail ? ' — ' + d.detail : ''),
          h('p', {}, t('kind'), ': ', d.kind, d.url ? ' (' + d.url + ')' : ''),
          h('p', {}, t('server'), ': ', d.version || '—'),
          h('p', {}, t('pool'), ': ', d.activeConnections + ' / ' + d.connections + ' / ' + d.poolSize),
          h('p', {}, t('size'), ': ', mb(d.sizeBytes))),
        h('h3', {}, t('migrations')),
        table([t('schema'), t('version'), t('applied'), t('failed'), t('lastRun')], r.migrations.map(m => h('tr', { class: m.failed ? 'overdue' : '' },
          h('td', {}, m.schema), h('td', {}, (m.version || '—') + (m.description ? ' ' + m.description : '')), h('td', { class: 'num' }, m.applied),
          h('td', { class: 'num' }, m.failed), h('td', {}, m.lastRun ? new Date(m.lastRun).toLocaleString() : '—')))),
        h('h3', {}, t('outbox'), ': ', t('backlog') + ' ' + r.outbox.backlog + ', ' + t('parked') + ' ' + r.outbox.parked),
        table([t('subscriber'), t('installed'), t('backlog'), t('parked'), t('oldest')], r.outbox.subscriptions.map(s => h('tr', {},
          h('td', {}, s.subscriber), h('td', {}, s.installed ? t('yes') : t('no')), h('td', { class: 'num' }, s.pending),
          h('td', { class: 'num' }, s.parked), h('td', {}, s.oldestPendingAt ? new Date(s.oldestPendingAt).toLocaleString() : '—')))),
        h('h3', {}, t('inactiveBundles')),
        table(['#', t('bundle'), t('version'), t('state')], r.inactiveBundles.map(b => h('tr', {},
          h('td', { class: 'num' }, b.id), h('td', {}, b.symbolicName), h('td', {}, b.version), h('td', {}, b.state)))),
        h('h3', {}, t('unsatisfied')),
        table([t('component'), t('bundle'), t('state'), t('missing')], r.unsatisfiedComponents.map(c => h('tr', {},
          h('td', {}, c.component), h('td', {}, c.bundle), h('td', {}, c.problem + (c.failure ? ': ' + c.failure : '')),
          h('td', {}, c.missingReferences.join(', '))))));
    } catch (e) {
      content.replaceChildren(message('error', describeError(e)));
    }
  }
  await show();
}

/** Who changed what and when, across every department: exact filters plus a free search, newest first. */
function audit(container, api) {
  const filters = { actor: h('input', { name: 'actor', placeholder: t('actor') }), action: h('input', { name: 'action', placeholder: t('action') }),
    entity: h('input', { name: 'entity', placeholder: t('entity') }), from: h('input', { name: 'from', type: 'date', 'aria-label': t('from') }),
    to: h('input', { name: 'to', type: 'date', 'aria-label': t('to') }) };
  const day = (value, end) => value ? new Date(value + (end ? 'T23:59:59.999' : 'T00:00:00')).toISOString() : undefined;
  const table = pagedTable({
    searchPlaceholder: t('auditSearch'),
    toolbar: [...Object.values(filters), h('button', { class: 'secondary', onclick: () => table.restart() }, t('apply'))],
    columns: [
      { title: t('at'), value: e => new Date(e.at).toLocaleString() },
      { title: t('actor'), value: e => e.actor },
      { title: t('action'), value: e => e.action },
      { title: t('entity'), value: e => e.entity + ' ' + (e.entityId || '') },
      { title: t('details'), value: e => h('code', {}, e.details || '') }
    ],
    load: ({ page, size, q, after }) => api('audit?' + query({ q, page, size, after, actor: filters.actor.value.trim(),
      action: filters.action.value.trim(), entity: filters.entity.value.trim(), from: day(filters.from.value, false), to: day(filters.to.value, true) }))
  });
  container.append(h('h2', {}, t('auditLog')), table.element);
}

/** The API reference: the OpenAPI document of /api, one section per department, filterable. */
async function apiDocs(container, api) {
  const doc = await api('openapi.json');
  const search = h('input', { type: 'search', placeholder: t('apiSearch'), 'aria-label': t('apiSearch') });
  const list = h('div', { id: 'api-docs' });
  const schemaName = schema => schema ? (schema.$ref ? schema.$ref.split('/').pop().split('.').pop() : schema.type || '') : '';
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method]) operations.push({ path, method, op: item[method], tag: (item[method].tags || ['other'])[0] });
    }
  }
  function show() {
    const q = search.value.trim().toLowerCase();
    const shown = operations.filter(o => !q || o.path.toLowerCase().includes(q) || (o.op.operationId || '').toLowerCase().includes(q));
    const tags = [...new Set(shown.map(o => o.tag))].sort();
    list.replaceChildren(...tags.map(tag => h('section', { 'data-tag': tag },
      h('h3', {}, tag, ' ', h('span', { class: 'muted' }, t('operations', { n: shown.filter(o => o.tag === tag).length }))),
      h('table', {}, h('tbody', {}, shown.filter(o => o.tag === tag).map(o => h('tr', {},
        h('td', {}, h('span', { class: 'badge ' + o.method }, o.method.toUpperCase())),
        h('td', {}, h('code', {}, o.path), o.op.summary ? h('div', { class: 'muted' }, o.op.summary) : null),
        h('td', {}, (o.op.parameters || []).map(p => h('div', {}, p.name + (p.required ? '*' : '') + ' (' + p.in + ')'))),
        h('td', {}, o.op.requestBody ? schemaName(Object.values(o.op.requestBody.content || {})[0]?.schema) : ''),
        h('td', {}, Object.keys(o.op.responses || {}).join(' ')))))))));
  }
  search.addEventListener('input', show);
  container.append(h('h2', {}, t('apiDocs')), h('p', {}, t('apiIntro', { url: '/api/openapi.json' })),
    h('div', { class: 'toolbar' }, search, h('a', { href: '/api/openapi.json', download: 'mercato-openapi.json' }, 'openapi.json')), list);
  show();
}
