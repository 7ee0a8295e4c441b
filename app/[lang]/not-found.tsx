import { NotFoundMessage } from '@/components/NotFoundMessage';
import { getDictionary } from '@/lib/i18n/dictionary';

const texts = (lang: 'zh' | 'en') => {
  const t = getDictionary(lang);
  return { title: t.notFoundTitle, text: t.notFoundText, back: t.backHome };
};

export default function NotFound() {
  return <NotFoundMessage zh={texts('zh')} en={texts('en')} />;
}
