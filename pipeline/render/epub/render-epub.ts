// Placeholder until the e-book issue lands: says so with the environment exit code.
import { NotImplementedError } from '../../errors.ts';
import type { Renderer } from '../context.ts';

export const renderEpub: Renderer = async () => {
  throw new NotImplementedError('The EPUB output is not implemented yet (issue #4); build with `--only html`.');
};
