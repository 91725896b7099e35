#!/usr/bin/env node
"use strict";
/**
 * Zoom-like SCIM 2.0 + Server-to-Server OAuth test server for ProvisionDesk.
 *
 *   node tests/servers/scim-server.js [--port N] [--token-ttl SECONDS] [--client-id ID]
 *        [--client-secret SECRET] [--account-id ACC] [--no-stdin-exit]
 *
 * Binds 127.0.0.1 only; prints exactly one line "LISTENING <port>" on stdout once listening and
 * nothing else there (logs go to stderr, only with SCIM_SERVER_VERBOSE=1). Exits on SIGTERM/SIGINT
 * and when stdin (a pipe, socket or terminal) reaches end-of-file. See README.md.
 */

const fs = require("node:fs");
const tty = require("node:tty");

const USAGE = "usage: scim-server.js [--port N] [--token-ttl SECONDS] [--client-id ID] " +
    "[--client-secret SECRET] [--account-id ACC] [--no-stdin-exit]";

function fail(msg) {
    process.stderr.write(`scim-server: ${msg}\n${USAGE}\n`);
    process.exit(2);
}

function parseArgs(argv) {
    const out = { port: 0, tokenTtl: 3600, clientId: "test-client", clientSecret: "test-secret",
        accountId: "test-account", stdinExit: true };
    const valued = { "--port": "port", "--token-ttl": "tokenTtl", "--client-id": "clientId",
        "--client-secret": "clientSecret", "--account-id": "accountId" };
    for (let i = 0; i < argv.length; i++) {
        let arg = argv[i];
        let value;
        const eq = arg.indexOf("=");
        if (arg.startsWith("--") && eq > 0) { value = arg.slice(eq + 1); arg = arg.slice(0, eq); }
        if (arg === "--help" || arg === "-h") { process.stderr.write(USAGE + "\n"); process.exit(0); }
        if (arg === "--no-stdin-exit") { out.stdinExit = false; continue; }
        const key = valued[arg];
        if (!key) fail(`unknown argument '${argv[i]}'`);
        if (value === undefined) {
            if (i + 1 >= argv.length) fail(`${arg} needs a value`);
            value = argv[++i];
        }
        out[key] = value;
    }
    const port = Number(out.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid --port '${out.port}'`);
    out.port = port;
    const ttl = Number(out.tokenTtl);
    if (!Number.isFinite(ttl) || ttl < 0) fail(`invalid --token-ttl '${out.tokenTtl}'`);
    out.tokenTtl = ttl;
    return out;
}

/** Watch stdin only when it can signal the parent's death: a pipe, a socket or a terminal.
 *  (/dev/null or a closed stdin — e.g. `node scim-server.js &` in a script — would end at once.) */
function stdinIsWatchable() {
    try {
        if (tty.isatty(0)) return true;
        const st = fs.fstatSync(0);
        return st.isFIFO() || st.isSocket();
    } catch {
        return false;
    }
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const verbose = process.env.SCIM_SERVER_VERBOSE === "1";
    const { createApp } = require("./zoom-scim-app.js");
    const { app } = createApp({ clientId: args.clientId, clientSecret: args.clientSecret,
        accountId: args.accountId, tokenTtl: args.tokenTtl, verbose });

    const server = app.listen(args.port, "127.0.0.1");
    server.keepAliveTimeout = 5000;

    let exiting = false;
    const shutdown = (why) => {
        if (exiting) return;
        exiting = true;
        if (verbose) process.stderr.write(`scim-server: exiting (${why})\n`);
        server.close();
        if (typeof server.closeAllConnections === "function") server.closeAllConnections();
        process.exit(0);
    };

    server.on("listening", () => {
        process.stdout.write(`LISTENING ${server.address().port}\n`);
        if (verbose) process.stderr.write(`scim-server: listening on 127.0.0.1:${server.address().port}\n`);
    });
    server.on("error", (err) => {
        process.stderr.write(`scim-server: ${err.message}\n`);
        process.exit(1);
    });

    process.on("SIGTERM", () => shutdown("SIGTERM"));
    process.on("SIGINT", () => shutdown("SIGINT"));
    process.on("SIGHUP", () => shutdown("SIGHUP"));
    // A dead parent closes our stdout pipe: don't crash with EPIPE, just leave.
    process.stdout.on("error", () => shutdown("stdout closed"));

    if (args.stdinExit && stdinIsWatchable()) {
        process.stdin.on("end", () => shutdown("stdin closed"));
        process.stdin.on("error", () => shutdown("stdin error"));
        process.stdin.on("data", () => {});
        process.stdin.resume();
    }
}

main();
