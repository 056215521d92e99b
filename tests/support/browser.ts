/**
 * A real headless Chromium for the e2e suite: the one shipped in the
 * @sparticuz/chromium npm package (Playwright's own download is unreachable
 * here), or PADDOCK_CHROMIUM if set (e.g. /usr/bin/chromium).
 */
import chromium from "@sparticuz/chromium";
import { chromium as playwright, type Browser } from "playwright-core";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.PADDOCK_CHROMIUM ?? (await chromium.executablePath());
  // --single-process makes closing one context kill the whole browser.
  const args = chromium.args.filter((arg) => arg !== "--single-process");
  return playwright.launch({ executablePath, args, headless: true });
}
