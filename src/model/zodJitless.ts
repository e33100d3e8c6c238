// Puts zod in jitless mode before any schema exists: its compiled parsers use `new Function`, which the page's
// Content-Security-Policy forbids (no 'unsafe-eval'). Import this module first wherever schemas are built for a browser.
import { z } from 'zod';

z.config({ jitless: true });
