// The page's Content-Security-Policy allows no eval, so zod must not probe Function() to compile its
// parsers (the probe alone reports a CSP violation). Imported first by the composition root, before
// any module defines a schema.
import { config } from 'zod';

config({ jitless: true });
