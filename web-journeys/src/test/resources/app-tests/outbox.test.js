import { test, equal, truthy } from './harness.js';
import { openDatabase, Outbox, LocalSessions } from '/app/outbox.js';

let counter = 0;
const freshDatabase = () => openDatabase(`lumbar-test-${Date.now()}-${counter++}`);

test('entries are sent in order, each once, and leave the queue', async () => {
  const sent = [];
  const outbox = new Outbox(await freshDatabase(), async (entry) => { sent.push(entry.path); return { ok: true }; });
  await outbox.add({ path: '/a', method: 'POST', idempotencyKey: 'k1' });
  await outbox.add({ path: '/b', method: 'POST', idempotencyKey: 'k2' });
  const result = await outbox.drain();
  equal(sent, ['/a', '/b']);
  equal(result.sent, 2);
  equal((await outbox.pending()).length, 0);
});

test('offline, nothing is lost: the queue waits and sends the same entry, with its key, later', async () => {
  let online = false;
  const keys = [];
  const outbox = new Outbox(await freshDatabase(), async (entry) => {
    keys.push(entry.idempotencyKey);
    if (!online) throw Object.assign(new Error('offline'), { status: 0 });
    return {};
  });
  await outbox.add({ path: '/sessions/offline', method: 'POST', idempotencyKey: 'same-key', body: { id: 's1' } });
  const first = await outbox.drain();
  equal([first.sent, first.waiting, first.status], [0, 1, 0]);
  online = true;
  const second = await outbox.drain();
  equal([second.sent, second.waiting], [1, 0]);
  equal(keys, ['same-key', 'same-key']);
});

test('a sign-out or an outage keeps the entry; a refusal sets it aside with its words', async () => {
  const answers = [401, 503, 422];
  const outbox = new Outbox(await freshDatabase(), async () => {
    const status = answers.shift();
    if (status) throw Object.assign(new Error(`words for ${status}`), { status });
    return {};
  });
  await outbox.add({ path: '/x', method: 'POST', label: 'A set' });
  equal((await outbox.drain()).status, 401);
  equal((await outbox.drain()).status, 503);
  equal((await outbox.pending()).length, 1);
  await outbox.drain();
  const refused = await outbox.refused();
  equal([(await outbox.pending()).length, refused.length, refused[0].status, refused[0].words, refused[0].label],
    [0, 1, 422, 'words for 422', 'A set']);
});

test('two drains at once send an entry once', async () => {
  let calls = 0;
  const outbox = new Outbox(await freshDatabase(), async () => { calls++; await new Promise((r) => setTimeout(r, 20)); return {}; });
  await outbox.add({ path: '/once', method: 'POST' });
  await Promise.all([outbox.drain(), outbox.drain()]);
  equal(calls, 1);
});

test('sessions recorded on the device are kept by their own id', async () => {
  const sessions = new LocalSessions(await freshDatabase());
  await sessions.put({ localId: 'l1', sets: [{ id: 's' }] });
  truthy((await sessions.get('l1')).sets.length === 1, 'kept');
  equal((await sessions.all()).length, 1);
  await sessions.remove('l1');
  equal([await sessions.get('l1'), (await sessions.all()).length], [undefined, 0]);
});
