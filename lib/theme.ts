/**
 * The reader's theme choice: stored in localStorage, applied as <html data-theme> before the
 * first paint by a tiny inline script (its hash goes into the CSP), absent = follow the system.
 */
export const THEME_STORAGE_KEY = 'ebpf-digest-theme';

export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;
