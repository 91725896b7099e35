"use strict";
// Self-test for scim-server.js. Run: cd tests/servers && node --test
const { describe, it, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const path = require("node:path");

const SERVER = path.join(__dirname, "scim-server.js");
const CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const ERR = "urn:ietf:params:scim:api:messages:2.0:Error";
const PATCHOP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** Spawns the server; resolves {proc, port, base, stdout(), startMs}. */
function startServer(args = []) {
    return new Promise((resolve, reject) => {
        const t0 = process.hrtime.bigint();
        const proc = spawn(process.execPath, [SERVER, "--port", "0", ...args], { stdio: ["pipe", "pipe", "pipe"] });
        let out = "";
        let err = "";
        let done = false;
        proc.stdout.setEncoding("utf8");
        proc.stderr.setEncoding("utf8");
        proc.stderr.on("data", (d) => { err += d; });
        proc.stdout.on("data", (d) => {
            out += d;
            const m = /^LISTENING (\d+)\n/.exec(out);
            if (m && !done) {
                done = true;
                const port = Number(m[1]);
                resolve({ proc, port, base: `http://127.0.0.1:${port}`, stdout: () => out,
                    startMs: Number(process.hrtime.bigint() - t0) / 1e6 });
            }
        });
        proc.on("exit", (code) => { if (!done) { done = true; reject(new Error(`server exited ${code}: ${err}`)); } });
        const timer = setTimeout(() => { if (!done) { done = true; proc.kill(); reject(new Error(`no LISTENING line; stderr: ${err}`)); } }, 10000);
        timer.unref();
    });
}

function waitExit(proc, ms = 5000) {
    return new Promise((resolve, reject) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve({ code: proc.exitCode, signal: proc.signalCode });
        const timer = setTimeout(() => reject(new Error("process did not exit")), ms);
        proc.on("exit", (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
    });
}

let srv;
let base;

async function request(method, p, { token, body, headers = {}, raw } = {}) {
    const h = { ...headers };
    if (token) h.Authorization = `Bearer ${token}`;
    let payload;
    if (raw !== undefined) payload = raw;
    else if (body !== undefined) {
        payload = JSON.stringify(body);
        if (!Object.keys(h).some((k) => k.toLowerCase() === "content-type")) h["Content-Type"] = "application/scim+json";
    }
    const res = await fetch(base + p, { method, headers: h, body: payload });
    const text = await res.text();
    let json;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    return { status: res.status, headers: res.headers, text, json };
}

const control = (method, p, body) => request(method, `/_control${p}`, { body, headers: { "Content-Type": "application/json" } });

function tokenRequest({ id = "test-client", secret = "test-secret", form = "grant_type=account_credentials&account_id=test-account",
    query = "", auth, contentType = "application/x-www-form-urlencoded" } = {}) {
    const headers = { "Content-Type": contentType };
    if (auth !== null) headers.Authorization = auth ?? `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
    return request("POST", `/oauth/token${query}`, { raw: form, headers });
}

async function getToken() {
    const r = await tokenRequest();
    assert.equal(r.status, 200, r.text);
    return r.json.access_token;
}

const user = (userName, extra = {}) => ({ schemas: [CORE], userName, name: { givenName: "Given", familyName: "Family" },
    emails: [{ type: "work", value: userName.toLowerCase(), primary: true }], active: true, ...extra });

const filterQ = (f) => `/scim2/Users?filter=${encodeURIComponent(f)}`;

before(async () => {
    srv = await startServer();
    base = srv.base;
});

after(async () => {
    if (srv) {
        srv.proc.kill("SIGTERM");
        await waitExit(srv.proc);
    }
});

beforeEach(async () => {
    const r = await control("POST", "/reset");
    assert.equal(r.status, 200);
});

describe("start-up contract", () => {
    it("prints exactly one LISTENING line and starts quickly", (t) => {
        assert.match(srv.stdout(), /^LISTENING \d+\n$/);
        assert.ok(srv.port > 0);
        t.diagnostic(`spawn to LISTENING: ${srv.startMs.toFixed(0)} ms`);
        // ~0.25 s on an idle machine; the bound is loose so a loaded CI machine does not flake
        assert.ok(srv.startMs < 5000, `start took ${srv.startMs} ms`);
    });

    it("exits when stdin closes", async () => {
        const s = await startServer();
        s.proc.stdin.end();
        const { code } = await waitExit(s.proc);
        assert.equal(code, 0);
    });

    it("exits cleanly on SIGTERM and honours --client-id/--client-secret/--account-id/--token-ttl", async () => {
        const s = await startServer(["--client-id", "cid", "--client-secret", "sec", "--account-id", "acc", "--token-ttl", "120"]);
        const r = await fetch(`${s.base}/oauth/token`, { method: "POST",
            headers: { Authorization: `Basic ${Buffer.from("cid:sec").toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
            body: "grant_type=account_credentials&account_id=acc" });
        assert.equal(r.status, 200);
        assert.equal((await r.json()).expires_in, 120);
        s.proc.kill("SIGTERM");
        const { code } = await waitExit(s.proc);
        assert.equal(code, 0);
        assert.equal(s.stdout(), `LISTENING ${s.port}\n`);
    });
});

describe("OAuth token endpoint", () => {
    it("issues bearer tokens; several stay valid at once", async () => {
        const r = await tokenRequest();
        assert.equal(r.status, 200);
        assert.match(r.headers.get("content-type"), /^application\/json/);
        assert.equal(r.json.token_type, "bearer");
        assert.equal(r.json.expires_in, 3600);
        assert.equal(r.json.scope, "scim2 user:read:admin user:write:admin");
        assert.ok(typeof r.json.access_token === "string" && r.json.access_token.length >= 20);
        const t2 = await getToken();
        assert.notEqual(t2, r.json.access_token);
        assert.equal((await request("GET", "/scim2/Users", { token: r.json.access_token })).status, 200);
        assert.equal((await request("GET", "/scim2/Users", { token: t2 })).status, 200);
    });

    it("rejects a bad secret, a bad client id and missing Basic auth", async () => {
        const invalid = { reason: "Invalid client_id or client_secret", error: "invalid_client" };
        for (const r of [await tokenRequest({ secret: "nope" }), await tokenRequest({ id: "nope" }), await tokenRequest({ auth: null })]) {
            assert.equal(r.status, 400);
            assert.deepEqual(r.json, invalid);
        }
    });

    it("rejects an unsupported grant type and query-string-only parameters", async () => {
        const unsupported = { reason: "unsupported grant type", error: "unsupported_grant_type" };
        let r = await tokenRequest({ form: "grant_type=client_credentials&account_id=test-account" });
        assert.equal(r.status, 400);
        assert.deepEqual(r.json, unsupported);
        r = await tokenRequest({ form: "", query: "?grant_type=account_credentials&account_id=test-account" });
        assert.equal(r.status, 400);
        assert.deepEqual(r.json, unsupported);
    });

    it("rejects a wrong account_id", async () => {
        const r = await tokenRequest({ form: "grant_type=account_credentials&account_id=other" });
        assert.equal(r.status, 400);
        assert.deepEqual(r.json, { reason: "Invalid account_id", error: "invalid_request" });
    });

    it("appDisabled: token request fails with code 4717 and existing tokens stop working", async () => {
        const tok = await getToken();
        await control("POST", "/config", { appDisabled: true });
        const r = await tokenRequest();
        assert.equal(r.status, 400);
        assert.deepEqual(r.json, { code: 4717, message: "The app has been disabled", reason: "The app has been disabled", error: "invalid_client" });
        const s = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(s.status, 401);
        assert.deepEqual(s.json, { code: 124, message: "Invalid access token." });
    });

    it("missingScope: token lacks scim2 and SCIM calls get 400 code 4711", async () => {
        await control("POST", "/config", { missingScope: true });
        const r = await tokenRequest();
        assert.equal(r.status, 200);
        assert.ok(!r.json.scope.split(" ").includes("scim2"));
        const s = await request("GET", "/scim2/Users", { token: r.json.access_token });
        assert.equal(s.status, 400);
        assert.deepEqual(s.json, { code: 4711, message: "Invalid access token, does not contain scopes:[scim2]." });
    });

    it("ssoNotEnabled and forbidden give SCIM errors", async () => {
        const tok = await getToken();
        await control("POST", "/config", { ssoNotEnabled: true });
        let s = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(s.status, 400);
        assert.deepEqual(s.json, { schemas: [ERR], detail: "Account has not enabled Single Sign-On.", status: 400 });
        await control("POST", "/config", { ssoNotEnabled: false, forbidden: true });
        s = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(s.status, 403);
        assert.deepEqual(s.json, { schemas: [ERR], detail: "Insufficient permissions", status: 403 });
    });

    it("tokens expire after tokenTtl; invalidatePreviousTokens and /tokens/expire work", async () => {
        await control("POST", "/config", { tokenTtl: 0 });
        const r = await tokenRequest();
        assert.equal(r.json.expires_in, 0);
        assert.equal((await request("GET", "/scim2/Users", { token: r.json.access_token })).status, 401);
        await control("POST", "/config", { tokenTtl: 3600, invalidatePreviousTokens: true });
        const a = await getToken();
        const b = await getToken();
        assert.equal((await request("GET", "/scim2/Users", { token: a })).status, 401);
        assert.equal((await request("GET", "/scim2/Users", { token: b })).status, 200);
        assert.deepEqual((await control("POST", "/tokens/expire")).json, { expired: 1 });
        assert.equal((await request("GET", "/scim2/Users", { token: b })).status, 401);
    });
});

describe("SCIM /scim2/Users", () => {
    let tok;
    beforeEach(async () => { tok = await getToken(); });

    it("answers 401 code 124 without a token or with an unknown one", async () => {
        for (const token of [undefined, "not-a-token"]) {
            const r = await request("GET", "/scim2/Users", { token });
            assert.equal(r.status, 401);
            assert.deepEqual(r.json, { code: 124, message: "Invalid access token." });
        }
        const r = await request("GET", "/scim2/Users", { headers: { Authorization: "Basic abc" } });
        assert.equal(r.status, 401);
    });

    it("creates with 201 + Location = meta.location, SCIM content type; GET and DELETE work", async () => {
        const r = await request("POST", "/scim2/Users", { token: tok, body: user("Jill@Example.com") });
        assert.equal(r.status, 201, r.text);
        assert.match(r.headers.get("content-type"), /^application\/scim\+json/);
        assert.ok(r.json.id);
        assert.equal(r.headers.get("location"), r.json.meta.location);
        assert.equal(r.json.meta.location, `${base}/scim2/Users/${r.json.id}`);
        assert.equal(r.json.userName, "Jill@Example.com");
        const g = await request("GET", `/scim2/Users/${r.json.id}`, { token: tok });
        assert.equal(g.status, 200);
        assert.equal(g.json.userName, "Jill@Example.com");
        const d = await request("DELETE", `/scim2/Users/${r.json.id}`, { token: tok });
        assert.equal(d.status, 204);
        assert.equal(d.text, "");
        const g2 = await request("GET", `/scim2/Users/${r.json.id}`, { token: tok });
        assert.equal(g2.status, 404);
        assert.equal(g2.json.status, 404);
    });

    it("accepts application/json bodies and rejects other content types", async () => {
        const r = await request("POST", "/scim2/Users", { token: tok, body: user("json@example.com"), headers: { "Content-Type": "application/json; charset=utf-8" } });
        assert.equal(r.status, 201, r.text);
        const bad = await request("POST", "/scim2/Users", { token: tok, raw: "userName=x", headers: { "Content-Type": "text/plain" } });
        assert.equal(bad.status, 415);
        const broken = await request("POST", "/scim2/Users", { token: tok, raw: "{not json", headers: { "Content-Type": "application/scim+json" } });
        assert.equal(broken.status, 400);
        assert.deepEqual(broken.json.schemas, [ERR]);
    });

    it("rejects a duplicate userName in another case with 409 uniqueness", async () => {
        assert.equal((await request("POST", "/scim2/Users", { token: tok, body: user("dup@example.com") })).status, 201);
        const r = await request("POST", "/scim2/Users", { token: tok, body: user("DUP@Example.COM") });
        assert.equal(r.status, 409);
        assert.deepEqual(r.json.schemas, [ERR]);
        assert.equal(r.json.scimType, "uniqueness");
        assert.equal(r.json.status, 409);
    });

    it("pages 250 users as 100, 100, 50, then an empty page past the end", async () => {
        const users = Array.from({ length: 250 }, (_, i) => user(`user${String(i).padStart(3, "0")}@example.com`));
        const seeded = await control("POST", "/users", { users });
        assert.equal(seeded.status, 200, seeded.text);
        assert.equal(seeded.json.ids.length, 250);
        const seen = new Set();
        for (const [startIndex, n] of [[1, 100], [101, 100], [201, 50]]) {
            const r = await request("GET", `/scim2/Users?startIndex=${startIndex}&count=100`, { token: tok });
            assert.equal(r.status, 200);
            assert.equal(r.json.totalResults, 250);
            assert.equal(r.json.startIndex, startIndex);
            assert.equal(r.json.itemsPerPage, n);
            assert.equal(r.json.Resources.length, n);
            for (const u of r.json.Resources) seen.add(u.id);
        }
        assert.equal(seen.size, 250);
        const past = await request("GET", "/scim2/Users?startIndex=301&count=100", { token: tok });
        assert.equal(past.status, 200);
        assert.deepEqual(past.json.Resources, []);
        assert.equal(past.json.totalResults, 250);
        assert.equal(past.json.itemsPerPage, 0);
        assert.equal(past.json.startIndex, 301);
        // odd startIndex must not drop or repeat users
        const odd = await request("GET", "/scim2/Users?startIndex=2&count=3", { token: tok });
        assert.deepEqual(odd.json.Resources.map((u) => u.userName), ["user001@example.com", "user002@example.com", "user003@example.com"]);
        // default page size 100, capped at 100
        assert.equal((await request("GET", "/scim2/Users", { token: tok })).json.itemsPerPage, 100);
        assert.equal((await request("GET", "/scim2/Users?count=500", { token: tok })).json.Resources.length, 100);
    });

    it("filters userName eq case-insensitively, externalId eq, and returns [] for no match", async () => {
        const c = await request("POST", "/scim2/Users", { token: tok, body: user("Mixed.Case@Example.com", { externalId: "ext-1" }) });
        await request("POST", "/scim2/Users", { token: tok, body: user("other@example.com") });
        let r = await request("GET", filterQ('userName eq "mixed.case@EXAMPLE.COM"'), { token: tok });
        assert.equal(r.status, 200);
        assert.equal(r.json.totalResults, 1);
        assert.equal(r.json.itemsPerPage, 1);
        assert.equal(r.json.Resources[0].id, c.json.id);
        r = await request("GET", filterQ('externalId eq "ext-1"'), { token: tok });
        assert.equal(r.json.totalResults, 1);
        r = await request("GET", filterQ('userName eq "nobody@example.com"'), { token: tok });
        assert.equal(r.status, 200);
        assert.equal(r.json.totalResults, 0);
        assert.deepEqual(r.json.Resources, []);
    });

    it("PUT is a partial update and ignores userName changes", async () => {
        const c = await request("POST", "/scim2/Users", { token: tok, body: user("put@example.com", {
            schemas: [CORE, ENT], title: "Engineer", [ENT]: { department: "Sales", organization: "Org" } }) });
        const id = c.json.id;
        const r = await request("PUT", `/scim2/Users/${id}`, { token: tok, body: {
            schemas: [CORE, ENT], userName: "renamed@example.com", name: { givenName: "Newgiven" }, [ENT]: { department: "Support" } } });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.userName, "put@example.com");
        assert.deepEqual(r.json.name, { givenName: "Newgiven", familyName: "Family" });
        assert.equal(r.json.title, "Engineer");
        assert.equal(r.json.active, true);
        assert.equal(r.json.emails[0].value, "put@example.com");
        assert.deepEqual(r.json[ENT], { department: "Support", organization: "Org" });
        const g = await request("GET", `/scim2/Users/${id}`, { token: tok });
        assert.equal(g.json.userName, "put@example.com");
        assert.equal(g.json.title, "Engineer");
        assert.equal(g.json.name.givenName, "Newgiven");
        const off = await request("PUT", `/scim2/Users/${id}`, { token: tok, body: { schemas: [CORE], active: false } });
        assert.equal(off.json.active, false);
        assert.equal(off.json.title, "Engineer");
        assert.equal((await request("PUT", "/scim2/Users/nope", { token: tok, body: { schemas: [CORE], active: false } })).status, 404);
    });

    it("PATCH only for active (path and no-path forms); other PATCH is 400", async () => {
        const id = (await request("POST", "/scim2/Users", { token: tok, body: user("patch@example.com") })).json.id;
        let r = await request("PATCH", `/scim2/Users/${id}`, { token: tok, body: { schemas: [PATCHOP], Operations: [{ op: "replace", path: "active", value: false }] } });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.active, false);
        r = await request("PATCH", `/scim2/Users/${id}`, { token: tok, body: { schemas: [PATCHOP], Operations: [{ op: "Replace", value: { active: true } }] } });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.active, true);
        // no-op patch still answers 200 with the resource
        r = await request("PATCH", `/scim2/Users/${id}`, { token: tok, body: { schemas: [PATCHOP], Operations: [{ op: "replace", path: "active", value: true }] } });
        assert.equal(r.status, 200);
        assert.equal(r.json.id, id);
        for (const ops of [[{ op: "replace", path: "title", value: "x" }], [{ op: "add", path: "active", value: false }],
            [{ op: "replace", value: { active: false, title: "x" } }], [{ op: "replace", path: "active", value: "False" }]]) {
            r = await request("PATCH", `/scim2/Users/${id}`, { token: tok, body: { schemas: [PATCHOP], Operations: ops } });
            assert.equal(r.status, 400, JSON.stringify(ops));
            assert.deepEqual(r.json.schemas, [ERR]);
            assert.match(r.json.detail, /Only active can be patched/);
        }
        assert.equal((await request("GET", `/scim2/Users/${id}`, { token: tok })).json.active, true);
        assert.equal((await request("PATCH", "/scim2/Users/nope", { token: tok, body: { schemas: [PATCHOP], Operations: [{ op: "replace", path: "active", value: false }] } })).status, 404);
    });

    it("pending user: userName eq filter gives Zoom's 400", async () => {
        await control("POST", "/config", { pendingUsers: ["Pending@Example.com"] });
        const r = await request("GET", filterQ('userName eq "pending@example.com"'), { token: tok });
        assert.equal(r.status, 400);
        assert.deepEqual(r.json, { schemas: [ERR], detail: "User pending@example.com not exist or not belong to this account.", status: 400 });
    });

    it("email of another Zoom account: POST gives 409 naming the email", async () => {
        await control("POST", "/config", { foreignEmails: ["taken@example.com"] });
        let r = await request("POST", "/scim2/Users", { token: tok, body: user("Taken@Example.com") });
        assert.equal(r.status, 409);
        assert.match(r.json.detail, /taken@example\.com/i);
        r = await request("POST", "/scim2/Users", { token: tok, body: user("alias@example.com", { emails: [{ value: "taken@example.com", primary: true }] }) });
        assert.equal(r.status, 409);
        assert.match(r.json.detail, /taken@example\.com/);
        assert.equal((await control("GET", "/users")).json.users.length, 0);
    });

    it("admin users cannot be deactivated", async () => {
        const [id] = (await control("POST", "/users", { users: [user("boss@example.com")] })).json.ids;
        await control("POST", "/config", { adminUsers: ["BOSS@example.com"] });
        let r = await request("PATCH", `/scim2/Users/${id}`, { token: tok, body: { schemas: [PATCHOP], Operations: [{ op: "replace", path: "active", value: false }] } });
        assert.equal(r.status, 400);
        assert.equal(r.json.detail, "Zoom does not support deactivating users with the Admin role.");
        r = await request("PUT", `/scim2/Users/${id}`, { token: tok, body: { schemas: [CORE], active: false } });
        assert.equal(r.status, 400);
        assert.equal((await request("GET", `/scim2/Users/${id}`, { token: tok })).json.active, true);
    });

    it("seeded users keep their id and extension data; other paths 404", async () => {
        const zoomExt = "urn:us:zoom:scim:schemas:extension:1.0:ZoomUser";
        const s = await control("POST", "/users", { users: [{ ...user("seed@example.com"), id: "fixed-id-1", [zoomExt]: { loginType: { sso: true, workEmail: false } } }] });
        assert.deepEqual(s.json.ids, ["fixed-id-1"]);
        const g = await request("GET", "/scim2/Users/fixed-id-1", { token: tok });
        assert.equal(g.status, 200);
        assert.deepEqual(g.json[zoomExt], { loginType: { sso: true, workEmail: false } });
        assert.ok(g.json.schemas.includes(zoomExt));
        const all = await control("GET", "/users");
        assert.equal(all.json.users[0].id, "fixed-id-1");
        assert.equal(all.json.users[0].meta.location, `${base}/scim2/Users/fixed-id-1`);
        assert.equal((await control("POST", "/users", { users: [user("SEED@example.com")] })).status, 400);
        const nf = await request("GET", "/nope");
        assert.equal(nf.status, 404);
        assert.deepEqual(nf.json, { code: 404, message: "Not found" });
        assert.equal((await request("GET", "/scim2/Groups", { token: tok })).status, 404);
    });
});

describe("scripted faults", () => {
    let tok;
    beforeEach(async () => { tok = await getToken(); });
    const faults = (list) => control("POST", "/faults", { faults: list });

    it("429 with Retry-After in seconds, HTTP-date, ISO date, or absent", async () => {
        await faults([
            { match: { method: "GET", path: "/scim2/Users" }, action: { status: 429, retryAfter: "2" } },
            { match: { path: "/scim2" }, action: { status: 429, retryAfter: "date:+2" } },
            { action: { status: 429, retryAfter: "iso:+2" } },
            { action: { status: 429 } },
        ]);
        const body = { code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later." };
        let r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 429);
        assert.equal(r.headers.get("retry-after"), "2");
        assert.deepEqual(r.json, body);
        // The server rounds "now + 2 s" up to a whole second: expect [before + 2 s, after + 3 s].
        let before = Date.now();
        r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 429);
        const httpDate = r.headers.get("retry-after");
        assert.match(httpDate, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        let at = Date.parse(httpDate);
        assert.ok(at >= before + 1950 && at <= Date.now() + 3050, `HTTP-date ${httpDate}`);
        before = Date.now();
        r = await request("GET", "/scim2/Users", { token: tok });
        const iso = r.headers.get("retry-after");
        assert.match(iso, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        at = Date.parse(iso);
        assert.ok(at >= before + 1950 && at <= Date.now() + 3050, `ISO date ${iso}`);
        r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 429);
        assert.equal(r.headers.get("retry-after"), null);
        assert.deepEqual(r.json, body);
        assert.equal((await request("GET", "/scim2/Users", { token: tok })).status, 200);
    });

    it("5xx JSON, 502 HTML, arbitrary body, times, and non-matching faults stay queued", async () => {
        await faults([
            { match: { method: "POST" }, action: { status: 500 } },
            { match: { path: "/scim2/Users" }, times: 2, action: { status: 503 } },
            { action: { status: 502, html: true } },
            { action: { status: 418, body: { custom: true }, headers: { "X-RateLimit-Type": "QPS" } } },
        ]);
        for (let i = 0; i < 2; i++) {
            const r = await request("GET", "/scim2/Users", { token: tok });
            assert.equal(r.status, 503);
            assert.deepEqual(r.json, { code: 503, message: "Service unavailable" });
        }
        let r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 502);
        assert.match(r.headers.get("content-type"), /^text\/html/);
        assert.equal(r.text, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 418);
        assert.deepEqual(r.json, { custom: true });
        assert.equal(r.headers.get("x-ratelimit-type"), "QPS");
        const left = await control("GET", "/faults");
        assert.equal(left.json.faults.length, 1);
        assert.equal(left.json.faults[0].match.method, "POST");
        r = await request("POST", "/scim2/Users", { token: tok, body: user("f@example.com") });
        assert.equal(r.status, 500);
        assert.equal((await control("GET", "/faults")).json.faults.length, 0);
    });

    it("drop closes the connection without a response", async () => {
        await faults([{ match: { path: "/scim2/Users" }, action: { drop: true } }]);
        await assert.rejects(request("GET", "/scim2/Users", { token: tok }));
        assert.equal((await request("GET", "/scim2/Users", { token: tok })).status, 200);
    });

    it("expireToken invalidates the presented token and answers 401 code 124", async () => {
        const other = await getToken();
        await faults([{ action: { status: 401, expireToken: true } }]);
        const r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 401);
        assert.deepEqual(r.json, { code: 124, message: "Invalid access token." });
        assert.equal((await request("GET", "/scim2/Users", { token: tok })).status, 401);
        assert.equal((await request("GET", "/scim2/Users", { token: other })).status, 200);
    });

    it("delayMs delays then proceeds; latencyMs delays every SCIM request; faults hit /oauth/token too", async () => {
        await faults([{ action: { delayMs: 300 } }]);
        let t0 = Date.now();
        let r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 200);
        assert.ok(Date.now() - t0 >= 280, `delay ${Date.now() - t0}`);
        await control("POST", "/config", { latencyMs: 200 });
        t0 = Date.now();
        r = await request("GET", "/scim2/Users", { token: tok });
        assert.equal(r.status, 200);
        assert.ok(Date.now() - t0 >= 180);
        await control("POST", "/config", { latencyMs: 0 });
        await faults([{ match: { path: "/oauth/token" }, action: { status: 503 } }]);
        assert.equal((await tokenRequest()).status, 503);
        assert.equal((await tokenRequest()).status, 200);
    });

    it("DELETE /_control/faults clears the queue; bad fault specs are refused", async () => {
        await faults([{ action: { status: 500 } }]);
        assert.equal((await control("DELETE", "/faults")).status, 200);
        assert.equal((await request("GET", "/scim2/Users", { token: tok })).status, 200);
        assert.equal((await faults([{ action: {} }])).status, 400);
        assert.equal((await faults([{ times: 0, action: { status: 500 } }])).status, 400);
    });
});

describe("stats and reset", () => {
    it("counts SCIM requests by method and path, successful writes, and token requests", async () => {
        const tok = await getToken();
        await control("POST", "/stats/reset");
        await control("POST", "/users", { users: [user("seeded@example.com")] }); // not counted
        const id = (await request("POST", "/scim2/Users", { token: tok, body: user("s1@example.com") })).json.id;
        await request("POST", "/scim2/Users", { token: tok, body: user("S1@example.com") }); // 409: counted, not a write
        await request("PUT", `/scim2/Users/${id}`, { token: tok, body: { schemas: [CORE], title: "T" } });
        await request("PATCH", `/scim2/Users/${id}`, { token: tok, body: { schemas: [PATCHOP], Operations: [{ op: "replace", path: "active", value: false }] } });
        await control("POST", "/faults", { faults: [{ action: { status: 503 } }] });
        await request("GET", "/scim2/Users", { token: tok }); // faulted: counted
        await request("GET", "/scim2/Users", { token: tok });
        await request("DELETE", `/scim2/Users/${id}`, { token: tok });
        await request("GET", "/scim2/Users"); // 401: counted
        await tokenRequest();
        await tokenRequest({ secret: "bad" });
        const s = (await control("GET", "/stats")).json;
        assert.deepEqual(s.requests, { GET: 3, POST: 2, PUT: 1, PATCH: 1, DELETE: 1 });
        assert.equal(s.writes, 4);
        assert.deepEqual(s.writesByMethod, { POST: 1, PUT: 1, PATCH: 1, DELETE: 1 });
        assert.equal(s.token, 2);
        assert.deepEqual(s.byPath["/scim2/Users"], { POST: 2, GET: 3 });
        assert.deepEqual(s.byPath[`/scim2/Users/${id}`], { PUT: 1, PATCH: 1, DELETE: 1 });
        await control("POST", "/stats/reset");
        const z = (await control("GET", "/stats")).json;
        assert.deepEqual(z.requests, { GET: 0, POST: 0, PUT: 0, PATCH: 0, DELETE: 0 });
        assert.equal(z.writes, 0);
        assert.equal(z.token, 0);
    });

    it("rateLimitPerSecond answers 429 beyond R per second; load stats count seconds and in-flight", async () => {
        const tok = await getToken();
        await control("POST", "/config", { rateLimitPerSecond: 5, latencyMs: 30 });
        await control("POST", "/stats/reset");
        const answers = await Promise.all(Array.from({ length: 8 }, () => request("GET", "/scim2/Users", { token: tok })));
        await control("POST", "/config", { rateLimitPerSecond: 0, latencyMs: 0 });
        const statuses = answers.map((r) => r.status);
        const limited = statuses.filter((x) => x === 429).length;
        // 8 at once: 5 admitted, unless the burst straddled a second boundary
        assert.ok(limited >= 1 && limited <= 3, `statuses ${statuses}`);
        const r429 = answers.find((r) => r.status === 429);
        assert.equal(r429.headers.get("retry-after"), "1");
        assert.equal(r429.json.code, 429);
        const s = (await control("GET", "/stats")).json;
        assert.equal(s.rateLimited, limited);
        assert.equal(Object.values(s.perSecond).reduce((a, b) => a + b, 0), 8);
        assert.equal(s.maxPerSlidingSecond, 8);
        assert.ok(s.maxInFlight >= 2 && s.maxInFlight <= 8, `maxInFlight ${s.maxInFlight}`);
        await control("POST", "/stats/reset");
        const z = (await control("GET", "/stats")).json;
        assert.deepEqual(z.perSecond, {});
        assert.equal(z.maxPerSlidingSecond, 0);
        assert.equal(z.rateLimited, 0);
    });

    it("reset drops users, tokens, faults, lists and counters", async () => {
        const tok = await getToken();
        await control("POST", "/users", { users: [user("r@example.com")] });
        await control("POST", "/config", { pendingUsers: ["p@example.com"], latencyMs: 5, forbidden: true });
        await control("POST", "/faults", { faults: [{ action: { status: 500 } }] });
        assert.equal((await control("POST", "/reset")).status, 200);
        assert.equal((await request("GET", "/scim2/Users", { token: tok })).status, 401);
        assert.deepEqual((await control("GET", "/users")).json, { users: [] });
        assert.deepEqual((await control("GET", "/faults")).json, { faults: [] });
        const cfg = (await control("GET", "/config")).json;
        assert.deepEqual(cfg.pendingUsers, []);
        assert.equal(cfg.latencyMs, 0);
        assert.equal(cfg.forbidden, false);
        const s = (await control("GET", "/stats")).json;
        assert.equal(s.token, 0);
        assert.equal(s.requests.GET, 1);
        const tok2 = await getToken();
        const r = await request("GET", "/scim2/Users", { token: tok2 });
        assert.equal(r.status, 200);
        assert.equal(r.json.totalResults, 0);
    });
});
