/** How much a request may carry; the sidebar gets these with the guide to check fields as typed. */
import { FieldLimits } from '../api';

export const LIMITS: Readonly<FieldLimits> = Object.freeze({
  textLength: 1000,
  categoryLength: 100,
});
