/** Logger: keeps what the script logged, instead of printing it. */
export class EmuLogger {
  private readonly lines: string[] = [];

  /** Logger.log(data) or Logger.log(format, ...values) with %s / %d placeholders. */
  log(format: unknown, ...values: unknown[]): this {
    let text = typeof format === 'string' ? format : (JSON.stringify(format) ?? String(format));
    for (const value of values) text = text.replace(/%[sd]/, String(value));
    this.lines.push(text);
    return this;
  }

  getLog(): string {
    return this.lines.join('\n');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
