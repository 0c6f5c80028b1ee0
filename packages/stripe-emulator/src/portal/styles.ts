import { html } from './html';

/**
 * The pages' only stylesheet, inline so the emulator serves no assets. System fonts, visible focus
 * rings, and colours that pass WCAG AA contrast on white.
 */
export const STYLESHEET = html`<style>
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1f36; background: #f6f8fa; }
.emulator-banner { margin: 0; padding: .5rem 1rem; background: #5c3c00; color: #fff; font-weight: 600; text-align: center; }
.identity, main, footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
.identity p { margin: 0; color: #3c4257; }
main { background: #fff; border: 1px solid #d5dbe1; border-radius: 8px; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
section { border-top: 1px solid #e3e8ee; padding-top: .5rem; margin-top: 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { color: #3c4257; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0; }
th, td { text-align: left; padding: .35rem .5rem .35rem 0; border-bottom: 1px solid #e3e8ee; }
fieldset { border: 1px solid #d5dbe1; border-radius: 6px; margin: 1rem 0; padding: .5rem 1rem 1rem; }
label { display: block; margin: .75rem 0 .25rem; font-weight: 500; }
fieldset label.choice { display: flex; gap: .5rem; align-items: center; font-weight: 400; margin: .5rem 0; }
input[type=text], input[type=email], input[type=tel], input[type=number], select { width: 100%; padding: .5rem; font: inherit; border: 1px solid #8792a2; border-radius: 6px; }
button, .button { display: inline-block; margin: 1rem .5rem 0 0; padding: .55rem 1rem; font: inherit; font-weight: 600; border: 1px solid #3d4eac; border-radius: 6px; background: #3d4eac; color: #fff; cursor: pointer; text-decoration: none; }
button.secondary, .button.secondary { background: #fff; color: #3d4eac; }
button.danger { background: #a41c0e; border-color: #a41c0e; }
a { color: #3d4eac; }
:focus-visible { outline: 3px solid #e6a100; outline-offset: 2px; }
.error { padding: .75rem 1rem; border: 1px solid #a41c0e; border-radius: 6px; background: #fff1f0; color: #a41c0e; }
.notice { padding: .75rem 1rem; border: 1px solid #8792a2; border-radius: 6px; background: #f6f8fa; }
.hint { color: #3c4257; font-size: .9rem; margin: .25rem 0; }
</style>`;
