/** Which part of the sidebar shows: the loading note, the list of canvases or a canvas, under the gallery or the what-if panel. */
import { byId } from './dom';
import type { SidebarState, View } from './state';

export function show(s: SidebarState, next: View): void {
  s.view = next;
  if (s.view !== 'canvas') {
    s.whatIf.open = false;
    s.assumptions.open = false;
  }
  const covered = s.gallery.open || s.whatIf.open || s.assumptions.open;
  byId('loading').hidden = covered || s.view !== 'loading';
  byId('choose').hidden = covered || s.view !== 'choose';
  byId('canvas').hidden = covered || s.view !== 'canvas';
  byId('gallery').hidden = !s.gallery.open;
  byId('whatif').hidden = !s.whatIf.open;
  byId('assumptions').hidden = !s.assumptions.open;
  byId('open-assumptions').setAttribute('aria-expanded', String(s.assumptions.open));
  byId('open-gallery').setAttribute('aria-expanded', String(s.gallery.open));
  byId('open-whatif').setAttribute('aria-expanded', String(s.whatIf.open));
  byId<HTMLButtonElement>('open-whatif').disabled = s.view !== 'canvas' || s.calls.busy;
  byId<HTMLButtonElement>('export-json').disabled = s.view !== 'canvas';
}
