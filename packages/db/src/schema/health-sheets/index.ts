export { childHealthSheets } from './child-health-sheets.ts';
