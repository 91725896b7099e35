// managed_users keeps a payload's hash as 32 bytes and its payload without the derivable "schemas"
// member, compressed (docs/performance.md: the database after a 100,000-user first sync). What a reader gets
// back must be exactly what was saved, and rows written before that storage keep reading as they were.
#include "Database.h"
#include "ManagedUserStore.h"
#include "ZoomUserMapper.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;

namespace {

const QUuid connectionId = QUuid::fromString(QStringLiteral("{6f1c3a52-9d7e-4b0a-8c1e-2f3a4b5c6d7e}"));

QString idText()
{
    return connectionId.toString(QUuid::WithoutBraces);
}

bool addConnection(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO connections (id, name, identity_store, scim_url, auth_method, "
                             "token_url, account_id, client_id, actions, created_at, modified_at) "
                             "VALUES (?, 'Prod', 'zoom', '', '', '', '', '', '{}', '', '')"));
    q.addBindValue(idText());
    return q.exec();
}

ManagedUser user(const QString &key, const QByteArray &payload)
{
    ManagedUser u;
    u.sourceKey = key;
    u.zoomId = QStringLiteral("z-") + key;
    u.userName = key + QStringLiteral("@example.com");
    u.payloadHash = payload.isEmpty() ? QString() : QString::fromLatin1(ZoomUserMapper::hashOf(payload));
    u.payload = payload;
    u.status = ManagedUser::Status::Active;
    return u;
}

QString stored(QSqlDatabase db, const QString &key, const char *expression)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM managed_users WHERE source_key = ?").arg(QLatin1String(expression)));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

QByteArray storedBytes(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT payload FROM managed_users WHERE source_key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

} // namespace

class TestManagedUserStore : public QObject
{
    Q_OBJECT
private slots:
    void savedUsersReadBackExactlyAndCompact()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        QVERIFY(addConnection(db.handle()));
        // As the mapper makes it, so that compression has what it has in a real first sync.
        const QByteArray coreStripped
            = "{\"active\":true,\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":"
              "\"zoe.muller@example.com\"}],\"name\":{\"familyName\":\"Müller\",\"givenName\":\"Zoë\"},"
              "\"title\":\"Engineer\",\"userName\":\"zoe.muller@example.com\"}";
        QByteArray core = coreStripped;
        core.insert(
            core.indexOf(",\"title\""), ",\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]");
        const QByteArray enterprise
            = "{\"active\":false,\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
              "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],\"urn:ietf:params:scim:"
              "schemas:extension:enterprise:2.0:User\":{\"department\":\"R&D\"},\"userName\":\"b@example."
              "com\"}";
        // Not derivable (no enterprise attributes, yet the schema is listed) and not in Qt's form:
        // both stay as they are.
        const QByteArray odd = "{\"active\":true,\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
                               "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"]}";
        const QByteArray spaced
            = "{ \"active\": true, \"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"] }";
        const QList<ManagedUser> users {user(QStringLiteral("core"), core),
            user(QStringLiteral("enterprise"), enterprise), user(QStringLiteral("odd"), odd),
            user(QStringLiteral("spaced"), spaced), user(QStringLiteral("pending"), {})};
        {
            ManagedUserStore store(db.handle(), connectionId);
            for (const ManagedUser &u : users)
                QVERIFY2(store.save(u), qPrintable(store.errorString()));
            const auto loaded = store.loadAll();
            QVERIFY(loaded);
            QCOMPARE(loaded->size(), users.size());
            for (const ManagedUser &u : users) {
                const ManagedUser back = loaded->value(u.sourceKey);
                QCOMPARE(back.payloadHash, u.payloadHash);
                QCOMPARE(back.payload, u.payload.isEmpty() ? QByteArray("{}") : u.payload);
                QCOMPARE(store.payloadOf(u.sourceKey), back.payload);
                QCOMPARE(back.zoomId, u.zoomId);
            }
            const auto withoutPayloads = store.loadAll(false);
            QVERIFY(withoutPayloads);
            QCOMPARE(
                withoutPayloads->value(QStringLiteral("enterprise")).payloadHash, users.at(1).payloadHash);
        }
        // How they are kept: the hash as 32 bytes, the derivable schemas left out.
        QCOMPARE(stored(db.handle(), QStringLiteral("core"), "typeof(payload_hash) || length(payload_hash)"),
            QStringLiteral("blob32"));
        QCOMPARE(stored(db.handle(), QStringLiteral("core"), "typeof(payload)"), QStringLiteral("blob"));
        const QByteArray coreStored = qUncompress(storedBytes(db.handle(), QStringLiteral("core")));
        QCOMPARE(coreStored, coreStripped);
        QVERIFY(storedBytes(db.handle(), QStringLiteral("core")).size() < coreStored.size());
        QVERIFY(!qUncompress(storedBytes(db.handle(), QStringLiteral("enterprise"))).contains("\"schemas\":"));
        QCOMPARE(stored(db.handle(), QStringLiteral("odd"), "typeof(payload)"), QStringLiteral("text"));
        QCOMPARE(stored(db.handle(), QStringLiteral("spaced"), "typeof(payload)"), QStringLiteral("text"));
        QCOMPARE(stored(db.handle(), QStringLiteral("pending"), "payload || typeof(payload_hash)"),
            QStringLiteral("{}text"));
        db.close();
    }

    void rowsWrittenBeforeReadAsTheyWere()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        QVERIFY(addConnection(db.handle()));
        const QString payload = QStringLiteral("{\"active\":true,\"schemas\":[\"urn:ietf:params:scim:schemas:"
                                               "core:2.0:User\"],\"userName\":\"old@example.com\"}");
        const QString hash = QString::fromLatin1(ZoomUserMapper::hashOf(payload.toUtf8()));
        QSqlQuery q(db.handle());
        q.prepare(QStringLiteral("INSERT INTO managed_users (connection_id, source_key, zoom_id, user_name, "
                                 "payload_hash, payload, status, updated_at) VALUES (?, 'old', 'z-old', "
                                 "'old@example.com', ?, ?, 'active', '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(idText());
        q.addBindValue(hash);
        q.addBindValue(payload);
        QVERIFY(q.exec());
        ManagedUserStore store(db.handle(), connectionId);
        const auto loaded = store.loadAll();
        QVERIFY(loaded);
        QCOMPARE(loaded->value(QStringLiteral("old")).payloadHash, hash);
        QCOMPARE(loaded->value(QStringLiteral("old")).payload, payload.toUtf8());
        QCOMPARE(store.payloadOf(QStringLiteral("old")), payload.toUtf8());
        // Saved again, it takes the compact form and still reads the same.
        QVERIFY(store.save(loaded->value(QStringLiteral("old"))));
        QCOMPARE(stored(db.handle(), QStringLiteral("old"), "typeof(payload) || typeof(payload_hash)"),
            QStringLiteral("blobblob"));
        QCOMPARE(store.loadAll()->value(QStringLiteral("old")).payloadHash, hash);
        QCOMPARE(store.payloadOf(QStringLiteral("old")), payload.toUtf8());
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestManagedUserStore)
#include "TestManagedUserStore.moc"
