// The shipped app starts, honours --data-dir and PROVISIONDESK_DATA_DIR, and stays up.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::test;

class TestGuiLaunch : public QObject
{
    Q_OBJECT

    static QString app() { return binaryDir() + QStringLiteral("/app/gui/provisiondesk"); }

    // Starts the app offscreen, waits for its database to appear under dataDir, checks that it
    // is still running, then ends it.
    static void launchAndCheck(
        const QStringList &arguments, const QString &dataDir, const QStringList &extraEnvironment = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &kv : extraEnvironment)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(app(), arguments);
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        const QString db = QDir(dataDir).filePath(QStringLiteral("provisiondesk.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 20000);
        QTest::qWait(1000);
        QCOMPARE(p.state(), QProcess::Running);
        p.kill();
        p.waitForFinished(10000);
    }

private slots:
    void version()
    {
        const ProcessResult r
            = runProcess(app(), {QStringLiteral("--version")}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(PROVISIONDESK_VERSION)), qPrintable(r.out + r.err));
    }

    void dataDirOption()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("from-option"));
        launchAndCheck({QStringLiteral("--data-dir"), data}, data);
    }

    void dataDirEnvironment()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("from-env"));
        launchAndCheck({}, data, {QStringLiteral("PROVISIONDESK_DATA_DIR=") + data});
    }
};

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "TestGuiLaunch.moc"
