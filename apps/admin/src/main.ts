// The back-office's entry point: defining <communa-admin> starts the app on the page.
import './shell/communa-admin.ts';
