#pragma once

#include "Connection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace pd::test {

// The Zoom-like SCIM + OAuth test server (tests/servers/scim-server.js) run by node on a free
// loopback port, for as long as this object lives. The control API helpers are synchronous (they
// spin a local event loop): fine in tests, and each returns false / an empty value on failure with
// the reason in lastError(), so a test can QVERIFY2(server.x(), qPrintable(server.lastError())).
class ScimTestServer
{
public:
    struct Options
    {
        int tokenTtlSeconds = 3600;
        QString clientId = QStringLiteral("test-client");
        QString clientSecret = QStringLiteral("test-secret");
        QString accountId = QStringLiteral("test-account");
        QStringList extraArguments;
        bool verbose = false; // SCIM_SERVER_VERBOSE=1: request log on the server's stderr (serverLog())
    };

    ScimTestServer();
    explicit ScimTestServer(Options options);
    ~ScimTestServer();
    ScimTestServer(const ScimTestServer &) = delete;
    ScimTestServer &operator=(const ScimTestServer &) = delete;

    // Starts node and waits (up to timeoutMs) for "LISTENING <port>".
    bool start(int timeoutMs = 20000);
    void stop();
    bool isRunning() const;

    int port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QUrl scimUrl() const; // .../scim2
    QUrl tokenUrl() const; // .../oauth/token
    const Options &options() const { return m_options; }
    QString clientSecret() const { return m_options.clientSecret; }

    // A connection that reaches this server with its credentials (the secret is clientSecret()).
    Connection connection(const QString &name = QStringLiteral("Test Zoom")) const;

    // Control API (tests/servers/README.md).
    bool reset(); // POST /_control/reset: users, config, faults, stats
    QStringList seedUsers(const QJsonArray &users); // POST /_control/users -> ids
    QStringList seedGeneratedUsers(int count, const QString &prefix = QStringLiteral("user"));
    QJsonArray users(); // GET /_control/users
    bool setConfig(const QJsonObject &config); // POST /_control/config
    QJsonObject config();
    bool pushFaults(const QJsonArray &faults); // POST /_control/faults
    // One fault: match {method, path-prefix}, times, action
    // (status/retryAfter/html/drop/expireToken/delayMs/...).
    bool pushFault(const QString &method, const QString &path, const QJsonObject &action, int times = 1);
    bool clearFaults(); // DELETE /_control/faults
    QJsonObject stats(); // GET /_control/stats
    bool resetStats();
    bool expireTokens(); // POST /_control/tokens/expire
    // stats()["requests"][method] for SCIM paths, and stats()["token"].
    int requestCount(const QString &method);
    int tokenRequestCount();

    // A SCIM user body with userName (and the email set to it).
    static QJsonObject makeUser(const QString &userName, const QString &givenName = QStringLiteral("Test"),
        const QString &familyName = QStringLiteral("User"));

    // Raw control call: method, path below /_control, JSON body; the parsed answer.
    std::optional<QJsonObject> control(
        const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QString lastError() const { return m_error; }
    QString serverLog() const; // what the server wrote on stderr so far

private:
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_port = 0;
    QString m_error;
    mutable QByteArray m_stderr;
};

} // namespace pd::test
