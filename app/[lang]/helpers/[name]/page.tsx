import { catalogEntryPage } from '@/app/_shared/catalog-pages';

const page = catalogEntryPage('helper');
export const generateMetadata = page.generateMetadata;
export default page.Page;
