#include "ScimClient.h"
#include "ScimError.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace pd;

// Parsing of every error shape Zoom is known to send (shared/reference/zoom-scim-notes.md), and
// the request pieces that must be exactly right. Everything else is tested against the server.
class TestScimError : public QObject
{
    Q_OBJECT
private slots:
    void scimErrorBody()
    {
        const ScimError e = ScimError::fromHttp(400,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"detail\":\"User p@example.com "
            "not exist or not belong to this account.\",\"status\":\"400\"}",
            "application/scim+json");
        QCOMPARE(e.kind, ScimError::Kind::Http);
        QCOMPARE(e.httpStatus, 400);
        QVERIFY(e.isNotInAccount());
        QVERIFY(!e.isTransient());
        QVERIFY(e.describe().contains(QLatin1String("not belong")));
    }

    void zoomCodeBodies()
    {
        ScimError e = ScimError::fromHttp(
            401, "{\"code\":124,\"message\":\"Invalid access token.\"}", "application/json");
        QCOMPARE(e.zoomCode, 124);
        QVERIFY(e.isInvalidToken());
        QCOMPARE(e.message, QStringLiteral("Invalid access token."));
        e = ScimError::fromHttp(400,
            "{\"code\":4711,\"message\":\"Invalid access token, does not contain scopes:[scim2].\"}",
            "application/json");
        QCOMPARE(e.zoomCode, 4711);
        QVERIFY(!e.isInvalidToken());
        QVERIFY(e.describe().contains(QLatin1String("code 4711")));
        // Legacy v1 shape.
        e = ScimError::fromHttp(409,
            "{\"error\":{\"code\":1009,\"message\":\"The user already holds an active account.\"}}",
            "application/json");
        QCOMPARE(e.zoomCode, 1009);
        QVERIFY(e.isConflict());
        QVERIFY(e.message.contains(QLatin1String("active account")));
    }

    void oauthBodies()
    {
        ScimError e = ScimError::fromHttp(400,
            "{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}",
            "application/json");
        QCOMPARE(e.oauthError, QStringLiteral("invalid_client"));
        QCOMPARE(e.message, QStringLiteral("Invalid client_id or client_secret"));
        e = ScimError::fromHttp(
            400, "{\"error\":\"invalid_request\",\"error_description\":\"bad account\"}", "application/json");
        QCOMPARE(e.message, QStringLiteral("bad account"));
        e = ScimError::fromHttp(400, "{\"error\":\"unsupported_grant_type\"}", "application/json");
        QCOMPARE(e.message, QStringLiteral("unsupported_grant_type"));
    }

    void htmlAndTextBodies()
    {
        ScimError e = ScimError::fromHttp(502,
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "");
        QVERIFY(e.htmlBody);
        QCOMPARE(e.message, QStringLiteral("502 Bad Gateway"));
        QVERIFY(e.isTransient());
        e = ScimError::fromHttp(
            403, "<html><body><h1>Access denied</h1><p>by proxy</p></body></html>", "text/html");
        QVERIFY(e.htmlBody);
        QCOMPARE(e.message, QStringLiteral("Access denied"));
        e = ScimError::fromHttp(500, "upstream connect error", "text/plain");
        QVERIFY(!e.htmlBody);
        QCOMPARE(e.bodySnippet, QStringLiteral("upstream connect error"));
        e = ScimError::fromHttp(500, QByteArray(5000, 'x'), "text/plain");
        QVERIFY(e.bodySnippet.size() <= 300);
    }

    void rateLimitHeaders()
    {
        const QDateTime now(QDate(2026, 3, 14), QTime(21, 30), QTimeZone::utc());
        const QByteArray daily
            = R"({"code":429,"message":"You have reached the maximum daily rate limit for this API."})";
        // Header and message: resumes at the next midnight UTC.
        ScimError e
            = ScimError::fromHttp(429, daily, "application/json", {{"x-ratelimit-type", "Daily-limit"}}, now);
        QVERIFY(e.dailyLimit && e.stopsRun());
        QCOMPARE(e.resumeAt, QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(e.describe().contains(QLatin1String("no further requests before 2026-03-15 00:00 UTC")),
            qPrintable(e.describe()));
        // The header alone, with a Retry-After: that time wins.
        e = ScimError::fromHttp(
            429, {}, {}, {{"X-RateLimit-Type", "Daily-limit"}, {"Retry-After", "7200"}}, now);
        QVERIFY(e.dailyLimit && e.stopsRun());
        QCOMPARE(e.resumeAt, now.addSecs(7200));
        // Per-second limit: transient, a short Retry-After is waited out.
        e = ScimError::fromHttp(429,
            R"({"code":429,"message":"You have reached the maximum per-second rate limit for this API."})",
            "application/json", {{"X-RateLimit-Type", "QPS"}, {"Retry-After", "2"}}, now);
        QVERIFY(!e.dailyLimit && !e.stopsRun());
        QCOMPARE(e.retryAfterMs, qint64(2000));
        // Beyond five minutes stops the run; not a 429: never.
        QVERIFY(ScimError::fromHttp(429, {}, {}, {{"Retry-After", "301"}}, now).stopsRun());
        QVERIFY(!ScimError::fromHttp(429, {}, {}, {{"Retry-After", "300"}}, now).stopsRun());
        e = ScimError::fromHttp(503, daily, "application/json", {{"Retry-After", "3600"}}, now);
        QVERIFY(!e.stopsRun() && !e.dailyLimit);
        QCOMPARE(ScimError::fromHttp(302, {}, {}, {{"Location", "https://x.example/login"}}, now).location,
            QStringLiteral("https://x.example/login"));
    }

    void redirectsAreErrors()
    {
        const ScimError e = ScimError::fromHttp(302, {}, {});
        QCOMPARE(e.kind, ScimError::Kind::Redirect);
        QVERIFY(!e.isTransient());
    }

    void transportKinds()
    {
        using K = ScimError::Kind;
        QCOMPARE(
            ScimError::fromTransport(QNetworkReply::HostNotFoundError, {}, false, {}).kind, K::HostNotFound);
        QCOMPARE(ScimError::fromTransport(QNetworkReply::ConnectionRefusedError, {}, false, {}).kind,
            K::Unreachable);
        QCOMPARE(
            ScimError::fromTransport(QNetworkReply::SslHandshakeFailedError, {}, false, {}).kind, K::Tls);
        QCOMPARE(ScimError::fromTransport(QNetworkReply::RemoteHostClosedError, {}, false, {}).kind,
            K::ConnectionLost);
        // Our own timer aborts the reply: that is a timeout, not a cancel.
        QCOMPARE(
            ScimError::fromTransport(QNetworkReply::OperationCanceledError, {}, true, {}).kind, K::Timeout);
        QCOMPARE(
            ScimError::fromTransport(QNetworkReply::UnknownNetworkError, {}, false, {QStringLiteral("x")})
                .kind,
            K::Tls);
    }

    void whatMayHaveBeenApplied()
    {
        QVERIFY(!ScimError::fromHttp(429, {}, {}).mayHaveBeenApplied());
        QVERIFY(!ScimError::fromHttp(503, {}, {}).mayHaveBeenApplied());
        QVERIFY(ScimError::fromHttp(500, {}, {}).mayHaveBeenApplied());
        QVERIFY(ScimError::fromTransport(QNetworkReply::RemoteHostClosedError, {}, false, {})
                    .mayHaveBeenApplied());
        QVERIFY(!ScimError::fromTransport(QNetworkReply::ConnectionRefusedError, {}, false, {})
                     .mayHaveBeenApplied());
    }

    void userNameFilterQuoting_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("filter");
        QTest::newRow("plain") << QStringLiteral("a@example.com")
                               << QString::fromUtf8("userName eq \"a@example.com\"");
        QTest::newRow("quote") << QString::fromUtf8("o\"brien@example.com")
                               << QString::fromUtf8("userName eq \"o\\\"brien@example.com\"");
        QTest::newRow("backslash") << QString::fromUtf8("back\\slash@example.com")
                                   << QString::fromUtf8("userName eq \"back\\\\slash@example.com\"");
        QTest::newRow("both") << QString::fromUtf8("\\\"@x")
                              << QString::fromUtf8("userName eq \"\\\\\\\"@x\"");
        QTest::newRow("apostrophe and plus") << QStringLiteral("o'neil+zoom@example.com")
                                             << QString::fromUtf8("userName eq \"o'neil+zoom@example.com\"");
        QTest::newRow("unicode") << QStringLiteral("jürgen@exämple.com")
                                 << QString::fromUtf8("userName eq \"jürgen@exämple.com\"");
        QTest::newRow("control") << QStringLiteral("a\nb") << QString::fromUtf8("userName eq \"a\\nb\"");
    }

    void userNameFilterQuoting()
    {
        QFETCH(QString, userName);
        QFETCH(QString, filter);
        QCOMPARE(ScimClient::userNameFilter(userName), filter);
    }

    void bodiesGetSchemas()
    {
        const QJsonObject withExt = ScimClient::withSchemas(
            {{QStringLiteral("name"), QJsonObject {{QStringLiteral("givenName"), QStringLiteral("A")}}},
                {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                    QJsonObject {{QStringLiteral("department"), QStringLiteral("Sales")}}}});
        const QJsonArray schemas = withExt.value(QLatin1String("schemas")).toArray();
        QCOMPARE(schemas.size(), 2);
        QCOMPARE(schemas.at(0).toString(), QString::fromLatin1(ScimClient::coreUserSchema));
        QCOMPARE(schemas.at(1).toString(),
            QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
        // Given schemas are kept as they are.
        const QJsonObject given {{QStringLiteral("schemas"), QJsonArray {QStringLiteral("x")}}};
        QCOMPARE(ScimClient::withSchemas(given), given);
    }
};

QTEST_GUILESS_MAIN(TestScimError)
#include "TestScimError.moc"
