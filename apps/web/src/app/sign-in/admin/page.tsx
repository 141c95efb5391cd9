import type { Metadata } from 'next';
import { signInAdminAction } from '../actions';
import { SignInForm } from '../_components/sign-in-form';
import { returnToSchema } from '../sign-in.schemas';

export const metadata: Metadata = { title: 'Admin sign-in' };

export default async function AdminSignInPage({ searchParams }: PageProps<'/sign-in/admin'>) {
  const { next } = await searchParams;
  return (
    <section className="narrow">
      <h1>Admin sign-in</h1>
      <SignInForm
        action={signInAdminAction}
        returnTo={returnToSchema('/admin').parse(next)}
        withPassword
      />
    </section>
  );
}
