/** `npm run schema`: writes docs/canvas.schema.json from the rules table (src/core/rules/table.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canvasSchemaText } from '../src/core/rules/schema';

const file = join(process.cwd(), 'docs', 'canvas.schema.json');
writeFileSync(file, canvasSchemaText());
console.log(`Wrote ${file}`);
