// SPDX-License-Identifier: Apache-2.0
// Diagnostic paths ("findings.lesions[1].size.length_cm", as `medcert check` writes them) and the findings
// object they point into.

/** 'findings.lesions[1].size.length_cm' → ['lesions', 1, 'size', 'length_cm'] */
export function segments(path) {
  const out = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m;
  while ((m = re.exec(path)) !== null) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  if (out[0] === 'findings') out.shift();
  return out;
}

export function getAt(object, segs) {
  return segs.reduce((o, key) => (o === null || o === undefined ? undefined : o[key]), object);
}

export function setAt(object, segs, value) {
  let o = object;
  segs.forEach((key, i) => {
    if (i === segs.length - 1) { o[key] = value; return; }
    if (o[key] === null || typeof o[key] !== 'object') o[key] = typeof segs[i + 1] === 'number' ? [] : {};
    o = o[key];
  });
}

/** The DOM id of a field: 'findings.lesions[1].size.length_cm' → 'f-lesions-1-size-length_cm'. */
export function idFor(path) {
  return 'f-' + path.replace(/^findings\.?/, '').replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '');
}

/** The path one level up ('findings.lesions[1].size' → 'findings.lesions[1]'), or null at the top. */
export function parentPath(path) {
  const m = /^(.+?)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? m[1] : null;
}

/** Whether `path` is `prefix` or lies inside it. */
export function within(path, prefix) {
  return path === prefix || path.startsWith(prefix + '.') || path.startsWith(prefix + '[');
}

export function isMapping(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
