#include "LogRedactor.h"

#include <QTest>

using namespace pd;

class TestLogRedactor : public QObject
{
    Q_OBJECT
private slots:
    void patterns_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret"); // must be gone
        QTest::addColumn<QString>("kept"); // must stay (context a reader needs)
        QTest::newRow("bearer header")
            << QStringLiteral("Authorization: Bearer abc.def-ghi_123") << QStringLiteral("abc.def-ghi_123")
            << QStringLiteral("Authorization:");
        QTest::newRow("basic header")
            << QStringLiteral("authorization: Basic dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ=")
            << QStringLiteral("dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ=") << QStringLiteral("authorization");
        QTest::newRow("header in json")
            << QString::fromUtf8("{\"Authorization\":\"Bearer tok123456\",\"x\":1}")
            << QStringLiteral("tok123456") << QString::fromUtf8("\"x\":1");
        QTest::newRow("proxy-authorization") << QStringLiteral("Proxy-Authorization: Basic cHJveHk6cGFzcw==")
                                             << QStringLiteral("cHJveHk6cGFzcw==") << QStringLiteral("Proxy");
        QTest::newRow("bare bearer") << QStringLiteral("sent Bearer s3cr3tT0ken to api")
                                     << QStringLiteral("s3cr3tT0ken") << QStringLiteral("to api");
        QTest::newRow("access_token json")
            << QString::fromUtf8("{\"access_token\": \"eyJhbGciOiJIUzUxMiJ9.payload.sig\", "
                                 "\"token_type\":\"bearer\", \"expires_in\":3600}")
            << QStringLiteral("payload") << QString::fromUtf8("\"expires_in\":3600");
        QTest::newRow("access_token with escaped quote")
            << QString::fromUtf8("{\"access_token\":\"ab\\\"cd\",\"scope\":\"scim2\"}")
            << QStringLiteral("cd\"") << QStringLiteral("scim2");
        QTest::newRow("access_token form")
            << QStringLiteral("access_token=abcdef123&token_type=bearer") << QStringLiteral("abcdef123")
            << QStringLiteral("token_type=bearer");
        QTest::newRow("query string") << QStringLiteral("GET https://h/x?client_secret=zzz999&count=1")
                                      << QStringLiteral("zzz999") << QStringLiteral("count=1");
        QTest::newRow("client secret json")
            << QString::fromUtf8("{\"clientSecret\":\"Sup3rS3cret\",\"clientId\":\"cid\"}")
            << QStringLiteral("Sup3rS3cret") << QString::fromUtf8("\"clientId\":\"cid\"");
        QTest::newRow("password text") << QStringLiteral("bind failed, password: hunter22, user cn=admin")
                                       << QStringLiteral("hunter22") << QStringLiteral("user cn=admin");
        QTest::newRow("refresh_token") << QStringLiteral("refresh_token=rt-0987654321")
                                       << QStringLiteral("rt-0987654321") << QStringLiteral("refresh_token=");
        QTest::newRow("jwt anywhere")
            << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl rejected")
            << QStringLiteral("eyJzdWIiOiJ4In0") << QStringLiteral("rejected");
        QTest::newRow("url userinfo") << QStringLiteral("proxy http://bob:pa55word@proxy.local:3128 failed")
                                      << QStringLiteral("pa55word") << QStringLiteral("proxy.local:3128");
    }

    void patterns()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = LogRedactor::redactPatterns(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String(LogRedactor::placeholder)), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
    }

    void ordinaryLinesAreUntouched_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("request") << QStringLiteral(
            "GET https://api.zoom.us/scim2/Users?startIndex=1&count=100 -> 200");
        QTest::newRow("userType basic")
            << QString::fromUtf8("{\"userType\":\"Basic\",\"userName\":\"a@example.com\"}");
        QTest::newRow("basic users sentence") << QStringLiteral("Basic users cannot be deactivated");
        QTest::newRow("token url") << QString::fromUtf8("{\"tokenUrl\":\"https://zoom.us/oauth/token\"}");
        QTest::newRow("token type") << QString::fromUtf8("{\"token_type\":\"bearer\",\"expires_in\":3600}");
        QTest::newRow("scim error") << QStringLiteral(
            "HTTP 400 (code 4711): Invalid access token, does not contain scopes:[scim2].");
    }

    void ordinaryLinesAreUntouched()
    {
        QFETCH(QString, line);
        QCOMPARE(LogRedactor::redactPatterns(line), line);
    }

    void registeredSecretsGoEverywhere()
    {
        LogRedactor r;
        r.addSecret(QStringLiteral("cl!ent s3cret"));
        r.addRotatingSecret(QStringLiteral("opaqueTokenValue42"));
        const QString line
            = QStringLiteral("echo cl!ent s3cret and cl%21ent%20s3cret; reply opaqueTokenValue42 done");
        const QString out = r.redact(line);
        QVERIFY2(!out.contains(QLatin1String("s3cret")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("opaqueTokenValue42")), qPrintable(out));
        QVERIFY(out.startsWith(QLatin1String("echo ")));
        QVERIFY(out.endsWith(QLatin1String(" done")));
    }

    void shortValuesAreNotRegistered()
    {
        LogRedactor r;
        r.addSecret(QStringLiteral("a"));
        r.addSecret(QString());
        QCOMPARE(r.redact(QStringLiteral("a banana")), QStringLiteral("a banana"));
    }

    void rotatingSecretsKeepTheClientSecret()
    {
        LogRedactor r;
        r.addSecret(QStringLiteral("the-client-secret"));
        for (int i = 0; i < 100; ++i)
            r.addRotatingSecret(QStringLiteral("token-number-%1").arg(i));
        const QString out = r.redact(QStringLiteral("the-client-secret token-number-99 token-number-0"));
        QVERIFY(!out.contains(QLatin1String("the-client-secret")));
        QVERIFY(!out.contains(QLatin1String("token-number-99")));
        // Old tokens are expired anyway; the list stays bounded.
        QVERIFY(out.contains(QLatin1String("token-number-0")));
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "TestLogRedactor.moc"
