// The console shell: asks the API which departments are installed, builds the menu, loads each
// department's page module on demand. Routes look like #/<department>/<page>.
import { api } from './api.js';
import { common, currentLanguage, setLanguage, translator } from './i18n.js';
import { form, h, message } from './ui.js';

const t = translator(common);
const $ = id => document.getElementById(id);
let departments = [];
const modules = new Map();

async function loadDepartments() {
  departments = await api('console/departments');
  renderMenu();
}

function title(item) { return currentLanguage() === 'zh' ? item.labelZh || item.titleZh : item.labelEn || item.titleEn; }

// One section per department of the organisation that owns the pages (a combined department shows its bundles'
// pages together); pages of no department yet keep their bundle's title.
function sections() {
  const grouped = new Map();
  for (const d of departments) {
    const key = d.section ? d.section.code : '#' + d.id;
    if (!grouped.has(key)) grouped.set(key, { section: d.section, bundles: [] });
    grouped.get(key).bundles.push(d);
  }
  return [...grouped.values()];
}

function renderMenu() {
  const route = location.hash.slice(1);
  const zh = currentLanguage() === 'zh';
  const link = item => h('a', { href: '#' + item.route, class: route === item.route ? 'active' : '', 'data-route': item.route }, title(item));
  $('menu').replaceChildren(...(departments.length ? sections().flatMap(({ section, bundles }) => [
    h('h2', { 'data-section': section ? section.code : '' }, section ? (zh ? section.nameZh : section.nameEn) : (zh ? bundles[0].titleZh : bundles[0].titleEn)),
    ...bundles.flatMap(d => [section && bundles.length > 1 ? h('h3', {}, zh ? d.titleZh : d.titleEn) : null, ...d.menu.map(link)].filter(Boolean))
  ]) : [h('p', { class: 'menu-note' }, t('noDepartments'))]));
}

/** The shell's own page: everyone may change their password; every other session of theirs ends. */
function renderPasswordPage(page) {
  const change = form({
    fields: [
      { name: 'current', label: t('currentPassword'), type: 'password', required: true },
      { name: 'replacement', label: t('newPassword'), type: 'password', required: true }
    ],
    submitLabel: t('changePassword'),
    onSubmit: values => api('session/password', { method: 'PUT', body: values }),
    onDone: () => page.append(message('ok', t('passwordChanged')))
  });
  page.replaceChildren(h('h2', {}, t('myPassword')), change.element);
}

// The page says which route it finished rendering (data-rendered), so a reader never acts on the page it left.
let renders = 0;
async function renderPage() {
  renderMenu();
  const page = $('page');
  const route = location.hash.slice(1);
  const render = ++renders;
  delete page.dataset.rendered;
  const done = () => { if (render === renders) page.dataset.rendered = route; };
  if (route === '/account/password') {
    renderPasswordPage(page);
    done();
    return;
  }
  const department = departments.find(d => route.startsWith('/' + d.id + '/') || route === '/' + d.id);
  if (!department) {
    page.replaceChildren(h('h2', {}, t('welcome')), h('p', {}, route ? t('unavailable') : t('welcomeText')));
    done();
    return;
  }
  try {
    if (!modules.has(department.moduleUrl)) modules.set(department.moduleUrl, await import(department.moduleUrl));
    page.replaceChildren();
    await modules.get(department.moduleUrl).render(page, route.slice(department.id.length + 2) || '', { api, lang: currentLanguage() });
  } catch (e) {
    page.replaceChildren(message('error', t('failed', { detail: e.message })));
  }
  done();
}

function labelChrome() {
  setLanguage(currentLanguage());
  $('app-name').textContent = t('appName');
  $('language').textContent = t('language');
  $('logout').textContent = t('logout');
  $('my-password').textContent = t('myPassword');
}

$('language').addEventListener('click', () => { setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh'); labelChrome(); renderPage(); });
$('logout').addEventListener('click', async () => { await api('session', { method: 'DELETE' }); location.href = '/console/login.html'; });
window.addEventListener('hashchange', () => loadDepartments().then(renderPage));
// A page that installed or removed a department (the admin's Modules page) asks for the menu at once.
window.addEventListener('mercato:departments-changed', () => loadDepartments().catch(() => {}));

async function start() {
  const me = await api('session');
  $('user').textContent = me.username;
  labelChrome();
  await loadDepartments();
  await renderPage();
  // Departments installed or removed while the page is open show up without a reload.
  setInterval(() => loadDepartments().catch(() => {}), 15000);
}
start().catch(e => $('page').replaceChildren(message('error', e.message)));
