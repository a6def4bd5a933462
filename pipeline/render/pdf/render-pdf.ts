// Placeholder until the print issue lands: says so with the environment exit code.
import { NotImplementedError } from '../../errors.ts';
import type { Renderer } from '../context.ts';

export const renderPdf: Renderer = async () => {
  throw new NotImplementedError('The PDF output is not implemented yet (issue #3); build with `--only html`.');
};
