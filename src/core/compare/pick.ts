/** Reads which canvases the user typed in the menu's prompt: numbers from the list shown, or empty for all. */

export type Picked = { ok: true; sheetNames: string[] } | { ok: false; message: string };

/** The prompt's text: the canvases numbered from 1. */
export function pickPrompt(sheetNames: readonly string[]): string {
  const list = sheetNames.map((n, i) => `${i + 1}. ${n}`).join('\n');
  return `Type the numbers of the canvases to compare, separated by commas (for example 1, 3), or leave it empty to compare them all:\n\n${list}`;
}

export function pickCanvases(typed: string, sheetNames: readonly string[]): Picked {
  const text = typed.trim();
  if (text === '') return { ok: true, sheetNames: [...sheetNames] };
  const picked: string[] = [];
  for (const part of text.split(/[,;\s]+/).filter((p) => p !== '')) {
    const n = Number(part);
    if (!Number.isInteger(n) || n < 1 || n > sheetNames.length) {
      return { ok: false, message: `"${part}" is not one of the numbers 1 to ${sheetNames.length} in the list.` };
    }
    const name = sheetNames[n - 1];
    if (!picked.includes(name)) picked.push(name);
  }
  return { ok: true, sheetNames: picked };
}
