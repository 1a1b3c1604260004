export { stageInvoiceNumbers, stageInvoices } from './stage-invoices.ts';
