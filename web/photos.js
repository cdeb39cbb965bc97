// SPDX-License-Identifier: Apache-2.0
// The photographs added to the form: kept in this page's memory only, by the name the findings give them
// (photos[].file). They leave the browser with the render request alone (POST /api/render's
// {"findings", "photos"} body), which the server reads without keeping; an export carries their names only.

const store = new Map();  // name → File

/** The name `file` is kept under: its own, or « nom-2.jpg » when another file already has that name. */
export function keepPhoto(file) {
  const dot = file.name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [file.name.slice(0, dot), file.name.slice(dot)] : [file.name, ''];
  let name = file.name;
  for (let n = 2; store.has(name) && store.get(name) !== file; n += 1) name = `${base}-${n}${extension}`;
  store.set(name, file);
  return name;
}

export function keptPhoto(name) {
  return store.get(name);
}

/** The file's bytes in base64 (FileReader's data URL, without its « data:…;base64, » head). */
function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The body of a render request: the findings alone, or {findings, photos: [{file, data}]} with the bytes of
 * each photograph they name that this page holds (one it lacks is reported by the server, at its row).
 */
export async function renderBody(findings) {
  const names = [...new Set((findings.photos ?? []).map((photo) => photo?.file).filter((name) => store.has(name)))];
  if (!names.length) return findings;
  const photos = await Promise.all(names.map(async (file) => ({file, data: await base64(store.get(file))})));
  return {findings, photos};
}
