/** A view finished a sign-in step: the shell reloads who is signed in. */
export const SIGNED_IN_EVENT = 'admin-signed-in';
/** The password was right; the account's TOTP code comes next (no session yet). */
export const SECOND_FACTOR_EVENT = 'admin-second-factor';
/** A view asks the shell to sign out (for example, to sign in with another account). */
export const SIGN_OUT_EVENT = 'admin-sign-out';

export function emit(target: EventTarget, type: string): void {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
}
