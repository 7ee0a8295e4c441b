import type { CatalogKind } from '../catalog/types';
import type { CommonMessages } from './messages/common';

/** The key naming each catalog kind (plural), in the dictionary and in the probe's labels. */
export const KIND_LABEL_KEYS: Record<CatalogKind, keyof CommonMessages> = {
  helper: 'kindHelper',
  'program-type': 'kindProgramType',
  'map-type': 'kindMapType',
  'attach-type': 'kindAttachType',
  kfunc: 'kindKfunc',
};
