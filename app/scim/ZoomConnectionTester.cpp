#include "ZoomConnectionTester.h"

#include "ConnectionValidator.h"
#include "OAuthTokenSource.h"
#include "ScimClient.h"
#include "ZoomFailureClassifier.h"

namespace pd {

ZoomConnectionTester::ZoomConnectionTester(QObject *parent)
    : ConnectionTester(parent)
{
    m_policy.maxAttempts = 3;
    m_policy.baseDelayMs = 500;
    m_policy.maxDelayMs = 4000;
    m_policy.maxRetryAfterMs = 10000;
}

ZoomConnectionTester::~ZoomConnectionTester() = default;

void ZoomConnectionTester::start(const Connection &connection, const QString &clientSecret)
{
    if (m_client)
        cancel(); // the earlier start still gets its one finished()
    ++m_generation;
    m_connection = connection;
    m_scope.clear();
    m_clock.start();

    QStringList problems;
    for (const QString &p :
        {ConnectionValidator::checkServiceUrl(connection.oauth.tokenUrl, tr("The token URL")),
            ConnectionValidator::checkServiceUrl(connection.scimUrl, tr("The SCIM URL"))}) {
        if (!p.isEmpty())
            problems << p;
    }
    if (connection.oauth.accountId.trimmed().isEmpty())
        problems << tr("The account ID is empty.");
    if (connection.oauth.clientId.trimmed().isEmpty())
        problems << tr("The client ID is empty.");
    if (!problems.isEmpty()) {
        ConnectionTestResult r;
        r.cause = QStringLiteral("invalid-settings");
        r.summary = problems.join(QLatin1Char(' '));
        r.fix = tr(
            "Correct the connection's settings; the Zoom app's App Credentials page shows the account ID "
            "and client ID.");
        finishLater(r);
        return;
    }
    if (clientSecret.isEmpty()) {
        ConnectionTestResult r;
        r.cause = QStringLiteral("secret-missing");
        r.summary = tr("No client secret is available for this connection.");
        r.fix = tr("Enter the client secret from the Zoom app's App Credentials page.");
        finishLater(r);
        return;
    }

    m_client = new ScimClient(connection, clientSecret, this);
    m_client->setRetryPolicy(m_policy);
    m_client->setTimeoutMs(m_timeoutMs);
    connect(m_client, &ScimClient::logLine, this, &ZoomConnectionTester::logLine);
    m_client->tokenSource()->token(this, [this, generation = m_generation](const TokenResult &t) {
        if (generation == m_generation && m_client)
            onToken(t.error, t.scope);
    });
}

void ZoomConnectionTester::cancel()
{
    if (!m_client)
        return;
    ++m_generation;
    m_client->cancel();
    m_client->deleteLater();
    m_client = nullptr;
    ConnectionTestResult r;
    r.cause = QStringLiteral("cancelled");
    r.summary = tr("The test was cancelled.");
    finishLater(r);
}

void ZoomConnectionTester::finishLater(const ConnectionTestResult &result)
{
    // finished() never fires inside start() or cancel().
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

void ZoomConnectionTester::onToken(const ScimError &error, const QString &scope)
{
    if (!error.ok()) {
        complete(ZoomFailureClassifier::tokenFailure(error, m_connection));
        return;
    }
    m_scope = scope;
    m_client->probe(this, [this, generation = m_generation](const ScimResult &r) {
        if (generation == m_generation && m_client)
            onProbe(r);
    });
}

void ZoomConnectionTester::onProbe(const ScimResult &result)
{
    if (!result.ok()) {
        complete(ZoomFailureClassifier::apiFailure(result.error, m_connection));
        return;
    }
    ConnectionTestResult r;
    r.ok = true;
    r.cause = QStringLiteral("ok");
    r.httpStatus = result.httpStatus;
    r.summary = result.totalResults >= 0
        ? tr("Zoom issued an access token and the SCIM API answered: %n user(s) in the account.", nullptr,
            result.totalResults)
        : tr("Zoom issued an access token and the SCIM API answered.");
    r.detail = tr("token scope: %1; %2 ms")
                   .arg(m_scope.isEmpty() ? tr("(not stated)") : m_scope)
                   .arg(m_clock.elapsed());
    complete(r);
}

void ZoomConnectionTester::complete(ConnectionTestResult result)
{
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    ++m_generation;
    emit finished(result);
}

} // namespace pd
