#include "ConnectionStore.h"

#include "SqlText.h"
#include "Translations.h"

#include "ConnectionJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::ConnectionStore", "ConnectionStore"}, text);
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QString columns = QStringLiteral(
    "id, name, description, identity_store, scim_url, auth_method, token_url, account_id, client_id, "
    "actions, enabled, validity, last_test_message, last_tested_at, created_at, modified_at, rate_limit, "
    "removal_guard, rule, alerts");

Connection fromRecord(const QSqlQuery &q)
{
    Connection c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.name = q.value(1).toString();
    c.description = q.value(2).toString();
    c.identityStore = q.value(3).toString();
    c.scimUrl = QUrl(q.value(4).toString());
    c.authMethod = q.value(5).toString();
    c.oauth.tokenUrl = QUrl(q.value(6).toString());
    c.oauth.accountId = q.value(7).toString();
    c.oauth.clientId = q.value(8).toString();
    ConnectionJson::actionsFromJson(fromText(q.value(9).toString()), &c.actions);
    c.enabled = q.value(10).toBool();
    c.validity = validityFromString(q.value(11).toString());
    c.lastTestMessage = q.value(12).toString();
    c.lastTestedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    c.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    c.modifiedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    ConnectionJson::rateLimitFromJson(fromText(q.value(16).toString()), &c.rateLimit);
    ConnectionJson::removalGuardFromJson(fromText(q.value(17).toString()), &c.removalGuard);
    c.rule = fromText(q.value(18).toString());
    ConnectionJson::alertsFromJson(fromText(q.value(19).toString()), &c.alerts);
    return c;
}

void bindAll(QSqlQuery &q, const Connection &c)
{
    q.bindValue(QStringLiteral(":id"), c.id.toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":name"), sqlText(c.name));
    q.bindValue(QStringLiteral(":description"), sqlText(c.description));
    q.bindValue(QStringLiteral(":identity_store"), sqlText(c.identityStore));
    q.bindValue(QStringLiteral(":scim_url"), c.scimUrl.toString());
    q.bindValue(QStringLiteral(":auth_method"), sqlText(c.authMethod));
    q.bindValue(QStringLiteral(":token_url"), c.oauth.tokenUrl.toString());
    q.bindValue(QStringLiteral(":account_id"), sqlText(c.oauth.accountId));
    q.bindValue(QStringLiteral(":client_id"), sqlText(c.oauth.clientId));
    q.bindValue(QStringLiteral(":actions"), toText(ConnectionJson::actionsToJson(c.actions)));
    q.bindValue(QStringLiteral(":enabled"), c.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":validity"), validityToString(c.validity));
    q.bindValue(QStringLiteral(":last_test_message"), sqlText(c.lastTestMessage));
    q.bindValue(QStringLiteral(":last_tested_at"), timestamp(c.lastTestedAt));
    q.bindValue(QStringLiteral(":created_at"), timestamp(c.createdAt));
    q.bindValue(QStringLiteral(":modified_at"), timestamp(c.modifiedAt));
    q.bindValue(QStringLiteral(":rate_limit"), toText(ConnectionJson::rateLimitToJson(c.rateLimit)));
    q.bindValue(QStringLiteral(":removal_guard"), toText(ConnectionJson::removalGuardToJson(c.removalGuard)));
    q.bindValue(QStringLiteral(":rule"), toText(c.rule));
    q.bindValue(QStringLiteral(":alerts"), toText(ConnectionJson::alertsToJson(c.alerts)));
}

} // namespace

ConnectionStore::ConnectionStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool ConnectionStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

QList<Connection> ConnectionStore::list() const
{
    QList<Connection> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM connections ORDER BY name COLLATE NOCASE").arg(columns))) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(fromRecord(q));
    return result;
}

std::optional<Connection> ConnectionStore::find(const QUuid &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM connections WHERE id = ?").arg(columns));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (q.exec() && q.next())
        return fromRecord(q);
    return std::nullopt;
}

std::optional<Connection> ConnectionStore::findByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM connections WHERE name = ? COLLATE NOCASE").arg(columns));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return fromRecord(q);
    return std::nullopt;
}

bool ConnectionStore::nameTaken(const QString &name, const QUuid &except) const
{
    const auto existing = findByName(name);
    return existing && existing->id != except;
}

bool ConnectionStore::insert(Connection *c)
{
    if (nameTaken(c->name))
        return fail(tr("A connection named \"%1\" already exists. Choose another name.").arg(c->name));
    if (c->id.isNull())
        c->id = QUuid::createUuid();
    c->createdAt = c->modifiedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO connections (%1) VALUES (:id, :name, :description, :identity_store, "
                       ":scim_url, :auth_method, :token_url, :account_id, :client_id, :actions, :enabled, "
                       ":validity, :last_test_message, :last_tested_at, :created_at, :modified_at, "
                       ":rate_limit, :removal_guard, :rule, :alerts)")
            .arg(columns));
    bindAll(q, *c);
    if (!q.exec())
        return fail(tr("Cannot save the connection: %1").arg(q.lastError().text()));
    return true;
}

bool ConnectionStore::update(Connection *c)
{
    if (nameTaken(c->name, c->id))
        return fail(tr("A connection named \"%1\" already exists. Choose another name.").arg(c->name));
    if (c->enabled && !c->canBeEnabled())
        c->enabled = false;
    c->modifiedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE connections SET name=:name, description=:description, "
                             "identity_store=:identity_store, scim_url=:scim_url, auth_method=:auth_method, "
                             "token_url=:token_url, account_id=:account_id, client_id=:client_id, "
                             "actions=:actions, enabled=:enabled, validity=:validity, "
                             "last_test_message=:last_test_message, last_tested_at=:last_tested_at, "
                             "created_at=:created_at, modified_at=:modified_at, rate_limit=:rate_limit, "
                             "removal_guard=:removal_guard, rule=:rule, alerts=:alerts WHERE id=:id"));
    bindAll(q, *c);
    if (!q.exec())
        return fail(tr("Cannot save the connection: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(tr("The connection \"%1\" no longer exists.").arg(c->name));
    return true;
}

bool ConnectionStore::remove(const QUuid &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM connections WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return fail(tr("Cannot delete the connection: %1").arg(q.lastError().text()));
    return true;
}

bool ConnectionStore::setEnabled(const QUuid &id, bool enabled)
{
    auto c = find(id);
    if (!c)
        return fail(tr("The connection no longer exists."));
    if (enabled && !c->canBeEnabled())
        return fail(tr("\"%1\" cannot be enabled until a connection test passes. Edit it and run "
                       "Test connection.")
                        .arg(c->name));
    c->enabled = enabled;
    return update(&*c);
}

bool ConnectionStore::recordTest(const QUuid &id, Validity validity, const QString &message)
{
    auto c = find(id);
    if (!c)
        return fail(tr("The connection no longer exists."));
    c->validity = validity;
    c->lastTestMessage = message;
    c->lastTestedAt = QDateTime::currentDateTimeUtc();
    return update(&*c);
}

} // namespace pd
