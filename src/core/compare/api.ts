/** What the Compare server functions answer, for the sidebar (types only). */

export type Refused = { ok: false; message: string };

export type CanvasListResult = { ok: true; canvases: { sheetName: string }[] } | Refused;

export type CompareResult =
  | { ok: true; sheetName: string; canvases: { sheetName: string; missing: boolean }[] }
  | Refused;

export type VariantResult = { ok: true; sheetName: string } | Refused;
