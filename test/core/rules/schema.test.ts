import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canvasSchemaText } from '../../../src/core/rules/schema';

test('docs/canvas.schema.json is the schema the rules table writes (run `npm run schema` after changing the table)', () => {
  const committed = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'canvas.schema.json'), 'utf8');
  expect(committed).toBe(canvasSchemaText());
});
