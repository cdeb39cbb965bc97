// SPDX-License-Identifier: Apache-2.0
// Small DOM helpers: elements are built from code (the CSP forbids inline scripts and styles).

/** h('input', {type: 'text', class: 'x', text: '…', on: {input: fn}}, child, …) */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** French typography: a narrow no-break space inside « » and before ; : ! ? */
export const NNBSP = '\u202F';
export function guillemets(text) { return `«${NNBSP}${text}${NNBSP}»`; }

/** A text spoken by screen readers but not shown. */
export function hidden(text) { return h('span', {class: 'visually-hidden', text}); }

/** Offers a Blob as a file to download, then lets it go: nothing stays in the page. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', {href: url, download: name, class: 'visually-hidden'});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function sizeLabel(bytes) {
  return bytes < 1024 ? `${bytes}${NNBSP}o` : `${Math.round(bytes / 1024)}${NNBSP}Ko`;
}
