#include "ManagedUserStore.h"

#include "SqlText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace { } // namespace

ManagedUserStore::ManagedUserStore(QSqlDatabase db, QUuid connectionId)
    : m_db(std::move(db))
    , m_connectionId(connectionId.toString(QUuid::WithoutBraces))
{ }

std::optional<QHash<QString, ManagedUser>> ManagedUserStore::loadAll(bool withPayloads) const
{
    QHash<QString, ManagedUser> users;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_key, zoom_id, user_name, payload_hash, %1, status, updated_at "
                             "FROM managed_users WHERE connection_id = ?")
                  .arg(withPayloads ? QStringLiteral("payload") : QStringLiteral("''")));
    q.addBindValue(m_connectionId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        ManagedUser u;
        u.sourceKey = q.value(0).toString();
        u.zoomId = q.value(1).toString();
        u.userName = q.value(2).toString();
        u.payloadHash = q.value(3).toString();
        if (withPayloads)
            u.payload = q.value(4).toByteArray();
        u.status = ManagedUser::statusFromString(q.value(5).toString());
        u.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        users.insert(u.sourceKey, u);
    }
    if (q.lastError().isValid()) { // a read that stopped part-way (corrupt page, I/O error)
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return users;
}

bool ManagedUserStore::save(const ManagedUser &user)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO managed_users (connection_id, source_key, zoom_id, user_name, payload_hash, payload, "
        "status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(connection_id, source_key) DO "
        "UPDATE "
        "SET zoom_id = excluded.zoom_id, user_name = excluded.user_name, payload_hash = "
        "excluded.payload_hash, "
        "payload = excluded.payload, status = excluded.status, updated_at = excluded.updated_at"));
    q.addBindValue(m_connectionId);
    q.addBindValue(user.sourceKey);
    q.addBindValue(sqlText(user.zoomId));
    q.addBindValue(sqlText(user.userName));
    q.addBindValue(sqlText(user.payloadHash));
    q.addBindValue(user.payload.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(user.payload));
    q.addBindValue(ManagedUser::statusToString(user.status));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QByteArray ManagedUserStore::payloadOf(const QString &sourceKey) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT payload FROM managed_users WHERE connection_id = ? AND source_key = ?"));
    q.addBindValue(m_connectionId);
    q.addBindValue(sourceKey);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return q.value(0).toByteArray();
}

bool ManagedUserStore::forget(const QString &sourceKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM managed_users WHERE connection_id = ? AND source_key = ?"));
    q.addBindValue(m_connectionId);
    q.addBindValue(sourceKey);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

int ManagedUserStore::countManaged() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM managed_users WHERE connection_id = ? "
                             "AND status IN ('active', 'disabled')"));
    q.addBindValue(m_connectionId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace pd
