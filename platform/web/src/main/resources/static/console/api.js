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

/**
 * Uploads a file as it is (no reading into memory) with progress: onProgress(sent, total). POST with the CSRF
 * token and an Idempotency-Key like every write; resolves with the JSON answer, rejects with an ApiError.
 */
export function upload(path, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/' + path.replace(/^\//, ''));
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Idempotency-Key', newKey());
    const csrf = sessionStorage.getItem(CSRF_KEY);
    if (csrf) request.setRequestHeader('X-CSRF-Token', csrf);
    request.upload.onprogress = e => { if (onProgress && e.lengthComputable) onProgress(e.loaded, e.total); };
    request.onload = () => {
      if (request.status === 401) { location.href = '/console/login.html'; return; }
      let data = null;
      try { data = request.responseText ? JSON.parse(request.responseText) : null; } catch (e) { data = null; }
      if (request.status >= 200 && request.status < 300) resolve(data); else reject(new ApiError(request.status, data));
    };
    request.onerror = () => reject(new ApiError(0, { detail: 'network error' }));
    request.send(file);
  });
}

function newKey() {
  return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
}
