// Delivery's risk pages: the risk rules (a versioned settings document) and the blacklist of phones and addresses.
import { h, pagedTable, form, message, describeError, query as q, versionHistory } from '/console/ui.js';
import { ApiError } from '/console/api.js';
import { t, when } from './texts.js';

export async function riskRules(container, api) {
  const current = await api('delivery/risk-rules');
  const s = current.settings;
  const codes = Object.keys(s.weights).sort();
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
  const versions = versionHistory(await api('delivery/risk-rules/versions'),
    ['holdAt', 'rejectAt'].map(name => ({ title: t(name), value: settings => settings[name] })));
  container.append(h('h2', {}, t('rules') + ' · ' + t('version') + ' ' + current.version), h('h3', {}, t('weights')), edit.element, versions);
}

export function blacklist(container, api) {
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
