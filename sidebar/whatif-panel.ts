/**
 * The what-if panel: tries price, volume and cost changes on the canvas shown, or keeps them as a
 * named scenario, in one server call that answers with the KPIs before and after.
 */
import { call } from './connection';
import { canvasRef } from './elsewhere';
import { byId } from './dom';
import type { EntryPanel } from './entry-panel';
import { show } from './panels';
import { problemsText } from './refusals';
import type { SidebarState } from './state';
import { say, sayRefusal } from './status';
import {
  clearWhatIfKpis,
  drawWhatIfKpis,
  readMultipliers,
  drawKeepChoices,
  readKeep,
  setFieldsReadOnly,
  showServerErrors,
} from './whatif';
import { whatIfDoneMessage } from './whatif-model';

export interface WhatIfPanel {
  open(): void;
  close(): void;
  /** Applies the panel's changes (keep = false) or keeps them as the named scenario. */
  send(keep: boolean): Promise<void>;
}

export function whatIfPanel(s: SidebarState, entries: Pick<EntryPanel, 'setState'>): WhatIfPanel {
  function open(): void {
    if (s.view !== 'canvas') return;
    s.whatIf.open = true;
    s.gallery.open = false;
    say('');
    if (s.whatIf.sheet !== s.canvas?.sheetName) clearWhatIfKpis();
    drawKeepChoices(s.canvas?.scenarios ?? null);
    show(s, s.view);
    byId('whatif-title').focus();
  }

  function close(): void {
    s.whatIf.open = false;
    show(s, s.view);
    byId('open-whatif').focus();
  }

  async function send(keep: boolean): Promise<void> {
    if (!s.canvas || !s.guide) return;
    const multipliers = readMultipliers(s.guide);
    const kept = keep ? readKeep(s.guide) : { name: s.canvas.scenarios?.unkept ?? 'What-if' };
    if (multipliers === null || kept === null) return say('Please correct the marked field.', 'error');
    const canvas = canvasRef(s.canvas);
    setFieldsReadOnly(true);
    const request = {
      canvas,
      scenario: { name: kept.name, multipliers },
      keep,
      ...('keepAs' in kept ? { keepAs: kept.keepAs } : {}),
    };
    const result = await call(s, 'sidebarWhatIf', request);
    setFieldsReadOnly(false);
    if (result === null) return;
    if (!result.ok) {
      if (result.reason !== 'invalid') return sayRefusal(result);
      const rest = showServerErrors(result.messages);
      return say(rest.length > 0 ? problemsText(rest) : 'Please correct the marked field.', 'error');
    }
    s.whatIf.sheet = result.state.sheetName;
    drawWhatIfKpis(result.scenario, result.before, result.after, result.state.canvas.currency);
    entries.setState(result.state);
    drawKeepChoices(result.state.scenarios);
    say(whatIfDoneMessage(result.scenario, result.kept, result.state.scenarios?.room ?? null));
  }

  return { open, close, send };
}
