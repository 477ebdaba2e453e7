// Drive Lupa's built page in headless Chromium and report what happened as JSON (stdout).
// Called by tests/web/test_browser.py: node browser_check.mjs '<json config>'.
// playwright-core only drives the browser; the browser is Debian's chromium (executablePath),
// with a fresh profile per run. Every assertion lives in the Python test; this script observes.
import { chromium } from "playwright-core"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const cfg = JSON.parse(process.argv[2])
const out = { requests: [], visits: [], console: [], dialogs: [] }
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lupa-chromium-"))
const local = (u) => { try { return ["127.0.0.1", "localhost"].includes(new URL(u).hostname) } catch { return true } }

const context = await chromium.launchPersistentContext(profile, {
    executablePath: cfg.chromium,
    headless: true,
    viewport: { width: 1280, height: 720 },
    locale: cfg.browserLocale || "en-US",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run"],
})
try {
    if (cfg.stallMs) await context.addInitScript(`window.LUPA_STALL_MS = ${Number(cfg.stallMs)}`)
    // Record every request; anything not on this machine is answered "no internet" after a short
    // delay, as on an offline school network (so the loading screen is visible first).
    await context.route("**/*", async (route) => {
        const url = route.request().url()
        out.requests.push(url)
        if (local(url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue()
        await new Promise((r) => setTimeout(r, cfg.offlineDelayMs || 1500))
        return route.abort("internetdisconnected")
    })
    const page = context.pages()[0] || await context.newPage()
    page.on("console", (m) => out.console.push(`${m.type()}: ${m.text()}`))
    page.on("dialog", (d) => { out.dialogs.push(d.message()); d.dismiss().catch(() => {}) })

    const look = () => page.evaluate(() => {
        const vis = (id) => {
            const e = document.getElementById(id)
            if (!e || e.closest("[hidden]")) return false
            const box = e.getBoundingClientRect(), style = getComputedStyle(e)
            return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none"
        }
        const txt = (id) => (document.getElementById(id) || {}).textContent || ""
        return {
            url: location.href, search: location.search, hash: location.hash,
            lang: document.documentElement.lang, title: document.title,
            description: (document.querySelector('meta[name="description"]') || {}).content || "",
            overlay: vis("lupa-overlay"), loading: vis("lupa-loading"), error: vis("lupa-error"),
            status: txt("lupa-status"), progress: Number((document.getElementById("lupa-progress") || {}).value || 0),
            start: txt("lupa-start"), startVisible: vis("lupa-start"), startDisabled: !!(document.getElementById("lupa-start") || {}).disabled,
            failedTitle: txt("lupa-failed-title"), failedBody: txt("lupa-failed-body"), retry: txt("lupa-retry"),
            retryVisible: vis("lupa-retry"), focused: (document.activeElement || {}).id || "",
            details: txt("lupa-details-text"),
            live: (() => { const e = document.getElementById("lupa-live"); return e ? { role: e.getAttribute("role"), ariaLive: e.getAttribute("aria-live"), text: e.textContent } : null })(),
            noscript: (document.querySelector("noscript") || {}).textContent || "",
            query: window.lupa ? window.lupa.query : null,
            packageIndex: window.lupa ? window.lupa.packageIndex : null,
            runtimeUrl: window.lupa ? window.lupa.runtimeUrl : null,
        }
    })
    const shot = async (name) => {
        const file = path.join(cfg.screenshots, name)
        await page.screenshot({ path: file })
        return file
    }

    for (const visit of cfg.visits) {
        const record = { name: visit.name, steps: [] }
        out.visits.push(record)
        await page.goto("about:blank")  // a fresh document each visit (a new #fragment alone would not reload)
        await page.goto(cfg.url + (visit.suffix || ""), { waitUntil: "domcontentloaded" })
        if (visit.loadingShot) {
            await page.waitForFunction(() => document.getElementById("lupa-status").textContent.length > 0, null, { timeout: 5000 })
            record.loading = await look()
            record.loadingShot = await shot(visit.loadingShot)
        }
        if (visit.clickStart) {
            await page.click("#lupa-start")
            record.afterStart = await look()
        }
        if (visit.waitProgress) {
            await page.waitForFunction((p) => Number(document.getElementById("lupa-progress").value) >= p, visit.waitProgress, { timeout: 10000 })
            record.progress = await look()
        }
        if (visit.announce) {
            await page.evaluate((t) => window.lupa.announce(t), visit.announce)
            await page.waitForTimeout(200)
            record.announced = await look()
        }
        if (visit.waitError) {
            const t0 = Date.now()
            await page.waitForSelector("#lupa-error:not([hidden])", { timeout: visit.waitError })
            record.errorAfterMs = Date.now() - t0
            record.failed = await look()
            if (visit.errorShot) record.errorShot = await shot(visit.errorShot)
        }
        if (visit.retry) {
            const before = out.requests.length
            await Promise.all([page.waitForEvent("domcontentloaded"), page.click("#lupa-retry")])
            record.afterRetry = await look()
            await page.waitForSelector("#lupa-error:not([hidden])", { timeout: visit.waitError || 20000 })
            record.retryFailedAgain = await look()
            record.requestsAfterRetry = out.requests.slice(before)
        }
        record.final = await look()
    }
} finally {
    await context.close()
    fs.rmSync(profile, { recursive: true, force: true })
}
process.stdout.write(JSON.stringify(out))
