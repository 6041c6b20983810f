// Small UI kit for department pages: elements, paged searchable tables, filters, forms with field errors and code pickers,
// dialogs, badges, formats, bar charts, import panels and settings versions.
import { translator, common } from './i18n.js';
import { ApiError, upload } from './api.js';

const tc = translator(common);

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** A query string from the parameters that have a value: {q: 'x', page: 0, status: ''} → "q=x&page=0". */
export function query(params) {
  return Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
}

export function message(kind, text) {
  return h('div', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function describeError(error) {
  if (error instanceof ApiError) {
    const fields = (error.problem.errors || []).map(e => e.field + ': ' + e.message).join('; ');
    return tc('failed', { detail: fields || error.message });
  }
  return tc('failed', { detail: error.message });
}

/** A status as a badge: its class is the status in lower case (the shell's colours), its text the page's word for it. */
export function badge(status, label) {
  return h('span', { class: 'badge ' + status.toLowerCase(), 'data-status': status }, label);
}

/** An amount with two decimals (four for a unit price that has them), and its currency when given. */
export function formatMoney(amount, currency) {
  if (amount === null || amount === undefined || amount === '') return '';
  const text = Number(amount).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return currency ? text + ' ' + currency : text;
}

/** A moment in the reader's time zone and language. */
export function formatTime(at) {
  return at ? new Date(at).toLocaleString() : '';
}

/** A list's filter: a select with "all" first, then options [[value, label]]; onChange(value) on every choice. */
export function filterSelect({ label, all, options, value = '', onChange }) {
  const select = h('select', { 'aria-label': label, onchange: e => onChange(e.target.value) },
    h('option', { value: '' }, all), options.map(([v, l]) => h('option', { value: v }, l)));
  select.value = value;
  return select;
}

/** A table of rows without paging (the lines of a document, a history): columns as pagedTable's. */
export function table(columns, rows, attrs = {}) {
  return h('table', attrs, h('tr', {}, columns.map(c => h('th', { class: c.num ? 'num' : '' }, c.title))),
    rows.map(row => h('tr', {}, columns.map(c => h('td', { class: c.num ? 'num' : '' }, c.value(row))))));
}

/**
 * A command runner for buttons on a page: POSTs to path with body, shows a refusal in feedback, then calls after(result).
 * Resolves with the result, or null when refused.
 */
export function commands(api, feedback, after = () => {}) {
  return async (path, body) => {
    feedback.replaceChildren();
    try {
      const result = await api(path, { method: 'POST', body });
      await after(result);
      return result;
    } catch (e) {
      feedback.replaceChildren(message('error', describeError(e)));
      return null;
    }
  };
}

/** Asks for the reason of a change (hold, block, cancel) in a dialog: {reason} or null when cancelled. */
export function askReason(title, label) {
  return dialog({ title, fields: [{ name: 'reason', label, type: 'textarea', required: true }] });
}

/**
 * A code field that offers the codes it finds as the user types (a warehouse, a supplier, a SKU): lookup(text) resolves
 * with [[code, label]]. A lookup that fails (a department not installed, a list the user may not read) leaves a plain
 * text field. Used by form() for fields of type 'code'.
 */
export function codePicker({ name, lookup, required, value, label }) {
  const list = h('datalist', { id: 'codes-' + name + '-' + Math.random().toString(36).slice(2) });
  const input = h('input', { name, type: 'text', list: list.id, required, autocomplete: 'off', 'aria-label': label, 'data-picker': name });
  if (value !== undefined) input.value = value;
  let timer; let asked = null;
  const fill = async () => {
    const text = input.value.trim();
    if (text === asked) return;
    asked = text;
    try {
      const found = await lookup(text);
      if (asked === text) list.replaceChildren(...found.map(([code, text]) => h('option', { value: code }, text)));
    } catch (e) { list.replaceChildren(); }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(fill, 200); });
  input.addEventListener('focus', fill);
  return { input, element: h('span', { class: 'code-picker' }, input, list) };
}

/**
 * A searchable, paged table. load({page, size, q, after}) returns {items, page, size, total, totalCapped, next}:
 * a list that gives a cursor in next is paged by it (any depth, same speed); otherwise by page number. A total
 * counted only up to a limit (totalCapped) shows as "10,000+".
 * columns: [{title, value: row => text|Node, num: bool}]
 */
export function pagedTable({ columns, load, size = 20, searchPlaceholder, toolbar = [] }) {
  let page = 0; let q = ''; let cursors = [null];
  const body = h('tbody');
  const info = h('span', { class: 'pager-info' });
  const prev = h('button', { class: 'secondary', onclick: () => { page--; refresh(); } }, tc('previous'));
  const next = h('button', { class: 'secondary', onclick: () => { page++; refresh(); } }, tc('next'));
  const search = h('input', { type: 'search', placeholder: searchPlaceholder || tc('search'), 'aria-label': tc('search') });
  let timer;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { q = search.value.trim(); restart(); }, 250); });
  const error = h('div');
  function restart() { page = 0; cursors = [null]; return refresh(); }
  async function refresh() {
    body.replaceChildren(h('tr', {}, h('td', { colspan: columns.length }, tc('loading'))));
    error.replaceChildren();
    try {
      const after = cursors[page] || undefined;
      const result = await load({ page, size, q, after });
      cursors[page + 1] = result.next || null;
      const pages = Math.max(1, Math.ceil(result.total / size));
      body.replaceChildren(...(result.items.length ? result.items.map(row =>
        h('tr', {}, columns.map(c => h('td', { class: c.num ? 'num' : '' }, c.value(row))))) :
        [h('tr', {}, h('td', { colspan: columns.length }, tc('noRows')))]));
      const more = result.totalCapped ? '+' : '';
      info.textContent = tc('pageOf', { page: page + 1, pages: pages.toLocaleString() + more, total: result.total.toLocaleString() + more });
      prev.disabled = page === 0;
      next.disabled = !(result.next || (!result.totalCapped && page + 1 < pages));
    } catch (e) {
      body.replaceChildren();
      error.replaceChildren(message('error', describeError(e)));
    }
  }
  const element = h('div', {},
    h('div', { class: 'toolbar' }, search, ...toolbar),
    error,
    h('table', {}, h('thead', {}, h('tr', {}, columns.map(c => h('th', { class: c.num ? 'num' : '' }, c.title)))), body),
    h('div', { class: 'pager' }, prev, info, next));
  refresh();
  return { element, refresh, restart, query: () => q };
}

/** A progress bar with a caption; set(fraction or null for "working", text). */
export function progressBar() {
  const bar = h('progress', { max: 100 });
  const caption = h('span', { class: 'progress-caption' });
  const element = h('div', { class: 'progress', role: 'status' }, bar, caption);
  return {
    element,
    set(fraction, text) {
      if (fraction === null || fraction === undefined) bar.removeAttribute('value'); else bar.value = Math.round(fraction * 100);
      caption.textContent = text || '';
    }
  };
}

/**
 * A form whose fields show the API's field errors next to them.
 * fields: [{name, label, type: text|number|select|checkbox|textarea|date|code, options: [[value, label]], required, value,
 * lookup (type code: text => [[code, label]], see codePicker)}]
 * onSubmit(values) returns a promise; an ApiError with field errors marks the fields.
 */
export function form({ fields, submitLabel, onSubmit, onDone }) {
  const inputs = {}; const errors = {}; const wrappers = {};
  const status = h('div');
  const grid = h('div', { class: 'form-grid' }, fields.map(f => {
    let input;
    let control;
    if (f.type === 'code') { const picker = codePicker({ ...f, value: undefined }); input = picker.input; control = picker.element; }
    else if (f.type === 'select') input = h('select', { name: f.name }, f.options.map(([v, l]) => h('option', { value: v }, l)));
    else if (f.type === 'textarea') input = h('textarea', { name: f.name, rows: 4 });
    else input = h('input', { name: f.name, type: f.type || 'text', required: f.required, step: f.type === 'number' ? 'any' : undefined });
    if (f.type === 'checkbox') input.checked = f.value !== false; else if (f.value !== undefined) input.value = f.value;
    inputs[f.name] = input;
    errors[f.name] = h('div', { class: 'error', 'data-error-for': f.name });
    wrappers[f.name] = h('div', { class: 'field' }, h('label', {}, f.label, control || input), errors[f.name]);
    return wrappers[f.name];
  }));
  const submit = h('button', { type: 'submit' }, submitLabel || tc('save'));
  const element = h('form', { class: 'card', novalidate: true }, grid, status, h('div', { class: 'toolbar' }, submit));
  element.addEventListener('submit', async event => {
    event.preventDefault();
    for (const name of Object.keys(inputs)) { errors[name].textContent = ''; wrappers[name].classList.remove('invalid'); }
    status.replaceChildren();
    const values = {};
    for (const f of fields) {
      const input = inputs[f.name];
      if (f.type === 'checkbox') values[f.name] = input.checked;
      else if (f.type === 'number') values[f.name] = input.value === '' ? null : Number(input.value);
      else values[f.name] = input.value.trim() === '' ? null : input.value.trim();
    }
    submit.disabled = true;
    try {
      const result = await onSubmit(values);
      status.replaceChildren(message('ok', tc('saved')));
      element.reset();
      if (onDone) onDone(result);
    } catch (e) {
      const fieldErrors = e instanceof ApiError ? e.fieldErrors() : {};
      let unmatched = false;
      for (const [field, text] of Object.entries(fieldErrors)) {
        const name = field.split(/[.[]/)[0];
        if (errors[name]) { errors[name].textContent = text; wrappers[name].classList.add('invalid'); } else unmatched = true;
      }
      if (!Object.keys(fieldErrors).length || unmatched) status.replaceChildren(message('error', describeError(e)));
    } finally {
      submit.disabled = false;
    }
  });
  return { element, inputs };
}

/**
 * A modal dialog that asks for a few values (a reason, a reference, quantities) in place of the browser's prompt():
 * resolves with {name: value} once submitted, or null when cancelled (Escape or the cancel button). A required field
 * left empty is marked there and the dialog stays open. With onSubmit(values), the dialog also stays open on the API's
 * field errors and resolves with onSubmit's result.
 * fields: as form(); with none, it is a confirmation (resolves with {} or null).
 */
export function dialog({ title, text, fields = [], submitLabel, onSubmit }) {
  return new Promise(resolve => {
    const box = h('dialog', { class: 'dialog', 'aria-label': title });
    let answered = null;
    const asked = form({
      fields, submitLabel: submitLabel || tc('ok'),
      onSubmit: async values => {
        const missing = fields.filter(f => f.required && (values[f.name] === null || values[f.name] === undefined));
        if (missing.length) throw new ApiError(400, { errors: missing.map(f => ({ field: f.name, message: tc('isRequired') })) });
        return onSubmit ? onSubmit(values) : values;
      },
      onDone: result => { answered = result ?? {}; box.close(); }
    });
    asked.element.querySelector('.toolbar').append(
      h('button', { type: 'button', class: 'secondary', onclick: () => box.close() }, tc('cancel')));
    box.addEventListener('close', () => { box.remove(); resolve(answered); });
    box.append(h('h3', {}, title), text ? h('p', {}, text) : '', asked.element);
    document.body.append(box);
    box.showModal();
    const first = box.querySelector('input, textarea, select');
    if (first) first.focus();
  });
}

/** A yes/no question in place of confirm(): resolves true or false. */
export async function confirmDialog(title, { text, submitLabel } = {}) {
  return (await dialog({ title, text, submitLabel })) !== null;
}

/** Horizontal grouped bar chart as SVG: rows [{label, values: {series: number}}], series [{key, label, color}]. */
export function barChart(rows, series, { width = 640 } = {}) {
  const ns = 'http://www.w3.org/2000/svg';
  const barHeight = 14; const gap = 10; const left = 140;
  const max = Math.max(1, ...rows.flatMap(r => series.map(s => r.values[s.key] || 0)));
  const height = rows.length * (series.length * barHeight + gap) + 30;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'chart'); svg.setAttribute('width', width); svg.setAttribute('height', height);
  svg.setAttribute('role', 'img');
  const add = (name, attrs, text) => {
    const el = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    svg.append(el); return el;
  };
  let y = 0;
  for (const row of rows) {
    add('text', { x: 0, y: y + barHeight }, row.label);
    series.forEach((s, i) => {
      const value = row.values[s.key] || 0;
      const w = Math.round((width - left - 60) * value / max);
      add('rect', { x: left, y: y + i * barHeight, width: Math.max(w, 1), height: barHeight - 2, fill: s.color });
      add('text', { x: left + w + 4, y: y + i * barHeight + barHeight - 3 }, String(value));
    });
    y += series.length * barHeight + gap;
  }
  series.forEach((s, i) => {
    add('rect', { x: left + i * 120, y: y + 8, width: 10, height: 10, fill: s.color });
    add('text', { x: left + i * 120 + 14, y: y + 17 }, s.label);
  });
  return svg;
}

const JOB_OVER = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** Polls a background job (an import) until it is over, SUCCEEDED, FAILED or CANCELLED; onUpdate(job) after every look. */
export async function followJob(api, path, onUpdate, interval = 1000) {
  for (;;) {
    const job = await api(path);
    onUpdate(job);
    if (JOB_OVER.includes(job.status)) return job;
    await new Promise(resolve => setTimeout(resolve, interval));
  }
}

/**
 * What can be done with a job in a list of jobs: cancel it while it is not over (after a confirmation), download its rows
 * in error as CSV once it failed with some. path is the job's own path (e.g. warehouse/imports/7); changed() after a cancel.
 */
export function jobActions(api, job, path, changed) {
  if (!JOB_OVER.includes(job.status)) {
    const button = h('button', { type: 'button', class: 'secondary', 'data-action': 'cancel-job', onclick: async () => {
      if (!(await confirmDialog(tc('cancelJob'), { text: tc('cancelJobQuestion', { id: job.id }), submitLabel: tc('cancelJob') }))) return;
      try { await api(path + '/cancel', { method: 'POST' }); changed(); } catch (e) { button.replaceWith(message('error', describeError(e))); }
    } }, tc('cancelJob'));
    return button;
  }
  if (job.status === 'FAILED' && job.errorCount > 0) {
    return h('a', { href: '/api/' + path + '/errors.csv', download: '', 'data-action': 'rejected-rows' }, tc('rejectedRows'));
  }
  return '';
}

/**
 * The import part of a page, the same for every department's CSV import: a file chooser and an import button (in a
 * .card.toolbar), the progress of the upload and of the job, the outcome (applied; cancelled; or the rows in error, the
 * first ones with how many there were) and the recent imports with their cancel and rejected-rows actions.
 * t: the page's translator, with chooseFile, upload, uploading, staging, rowErrors, errorsMore, recentImports and the job's statuses;
 * statusText(job) how a job reads; fraction(job) how far it is (null: working); columns the recent list's columns;
 * onDone(job) after an import was applied.
 */
export function importPanel({ api, uploadPath, jobsPath, t, statusText, fraction = job => (job.status === 'SUCCEEDED' ? 1 : null),
  columns, onDone = () => {}, interval = 1000, size = 10, heading = 'h3' }) {
  const MB = 1024 * 1024;
  const file = h('input', { type: 'file', accept: '.csv,text/csv', 'aria-label': t('chooseFile') });
  const progress = progressBar();
  progress.element.hidden = true;
  const result = h('div', { 'data-import-result': '' });
  const recent = pagedTable({
    size,
    columns: [...columns, { title: '', value: job => jobActions(api, job, jobsPath + '/' + job.id, () => recent.refresh()) }],
    load: ({ page, size: pageSize }) => api(jobsPath + '?' + query({ page, size: pageSize }))
  });
  const showErrors = (errors, text, count) => {
    if (!errors || !errors.length) { result.replaceChildren(message('error', text)); return; }
    result.replaceChildren(rowErrors(errors, t('rowErrors'), count > errors.length ? t('errorsMore', { count: count.toLocaleString() }) : ''));
  };
  const start = h('button', { type: 'button', 'data-action': 'import-csv', onclick: async () => {
    if (!file.files.length) return;
    result.replaceChildren(); progress.element.hidden = false; start.disabled = true;
    try {
      const submitted = await upload(uploadPath, file.files[0], 'text/csv', (sent, total) =>
        progress.set(sent / total, sent < total ? t('uploading', { sent: (sent / MB).toFixed(1), size: (total / MB).toFixed(1) }) : t('staging')));
      const job = await followJob(api, jobsPath + '/' + submitted.id, current => progress.set(fraction(current), statusText(current)), interval);
      if (job.status === 'SUCCEEDED') { progress.set(1, statusText(job)); result.replaceChildren(message('ok', statusText(job))); onDone(job); return; }
      progress.element.hidden = true;
      if (job.status === 'CANCELLED') { result.replaceChildren(message('error', statusText(job))); return; }
      showErrors(job.errors, statusText(job) + (job.detail ? ': ' + job.detail : ''), job.errorCount);
    } catch (e) {
      progress.element.hidden = true;
      showErrors(e.problem && e.problem.errors, describeError(e));
    } finally { start.disabled = false; recent.refresh(); }
  } }, t('upload'));
  return {
    chooser: h('div', { class: 'card toolbar' }, file, start),
    progress: progress.element, result,
    recent: h('div', {}, h(heading, {}, t('recentImports')), recent.element)
  };
}

/**
 * The saved versions of a settings document (its .../versions answer, newest first): number, the figures a page wants
 * to compare (columns: [{ title, value: settings => text }]), the note, who saved it and when, under an "Earlier versions" heading.
 */
export function versionHistory(versions, columns = []) {
  return h('div', { 'data-versions': '' }, h('h3', {}, tc('versions')),
    h('table', {}, h('tr', {}, [tc('version'), ...columns.map(c => c.title), tc('note'), tc('savedBy'), tc('savedAt')].map(x => h('th', {}, x))),
      versions.map(v => h('tr', {}, h('td', {}, String(v.version)), ...columns.map(c => h('td', { class: 'num' }, String(c.value(v.settings)))),
        h('td', {}, v.note || ''), h('td', {}, v.createdBy), h('td', {}, new Date(v.createdAt).toLocaleString())))));
}

/** A refused file's rows in error: the heading, how many there were when more than those listed, the list. */
export function rowErrors(errors, heading, more) {
  return h('div', { class: 'message error', role: 'alert' }, heading, more ? h('p', {}, more) : '',
    h('ul', {}, errors.map(x => h('li', {}, x.field + ': ' + x.message))));
}
