// What every page shares: who is signed in, the device's queue of unsent changes and its recorded sessions.
import { api, ApiError } from './api.js';
import { openDatabase, Outbox, LocalSessions } from './outbox.js';

export const context = {
  me: null,
  outbox: null,
  sessions: null,
  async start() {
    const db = await openDatabase();
    this.outbox = new Outbox(db, (entry) => api(entry.path, { method: entry.method, body: entry.body,
      idempotencyKey: entry.idempotencyKey }));
    this.sessions = new LocalSessions(db);
    // once a session's last change is acknowledged the server holds all of it: the device forgets its copy
    this.outbox.addEventListener('sent', ({ detail }) => {
      if (detail.entry.final) this.sessions.remove(detail.entry.sessionLocalId);
    });
    window.addEventListener('online', () => this.outbox.drain());
    setInterval(() => this.outbox.drain(), 15000);
  },
  async whoAmI() {
    try {
      this.me = await api('/me');
    } catch (failure) {
      if (!(failure instanceof ApiError) || !failure.signedOut) throw failure;
      this.me = null;
    }
    return this.me;
  },
  has(role) { return Boolean(this.me && this.me.roles.includes(role)); },
};
