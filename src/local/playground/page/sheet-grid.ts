/**
 * The interactive grid: one drawn sheet, a selected cell that the mouse and arrow keys move, and
 * an in-place editor (double-click, Enter, F2 or just typing) whose text goes to the server when
 * the user presses Enter or Tab. A rejected entry keeps the editor open with what was typed.
 */
import type { CellSnapshot } from '../../emulator/snapshot';
import type { WorkbookView } from '../protocol';
import { columnLetters, DrawnSheet } from './sheet-view';

export interface SheetGridEvents {
  /** Sends what was typed; resolves with null when the cell took it, or the reason it did not. */
  commit(sheetId: number, row: number, column: number, text: string): Promise<string | null>;
  /** Called whenever the selected cell changes, with its address and its content as typed. */
  selected(a1: string, content: string): void;
}

/** Strings that Sheets would read as something else when typed, so the editor shows them with "'". */
const NOT_PLAIN_TEXT = /^\s*([-+=@'$.(\d]|true\s*$|false\s*$)/i;
const DATE_FORMAT = /[dy]/i;
/** The width of a dropdown cell's arrow, which opens its list when clicked. */
const ARROW_WIDTH = 18;

/** What a user would type to get this cell's content back. */
export function typedContent(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  const literal = cell.literal;
  if (literal === undefined) return '';
  if (typeof literal === 'string') return NOT_PLAIN_TEXT.test(literal) ? `'${literal}` : literal;
  if (typeof literal === 'boolean') return literal ? 'TRUE' : 'FALSE';
  const format = cell.format?.numberFormat ?? '';
  if (format.includes('%')) return `${Number((literal * 100).toPrecision(15))}%`;
  if (DATE_FORMAT.test(format)) return cell.display;
  return String(literal);
}

export class SheetGrid {
  private drawn: DrawnSheet | null = null;
  private sheetId = -1;
  private row = 1;
  private column = 1;
  private editor: HTMLInputElement | null = null;
  private picker: HTMLElement | null = null;
  private committing = false;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly events: SheetGridEvents,
  ) {
    scroller.addEventListener('mousedown', (event) => this.onMouseDown(event));
    scroller.addEventListener('dblclick', (event) => {
      if (this.drawn?.cellOf(event.target as Element)) this.startEditing(null);
    });
    scroller.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  /**
   * Draws the workbook's active sheet. A newer picture of the same sheet repaints only the cells
   * that changed, keeping the selection and the scroll position.
   */
  render(view: WorkbookView): void {
    this.closeEditor();
    this.closeList();
    const sameSheet = view.sheet.id === this.sheetId && this.drawn !== null;
    if (sameSheet && this.drawn!.update(view)) {
      this.select(this.row, this.column, false);
      return;
    }
    const { scrollTop, scrollLeft } = this.scroller;
    const drawn = new DrawnSheet(view);
    this.scroller.replaceChildren(drawn.element);
    drawn.placeCharts();
    this.drawn = drawn;
    if (sameSheet) {
      this.scroller.scrollTop = scrollTop;
      this.scroller.scrollLeft = scrollLeft;
    } else {
      this.sheetId = view.sheet.id;
      this.row = Math.min(view.sheet.frozenRows + 1, drawn.rows);
      this.column = 1;
    }
    this.select(Math.min(this.row, drawn.rows), Math.min(this.column, drawn.columns), false);
  }

  private select(row: number, column: number, scroll = true): void {
    const drawn = this.drawn;
    if (!drawn) return;
    const merge = drawn.mergeAt(row, column);
    this.row = merge ? merge.row : row;
    this.column = merge ? merge.column : column;
    this.scroller.querySelector('td.selected')?.classList.remove('selected');
    const td = drawn.tdAt(this.row, this.column);
    td?.classList.add('selected');
    if (td && scroll) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.events.selected(`${columnLetters(this.column)}${this.row}`, typedContent(drawn.cellAt(this.row, this.column)));
  }

  private onMouseDown(event: MouseEvent): void {
    if (!this.drawn || event.target === this.editor) return;
    const position = this.drawn.cellOf(event.target as Element);
    if (!position) return;
    if (this.editor) void this.commitEditor(0, 0);
    this.closeList();
    this.select(position[0], position[1]);
    this.scroller.focus({ preventScroll: true });
    event.preventDefault();
    // The arrow at a dropdown cell's right edge opens its list, as in Sheets.
    const td = (event.target as Element).closest('td');
    if (td?.classList.contains('has-list') && event.clientX >= td.getBoundingClientRect().right - ARROW_WIDTH) {
      this.openList();
    }
  }

  /** Moves the selection by a step, stepping over a merged block as one cell. */
  private move(rows: number, columns: number): void {
    const drawn = this.drawn;
    if (!drawn) return;
    const merge = drawn.mergeAt(this.row, this.column);
    const fromRow = rows > 0 && merge ? merge.row + merge.numRows - 1 : this.row;
    const fromColumn = columns > 0 && merge ? merge.column + merge.numColumns - 1 : this.column;
    const row = Math.min(Math.max(fromRow + rows, 1), drawn.rows);
    const column = Math.min(Math.max(fromColumn + columns, 1), drawn.columns);
    this.select(row, column);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.editor || this.picker || !this.drawn) return;
    const opensList = (event.altKey && event.key === 'ArrowDown') || event.key === 'Enter';
    if (opensList && this.openList()) {
      event.preventDefault();
      return;
    }
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const step = steps[event.key];
    if (step) {
      event.preventDefault();
      this.move(step[0], step[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEditing(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.send('', 0, 0);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell replaces its content, as in Sheets.
      event.preventDefault();
      this.startEditing(event.key);
    }
  }

  /** Opens the editor over the selected cell, with its content or with `replacement`. */
  private startEditing(replacement: string | null): void {
    const drawn = this.drawn;
    const td = drawn?.tdAt(this.row, this.column);
    if (!drawn || !td) return;
    this.closeEditor();
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'cell-editor';
    input.setAttribute('aria-label', `Edit cell ${columnLetters(this.column)}${this.row}`);
    input.value = replacement ?? typedContent(drawn.cellAt(this.row, this.column));
    const choices = drawn.listAt(this.row, this.column);
    if (choices) {
      const list = document.createElement('datalist');
      list.id = 'cell-editor-choices';
      for (const choice of choices) {
        const option = document.createElement('option');
        option.value = choice;
        list.append(option);
      }
      this.scroller.append(list);
      input.setAttribute('list', list.id);
    }
    const box = td.getBoundingClientRect();
    const frame = this.scroller.getBoundingClientRect();
    input.style.left = `${box.left - frame.left + this.scroller.scrollLeft}px`;
    input.style.top = `${box.top - frame.top + this.scroller.scrollTop}px`;
    input.style.minWidth = `${Math.max(box.width, 120)}px`;
    input.style.height = `${Math.max(box.height, 22)}px`;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.commitEditor(1, 0);
      } else if (event.key === 'Tab') {
        event.preventDefault();
        void this.commitEditor(0, event.shiftKey ? -1 : 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.closeEditor();
        this.scroller.focus({ preventScroll: true });
      }
      event.stopPropagation();
    });
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
    this.scroller.append(input);
    this.editor = input;
    input.focus({ preventScroll: true });
    input.setSelectionRange(input.value.length, input.value.length);
  }

  /**
   * Opens the list of a dropdown cell under it; picking a choice writes it as if typed. Returns
   * false when the selected cell has no list.
   */
  private openList(): boolean {
    const drawn = this.drawn;
    const td = drawn?.tdAt(this.row, this.column);
    const choices = drawn?.listAt(this.row, this.column);
    if (!drawn || !td || !choices || choices.length === 0) return false;
    this.closeList();
    const current = drawn.cellAt(this.row, this.column)?.display ?? '';
    const list = document.createElement('ul');
    list.className = 'cell-choices';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', `Choices for ${columnLetters(this.column)}${this.row}`);
    list.tabIndex = -1;
    const options = choices.map((choice, i) => {
      const option = document.createElement('li');
      option.id = `cell-choice-${i}`;
      option.setAttribute('role', 'option');
      option.textContent = choice;
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        event.stopPropagation();
        void this.pick(choice);
      });
      return option;
    });
    list.append(...options);
    let active = Math.max(0, choices.indexOf(current));
    const activate = (i: number) => {
      active = Math.min(Math.max(i, 0), options.length - 1);
      options.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
      list.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    };
    list.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') activate(active + (event.key === 'ArrowDown' ? 1 : -1));
      else if (event.key === 'Enter') void this.pick(choices[active]);
      else if (event.key === 'Escape' || event.key === 'Tab') {
        this.closeList();
        this.scroller.focus({ preventScroll: true });
      } else return;
      event.preventDefault();
    });
    const box = td.getBoundingClientRect();
    const frame = this.scroller.getBoundingClientRect();
    list.style.left = `${box.left - frame.left + this.scroller.scrollLeft}px`;
    list.style.top = `${box.bottom - frame.top + this.scroller.scrollTop}px`;
    list.style.minWidth = `${Math.max(box.width, 120)}px`;
    this.scroller.append(list);
    this.picker = list;
    activate(active);
    list.focus({ preventScroll: true });
    return true;
  }

  private closeList(): void {
    this.picker?.remove();
    this.picker = null;
  }

  private async pick(choice: string): Promise<void> {
    this.closeList();
    await this.send(choice, 0, 0);
  }

  private closeEditor(): void {
    this.editor?.remove();
    this.editor = null;
    this.scroller.querySelector('#cell-editor-choices')?.remove();
  }

  private async commitEditor(rows: number, columns: number): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    const ok = await this.send(editor.value, rows, columns);
    if (!ok && this.editor === editor) {
      editor.setAttribute('aria-invalid', 'true');
      editor.focus();
    }
  }

  /** Sends `text` for the selected cell; on success the caller's redraw closes the editor. */
  private async send(text: string, rows: number, columns: number): Promise<boolean> {
    if (this.committing) return false;
    this.committing = true;
    const [row, column] = [this.row, this.column];
    try {
      const problem = await this.events.commit(this.sheetId, row, column, text);
      if (problem !== null) return false;
      this.closeEditor();
      if (rows !== 0 || columns !== 0) this.move(rows, columns);
      this.scroller.focus({ preventScroll: true });
      return true;
    } finally {
      this.committing = false;
    }
  }
}
