// Procurement's tenders (招标): sealed bids until the deadline, paper bids, the comparison, the award.
import { h, formatTime, table as staticTable, commands, askReason, pagedTable, form, message, describeError, query as q } from '/console/ui.js';
import { t, state, money, supplierCodes, warehouseCodes } from './texts.js';

export function tenders(container, api) {
  const feedback = h('div');
  const detail = h('div');
  const path = number => 'procurement/tenders/' + number;
  const table = pagedTable({
    searchPlaceholder: t('tenderTitle'),
    columns: [
      { title: t('number'), value: x => h('a', { href: 'javascript:void 0', onclick: () => show(x.number) }, x.number) },
      { title: t('tenderTitle'), value: x => x.title }, { title: t('deadline'), value: x => formatTime(x.deadline) },
      { title: t('bids'), value: x => x.bidCount, num: true }, { title: t('status'), value: x => state(x.status) }
    ],
    load: ({ page, size, q: text, after }) => api('procurement/tenders?' + q({ q: text, page, size, after }))
  });
  const act = commands(api, feedback, result => { table.refresh(); show(result.number || detail.dataset.number); });
  async function show(number) {
    detail.dataset.number = number;
    try {
      const x = await api(path(number));
      const parts = [h('h3', {}, x.number + ' · ' + x.title + ' · ', state(x.status)),
        h('p', {}, t('deadline') + ': ' + formatTime(x.deadline) + ' · ' + x.invited.map(i => i.supplier + ' ' + i.name).join(', '))];
      parts.push(staticTable([{ title: t('item'), value: i => i.itemNo }, { title: t('sku'), value: i => i.sku },
        { title: t('quantity'), value: i => i.quantity, num: true }, { title: t('neededBy'), value: i => i.neededBy }], x.items));
      if (x.sealed) {
        parts.push(h('p', { class: 'sealed' }, t('sealedCount', { count: x.bidCount })));
        if (x.earlyOpenRequestedBy) parts.push(message('ok', t('earlyAsked', { user: x.earlyOpenRequestedBy })));
        const early = new Date(x.deadline) > new Date();
        parts.push(h('button', { 'data-action': 'open', onclick: () => act(path(number) + '/open') }, early ? t('openEarly') : t('open')), ' ',
          h('button', { class: 'secondary', onclick: async () => { const answer = await askReason(t('cancel') + ' ' + number, t('cancelPrompt')); if (answer) act(path(number) + '/cancel', answer); } }, t('cancelTender')));
        const paper = form({
          submitLabel: t('paperBid'),
          fields: [{ name: 'supplier', label: t('supplier'), type: 'code', lookup: supplierCodes(api), required: true }, { name: 'lines', label: t('paperLines'), type: 'textarea', required: true }],
          onSubmit: values => api(path(number) + '/paper-bids', { method: 'POST', body: { supplier: values.supplier,
            lines: (values.lines || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
              const [item, unitPrice, leadTimeDays, validUntil] = l.split(/[\s,;]+/);
              return { item: Number(item), unitPrice: Number(unitPrice), leadTimeDays: Number(leadTimeDays), validUntil };
            }) } }),
          onDone: () => show(number)
        });
        parts.push(paper.element);
      } else {
        const suppliers = [...new Set(x.bids.map(b => b.supplier))];
        const choices = {};
        parts.push(h('h4', {}, t('comparison')), h('table', { class: 'comparison' },
          h('tr', {}, [t('item'), ...suppliers].map(c => h('th', {}, c))),
          x.comparison.map(p => h('tr', {}, h('td', {}, p.item.itemNo + ' ' + p.item.sku + ' × ' + p.item.quantity), ...suppliers.map(s => {
            const quote = p.quotes.find(qt => qt.supplier === s);
            if (!quote) return h('td', {}, '—');
            const proposed = p.proposed && p.proposed.bidId === quote.bidId;
            const pick = h('input', { type: 'radio', name: 'item-' + p.item.itemNo, checked: proposed,
              onchange: () => { choices[p.item.itemNo] = s; } });
            return h('td', { class: 'num' + (proposed ? ' proposed' : ''), title: quote.refusal || '' }, pick, ' ',
              money(quote.unitPrice) + ' · ' + quote.leadTimeDays + 'd' + (quote.acceptable ? '' : ' (' + t('notAcceptable') + ')'));
          })))));
        parts.push(staticTable([{ title: t('supplier'), value: b => b.supplier + ' (' + b.channel + ')' }, { title: t('revision'), value: b => b.version },
          { title: t('at'), value: b => formatTime(b.submittedAt) }, { title: t('receiptDigest'), value: b => h('span', { class: 'digest' }, b.digest) }], x.bids));
        if (x.awards.length) {
          parts.push(staticTable([{ title: t('item'), value: a => a.itemNo }, { title: t('supplier'), value: a => a.supplierCode },
            { title: t('proposal'), value: a => a.proposed ? '✓' : '✗' }, { title: t('orderMade'), value: a => a.purchaseOrder || '' }], x.awards));
        }
        if (x.status === 'OPENED') {
          const justification = h('textarea', { rows: 2, 'aria-label': t('justification'), placeholder: t('justification') });
          parts.push(h('div', { class: 'toolbar' },
            h('button', { 'data-action': 'award', onclick: () => act(path(number) + '/award', {}) }, t('awardProposal')), ' ',
            h('button', { class: 'secondary', onclick: () => act(path(number) + '/award', {
              items: Object.entries(choices).map(([item, supplier]) => ({ item: Number(item), supplier })),
              justification: justification.value.trim() || null }) }, t('awardOther'))), justification);
        }
      }
      detail.replaceChildren(h('div', { class: 'card tender' }, ...parts));
    } catch (e) { detail.replaceChildren(message('error', describeError(e))); }
  }
  const create = form({
    submitLabel: t('newTender'),
    fields: [
      { name: 'title', label: t('tenderTitle'), required: true }, { name: 'deadline', label: t('deadline'), type: 'datetime-local', required: true },
      { name: 'warehouseCode', label: t('warehouse'), type: 'code', lookup: warehouseCodes(api), required: true }, { name: 'items', label: t('items'), type: 'textarea', required: true },
      { name: 'suppliers', label: t('invite'), required: true }
    ],
    onSubmit: values => api('procurement/tenders', { method: 'POST', body: {
      title: values.title, warehouseCode: values.warehouseCode,
      deadline: values.deadline ? new Date(values.deadline).toISOString().replace('Z', '+00:00') : null,
      items: (values.items || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
        const [sku, quantity, neededBy] = l.split(/[\s,;]+/);
        return { sku, quantity: Number(quantity), neededBy };
      }),
      suppliers: (values.suppliers || '').split(/[,，\s]+/).map(c => c.trim()).filter(Boolean) } }),
    onDone: created => { table.refresh(); show(created.number); }
  });
  container.append(h('h2', {}, t('tenders')), create.element, feedback, detail, table.element);
}
