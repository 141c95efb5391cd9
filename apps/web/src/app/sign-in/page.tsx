import type { Metadata } from 'next';
import { signInShopperAction } from './actions';
import { SignInForm } from './_components/sign-in-form';
import { demoShopperEmails } from './demo-accounts';
import { returnToSchema } from './sign-in.schemas';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const { next } = await searchParams;
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <p className="muted">Shoppers of this demo shop sign in with their email.</p>
      <SignInForm
        action={signInShopperAction}
        returnTo={returnToSchema('/').parse(next)}
        withPassword={false}
      />
      <p className="hint">Demo accounts: {demoShopperEmails.join(', ')}.</p>
    </section>
  );
}
