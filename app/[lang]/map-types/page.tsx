import { catalogIndexPage } from '@/app/_shared/catalog-pages';

const page = catalogIndexPage('map-type');
export const generateMetadata = page.generateMetadata;
export default page.Page;
