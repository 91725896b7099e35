#include "ConnectionStore.h"
#include "Database.h"
#include "Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {
Connection sample(const QString &name)
{
    Connection c;
    c.name = name;
    c.description = QStringLiteral("desc");
    c.oauth.accountId = QStringLiteral("acc");
    c.oauth.clientId = QStringLiteral("cid");
    c.actions.deprovisionUsers = true;
    c.actions.removeAction = RemoveAction::Delete;
    c.rateLimit.requestsPerSecond = 3.5;
    c.removalGuard.maxUsers = 42;
    c.rule = QJsonObject {
        {QStringLiteral("source"), QJsonObject {{QStringLiteral("type"), QStringLiteral("csv")}}}};
    return c;
}
} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        ConnectionStore store(db.handle());
        Connection c = sample(QStringLiteral("Prod"));
        QVERIFY2(store.insert(&c), qPrintable(store.errorString()));
        QVERIFY(!c.id.isNull());

        const auto loaded = store.find(c.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, c.name);
        QCOMPARE(loaded->oauth, c.oauth);
        QCOMPARE(loaded->actions, c.actions);
        QCOMPARE(loaded->rateLimit, c.rateLimit);
        QCOMPARE(loaded->removalGuard, c.removalGuard);
        QCOMPARE(loaded->rule, c.rule);
        QCOMPARE(loaded->validity, Validity::Untested);
        QVERIFY(loaded->createdAt.isValid());
        db.close();

        // A second open of the same file sees the same data and does not migrate again.
        Database again(dir.path());
        QVERIFY(again.open());
        QCOMPARE(ConnectionStore(again.handle()).list().size(), 1);
        again.close();
    }

    void namesAreUniqueIgnoringCase()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        ConnectionStore store(db.handle());
        Connection a = sample(QStringLiteral("Zoom"));
        QVERIFY(store.insert(&a));
        Connection b = sample(QStringLiteral("zOOm"));
        QVERIFY(!store.insert(&b));
        QVERIFY(store.errorString().contains(QStringLiteral("already exists")));
        QVERIFY(store.nameTaken(QStringLiteral("ZOOM")));
        QVERIFY(!store.nameTaken(QStringLiteral("ZOOM"), a.id));
        db.close();
    }

    void enablingNeedsAPassingTest()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        ConnectionStore store(db.handle());
        Connection c = sample(QStringLiteral("X"));
        QVERIFY(store.insert(&c));
        QVERIFY(!store.setEnabled(c.id, true));
        QVERIFY(store.errorString().contains(QStringLiteral("test passes")));
        QVERIFY(store.recordTest(c.id, Validity::Invalid, QStringLiteral("bad secret")));
        QVERIFY(!store.setEnabled(c.id, true));
        QVERIFY(store.recordTest(c.id, Validity::Valid, QStringLiteral("ok")));
        QVERIFY(store.setEnabled(c.id, true));
        QVERIFY(store.find(c.id)->enabled);
        // A failed re-test disables it again on the next save.
        QVERIFY(store.recordTest(c.id, Validity::Invalid, QStringLiteral("expired")));
        QVERIFY(!store.find(c.id)->enabled);
        db.close();
    }

    void migratesAnOlderDatabase()
    {
        QTemporaryDir dir;
        {
            // A database as version 1 left it, with one connection.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(dir.filePath(QString::fromLatin1(Database::fileName)));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                          "description TEXT NOT NULL, applied_at TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1, 'connections', 'then')")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE connections (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT "
                "NULL "
                "DEFAULT '', identity_store TEXT NOT NULL, scim_url TEXT NOT NULL, auth_method TEXT NOT "
                "NULL, "
                "token_url TEXT NOT NULL, account_id TEXT NOT NULL, client_id TEXT NOT NULL, actions TEXT "
                "NOT "
                "NULL, enabled INTEGER NOT NULL DEFAULT 0, validity TEXT NOT NULL DEFAULT 'untested', "
                "last_test_message TEXT NOT NULL DEFAULT '', last_tested_at TEXT, created_at TEXT NOT NULL, "
                "modified_at TEXT NOT NULL, rate_limit TEXT NOT NULL DEFAULT '{}', removal_guard TEXT NOT "
                "NULL "
                "DEFAULT '{}', rule TEXT NOT NULL DEFAULT '{}')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO connections (id, name, identity_store, scim_url, auth_method, token_url, "
                "account_id, client_id, actions, created_at, modified_at) VALUES ('6f1c1c52-3f3a-4b8e-9d59-"
                "1f4c1d9e0a11', 'Old', 'zoom', 'https://api.zoom.us/scim2', 'oauth-s2s', "
                "'https://zoom.us/oauth/token', 'a', 'c', '{}', '2026-01-01T00:00:00Z', "
                "'2026-01-01T00:00:00Z')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        Database db(dir.path());
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(ConnectionStore(db.handle()).list().constFirst().name, QStringLiteral("Old"));
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM managed_users")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")));
        db.close();
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 'later')")));
        db.close();
        Database again(dir.path());
        QVERIFY(!again.open());
        QVERIFY(again.errorString().contains(QStringLiteral("newer ProvisionDesk")));
        again.close();
    }

    void corruptFileGetsAClearMessageAndIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QString::fromLatin1(Database::fileName));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage(4096, 'x');
        f.write(garbage);
        f.close();
        Database db(dir.path());
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().contains(QStringLiteral("damaged")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QStringLiteral("left unchanged")));
        db.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void unwritableDataDirectory()
    {
        QTemporaryDir dir;
        // A data dir below a regular file can never be created, even by root.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Database db(dir.filePath(QStringLiteral("blocker/data")));
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().contains(QStringLiteral("--data-dir")), qPrintable(db.errorString()));
    }

    void walModeIsOn()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "TestConnectionStore.moc"
