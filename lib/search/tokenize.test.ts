import { describe, expect, it } from 'vitest';
import { hanTokens, identifierTokens, shortName, splitPieces, tokenizeField, tokenizeText } from './tokenize';

describe('identifiers', () => {
  it('keep the whole name, every suffix from an underscore, and every part', () => {
    expect(identifierTokens('bpf_ima_inode_hash').sort()).toEqual(
      ['bpf_ima_inode_hash', 'ima_inode_hash', 'inode_hash', 'hash', 'bpf', 'ima', 'inode'].sort(),
    );
  });

  it('keep double underscores inside suffixes and drop leading ones', () => {
    expect(identifierTokens('bpf_program__set_attach_target')).toEqual(
      expect.arrayContaining(['program__set_attach_target', 'set_attach_target', 'attach_target', 'program']),
    );
    expect(identifierTokens('__sk_buff')).toEqual(expect.arrayContaining(['__sk_buff', 'sk_buff', 'buff', 'sk']));
  });

  it('read the UAPI spelling as the helper', () => {
    expect(tokenizeText('BPF_FUNC_ima_inode_hash')).toContain('bpf_ima_inode_hash');
    expect(tokenizeText('BPF_FUNC_ima_inode_hash')).not.toContain('func');
  });

  it('short names drop the family prefix', () => {
    expect(shortName('bpf_ima_inode_hash')).toBe('ima_inode_hash');
    expect(shortName('BPF_MAP_TYPE_RINGBUF')).toBe('ringbuf');
    expect(shortName('BPF_PROG_TYPE_LSM')).toBe('lsm');
    expect(shortName('BPF_FUNC_ktime_get_ns')).toBe('ktime_get_ns');
    expect(shortName('crash_kexec')).toBe('crash_kexec');
  });
});

describe('Chinese', () => {
  it('becomes bigrams plus single characters', () => {
    expect(hanTokens('安全模块')).toEqual(['安全', '全模', '模块', '安', '全', '模', '块']);
    expect(hanTokens('存')).toEqual(['存']);
  });

  it('is split from Latin text written against it', () => {
    expect(splitPieces('在LSM模块中')).toEqual([
      { type: 'han', text: '在' },
      { type: 'word', text: 'lsm' },
      { type: 'han', text: '模块中' },
    ]);
  });
});

describe('prose', () => {
  it('keeps versions whole, lower-cases, drops English stop words and splits on hyphens', () => {
    expect(tokenizeText('The busy-polling of Linux 5.11')).toEqual(['busy', 'polling', 'linux', '5.11']);
  });

  it('normalises full-width characters', () => {
    expect(tokenizeText('ＢＰＦ')).toEqual(['bpf']);
  });

  it('emoji and punctuation make no tokens', () => {
    expect(tokenizeText('😀 <> "" ()')).toEqual([]);
  });
});

describe('fields', () => {
  it('short and kernel hold one exact token', () => {
    expect(tokenizeField('ima_inode_hash', 'short')).toEqual(['ima_inode_hash']);
    expect(tokenizeField('5.11', 'kernel')).toEqual(['5.11']);
    expect(tokenizeField('', 'kernel')).toEqual([]);
  });
});
