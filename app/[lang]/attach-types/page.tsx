import { catalogIndexPage } from '@/app/_shared/catalog-pages';

const page = catalogIndexPage('attach-type');
export const generateMetadata = page.generateMetadata;
export default page.Page;
