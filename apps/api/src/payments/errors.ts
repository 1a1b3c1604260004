import type { ProblemCode } from '../problems/problem.ts';

export const paymentProblems = {
  invoiceNotFound: { code: 'invoice_not_found', status: 404, title: 'No such invoice in this commune' },
  invoiceNotOpen: {
    code: 'invoice_not_open',
    status: 409,
    title: 'This invoice is not open (already paid, cancelled or released); nothing was written',
  },
} as const satisfies Record<string, ProblemCode>;
