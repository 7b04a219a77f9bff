/** Developer metadata on a sheet or on whole rows/columns of it. */
import type { DeveloperMetadataApi } from '../../gas/spreadsheet-api';
import type { EmuSheet } from './sheet';

export type MetadataLocation =
  | { type: 'SHEET' }
  /** `start` and `count` are 1-based row or column numbers. */
  | { type: 'ROW' | 'COLUMN'; start: number; count: number };

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  location: MetadataLocation;
}

export class EmuDeveloperMetadata implements DeveloperMetadataApi {
  constructor(
    private readonly sheet: EmuSheet,
    private readonly record: MetadataRecord,
  ) {}

  private count(method: string): void {
    this.sheet.spreadsheet.calls.count(`DeveloperMetadata.${method}`);
  }

  getKey(): string {
    return this.record.key;
  }

  getValue(): string | null {
    return this.record.value;
  }

  getId(): number {
    this.count('getId');
    return this.record.id;
  }

  /** Where the metadata sits; rows and columns follow inserts and deletes. */
  getLocation(): Readonly<MetadataLocation> {
    this.count('getLocation');
    return { ...this.record.location };
  }

  setValue(value: string): this {
    this.count('setValue');
    this.record.value = value;
    return this;
  }

  remove(): void {
    this.count('remove');
    this.sheet.state.metadata = this.sheet.state.metadata.filter((m) => m !== this.record);
  }
}
