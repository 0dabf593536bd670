/**
 * UBL 2.1 / Peppol BIS Billing 3.0 invoices and credit notes: the model, the writer and the reader.
 * Sales maps an issued invoice to `UblDocument` and calls `writeUbl`; purchasing calls `readUbl` on a
 * received file and maps the model to a vendor bill. See ../README.md for the mapping guide.
 */
export * from './model.ts';
export { readUbl } from './read.ts';
export { writeUbl } from './write.ts';
