import type { CatalogKind } from '../catalog/types';
import type { DictionaryKey } from './dictionary';

/** The dictionary key naming each catalog kind (plural). */
export const KIND_LABEL_KEYS: Record<CatalogKind, DictionaryKey> = {
  helper: 'kindHelper',
  'program-type': 'kindProgramType',
  'map-type': 'kindMapType',
  'attach-type': 'kindAttachType',
  kfunc: 'kindKfunc',
};
