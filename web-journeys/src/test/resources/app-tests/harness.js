export const tests = [];
export const test = (name, body) => tests.push([name, body]);

export function equal(actual, expected, what = 'value') {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e} but was ${a}`);
}

export function truthy(value, what) {
  if (!value) throw new Error(`${what}: expected true but was ${JSON.stringify(value)}`);
}
