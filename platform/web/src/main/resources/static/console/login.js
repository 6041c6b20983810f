import { api } from './api.js';
import { common, currentLanguage, setLanguage, translator } from './i18n.js';

const t = translator(common);
const $ = id => document.getElementById(id);

function label() {
  setLanguage(currentLanguage());
  $('title').textContent = t('appName');
  $('username-label').textContent = t('username');
  $('password-label').textContent = t('password');
  $('submit').textContent = t('login');
  $('language').textContent = t('language');
}

$('language').addEventListener('click', () => { setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh'); label(); });
$('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  $('status').replaceChildren();
  try {
    await api('session', { method: 'POST', body: { username: $('username').value, password: $('password').value } });
    location.href = '/console/index.html';
  } catch (e) {
    const box = document.createElement('div');
    box.className = 'message error'; box.setAttribute('role', 'alert');
    box.textContent = e.status === 401 ? t('loginFailed')
      : e.status === 429 ? t('loginPaused', { minutes: Math.max(1, Math.ceil((e.retryAfter || 900) / 60)) }) : e.message;
    $('status').append(box);
  }
});
label();
