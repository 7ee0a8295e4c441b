import { notFound } from 'next/navigation';

/** Any other path under a language is a 404 rendered in that language's layout. */
export default function UnknownPage() {
  notFound();
}
