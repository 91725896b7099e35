#include "ManagedUserStore.h"

#include "SqlText.h"
#include "ZoomUserMapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

// The payload hash is a SHA-256 in hex everywhere but here: stored as its 32 bytes (32 bytes a
// managed user less). Rows written before keep their hex text until they are saved again.
QVariant storedHash(const QString &hex)
{
    if (hex.size() != 64)
        return sqlText(hex);
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    return raw.size() == 32 && raw.toHex() == hex.toLatin1() ? QVariant(raw) : QVariant(hex);
}

QString hashFromStore(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

// The payload (a create body) kept as the canonical payload it was made from: without its "schemas"
// member, which ZoomUserMapper::createBodyFromCanonical derives again, and zlib-compressed
// (qCompress): ~250 bytes of JSON become ~140 (docs/performance.md, the database after a
// 100,000-user first sync). A BLOB is that form, so a reader knows to undo it; a payload that would
// not come back byte for byte is stored whole, as TEXT, as every payload was before.
QByteArray createBodyFrom(const QByteArray &canonical)
{
    return ZoomUserMapper::canonicalJson(ZoomUserMapper::createBodyFromCanonical(canonical));
}

QVariant storedPayload(const QByteArray &payload)
{
    if (payload.isEmpty())
        return QStringLiteral("{}");
    QJsonObject object = QJsonDocument::fromJson(payload).object();
    object.remove(QLatin1String("schemas"));
    const QByteArray canonical = ZoomUserMapper::canonicalJson(object);
    if (createBodyFrom(canonical) == payload)
        return qCompress(canonical);
    return QString::fromUtf8(payload);
}

QByteArray payloadFromStore(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return createBodyFrom(qUncompress(value.toByteArray()));
    return value.toString().toUtf8();
}

} // namespace

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
        u.payloadHash = hashFromStore(q.value(3));
        if (withPayloads)
            u.payload = payloadFromStore(q.value(4));
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
    q.addBindValue(storedHash(user.payloadHash));
    q.addBindValue(storedPayload(user.payload));
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
    return payloadFromStore(q.value(0));
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
