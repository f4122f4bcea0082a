// What the app has recorded but the API has not yet acknowledged, kept in IndexedDB so it survives a closed tab,
// a lost network and a sign-out. Each entry is one request with its own Idempotency-Key, sent in order: sending it
// again after a lost answer gets the original answer, so nothing is stored or counted twice.

const DB_NAME = 'lumbar';
const DB_VERSION = 1;

export function openDatabase(name = DB_NAME) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      if (!db.objectStoreNames.contains('refused')) db.createObjectStore('refused', { keyPath: 'seq' });
      if (!db.objectStoreNames.contains('sessions')) db.createObjectStore('sessions', { keyPath: 'localId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run(db, store, mode, work) {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    let result;
    const request = work(transaction.objectStore(store));
    if (request) request.onsuccess = () => { result = request.result; };
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/**
 * The queue of requests waiting to be sent. {@code send(entry)} performs one request and resolves with its answer,
 * or rejects with an error whose {@code status} says what happened: 0 (no network) and 5xx are tried again later,
 * 401 waits for the next sign-in, any other refusal is final and is kept aside, with its words, for the person.
 */
export class Outbox extends EventTarget {
  constructor(db, send) {
    super();
    this.db = db;
    this.send = send;
    this.draining = null;
  }

  async add(entry) {
    const seq = await run(this.db, 'outbox', 'readwrite', (store) => store.add({ ...entry, queuedAt: Date.now() }));
    this.changed();
    return seq;
  }

  pending() { return run(this.db, 'outbox', 'readonly', (store) => store.getAll()); }

  refused() { return run(this.db, 'refused', 'readonly', (store) => store.getAll()); }

  dismiss(seq) { return run(this.db, 'refused', 'readwrite', (store) => store.delete(seq)).then(() => this.changed()); }

  /** Sends what is queued, oldest first, and stops at the first entry that cannot be sent yet. */
  drain() {
    if (!this.draining) {
      this.draining = this.drainNow().finally(() => { this.draining = null; });
    }
    return this.draining;
  }

  async drainNow() {
    let sent = 0;
    for (;;) {
      const [next] = await run(this.db, 'outbox', 'readonly', (store) => store.getAll(null, 1));
      if (!next) return { sent, waiting: 0 };
      try {
        const answer = await this.send(next);
        await run(this.db, 'outbox', 'readwrite', (store) => store.delete(next.seq));
        sent++;
        this.dispatchEvent(new CustomEvent('sent', { detail: { entry: next, answer } }));
      } catch (failure) {
        const status = failure && failure.status !== undefined ? failure.status : 0;
        if (status === 0 || status >= 500 || status === 401 || status === 429) {
          const waiting = (await this.pending()).length;
          this.changed();
          return { sent, waiting, status };
        }
        await this.refuse(next, status, failure.message);
      }
      this.changed();
    }
  }

  async refuse(entry, status, words) {
    const db = this.db;
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(['outbox', 'refused'], 'readwrite');
      transaction.objectStore('outbox').delete(entry.seq);
      transaction.objectStore('refused').put({ ...entry, status, words, refusedAt: Date.now() });
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
  }

  changed() { this.dispatchEvent(new Event('changed')); }
}

/** Sessions as this device knows them (recorded here, perhaps not yet sent), by the app's own id. */
export class LocalSessions {
  constructor(db) { this.db = db; }
  put(session) { return run(this.db, 'sessions', 'readwrite', (store) => store.put(session)); }
  get(localId) { return run(this.db, 'sessions', 'readonly', (store) => store.get(localId)); }
  all() { return run(this.db, 'sessions', 'readonly', (store) => store.getAll()); }
  remove(localId) { return run(this.db, 'sessions', 'readwrite', (store) => store.delete(localId)); }
}
