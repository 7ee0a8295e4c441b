import { describe, expect, it } from 'vitest';
import { parseHelperDefs } from './helper-prototypes';

const HEADER = `/* This is auto-generated file. See bpf_doc.py for details. */
struct bpf_sock;
/*
 * bpf_map_lookup_elem
 *
 * 	Perform a lookup in *map* for an entry associated to *key*.
 */
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;

/*
 * bpf_get_prandom_u32
 */
static __u32 (*bpf_get_prandom_u32)(void) = (void *) 7;

static long (* const bpf_snprintf)(char *str, __u32 str_size, const char *fmt,
				   __u64 *data, __u32 data_len) = (void *) 165;
`;

describe('parseHelperDefs', () => {
  it('reads each declaration as a C prototype with its id, and nothing of the comments', () => {
    const parsed = parseHelperDefs(HEADER);
    expect(parsed).toEqual([
      { name: 'bpf_map_lookup_elem', id: 1, prototype: 'void *bpf_map_lookup_elem(void *map, const void *key)' },
      { name: 'bpf_get_prandom_u32', id: 7, prototype: '__u32 bpf_get_prandom_u32(void)' },
      {
        name: 'bpf_snprintf',
        id: 165,
        prototype: 'long bpf_snprintf(char *str, __u32 str_size, const char *fmt, __u64 *data, __u32 data_len)',
      },
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/Perform a lookup/);
  });

  it('finds nothing in text that is not the header', () => {
    expect(parseHelperDefs('int main(void) { return 0; }')).toEqual([]);
  });
});
