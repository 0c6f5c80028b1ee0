import { html } from './html';

/**
 * The pages' only stylesheet, inline so the emulator serves no assets. System fonts, visible focus
 * rings, colours that pass WCAG AA contrast on white, and two columns (business | task) from 52rem.
 */
export const STYLESHEET = html`<style>
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1f36; background: #fff; }
.business { background: #f6f8fa; border-bottom: 1px solid #d5dbe1; padding: 1rem; }
.business p { margin: 0 0 .5rem; color: #3c4257; }
.emulator-banner { padding: .5rem .75rem; border-radius: 6px; background: #5c3c00; font-weight: 600; }
.business .emulator-banner { color: #fff; }
.business .business-name { font-size: 1.25rem; font-weight: 700; color: #1a1f36; margin: 1rem 0 .25rem; }
.return-link a { font-weight: 600; }
.business section.order { margin-top: 1.5rem; }
.order dd { text-align: right; color: #1a1f36; }
.emulated-by { display: none; font-size: .85rem; }
main { padding: 1.5rem 1rem 3rem; }
@media (min-width: 52rem) {
  .page { display: grid; grid-template-columns: minmax(18rem, 1fr) minmax(0, 1.6fr); min-height: 100vh; }
  .business { border-bottom: 0; border-right: 1px solid #d5dbe1; padding: 3rem 2.5rem; }
  .business-inner { max-width: 20rem; margin-left: auto; position: sticky; top: 3rem; }
  .emulated-by { display: block; margin-top: 2rem; }
  main { padding: 3rem 2.5rem; }
  .task { max-width: 36rem; }
}
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
section, article { border-top: 1px solid #e3e8ee; padding-top: .5rem; margin-top: 1rem; }
dl { display: grid; grid-template-columns: fit-content(55%) minmax(0, 1fr); gap: .25rem 1rem; margin: .5rem 0; }
dt, dd { overflow-wrap: anywhere; }
dt { color: #3c4257; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0; }
th, td { text-align: left; padding: .35rem .5rem .35rem 0; border-bottom: 1px solid #e3e8ee; }
fieldset { border: 1px solid #d5dbe1; border-radius: 6px; margin: 1rem 0; padding: .5rem 1rem 1rem; }
label { display: block; margin: .75rem 0 .25rem; font-weight: 500; }
fieldset label.choice { display: flex; gap: .5rem; align-items: center; font-weight: 400; margin: .5rem 0; }
input[type=text], input[type=email], input[type=tel], input[type=number], select, textarea { width: 100%; padding: .5rem; font: inherit; color: inherit; background: #fff; border: 1px solid #8792a2; border-radius: 6px; }
textarea { min-height: 6rem; resize: vertical; }
input[aria-invalid=true], select[aria-invalid=true] { border: 2px solid #a41c0e; }
.field-error { margin: .25rem 0 0; color: #a41c0e; font-weight: 600; }
button, .button { display: inline-block; margin: 1rem .5rem 0 0; padding: .55rem 1rem; font: inherit; font-weight: 600; border: 1px solid #3d4eac; border-radius: 6px; background: #3d4eac; color: #fff; cursor: pointer; text-decoration: none; }
button.secondary, .button.secondary { background: #fff; color: #3d4eac; }
button.danger { background: #a41c0e; border-color: #a41c0e; }
.form-actions { margin: 1.5rem 0 0; padding-top: .5rem; border-top: 1px solid #e3e8ee; }
.form-actions button, .form-actions .button { margin-top: .5rem; }
a { color: #3d4eac; }
:focus-visible { outline: 3px solid #e6a100; outline-offset: 2px; }
.error { padding: .75rem 1rem; border: 1px solid #a41c0e; border-radius: 6px; background: #fff1f0; color: #a41c0e; }
.error-summary { margin: 0 0 1.5rem; border-width: 2px; }
.error-summary h2 { margin: 0 0 .5rem; font-size: 1.05rem; }
.error-summary ul { margin: .25rem 0 0; padding-left: 1.25rem; }
.error-summary p:last-child { margin-bottom: 0; }
.error-summary a { color: #a41c0e; font-weight: 600; }
.notice { padding: .75rem 1rem; border: 1px solid #8792a2; border-radius: 6px; background: #f6f8fa; }
section.consequence { margin-top: 0; padding: .75rem 1rem; border: 0; border-left: 4px solid #a41c0e; background: #fff1f0; }
.consequence h2 { margin-top: 0; }
section.offer { padding: 1rem; border: 1px solid #3d4eac; border-radius: 6px; background: #f5f6fd; }
.offer h2 { margin-top: 0; }
.emulated { font-size: .9rem; color: #3c4257; }
.hint { color: #3c4257; font-size: .9rem; margin: .25rem 0; }
</style>`;
