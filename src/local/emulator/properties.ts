/** A Properties store (document, user or script properties), in memory. Values are strings. */
export class PropertyStore {
  private readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.values.set(key, String(value));
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.values.clear();
    for (const [key, value] of Object.entries(properties)) this.values.set(key, String(value));
    return this;
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }

  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }

  deleteAllProperties(): this {
    this.values.clear();
    return this;
  }
}
