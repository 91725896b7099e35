#include "KeychainSecretStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <qt6keychain/keychain.h>

using namespace pd;

namespace {
SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        SecretResult timeout;
        timeout.error = SecretResult::Error::Other;
        timeout.message = QStringLiteral("keychain did not answer");
        return timeout;
    }
    return *result;
}
// Child-process mode (PD_KEYCHAIN_PROBE set): one write and one read through the real store in this
// process's D-Bus environment, printed as "write=<error> read=<error>" and the messages. A process of
// its own because GDBus keeps its first session-bus connection for the life of the process.
int probeMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(QStringLiteral("ProvisionDesk-test"));
    const SecretKey key {QUuid::createUuid(), SecretKind::ClientSecret};
    auto run = [&](const std::function<void(SecretStore::Callback)> &start) {
        SecretResult result;
        result.error = SecretResult::Error::Other;
        result.message = QStringLiteral("no answer in 60 s");
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        start([&](const SecretResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    };
    const SecretResult w
        = run([&](auto done) { store.write(key, QStringLiteral("probe-value"), &app, done); });
    const SecretResult r = run([&](auto done) { store.read(key, &app, done); });
    std::printf("write=%d read=%d\n%s\n%s\n", int(w.error), int(r.error), qPrintable(w.message),
        qPrintable(r.message));
    return 0;
}

struct Probe
{
    int write = -1;
    int read = -1;
    QString output;
};

// Runs program (this test itself, or a wrapper that ends up running it) and parses the probe lines.
QList<Probe> runProbe(const QString &program, const QStringList &arguments, QProcessEnvironment env)
{
    env.insert(QStringLiteral("PD_KEYCHAIN_PROBE"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    p.waitForFinished(120000);
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    QList<Probe> probes;
    static const QRegularExpression line(QStringLiteral(R"(write=(-?\d+) read=(-?\d+))"));
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        probes.append({m.captured(1).toInt(), m.captured(2).toInt(), out});
    }
    if (probes.isEmpty())
        probes.append({-1, -1, out + QString::fromLocal8Bit(p.readAllStandardError())});
    return probes;
}

constexpr int noBackend = int(SecretResult::Error::NoBackend);

} // namespace

// Talks to the real Secret Service (gnome-keyring under dbus-run-session, started by scripts/test).
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(test::secretServiceAvailable(),
            "No D-Bus session: run the tests through scripts/test, which starts gnome-keyring.");
    }

    void writeReadDelete()
    {
        KeychainSecretStore store(QStringLiteral("ProvisionDesk-test"));
        const SecretKey key {QUuid::createUuid(), SecretKind::ClientSecret};
        const QString secret = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        SecretResult r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);

        r = wait([&](auto done) { store.write(key, secret, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));

        // A second store object (as after a restart) reads it back from the keychain itself.
        KeychainSecretStore fresh(QStringLiteral("ProvisionDesk-test"));
        r = wait([&](auto done) { fresh.read(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, secret);

        // The two kinds of one connection are separate entries.
        r = wait([&](auto done) { fresh.read({key.connectionId, SecretKind::SourcePassword}, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);

        r = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto done) { fresh.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);

        // Removing what is not there succeeds.
        r = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY(r.ok());
    }

    // Without a usable Secret Service QtKeychain says OtherError; the store must say NoBackend, so
    // that the admin is offered to keep the secret for this session.
    void unreachableSecretServiceIsNoBackend_data()
    {
        QTest::addColumn<QString>("bus"); // DBUS_SESSION_BUS_ADDRESS; empty: none at all
        QTest::newRow("dead socket") << QStringLiteral("unix:path=%1/no-bus");
        QTest::newRow("no session bus") << QString();
    }

    void unreachableSecretServiceIsNoBackend()
    {
        QFETCH(QString, bus);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path()); // no $XDG_RUNTIME_DIR/bus either
        if (bus.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.arg(dir.path()));
        const Probe p = runProbe(QCoreApplication::applicationFilePath(), {}, env).constFirst();
        QVERIFY2(p.write == noBackend && p.read == noBackend, qPrintable(p.output));
        QVERIFY2(p.output.contains(QLatin1String("Secret Service")), qPrintable(p.output));
    }

    void busWithoutSecretServiceIsNoBackend()
    {
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (runSession.isEmpty())
            QSKIP("dbus-run-session is not installed");
        // A session bus that can activate nothing: org.freedesktop.secrets is simply not there.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile conf(dir.filePath(QStringLiteral("session.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
            "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=%1</listen>"
            "<auth>EXTERNAL</auth><policy context=\"default\">"
            "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
            "<allow own=\"*\"/></policy></busconfig>\n")
                       .arg(dir.path())
                       .toUtf8());
        conf.close();
        const Probe p = runProbe(runSession,
            {QStringLiteral("--config-file=") + conf.fileName(), QStringLiteral("--"),
                QCoreApplication::applicationFilePath()},
            QProcessEnvironment::systemEnvironment())
                            .constFirst();
        QVERIFY2(p.write == noBackend && p.read == noBackend, qPrintable(p.output));
    }

    void lockedKeyringIsNoBackend()
    {
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (runSession.isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
        // A private bus and keyring: created unlocked (the first write works), then the daemon is
        // restarted, which leaves the keyring locked with no prompt that could unlock it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("home"))
            && QDir(dir.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(dir.filePath(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
        const QString script = QStringLiteral(
            "printf pw | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null; "
            "\"$0\"; gnome-keyring-daemon --replace --daemonize --components=secrets >/dev/null 2>&1; "
            "sleep 1; \"$0\"");
        const QList<Probe> probes = runProbe(runSession,
            {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                QCoreApplication::applicationFilePath()},
            env);
        QVERIFY2(probes.size() == 2, qPrintable(probes.constFirst().output));
        QVERIFY2(probes[0].write == int(SecretResult::Error::None), qPrintable(probes[0].output));
        QVERIFY2(probes[1].write == noBackend, qPrintable(probes[1].output));
        QVERIFY2(probes[1].output.contains(QLatin1String("locked")), qPrintable(probes[1].output));
    }

    void refusalStaysAccessDenied()
    {
        // What only a user's answer produces (a refused prompt) stays AccessDenied, not NoBackend.
        QCOMPARE(KeychainSecretStore::resultFor(QKeychain::AccessDeniedByUser, QStringLiteral("User denied"))
                     .error,
            SecretResult::Error::AccessDenied);
        QCOMPARE(KeychainSecretStore::resultFor(
                     QKeychain::AccessDenied, QStringLiteral("Access to keychain denied"))
                     .error,
            SecretResult::Error::AccessDenied);
        QCOMPARE(KeychainSecretStore::resultFor(QKeychain::OtherError, QStringLiteral("Unknown error")).error,
            SecretResult::Error::Other);
        QCOMPARE(KeychainSecretStore::resultFor(QKeychain::NoBackendAvailable, QStringLiteral("none")).error,
            SecretResult::Error::NoBackend);
    }

    void sessionOnlySecretsNeverReachTheKeychain()
    {
        KeychainSecretStore store(QStringLiteral("ProvisionDesk-test"));
        const SecretKey key {QUuid::createUuid(), SecretKind::ClientSecret};
        store.keepForSession(key, QStringLiteral("session-only"));
        SecretResult r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.value, QStringLiteral("session-only"));
        KeychainSecretStore other(QStringLiteral("ProvisionDesk-test"));
        r = wait([&](auto done) { other.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("PD_KEYCHAIN_PROBE"))
        return probeMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestKeychain.moc"
