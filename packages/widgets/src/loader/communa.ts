import { createElementLoader } from './element-loader.ts';
import { elementModules } from './element-modules.ts';

/*
 * The loader embedding sites include: `<script type="module" src="…/widgets/v1/communa.js">`. It holds
 * no Lit and no element code; it imports the chunk of each `communa-*` element the page contains,
 * now or later (pages that render content after load, single-page sites).
 */
const loader = createElementLoader(elementModules, (tag, error) => {
  console.error(`Communa: the <${tag}> element could not be loaded.`, error);
});

loader.scan(document);

new MutationObserver((records) => {
  if (loader.done) return;
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) loader.scan(node);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
