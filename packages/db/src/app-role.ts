/** The role the application connects as (created by the migrations, without BYPASSRLS). */
export const APP_ROLE = 'communa_app';
