#!/usr/bin/env node
"use strict";
/**
 * Load generator for the throughput benchmark: measures what the SCIM test server can take for the
 * same POST /scim2/Users bodies a sync sends, with a fixed number of requests in flight.
 *
 *   node bench/loadgen/loadgen.js --base http://127.0.0.1:PORT --bodies FILE.jsonl [--in-flight 8]
 *        [--client-id ID] [--client-secret SECRET] [--account-id ACC]
 *
 * FILE.jsonl: one create body per line. Prints one JSON line on stdout:
 *   {"requests":n,"created":n,"failed":n,"seconds":s,"perSecond":creates/s,"inFlight":k}
 *
 *   node bench/loadgen/loadgen.js --base http://127.0.0.1:PORT --list 100
 * lists every user as a sync does (GET /scim2/Users?startIndex=i&count=100, one page after the other)
 * and prints {"pages":n,"users":n,"seconds":s}: what listing costs the server alone.
 * Plain node http with a keep-alive agent whose maxSockets is the in-flight count, so the load is
 * k persistent connections, each with one request outstanding (as the client's are).
 */
const fs = require("node:fs");
const http = require("node:http");

function args(argv) {
    const out = { inFlight: 8, clientId: "test-client", clientSecret: "test-secret", accountId: "test-account" };
    const keys = { "--base": "base", "--bodies": "bodies", "--in-flight": "inFlight", "--client-id": "clientId",
        "--client-secret": "clientSecret", "--account-id": "accountId", "--list": "list" };
    for (let i = 0; i < argv.length; i += 2) {
        const key = keys[argv[i]];
        if (!key || i + 1 >= argv.length) throw new Error(`bad argument '${argv[i]}'`);
        out[key] = argv[i + 1];
    }
    out.inFlight = Number(out.inFlight);
    if (out.list !== undefined) {
        out.list = Number(out.list);
        if (!out.base || !(out.list >= 1)) throw new Error("--base and --list PAGE-SIZE >= 1 are needed");
        return out;
    }
    if (!out.base || !out.bodies || !(out.inFlight >= 1)) throw new Error("--base, --bodies and --in-flight >= 1 are needed");
    return out;
}

function request(agent, url, method, headers, body) {
    return new Promise((resolve, reject) => {
        const req = http.request(url, { method, headers, agent }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("utf8") }));
        });
        req.on("error", reject);
        req.end(body);
    });
}

async function token(agent, a) {
    const basic = Buffer.from(`${a.clientId}:${a.clientSecret}`).toString("base64");
    const tok = await request(agent, `${a.base}/oauth/token`, "POST",
        { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
        `grant_type=account_credentials&account_id=${encodeURIComponent(a.accountId)}`);
    if (tok.status !== 200) throw new Error(`token: HTTP ${tok.status} ${tok.body}`);
    return { Authorization: `Bearer ${JSON.parse(tok.body).access_token}`,
        "Content-Type": "application/scim+json", Accept: "application/scim+json" };
}

async function list(a) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const headers = await token(agent, a);
    let startIndex = 1;
    let pages = 0;
    let users = 0;
    const t0 = process.hrtime.bigint();
    for (;;) {
        const r = await request(agent, `${a.base}/scim2/Users?startIndex=${startIndex}&count=${a.list}`, "GET", headers);
        if (r.status !== 200) throw new Error(`list: HTTP ${r.status} ${r.body.slice(0, 200)}`);
        const page = JSON.parse(r.body);
        const n = (page.Resources || []).length;
        pages += 1;
        users += n;
        startIndex += n;
        if (n === 0 || startIndex > page.totalResults) break;
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    agent.destroy();
    process.stdout.write(JSON.stringify({ pages, users, seconds }) + "\n");
}

async function main() {
    const a = args(process.argv.slice(2));
    if (a.list !== undefined) return list(a);
    const bodies = fs.readFileSync(a.bodies, "utf8").split("\n").filter((l) => l.trim().length);
    const agent = new http.Agent({ keepAlive: true, maxSockets: a.inFlight });
    const headers = await token(agent, a);

    let next = 0;
    let created = 0;
    let failed = 0;
    const t0 = process.hrtime.bigint();
    async function worker() {
        while (next < bodies.length) {
            const body = bodies[next++];
            const r = await request(agent, `${a.base}/scim2/Users`, "POST", headers, body);
            if (r.status === 201) created += 1;
            else if (failed++ < 3) process.stderr.write(`loadgen: HTTP ${r.status} ${r.body.slice(0, 200)}\n`);
        }
    }
    await Promise.all(Array.from({ length: a.inFlight }, worker));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    agent.destroy();
    process.stdout.write(JSON.stringify({ requests: bodies.length, created, failed, seconds,
        perSecond: created / seconds, inFlight: a.inFlight }) + "\n");
}

main().catch((e) => { process.stderr.write(`loadgen: ${e.message}\n`); process.exit(1); });
