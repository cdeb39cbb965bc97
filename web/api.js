// SPDX-License-Identifier: Apache-2.0
// The server's API (see `medcert serve`): JSON in, JSON or a file out. Nothing is stored by the browser here.

export class ServerUnreachable extends Error {}

/** `path` with the query `params` ({name: value}; null, undefined and '' are left out). */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function send(url, options) {
  try {
    return await fetch(url, {cache: 'no-store', credentials: 'same-origin', ...options});
  } catch (error) {
    throw new ServerUnreachable(String(error));
  }
}

export async function getJSON(url) {
  const response = await send(url, {});
  return {status: response.status, data: await response.json()};
}

/** POSTs `findings` (or a render request holding them, photos.js) as JSON; returns the Response to read as JSON or as a file. */
export function postFindings(url, findings) {
  return send(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(findings)});
}

/** POSTs a findings file's text, as it is, for the server to read (YAML or JSON). */
export function postText(url, text) {
  return send(url, {method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: text});
}

/** The file name the server proposes (Content-Disposition), else `fallback`. */
export function fileName(response, fallback) {
  const m = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return m ? m[1] : fallback;
}
