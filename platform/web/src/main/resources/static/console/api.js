// Fetch wrapper for /api: JSON both ways, problem details turned into ApiError, 401 sends to the login page.
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
  /** Field errors as {field: message}. */
  fieldErrors() {
    const result = {};
    for (const e of (this.problem.errors || [])) result[e.field] = e.message;
    return result;
  }
}

// Writes made with the session cookie carry the session's CSRF token; the API hands it out at login and with the
// current session, and the tab keeps it while it is open.
const CSRF_KEY = 'mercato.csrf';

export async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  const csrf = sessionStorage.getItem(CSRF_KEY);
  if (method !== 'GET' && csrf) init.headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) {
    if (raw) { init.body = body; } else { init.body = JSON.stringify(body); init.headers['Content-Type'] = 'application/json'; }
  }
  if (method === 'POST' && !init.headers['Idempotency-Key']) init.headers['Idempotency-Key'] = newKey();
  const response = await fetch('/api/' + path.replace(/^\//, ''), init);
  if (response.status === 401 && !(method === 'POST' && path === 'session')) {
    location.href = '/console/login.html';
    throw new ApiError(401, { detail: 'Not logged in' });
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    error.retryAfter = Number(response.headers.get('Retry-After')) || null;
    throw error;
  }
  if (data && data.csrfToken && path.replace(/^\//, '').startsWith('session')) sessionStorage.setItem(CSRF_KEY, data.csrfToken);
  return data;
}

function newKey() {
  return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
}
