import { Canvas } from '../model';
import { PatternTemplate } from './template';

export type TemplateSpec = Omit<PatternTemplate, 'illustrative' | 'canvas'> & { canvas: Omit<Canvas, 'name'> };

/** A template whose canvas is named after its title, its numbers marked illustrative. */
export function defineTemplate(spec: TemplateSpec): PatternTemplate {
  return { ...spec, illustrative: true, canvas: { name: spec.title, ...spec.canvas } };
}
