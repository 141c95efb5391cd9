import Link from 'next/link';
import { signOutAction } from '~/app/sign-in/actions';
import { currentSession } from '~/server/auth/session';

/** Who is signed in, with the way out; or the way in. */
export async function SessionNav() {
  const session = await currentSession();
  if (!session) {
    return <Link href="/sign-in">Sign in</Link>;
  }
  const who = session.role === 'shopper' ? session.name : `${session.email} (admin)`;
  return (
    <form action={signOutAction} className="session-nav">
      <span className="muted" data-testid="signed-in-as">
        {who}
      </span>
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
