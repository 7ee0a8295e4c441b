import { catalogEntryPage } from '@/app/_shared/catalog-pages';

const page = catalogEntryPage('map-type');
export const generateMetadata = page.generateMetadata;
export default page.Page;
