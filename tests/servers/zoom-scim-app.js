"use strict";
/**
 * Zoom-like SCIM 2.0 + Server-to-Server OAuth test service (express app).
 *
 * Built on scimmy + scimmy-routers, with the library quirks from
 * shared/reference/scim-test-server-notes.md worked around and the Zoom behaviours from
 * shared/reference/zoom-scim-notes.md reproduced. All state is in memory.
 *
 * SCIMMY keeps its declared resources in a process-wide singleton, so createApp() may be
 * called only once per process. scim-server.js is the command-line entry point.
 */

const crypto = require("node:crypto");
const http = require("node:http");
const express = require("express");
const { SCIMMYRouters, SCIMMY } = require("scimmy-routers");

const ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";
const LIST_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const PATCHOP_URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const CORE_USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const DECLARED_URNS = new Set([CORE_USER_URN.toLowerCase(), ENTERPRISE_URN.toLowerCase()]);

const FULL_SCOPE = "scim2 user:read:admin user:write:admin";
const NO_SCIM_SCOPE = "user:read:admin user:write:admin";
const DEFAULT_PAGE = 100;
const MAX_PAGE = 100;

const RATE_LIMIT_MESSAGE = "You have reached the maximum per-second rate limit for this API. Try again later.";
const INVALID_TOKEN_BODY = { code: 124, message: "Invalid access token." };

let created = false;

// ---------------------------------------------------------------------------------------------
// small helpers

const isPlainObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
const lc = (s) => String(s).toLowerCase();
const nowIso = () => new Date().toISOString();
const newId = () => crypto.randomBytes(16).toString("base64url"); // 22 chars, like Zoom user ids
const newToken = () => crypto.randomBytes(32).toString("base64url");
const findKey = (obj, key) => Object.keys(obj).find((k) => lc(k) === lc(key));

function scimErrorBody(status, detail, scimType) {
    const body = { schemas: [ERROR_URN], detail, status };
    if (scimType) body.scimType = scimType;
    return body;
}

function sendScimError(res, status, detail, scimType) {
    res.status(status).type("application/scim+json").send(JSON.stringify(scimErrorBody(status, detail, scimType)));
}

function sendJson(res, status, body) {
    res.status(status).type("application/json").send(JSON.stringify(body));
}

/** Seconds offset string ("+2", "-5", "2") → Date rounded up to the next whole second. */
function futureDate(offset) {
    const secs = Number(offset);
    if (!Number.isFinite(secs)) return null;
    return new Date(Math.ceil((Date.now() + secs * 1000) / 1000) * 1000);
}

function retryAfterValue(spec) {
    if (spec === undefined || spec === null) return undefined;
    const s = String(spec);
    let m;
    if ((m = /^date:\s*([+-]?\d+(?:\.\d+)?)$/i.exec(s))) return futureDate(m[1]).toUTCString();
    if ((m = /^iso:\s*([+-]?\d+(?:\.\d+)?)$/i.exec(s))) return futureDate(m[1]).toISOString().replace(/\.\d{3}Z$/, "Z");
    return s; // seconds, or anything verbatim (lets tests send garbage on purpose)
}

/** Merge a partial resource into a stored one (Zoom PUT semantics). Keys compare case-insensitively. */
function mergeInto(target, src) {
    for (const [k, v] of Object.entries(src)) {
        const existing = findKey(target, k);
        if (v === null) {
            if (existing !== undefined) delete target[existing];
        } else if (isPlainObject(v) && existing !== undefined && isPlainObject(target[existing])) {
            mergeInto(target[existing], v);
        } else {
            if (existing !== undefined && existing !== k) delete target[existing];
            target[k] = clone(v);
        }
    }
    return target;
}

/** Undeclared extension objects ("urn:..." keys scimmy would silently drop) → {urn: object}. */
function extractExtras(body) {
    const extras = {};
    if (!isPlainObject(body)) return extras;
    for (const [k, v] of Object.entries(body)) {
        if (/^urn:/i.test(k) && !DECLARED_URNS.has(lc(k)) && isPlainObject(v)) extras[k] = clone(v);
    }
    return extras;
}

// Case folding for filters: RFC 7643 makes almost every string caseExact=false (userName,
// emails.value, ...); id and externalId are caseExact. meta is left alone (dates).
const CASE_EXACT_TOP = new Set(["id", "externalid", "meta"]);

function foldValue(v) {
    if (typeof v === "string") return v.toLowerCase();
    if (Array.isArray(v)) return v.map(foldValue);
    if (isPlainObject(v)) {
        const o = {};
        for (const [k, x] of Object.entries(v)) o[k] = foldValue(x);
        return o;
    }
    return v;
}

function foldExpressions(expr) {
    // expr: ["eq","x"] | ["not","eq","x"] | ["pr"] | [["ge",1],["le",5]] | {sub: expr}
    if (Array.isArray(expr)) {
        if (expr.every(Array.isArray)) return expr.map(foldExpressions);
        const out = expr.slice();
        const last = out.length - 1;
        if (out.length >= 2 && typeof out[last] === "string") out[last] = out[last].toLowerCase();
        return out;
    }
    if (isPlainObject(expr)) {
        const o = {};
        for (const [k, v] of Object.entries(expr)) o[k] = foldExpressions(v);
        return o;
    }
    return expr;
}

function foldFilter(filter) {
    return new SCIMMY.Types.Filter(filter.map((branch) => {
        const o = {};
        for (const [k, v] of Object.entries(branch)) o[k] = CASE_EXACT_TOP.has(lc(k)) ? clone(v) : foldExpressions(clone(v));
        return o;
    }));
}

/** Value for sorting: follows a dotted path, taking the primary (or first) entry of arrays. */
function sortValue(obj, path) {
    let cur = obj;
    for (const part of path.split(".")) {
        if (cur === undefined || cur === null) return undefined;
        if (Array.isArray(cur)) cur = (cur.find((e) => e && e.primary) ?? cur[0]);
        if (!isPlainObject(cur)) return undefined;
        const key = findKey(cur, part);
        cur = key === undefined ? undefined : cur[key];
    }
    if (Array.isArray(cur)) cur = (cur.find((e) => e && e.primary) ?? cur[0]);
    if (isPlainObject(cur)) cur = cur.value;
    return cur;
}

// ---------------------------------------------------------------------------------------------

function createApp(options = {}) {
    if (created) throw new Error("createApp() may be called only once per process (SCIMMY is a singleton)");
    created = true;

    const opts = {
        clientId: options.clientId ?? "test-client",
        clientSecret: options.clientSecret ?? "test-secret",
        accountId: options.accountId ?? "test-account",
        tokenTtl: options.tokenTtl ?? 3600,
        verbose: !!options.verbose,
    };
    const log = opts.verbose ? (...a) => process.stderr.write(a.join(" ") + "\n") : () => {};

    // ------------------------------------------------------------------ state
    const state = {};
    let inFlight = 0; // SCIM requests open right now (survives resets: they are still open)

    function defaultConfig() {
        return {
            tokenTtl: opts.tokenTtl,
            latencyMs: 0,
            rateLimitPerSecond: 0,
            appDisabled: false,
            missingScope: false,
            ssoNotEnabled: false,
            forbidden: false,
            invalidatePreviousTokens: false,
            pendingUsers: new Set(),
            foreignEmails: new Set(),
            adminUsers: new Set(),
        };
    }

    function emptyStats() {
        return { requests: { GET: 0, POST: 0, PUT: 0, PATCH: 0, DELETE: 0 }, writes: 0,
            writesByMethod: { POST: 0, PUT: 0, PATCH: 0, DELETE: 0 }, token: 0, byPath: {},
            // Load seen by the server (SCIM requests only): arrivals per Unix second, the most
            // arrivals in any sliding 1000 ms, the most requests open at once, 429s from the limiter.
            perSecond: {}, maxPerSlidingSecond: 0, maxInFlight: inFlight, rateLimited: 0 };
    }

    // Arrival times (ms, monotonic) of the last second, for the sliding count; the limiter's second.
    function emptyLoad() {
        return { arrivals: [], head: 0, limiterSecond: -1, admitted: 0 };
    }

    function resetAll() {
        state.users = new Map();      // id → record
        state.byName = new Map();     // lower(userName) → record
        state.tokens = new Map();     // token → {expiresAt, scope}
        state.faults = [];
        state.config = defaultConfig();
        state.load = emptyLoad();
        state.stats = emptyStats();
        state.seq = 0;
    }
    resetAll();

    // ------------------------------------------------------------------ user store
    // record: {id, data (scimmy-coerced JSON, no id/meta), extras {urn: obj}, created, lastModified, version, proj}

    function storedJson(rec) {
        const out = { ...clone(rec.data), id: rec.id,
            meta: { created: rec.created, lastModified: rec.lastModified, version: `W/"${rec.version}"` } };
        return out;
    }

    /** Object handed to scimmy's egress (scimmy then applies the "out" schema). */
    function egressJson(rec) {
        return storedJson(rec);
    }

    function withExtras(rendered, rec, req) {
        if (!rec || !Object.keys(rec.extras).length) return rendered;
        const q = req ? req.query || {} : {};
        const attrs = typeof q.attributes === "string" ? lc(q.attributes) : null;
        const excluded = typeof q.excludedAttributes === "string" ? lc(q.excludedAttributes) : "";
        for (const [urn, val] of Object.entries(rec.extras)) {
            if (attrs !== null && !attrs.includes(lc(urn))) continue;
            if (excluded.includes(lc(urn))) continue;
            rendered[urn] = clone(val);
            if (Array.isArray(rendered.schemas) && !rendered.schemas.some((s) => lc(s) === lc(urn))) rendered.schemas.push(urn);
        }
        return rendered;
    }

    /** Full JSON as a SCIM GET would return it (used by /_control/users and PATCH no-op). */
    function renderUser(rec, baseUrl, req) {
        const out = clone(new SCIMMY.Schemas.User(egressJson(rec), "out", `${baseUrl}/scim2/Users`));
        return withExtras(out, rec, req);
    }

    function projection(rec) {
        if (!rec.proj) {
            const full = storedJson(rec);
            for (const [urn, val] of Object.entries(rec.extras)) full[urn] = clone(val);
            const proj = {};
            for (const [k, v] of Object.entries(full)) {
                proj[k] = CASE_EXACT_TOP.has(lc(k)) ? v : foldValue(v);
                // Flatten extensions so URN-qualified filter paths resolve (scimmy quirk 2)
                if (/^urn:/i.test(k) && isPlainObject(v)) {
                    for (const [sk, sv] of Object.entries(v)) proj[`${k}:${sk}`] = foldValue(sv);
                }
            }
            rec.proj = proj;
        }
        return rec.proj;
    }

    function insertUser({ id, data, extras, created }) {
        const ts = nowIso();
        const rec = { id, data, extras, created: created ?? ts, lastModified: ts, version: 1, proj: null };
        state.users.set(id, rec);
        state.byName.set(lc(data.userName), rec);
        return rec;
    }

    function touch(rec) {
        rec.lastModified = nowIso();
        rec.version += 1;
        rec.proj = null;
    }

    function cleanCoerced(instance, { defaultActive = false } = {}) {
        const data = clone(instance);
        delete data.id;
        delete data.meta;
        if (defaultActive && data.active === undefined) data.active = true; // new Zoom users are active
        return data;
    }

    function userConflictChecks(userName, emails, { foreign = true } = {}) {
        const candidates = [userName, ...(Array.isArray(emails) ? emails.map((e) => e && e.value) : [])]
            .filter((v) => typeof v === "string");
        if (foreign) {
            const hit = candidates.find((v) => state.config.foreignEmails.has(lc(v)));
            if (hit) throw new SCIMMY.Types.Error(409, "uniqueness", `User ${hit} already holds an active account in another Zoom account.`);
        }
        if (state.byName.has(lc(userName)))
            throw new SCIMMY.Types.Error(409, "uniqueness", `User already exists: userName '${userName}' is already in use (user names are case-insensitive).`);
    }

    // ------------------------------------------------------------------ SCIMMY resource
    SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false);
    SCIMMY.Resources.declare(SCIMMY.Resources.User, {
        egress: async (resource, ctx) => egress(resource, ctx),
        ingress: async (resource, instance, ctx) => ingress(resource, instance, ctx),
        degress: async (resource) => {
            const rec = state.users.get(resource.id);
            if (!rec) throw new SCIMMY.Types.Error(404, null, `User does not exist: ${resource.id}`);
            state.users.delete(rec.id);
            state.byName.delete(lc(rec.data.userName));
        },
    });

    function egress(resource, ctx) {
        if (resource.id !== undefined) {
            const rec = state.users.get(resource.id);
            if (!rec) throw new SCIMMY.Types.Error(404, null, `User does not exist: ${resource.id}`);
            return egressJson(rec);
        }

        let list;
        const filter = resource.filter;
        if (filter && filter.length) {
            // Zoom: a userName eq filter for a pending (invited, unconfirmed) user is a 400
            for (const branch of filter) {
                const key = findKey(branch, "userName");
                const expr = key !== undefined ? branch[key] : undefined;
                if (Array.isArray(expr) && typeof expr[0] === "string" && lc(expr[0]) === "eq"
                    && typeof expr[1] === "string" && state.config.pendingUsers.has(lc(expr[1]))) {
                    throw new SCIMMY.Types.Error(400, null, `User ${expr[1]} not exist or not belong to this account.`);
                }
            }
            const only = filter.length === 1 ? Object.keys(filter[0]) : [];
            const expr = only.length === 1 ? filter[0][only[0]] : undefined;
            if (only.length === 1 && lc(only[0]) === "username" && Array.isArray(expr) && expr.length === 2
                && lc(expr[0]) === "eq" && typeof expr[1] === "string") {
                const rec = state.byName.get(lc(expr[1]));   // indexed fast path, case-insensitive
                list = rec ? [rec] : [];
            } else if (only.length === 1 && lc(only[0]) === "externalid" && Array.isArray(expr) && expr.length === 2
                && lc(expr[0]) === "eq" && typeof expr[1] === "string") {
                list = [...state.users.values()].filter((r) => r.data.externalId === expr[1]); // caseExact
            } else {
                const folded = foldFilter(filter);
                const recs = [...state.users.values()];
                const matched = new Set(folded.match(recs.map(projection)));
                list = recs.filter((r) => matched.has(r.proj));
            }
        } else {
            list = [...state.users.values()];
        }

        const c = resource.constraints || {};
        if (typeof c.sortBy === "string") {
            const dir = c.sortOrder === "descending" ? -1 : 1;
            list = list.slice().sort((a, b) => {
                const va = sortValue(projection(a), c.sortBy);
                const vb = sortValue(projection(b), c.sortBy);
                if (va === undefined || vb === undefined) return va === vb ? 0 : (va === undefined ? 1 : -1);
                if (typeof va === "number" && typeof vb === "number") return dir * (va - vb);
                return dir * String(va).localeCompare(String(vb));
            });
        }
        const startIndex = Math.max(Number.isInteger(c.startIndex) ? c.startIndex : 1, 1);
        const count = Math.min(Math.max(Number.isInteger(c.count) ? c.count : DEFAULT_PAGE, 0), MAX_PAGE);
        const total = list.length;
        const page = list.slice(startIndex - 1, startIndex - 1 + count);

        // Work around ListResponse quirk 3: hand it an already-sliced page with startIndex 1 (so it
        // does not slice again or wrap around), the real totals, and fix startIndex up on send.
        resource.constraints = { startIndex: 1, itemsPerPage: page.length, totalResults: total };
        if (ctx) ctx.listStartIndex = startIndex;
        return page.map(egressJson);
    }

    function ingress(resource, instance, ctx) {
        const req = ctx && ctx.req;
        const data = cleanCoerced(instance, { defaultActive: resource.id === undefined });
        if (resource.id !== undefined) {
            const rec = state.users.get(resource.id);
            if (!rec) throw new SCIMMY.Types.Error(404, null, `User does not exist: ${resource.id}`);
            data.userName = rec.data.userName;                 // Zoom ignores userName changes
            if (req && req.method === "PUT") rec.extras = extractExtras(req.body);
            rec.data = data;
            touch(rec);
            return egressJson(rec);
        }
        userConflictChecks(data.userName, data.emails);
        const rec = insertUser({ id: newId(), data, extras: extractExtras(req && req.body) });
        return egressJson(rec);
    }

    // ------------------------------------------------------------------ express app
    const app = express();
    app.disable("x-powered-by");
    app.set("etag", false);

    // Request log (stderr, verbose only)
    app.use((req, res, next) => {
        if (opts.verbose) {
            const t0 = Date.now();
            res.on("finish", () => log(`${req.method} ${req.originalUrl} -> ${res.statusCode} (${Date.now() - t0} ms)`));
            res.on("close", () => { if (!res.writableFinished) log(`${req.method} ${req.originalUrl} -> (no response)`); });
        }
        next();
    });

    // ------------------------------------------------------------------ control API
    const control = express.Router();
    control.use(express.json({ limit: "50mb", type: () => true }));

    control.post("/reset", (req, res) => { resetAll(); sendJson(res, 200, { ok: true }); });

    control.post("/users", (req, res) => {
        const users = req.body && req.body.users;
        if (!Array.isArray(users)) return sendJson(res, 400, { error: "body must be {\"users\": [<SCIM user>, ...]}" });
        const ids = [];
        const prepared = [];
        const names = new Set();
        for (const [i, raw] of users.entries()) {
            try {
                if (!isPlainObject(raw)) throw new Error("not an object");
                const data = cleanCoerced(new SCIMMY.Schemas.User(raw, "in"), { defaultActive: true });
                const id = raw.id !== undefined ? String(raw.id) : newId();
                if (!id.length || state.users.has(id) || prepared.some((p) => p.id === id)) throw new Error(`duplicate id '${id}'`);
                if (state.byName.has(lc(data.userName)) || names.has(lc(data.userName))) throw new Error(`duplicate userName '${data.userName}'`);
                names.add(lc(data.userName));
                const createdAt = raw.meta && typeof raw.meta.created === "string" && !Number.isNaN(Date.parse(raw.meta.created))
                    ? new Date(raw.meta.created).toISOString() : undefined;
                prepared.push({ id, data, extras: extractExtras(raw), created: createdAt });
            } catch (ex) {
                return sendJson(res, 400, { error: `users[${i}]: ${ex.message}` });
            }
        }
        for (const p of prepared) { insertUser(p); ids.push(p.id); }
        sendJson(res, 200, { ids });
    });

    control.get("/users", (req, res) => {
        const base = `http://${req.get("host") || "127.0.0.1"}`;
        sendJson(res, 200, { users: [...state.users.values()].map((r) => renderUser(r, base)) });
    });

    control.delete("/users", (req, res) => {
        state.users.clear();
        state.byName.clear();
        sendJson(res, 200, { ok: true });
    });

    const LIST_KEYS = ["pendingUsers", "foreignEmails", "adminUsers"];
    const BOOL_KEYS = ["appDisabled", "missingScope", "ssoNotEnabled", "forbidden", "invalidatePreviousTokens"];
    const NUM_KEYS = ["tokenTtl", "latencyMs", "rateLimitPerSecond"];

    function configJson() {
        const c = state.config;
        const out = {};
        for (const k of NUM_KEYS.concat(BOOL_KEYS)) out[k] = c[k];
        for (const k of LIST_KEYS) out[k] = [...c[k]];
        return out;
    }

    control.get("/config", (req, res) => sendJson(res, 200, configJson()));

    control.post("/config", (req, res) => {
        const body = req.body;
        if (!isPlainObject(body)) return sendJson(res, 400, { error: "body must be a JSON object" });
        const known = new Set([...LIST_KEYS, ...BOOL_KEYS, ...NUM_KEYS]);
        const unknown = Object.keys(body).filter((k) => !known.has(k));
        if (unknown.length) return sendJson(res, 400, { error: `unknown config key(s): ${unknown.join(", ")}` });
        for (const k of LIST_KEYS) if (k in body && (!Array.isArray(body[k]) || !body[k].every((v) => typeof v === "string")))
            return sendJson(res, 400, { error: `${k} must be an array of strings` });
        for (const k of BOOL_KEYS) if (k in body && typeof body[k] !== "boolean")
            return sendJson(res, 400, { error: `${k} must be a boolean` });
        for (const k of NUM_KEYS) if (k in body && !(typeof body[k] === "number" && Number.isFinite(body[k]) && body[k] >= 0))
            return sendJson(res, 400, { error: `${k} must be a non-negative number` });
        for (const k of LIST_KEYS) if (k in body) state.config[k] = new Set(body[k].map(lc));
        for (const k of BOOL_KEYS.concat(NUM_KEYS)) if (k in body) state.config[k] = body[k];
        sendJson(res, 200, configJson());
    });

    control.get("/faults", (req, res) => sendJson(res, 200, { faults: clone(state.faults) }));

    control.post("/faults", (req, res) => {
        const faults = req.body && req.body.faults;
        if (!Array.isArray(faults)) return sendJson(res, 400, { error: "body must be {\"faults\": [...]}" });
        const add = [];
        for (const [i, f] of faults.entries()) {
            if (!isPlainObject(f)) return sendJson(res, 400, { error: `faults[${i}] must be an object` });
            const match = f.match ?? {};
            const action = f.action;
            if (!isPlainObject(match)) return sendJson(res, 400, { error: `faults[${i}].match must be an object` });
            if (!isPlainObject(action)) return sendJson(res, 400, { error: `faults[${i}].action must be an object` });
            const times = f.times ?? 1;
            if (!Number.isInteger(times) || times < 1) return sendJson(res, 400, { error: `faults[${i}].times must be a positive integer` });
            if (action.status !== undefined && !(Number.isInteger(action.status) && action.status >= 100 && action.status <= 599))
                return sendJson(res, 400, { error: `faults[${i}].action.status must be an HTTP status code` });
            if (action.delayMs !== undefined && !(typeof action.delayMs === "number" && action.delayMs >= 0))
                return sendJson(res, 400, { error: `faults[${i}].action.delayMs must be a non-negative number` });
            if (action.status === undefined && !action.drop && action.delayMs === undefined)
                return sendJson(res, 400, { error: `faults[${i}].action needs status, drop or delayMs` });
            add.push({ match: { ...(match.method ? { method: String(match.method).toUpperCase() } : {}),
                ...(match.path ? { path: String(match.path) } : {}) }, times, action: clone(action) });
        }
        state.faults.push(...add);
        sendJson(res, 200, { queued: state.faults.length });
    });

    control.delete("/faults", (req, res) => { state.faults = []; sendJson(res, 200, { ok: true }); });

    control.get("/stats", (req, res) => sendJson(res, 200, state.stats));
    control.post("/stats/reset", (req, res) => {
        state.load = emptyLoad();
        state.stats = emptyStats();
        sendJson(res, 200, { ok: true });
    });

    control.post("/tokens/expire", (req, res) => {
        const n = state.tokens.size;
        state.tokens.clear();
        sendJson(res, 200, { expired: n });
    });

    control.use((req, res) => sendJson(res, 404, { code: 404, message: "Not found" }));
    control.use((err, req, res, next) => { // eslint-disable-line no-unused-vars
        sendJson(res, err.status && err.status < 500 ? err.status : 500, { error: err.message });
    });
    app.use("/_control", control);

    // ------------------------------------------------------------------ stats, latency, faults
    app.use((req, res, next) => {
        const path = req.path;
        const isScim = path === "/scim2" || path.startsWith("/scim2/");
        if (path === "/oauth/token") state.stats.token += 1;
        if (isScim) {
            const s = state.stats;
            countLoad(res);
            s.requests[req.method] = (s.requests[req.method] ?? 0) + 1;
            const bp = (s.byPath[path] ??= {});
            bp[req.method] = (bp[req.method] ?? 0) + 1;
            if (["POST", "PUT", "PATCH", "DELETE"].includes(req.method)) {
                res.on("finish", () => {
                    if (res.statusCode >= 200 && res.statusCode < 300) {
                        state.stats.writes += 1;
                        state.stats.writesByMethod[req.method] += 1;
                    }
                });
            }
        }
        const latency = isScim ? state.config.latencyMs : 0;
        const go = isScim && overRateLimit() ? () => respondFault(req, res, next, RATE_LIMIT_FAULT)
            : () => applyFault(req, res, next);
        if (latency > 0) setTimeout(go, latency);
        else go();
    });

    function countLoad(res) {
        const s = state.stats;
        const load = state.load;
        const now = performance.now();
        const second = Math.floor(Date.now() / 1000);
        s.perSecond[second] = (s.perSecond[second] ?? 0) + 1;
        load.arrivals.push(now);
        while (load.arrivals[load.head] <= now - 1000) load.head += 1;
        if (load.head > 4096) { load.arrivals = load.arrivals.slice(load.head); load.head = 0; }
        s.maxPerSlidingSecond = Math.max(s.maxPerSlidingSecond, load.arrivals.length - load.head);
        inFlight += 1;
        s.maxInFlight = Math.max(s.maxInFlight, inFlight);
        res.on("close", () => { inFlight -= 1; });
    }

    // Zoom's per-second limit: at most rateLimitPerSecond SCIM requests admitted per Unix second.
    const RATE_LIMIT_FAULT = { status: 429, retryAfter: "1", headers: { "X-RateLimit-Type": "QPS" } };
    function overRateLimit() {
        const limit = state.config.rateLimitPerSecond;
        if (!(limit > 0)) return false;
        const load = state.load;
        const second = Math.floor(Date.now() / 1000);
        if (second !== load.limiterSecond) { load.limiterSecond = second; load.admitted = 0; }
        if (load.admitted >= limit) { state.stats.rateLimited += 1; return true; }
        load.admitted += 1;
        return false;
    }

    function takeFault(req) {
        const idx = state.faults.findIndex((f) =>
            (!f.match.method || f.match.method === req.method) && (!f.match.path || req.path.startsWith(f.match.path)));
        if (idx < 0) return null;
        const f = state.faults[idx];
        f.times -= 1;
        if (f.times <= 0) state.faults.splice(idx, 1);
        return f.action;
    }

    function bearerToken(req) {
        const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") || "");
        return m ? m[1] : null;
    }

    function respondFault(req, res, next, a) {
        if (a.drop) {
            log(`fault: drop ${req.method} ${req.originalUrl}`);
            req.socket.destroy();
            return;
        }
        if (a.status === undefined) return next(); // delay-only
        const status = a.status;
        log(`fault: ${status} ${req.method} ${req.originalUrl}`);
        if (isPlainObject(a.headers)) for (const [k, v] of Object.entries(a.headers)) res.set(k, String(v));
        const ra = retryAfterValue(a.retryAfter);
        if (ra !== undefined) res.set("Retry-After", ra);
        if (a.expireToken) {
            const tok = bearerToken(req);
            if (tok) state.tokens.delete(tok);
            return sendJson(res, status, a.body ?? INVALID_TOKEN_BODY);
        }
        if (a.html) {
            const line = `${status} ${http.STATUS_CODES[status] ?? "Error"}`;
            return res.status(status).type("html").send(typeof a.body === "string" ? a.body : `<html><body><h1>${line}</h1></body></html>`);
        }
        if (typeof a.body === "string") return res.status(status).type(a.contentType ?? "text/plain").send(a.body);
        if (a.body !== undefined) {
            return res.status(status).type(a.contentType ?? "application/json").send(JSON.stringify(a.body));
        }
        let body;
        if (status === 429) body = { code: 429, message: RATE_LIMIT_MESSAGE };
        else if (status >= 500) body = { code: status, message: "Service unavailable" };
        else if (status === 401) body = INVALID_TOKEN_BODY;
        else body = { code: status, message: http.STATUS_CODES[status] ?? "Error" };
        return sendJson(res, status, body);
    }

    function applyFault(req, res, next) {
        const a = takeFault(req);
        if (!a) return next();
        if (a.delayMs > 0) setTimeout(() => respondFault(req, res, next, a), a.delayMs);
        else respondFault(req, res, next, a);
    }

    // ------------------------------------------------------------------ OAuth token endpoint
    app.post("/oauth/token", express.urlencoded({ extended: false, limit: "100kb" }), (req, res) => {
        const invalidClient = () => sendJson(res, 400, { reason: "Invalid client_id or client_secret", error: "invalid_client" });
        const m = /^Basic\s+(\S+)\s*$/i.exec(req.get("authorization") || "");
        if (!m) return invalidClient();
        const decoded = Buffer.from(m[1], "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon < 0) return invalidClient();
        if (decoded.slice(0, colon) !== opts.clientId || decoded.slice(colon + 1) !== opts.clientSecret) return invalidClient();
        if (state.config.appDisabled) {
            return sendJson(res, 400, { code: 4717, message: "The app has been disabled", reason: "The app has been disabled", error: "invalid_client" });
        }
        // Parameters must be in the form body; query-string-only parameters are refused (Zoom, 2024+)
        const body = isPlainObject(req.body) && req.is("application/x-www-form-urlencoded") ? req.body : {};
        if (body.grant_type !== "account_credentials") {
            return sendJson(res, 400, { reason: "unsupported grant type", error: "unsupported_grant_type" });
        }
        if (body.account_id !== opts.accountId) {
            return sendJson(res, 400, { reason: "Invalid account_id", error: "invalid_request" });
        }
        const ttl = state.config.tokenTtl;
        if (state.config.invalidatePreviousTokens) state.tokens.clear();
        if (state.tokens.size > 1000) {
            const now = Date.now();
            for (const [t, info] of state.tokens) if (info.expiresAt <= now) state.tokens.delete(t);
        }
        const token = newToken();
        const scope = state.config.missingScope ? NO_SCIM_SCOPE : FULL_SCOPE;
        state.tokens.set(token, { expiresAt: Date.now() + ttl * 1000, scope });
        res.set("Cache-Control", "no-store");
        sendJson(res, 200, { access_token: token, token_type: "bearer", expires_in: Number.isInteger(ttl) ? ttl : Math.ceil(ttl), scope });
    });

    // ------------------------------------------------------------------ SCIM: auth + account checks
    const scim = express.Router();

    scim.use((req, res, next) => {
        const tok = bearerToken(req);
        const info = tok ? state.tokens.get(tok) : undefined;
        if (!info || info.expiresAt <= Date.now() || state.config.appDisabled) {
            if (info && info.expiresAt <= Date.now()) state.tokens.delete(tok);
            return sendJson(res, 401, INVALID_TOKEN_BODY);
        }
        if (!info.scope.split(" ").includes("scim2")) {
            return sendJson(res, 400, { code: 4711, message: "Invalid access token, does not contain scopes:[scim2]." });
        }
        if (state.config.ssoNotEnabled) return sendScimError(res, 400, "Account has not enabled Single Sign-On.");
        if (state.config.forbidden) return sendScimError(res, 403, "Insufficient permissions");
        req.scimCtx = { req };
        next();
    });

    // Zoom serves only /Users and /Users/{id} (no discovery endpoints, /Bulk, /.search or /Me).
    scim.use((req, res, next) => {
        if (/^\/Users\/?$/.test(req.path) || /^\/Users\/[^/]+\/?$/.test(req.path) && !/^\/Users\/\.search\/?$/.test(req.path)) return next();
        return sendScimError(res, 404, `Endpoint not found: ${req.method} ${req.baseUrl}${req.path}`);
    });

    // Body: application/scim+json or application/json (with or without charset)
    scim.use((req, res, next) => {
        if (["POST", "PUT", "PATCH"].includes(req.method) && req.get("content-type") && !req.is(["application/scim+json", "application/json"])) {
            return sendScimError(res, 415, `Unsupported Content-Type '${req.get("content-type")}': use application/scim+json or application/json.`, "invalidSyntax");
        }
        next();
    });
    scim.use(express.json({ type: ["application/scim+json", "application/json"], limit: "1mb" }));

    // Post-process everything scimmy sends: numeric error status (Zoom's shape), Location on 201,
    // real startIndex on lists, pass-through extension objects, 200 + resource for no-op PATCH.
    scim.use((req, res, next) => {
        const origSend = res.send;
        res.send = function send(body) {
            if (req.method === "PATCH" && res.statusCode === 204 && body === undefined && req.scimPatchId) {
                const rec = state.users.get(req.scimPatchId);
                if (rec) {
                    res.status(200);
                    body = renderUser(rec, `http://${req.get("host") || "127.0.0.1"}`, req);
                    res.set("Content-Type", "application/scim+json");
                }
            }
            if (body !== null && typeof body === "object" && !Buffer.isBuffer(body)) {
                const b = clone(body);
                const schemas = Array.isArray(b.schemas) ? b.schemas : [];
                if (schemas.includes(ERROR_URN)) {
                    b.status = Number(b.status) || res.statusCode;
                } else if (schemas.includes(LIST_URN)) {
                    if (req.scimCtx && req.scimCtx.listStartIndex !== undefined) b.startIndex = req.scimCtx.listStartIndex;
                    if (Array.isArray(b.Resources)) b.Resources = b.Resources.map((r) => withExtras(r, r && state.users.get(r.id), req));
                } else if (typeof b.id === "string") {
                    withExtras(b, state.users.get(b.id), req);
                    if (res.statusCode === 201 && b.meta && b.meta.location) res.location(b.meta.location);
                }
                body = JSON.stringify(b);
                if (!res.get("Content-Type")) res.set("Content-Type", "application/scim+json");
            }
            return origSend.call(this, body);
        };
        next();
    });

    function isAdmin(rec) {
        return state.config.adminUsers.has(lc(rec.data.userName));
    }
    const ADMIN_DETAIL = "Zoom does not support deactivating users with the Admin role.";

    // PUT is a partial update on Zoom: merge into the stored user; userName changes are ignored.
    scim.put("/Users/:id", (req, res, next) => {
        const rec = state.users.get(req.params.id);
        if (!rec) return sendScimError(res, 404, `User does not exist: ${req.params.id}`);
        if (!isPlainObject(req.body)) return next();
        const body = req.body;
        const activeKey = findKey(body, "active");
        if (activeKey !== undefined && body[activeKey] === false && isAdmin(rec)) return sendScimError(res, 400, ADMIN_DETAIL, "mutability");
        const merged = clone(rec.data);
        for (const [urn, v] of Object.entries(rec.extras)) merged[urn] = clone(v);
        const partial = {};
        for (const [k, v] of Object.entries(body)) {
            if (["id", "meta", "username", "schemas"].includes(lc(k))) continue;
            partial[k] = v;
        }
        mergeInto(merged, partial);
        const schemas = new Set(Array.isArray(merged.schemas) ? merged.schemas : [CORE_USER_URN]);
        if (Array.isArray(body.schemas)) for (const s of body.schemas) if (typeof s === "string") schemas.add(s);
        merged.schemas = [...schemas];
        merged.userName = rec.data.userName;
        req.body = merged;
        next();
    });

    // PATCH is only "activate / deactivate a user" on Zoom.
    scim.patch("/Users/:id", (req, res, next) => {
        const only = "Only active can be patched: Zoom supports PATCH only as {\"op\":\"replace\",\"path\":\"active\",\"value\":true|false}; use PUT for other attributes.";
        const body = req.body;
        if (!isPlainObject(body) || !Array.isArray(body.Operations) || !body.Operations.length)
            return sendScimError(res, 400, "PATCH body must be a PatchOp message with a non-empty Operations array.", "invalidSyntax");
        const ops = [];
        for (const op of body.Operations) {
            if (!isPlainObject(op) || typeof op.op !== "string" || lc(op.op) !== "replace") return sendScimError(res, 400, only, "invalidSyntax");
            let value;
            if (op.path !== undefined) {
                if (typeof op.path !== "string" || !["active", `${lc(CORE_USER_URN)}:active`].includes(lc(op.path.trim())))
                    return sendScimError(res, 400, only, "invalidPath");
                value = op.value;
            } else {
                if (!isPlainObject(op.value) || Object.keys(op.value).length !== 1 || lc(Object.keys(op.value)[0]) !== "active")
                    return sendScimError(res, 400, only, "invalidPath");
                value = Object.values(op.value)[0];
            }
            if (typeof value !== "boolean") return sendScimError(res, 400, `${only} The value must be a JSON boolean.`, "invalidValue");
            ops.push({ op: "replace", path: "active", value });
        }
        const rec = state.users.get(req.params.id);
        if (rec && ops.some((o) => o.value === false) && isAdmin(rec)) return sendScimError(res, 400, ADMIN_DETAIL, "mutability");
        req.body = { ...body, Operations: ops };
        req.scimPatchId = req.params.id;
        next();
    });

    scim.use(new SCIMMYRouters({
        type: "bearer",
        docUri: "https://developers.zoom.us/docs/internal-apps/s2s-oauth/",
        handler: () => {},                       // authentication already done above (Zoom's 401 shape)
        context: (req) => req.scimCtx,
        baseUri: (req) => `http://${req.get("host") || "127.0.0.1"}`,
    }));

    app.use("/scim2", scim);

    // ------------------------------------------------------------------ fallbacks
    app.use((req, res) => sendJson(res, 404, { code: 404, message: "Not found" }));

    app.use((err, req, res, next) => { // eslint-disable-line no-unused-vars
        if (res.headersSent) { log(`error after response: ${err && err.stack}`); return; }
        const isScim = req.path === "/scim2" || req.path.startsWith("/scim2/");
        const status = err && err.status >= 400 && err.status < 500 ? err.status : 500;
        if (status >= 500) log(`internal error: ${err && err.stack}`);
        const detail = err && err.type === "entity.parse.failed" ? "Request body is not valid JSON."
            : err && err.type === "entity.too.large" ? "Request body too large." : (err && err.message) || "Internal error";
        if (isScim) return sendScimError(res, status, detail, status === 400 ? "invalidSyntax" : undefined);
        return sendJson(res, status, { code: status, message: detail });
    });

    return { app, state };
}

module.exports = { createApp };
