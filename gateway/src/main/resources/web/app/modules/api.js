// Calls to the Lumbar API through the gateway. The browser's session cookie signs them in; the header
// X-Requested-With marks them as the app's own (the gateway refuses cookie-signed changes without it).
import { inWords } from './words.js';

/** An answer the API gave that is not a success, with what to tell the person. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(inWords(status, problem));
    this.status = status;
    this.problem = problem;
  }
  get signedOut() { return this.status === 401; }
}

/** The request never got an answer: the device is offline or the gateway cannot be reached. */
export class Unreachable extends Error {
  constructor() { super(inWords(0)); this.status = 0; }
}

export const events = new EventTarget();

export async function api(path, { method = 'GET', body, idempotencyKey, headers = {} } = {}) {
  const request = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'JavaScript', ...headers },
  };
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  if (idempotencyKey) request.headers['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(`/api${path}`, request);
  } catch (networkFailure) {
    throw new Unreachable();
  }
  // 499 is quarkus-oidc's answer to a script whose session has ended and cannot be refreshed
  if (response.status === 401 || response.status === 499) {
    events.dispatchEvent(new Event('signed-out'));
    throw new ApiError(401, await problemOf(response));
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

async function problemOf(response) {
  try {
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? await response.json() : null;
  } catch (notJson) {
    return null;
  }
}

export const newKey = () => crypto.randomUUID();
