#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>

namespace pd::test {

// ctest sets these; the compiled-in trees let a test binary also run on its own.
QString sourceDir()
{
    return qEnvironmentVariable("PROVISIONDESK_SOURCE_DIR", QStringLiteral(PD_SOURCE_DIR));
}

QString binaryDir()
{
    return qEnvironmentVariable("PROVISIONDESK_BINARY_DIR", QStringLiteral(PD_BINARY_DIR));
}

ProcessResult runProcess(
    const QString &program, const QStringList &arguments, const QStringList &extraEnvironment, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnvironment) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProcessResult runCli(const QStringList &arguments, const QStringList &extraEnvironment, int timeoutMs)
{
    return runProcess(
        binaryDir() + QStringLiteral("/app/cli/provisiondesk-cli"), arguments, extraEnvironment, timeoutMs);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

bool secretServiceAvailable()
{
    return !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty();
}

} // namespace pd::test
