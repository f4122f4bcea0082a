// Lumbar's service worker: the app shell and the reads a session needs are kept, so the app opens and today's
// plan shows with the network off. Writes are never cached: the app queues them itself (app/outbox.js).
const SHELL = 'lumbar-shell-v1';
const READS = 'lumbar-reads-v1';
const SHELL_FILES = ['/', '/manifest.webmanifest', '/icon.svg', '/icon-192.png'];
// reads a patient needs offline: who they are, their programs and plans, the exercises' instructions
const CACHED_READS = [/^\/api\/me$/, /^\/api\/programs(\/[^/]+(\/plan)?)?$/, /^\/api\/exercises(\/[^/]+)?$/,
  /^\/api\/screenings\/me$/];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== SHELL && key !== READS).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // /login and /logout go to Keycloak and back: the browser handles those itself
    if (url.pathname === '/') event.respondWith(networkFirst(SHELL, request, '/'));
  } else if (url.pathname.startsWith('/static/')) {
    // bundle files carry their content hash in the name: once fetched, they never change
    event.respondWith(cacheFirst(SHELL, request));
  } else if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(networkFirst(SHELL, request));
  } else if (CACHED_READS.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(READS, request));
  }
});

async function cacheFirst(name, request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(name)).put(request, response.clone());
  return response;
}

async function networkFirst(name, request, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(name)).put(fallback || request, response.clone());
    return response;
  } catch (offline) {
    const cached = await caches.match(fallback || request);
    if (cached) return cached;
    throw offline;
  }
}
