// ${titleEn}: the entries page (list and a form), in English and Simplified Chinese.
import { h, message, describeError, form } from '/console/ui.js';
import { translator } from '/console/i18n.js';

const t = translator({
  en: { entries: '${titleEn}: entries', title: 'Title', by: 'By', at: 'When', add: 'Add an entry', none: 'No entries yet.' },
  zh: { entries: '${titleZh}：记录', title: '标题', by: '创建人', at: '时间', add: '新增记录', none: '暂无记录。' }
});

export async function render(container, route, { api }) {
  const list = h('tbody');
  const feedback = h('div');
  async function refresh() {
    try {
      const entries = await api('${department}/entries');
      list.replaceChildren(...(entries.length ? entries.map(e => h('tr', { 'data-entry': e.id },
        h('td', {}, e.title), h('td', {}, e.createdBy), h('td', {}, new Date(e.createdAt).toLocaleString())))
        : [h('tr', {}, h('td', { colspan: 3 }, t('none')))]));
    } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
    }
  }
  const add = form({
    fields: [{ name: 'title', label: t('title'), required: true }],
    submitLabel: t('add'),
    onSubmit: values => api('${department}/entries', { method: 'POST', body: values, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
    onDone: () => refresh()
  });
  container.append(h('h2', {}, t('entries')), feedback, add.element,
    h('table', { id: '${department}-entries' }, h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('by')), h('th', {}, t('at')))), list));
  await refresh();
}
