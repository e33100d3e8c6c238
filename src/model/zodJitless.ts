// Puts zod in jitless mode before any schema exists: its compiled parsers use `new Function`, which the page's
// Content-Security-Policy forbids (no 'unsafe-eval'). schema.ts imports it first, so every path to a schema (the validator, opened networks) has it.
import { z } from 'zod';

z.config({ jitless: true });
