#include "ScimTestServer.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>
#include <algorithm>

namespace pd::test {

ScimTestServer::ScimTestServer()
    : ScimTestServer(Options {})
{ }

ScimTestServer::ScimTestServer(Options options)
    : m_options(std::move(options))
{ }

ScimTestServer::~ScimTestServer()
{
    stop();
}

bool ScimTestServer::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_stderr.clear();
    const QString script = sourceDir() + QStringLiteral("/tests/servers/scim-server.js");
    QStringList args {script, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-ttl"),
        QString::number(m_options.tokenTtlSeconds), QStringLiteral("--client-id"), m_options.clientId,
        QStringLiteral("--client-secret"), m_options.clientSecret, QStringLiteral("--account-id"),
        m_options.accountId};
    args += m_options.extraArguments;
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_options.verbose)
        env.insert(QStringLiteral("SCIM_SERVER_VERBOSE"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
    // stdin stays an open pipe: the server exits when it closes, so a crashed test leaves no server.
    m_process->start(QStringLiteral("node"), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start node (is it on PATH?): %1").arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        const qsizetype at = out.indexOf("LISTENING ");
        const qsizetype eol = out.indexOf('\n', at);
        if (at >= 0 && eol > at) {
            m_port = out.mid(at + 10, eol - at - 10).trimmed().toInt();
            break;
        }
    }
    if (m_port <= 0) {
        m_stderr += m_process->readAllStandardError();
        m_error = QStringLiteral("the SCIM test server did not report LISTENING: %1")
                      .arg(QString::fromUtf8(out + m_stderr).trimmed());
        stop();
        return false;
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    return true;
}

void ScimTestServer::stop()
{
    if (m_process) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000))
                m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_stderr += m_process->readAllStandardError();
        m_process.reset();
    }
    m_nam.reset();
    m_port = 0;
}

bool ScimTestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_port > 0;
}

QString ScimTestServer::serverLog() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

QUrl ScimTestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl ScimTestServer::scimUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/scim2"));
    return url;
}

QUrl ScimTestServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/oauth/token"));
    return url;
}

Connection ScimTestServer::connection(const QString &name) const
{
    Connection c;
    c.name = name;
    c.scimUrl = scimUrl();
    c.oauth.tokenUrl = tokenUrl();
    c.oauth.accountId = m_options.accountId;
    c.oauth.clientId = m_options.clientId;
    return c;
}

std::optional<QJsonObject> ScimTestServer::control(
    const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (!m_nam) {
        m_error = QStringLiteral("the SCIM test server is not running");
        return std::nullopt;
    }
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/_control") + path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray payload = body.isEmpty() && method != "POST"
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        reply->abort();
        m_error = QStringLiteral("control %1 %2 timed out").arg(QString::fromLatin1(method), path);
        return std::nullopt;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status != 200) {
        m_error = QStringLiteral("control %1 %2 -> %3 %4: %5")
                      .arg(QString::fromLatin1(method), path)
                      .arg(status)
                      .arg(reply->errorString(), QString::fromUtf8(answer));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(answer).object();
}

bool ScimTestServer::reset()
{
    return control("POST", QStringLiteral("/reset")).has_value();
}

QStringList ScimTestServer::seedUsers(const QJsonArray &users)
{
    QStringList ids;
    const auto r = control("POST", QStringLiteral("/users"), QJsonObject {{QStringLiteral("users"), users}});
    if (r) {
        for (const QJsonValue &v : r->value(QLatin1String("ids")).toArray())
            ids << v.toString();
    }
    return ids;
}

QStringList ScimTestServer::seedGeneratedUsers(int count, const QString &prefix)
{
    QJsonArray users;
    for (int i = 0; i < count; ++i)
        users.append(makeUser(QStringLiteral("%1%2@example.com").arg(prefix).arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i)));
    return seedUsers(users);
}

QJsonArray ScimTestServer::users()
{
    const auto r = control("GET", QStringLiteral("/users"));
    return r ? r->value(QLatin1String("users")).toArray() : QJsonArray();
}

bool ScimTestServer::setConfig(const QJsonObject &config)
{
    return control("POST", QStringLiteral("/config"), config).has_value();
}

QJsonObject ScimTestServer::config()
{
    return control("GET", QStringLiteral("/config")).value_or(QJsonObject());
}

bool ScimTestServer::pushFaults(const QJsonArray &faults)
{
    return control("POST", QStringLiteral("/faults"), QJsonObject {{QStringLiteral("faults"), faults}})
        .has_value();
}

bool ScimTestServer::pushFault(
    const QString &method, const QString &path, const QJsonObject &action, int times)
{
    QJsonObject match;
    if (!method.isEmpty())
        match.insert(QStringLiteral("method"), method);
    if (!path.isEmpty())
        match.insert(QStringLiteral("path"), path);
    return pushFaults(QJsonArray {QJsonObject {{QStringLiteral("match"), match},
        {QStringLiteral("times"), times}, {QStringLiteral("action"), action}}});
}

bool ScimTestServer::clearFaults()
{
    return control("DELETE", QStringLiteral("/faults")).has_value();
}

QJsonObject ScimTestServer::stats()
{
    return control("GET", QStringLiteral("/stats")).value_or(QJsonObject());
}

bool ScimTestServer::resetStats()
{
    return control("POST", QStringLiteral("/stats/reset")).has_value();
}

bool ScimTestServer::expireTokens()
{
    return control("POST", QStringLiteral("/tokens/expire")).has_value();
}

int ScimTestServer::requestCount(const QString &method)
{
    return stats().value(QLatin1String("requests")).toObject().value(method).toInt(-1);
}

int ScimTestServer::tokenRequestCount()
{
    return stats().value(QLatin1String("token")).toInt(-1);
}

QJsonObject ScimTestServer::makeUser(
    const QString &userName, const QString &givenName, const QString &familyName)
{
    return QJsonObject {{QStringLiteral("schemas"),
                            QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("name"),
            QJsonObject {
                {QStringLiteral("givenName"), givenName}, {QStringLiteral("familyName"), familyName}}},
        {QStringLiteral("emails"),
            QJsonArray {QJsonObject {{QStringLiteral("value"), userName},
                {QStringLiteral("type"), QStringLiteral("work")}, {QStringLiteral("primary"), true}}}},
        {QStringLiteral("active"), true}};
}

} // namespace pd::test
