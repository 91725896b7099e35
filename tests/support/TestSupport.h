#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pd::test {

// The source and build trees, from the environment ctest sets.
QString sourceDir();
QString binaryDir();

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// Runs a program to completion (bounded by timeoutMs) with extra environment variables.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
    const QStringList &extraEnvironment = {}, int timeoutMs = 60000);

// Runs the built provisiondesk-cli.
ProcessResult runCli(
    const QStringList &arguments, const QStringList &extraEnvironment = {}, int timeoutMs = 60000);

// Every file below dir whose bytes contain needle (to prove a secret was written nowhere).
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// True when a Secret Service is reachable on the session bus (scripts/test starts one).
bool secretServiceAvailable();

} // namespace pd::test
