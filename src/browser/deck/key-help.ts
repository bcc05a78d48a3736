import { DECK_KEYS, keysLabel } from '../../deck/presenter-keys.ts';
import { KEY_HELP_SELECTOR } from './presenter-keyboard.ts';

/**
 * The help overlay (?): the deck's keys, from src/deck/presenter-keys.ts, as a modal dialog. It takes
 * focus, Esc or ? closes it, and focus goes back where it was. Built on first use.
 */
export function toggleKeyHelp(): void {
  const dialog = document.querySelector<HTMLDialogElement>(KEY_HELP_SELECTOR) ?? createKeyHelp();
  if (dialog.open) dialog.close();
  else dialog.showModal();
}

function createKeyHelp(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'key-help';
  dialog.setAttribute('aria-labelledby', 'key-help-title');
  const title = document.createElement('h2');
  title.id = 'key-help-title';
  title.textContent = 'Keys';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of ['Key', 'Does']) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = name;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const binding of DECK_KEYS) {
    const row = body.insertRow();
    row.dataset.action = binding.action;
    const keys = document.createElement('th');
    keys.scope = 'row';
    keys.setAttribute('aria-label', keysLabel(binding));
    binding.keys.forEach((each, index) => {
      if (index > 0) keys.append(index === binding.keys.length - 1 ? ' or ' : ', ');
      const kbd = document.createElement('kbd');
      kbd.textContent = each.label;
      keys.append(kbd);
    });
    row.append(keys);
    row.insertCell().textContent = binding.does;
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'deck-tool key-help-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, table, close);
  // A click on the backdrop, outside the dialog's box, closes it too.
  dialog.addEventListener('click', (event) => {
    const box = dialog.getBoundingClientRect();
    const outside =
      event.clientX < box.left ||
      event.clientX > box.right ||
      event.clientY < box.top ||
      event.clientY > box.bottom;
    if (event.target === dialog && outside) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}
