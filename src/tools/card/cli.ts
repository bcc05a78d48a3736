import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOCIAL_CARD_SOURCE } from '../../site/social-plugin.ts';
import { HOW_TO_GET_CHROMIUM, locateChromium } from '../browsers/find-chromium.ts';
import { buildSite } from '../build-site.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { captureSocialCard } from './capture-social-card.ts';

const projectRoot = PROJECT_ROOT;

/** `npm run card`: builds the site aside, photographs its title slide and saves the sharing card. */
async function main(): Promise<void> {
  const chromiumPath = locateChromium();
  if (!chromiumPath) throw new Error(`No Chromium found. ${HOW_TO_GET_CHROMIUM}`);
  const distDir = mkdtempSync(join(tmpdir(), 'deck-card-'));
  try {
    await buildSite(projectRoot, distDir);
    const png = await captureSocialCard(distDir, chromiumPath);
    writeFileSync(join(projectRoot, SOCIAL_CARD_SOURCE), png);
    console.log(`Wrote ${SOCIAL_CARD_SOURCE} (1200 × 630) from the title slide.`);
  } finally {
    rmSync(distDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('npm run card failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
