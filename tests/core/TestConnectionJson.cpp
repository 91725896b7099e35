#include "ConnectionJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;

namespace {
QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *validFile
    = "{\n"
      "  \"name\": \"Zoom production\",\n"
      "  \"description\": \"All staff\",\n"
      "  \"identityStore\": \"zoom\",\n"
      "  \"scimUrl\": \"https://api.zoom.us/scim2\",\n"
      "  \"authentication\": {\"method\": \"oauth-s2s\", \"tokenUrl\": \"https://zoom.us/oauth/token\",\n"
      "                     \"accountId\": \"acc-1\", \"clientId\": \"client-1\"},\n"
      "  \"actions\": {\"createUsers\": true, \"updateUsers\": true, \"disableUsers\": true,\n"
      "              \"deprovisionUsers\": true, \"removeAction\": \"disable\", "
      "\"deprovisionOnRuleDeletion\": false},\n"
      "  \"enabled\": false,\n"
      "  \"rateLimit\": {\"requestsPerSecond\": 5, \"concurrency\": 2},\n"
      "  \"removalGuard\": {\"percent\": 10, \"maxUsers\": 50}\n"
      "}\n";

QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList f;
    for (const auto &p : problems)
        f << p.field;
    return f;
}
} // namespace

class TestConnectionJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        Connection c;
        const auto problems = ConnectionJson::fromJson(parse(validFile), &c);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(c.name, QStringLiteral("Zoom production"));
        QCOMPARE(c.oauth.clientId, QStringLiteral("client-1"));
        QCOMPARE(c.actions.deprovisionUsers, true);
        QCOMPARE(c.rateLimit.concurrency, 2);
        QCOMPARE(c.removalGuard.maxUsers, 50);
        Connection again;
        QVERIFY(ConnectionJson::fromJson(ConnectionJson::toJson(c), &again).isEmpty());
        QCOMPARE(ConnectionJson::toJson(again), ConnectionJson::toJson(c));
    }

    void unknownKeysAreRefusedWithTheirPath()
    {
        QJsonObject json = parse(validFile);
        json.insert(QStringLiteral("scimURL"), QStringLiteral("typo"));
        QJsonObject auth = json.value(QStringLiteral("authentication")).toObject();
        auth.insert(QStringLiteral("acountId"), QStringLiteral("x"));
        json.insert(QStringLiteral("authentication"), auth);
        Connection c;
        const QStringList f = fields(ConnectionJson::fromJson(json, &c));
        QVERIFY(f.contains(QStringLiteral("scimURL")));
        QVERIFY(f.contains(QStringLiteral("authentication.acountId")));
    }

    void secretLookingKeysAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::newRow("clientSecret") << QStringLiteral("authentication") << QStringLiteral("clientSecret");
        QTest::newRow("password") << QString() << QStringLiteral("password");
        QTest::newRow("access_token") << QString() << QStringLiteral("access_token");
        QTest::newRow("bindPassword in rule") << QStringLiteral("rule") << QStringLiteral("bindPassword");
    }

    void secretLookingKeysAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QJsonObject json = parse(validFile);
        if (path.isEmpty()) {
            json.insert(key, QStringLiteral("hunter2"));
        } else {
            QJsonObject inner = json.value(path).toObject();
            inner.insert(key, QStringLiteral("hunter2"));
            json.insert(path, inner);
        }
        Connection c;
        const auto problems = ConnectionJson::fromJson(json, &c);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("--secret-env")));
        QVERIFY(!problems.constFirst().message.contains(QStringLiteral("hunter2")));
    }

    void typesAndValuesAreChecked()
    {
        QJsonObject json = parse(validFile);
        json.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        json.insert(QStringLiteral("scimUrl"), QStringLiteral("http://api.zoom.us/scim2"));
        Connection c;
        QStringList f = fields(ConnectionJson::fromJson(json, &c));
        QVERIFY(f.contains(QStringLiteral("enabled")));

        json = parse(validFile);
        json.insert(QStringLiteral("scimUrl"), QStringLiteral("http://api.zoom.us/scim2"));
        f = fields(ConnectionJson::fromJson(json, &c));
        QCOMPARE(f, QStringList {QStringLiteral("scimUrl")});

        json = parse(validFile);
        json.insert(QStringLiteral("scimUrl"), QStringLiteral("http://127.0.0.1:8080/scim2"));
        QVERIFY(ConnectionJson::fromJson(json, &c).isEmpty());

        json = parse(validFile);
        QJsonObject actions = json.value(QStringLiteral("actions")).toObject();
        actions.insert(QStringLiteral("removeAction"), QStringLiteral("purge"));
        json.insert(QStringLiteral("actions"), actions);
        QVERIFY(fields(ConnectionJson::fromJson(json, &c)).contains(QStringLiteral("actions.removeAction")));
    }

    // Found by fuzz_connection_json: a number outside int's range was cast (undefined behaviour).
    void hugeAndFractionalNumbersAreRefusedNotCast_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("concurrency 1e300") << "rateLimit"
                                           << "concurrency" << 1e300;
        QTest::newRow("concurrency -1e300") << "rateLimit"
                                            << "concurrency" << -1e300;
        QTest::newRow("concurrency 2.5") << "rateLimit"
                                         << "concurrency" << 2.5;
        QTest::newRow("maxUsers 2^31") << "removalGuard"
                                       << "maxUsers" << 2147483648.0;
        QTest::newRow("hours 1e300") << "alerts"
                                     << "maxHoursWithoutSuccess" << 1e300;
        QTest::newRow("hours 1.5") << "alerts"
                                   << "maxHoursWithoutSuccess" << 1.5;
    }

    void hugeAndFractionalNumbersAreRefusedNotCast()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(double, value);
        QJsonObject json = parse(validFile);
        QJsonObject inner = json.value(object).toObject();
        inner.insert(key, value);
        json.insert(object, inner);
        Connection c;
        const QStringList f = fields(ConnectionJson::fromJson(json, &c));
        QVERIFY2(f.contains(object + QLatin1Char('.') + key), qPrintable(f.join(u',')));
    }

    void contradictoryActionsAreRefused()
    {
        QJsonObject json = parse(validFile);
        QJsonObject actions = json.value(QStringLiteral("actions")).toObject();
        actions.insert(QStringLiteral("updateUsers"), false); // disable without update
        json.insert(QStringLiteral("actions"), actions);
        Connection c;
        QVERIFY(fields(ConnectionJson::fromJson(json, &c)).contains(QStringLiteral("actions")));
    }

    void requiredFields()
    {
        Connection c;
        const QStringList f = fields(ConnectionJson::fromJson(QJsonObject {}, &c));
        QVERIFY(f.contains(QStringLiteral("name")));
        QVERIFY(f.contains(QStringLiteral("authentication")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionJson)
#include "TestConnectionJson.moc"
