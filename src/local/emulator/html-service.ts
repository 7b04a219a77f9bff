/** HtmlService: HTML pages for sidebars and dialogs, read from a folder of .html files. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxMode, XFrameOptionsMode } from './enums';

export class EmuHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;

  constructor(private content = '') {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = content;
    return this;
  }

  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  /** null until set. */
  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  setSandboxMode(_mode: unknown): this {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }

  addMetaTag(_name: string, _content: string): this {
    return this;
  }
}

export interface EmuHtmlService {
  createHtmlOutput(html?: string): EmuHtmlOutput;
  createHtmlOutputFromFile(filename: string): EmuHtmlOutput;
  SandboxMode: typeof SandboxMode;
  XFrameOptionsMode: typeof XFrameOptionsMode;
}

/** `htmlDir` holds the pages: createHtmlOutputFromFile("Sidebar") reads `${htmlDir}/Sidebar.html`. */
export function createHtmlService(htmlDir: string | undefined): EmuHtmlService {
  return {
    createHtmlOutput: (html = '') => new EmuHtmlOutput(html),
    createHtmlOutputFromFile(filename: string) {
      const base = filename.endsWith('.html') ? filename.slice(0, -5) : filename;
      if (htmlDir === undefined)
        throw new Error(`No HTML file named ${base} was found (no htmlDir was given to the emulator).`);
      const path = join(htmlDir, `${base}.html`);
      if (!existsSync(path)) throw new Error(`No HTML file named ${base} was found.`);
      return new EmuHtmlOutput(readFileSync(path, 'utf8'));
    },
    SandboxMode,
    XFrameOptionsMode,
  };
}
