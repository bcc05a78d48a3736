import './theme.css';
import { startDeck } from './start-deck.ts';

/** The composition root: finds the deck in the page and starts it. */
async function main(): Promise<void> {
  const element = document.querySelector<HTMLElement>('.reveal');
  if (!element) throw new Error('No ".reveal" element in the page: index.html must hold the deck.');
  await startDeck(element);
}

void main();
