#pragma once

#include "ManagedUser.h"

#include <QHash>
#include <QSqlDatabase>
#include <QUuid>
#include <optional>

namespace pd {

// managed_users of one connection, on the calling thread's database connection. Each save() is
// its own committed statement: the sync engine calls it after every completed operation, so a
// kill loses nothing that finished.
class ManagedUserStore
{
public:
    ManagedUserStore(QSqlDatabase db, QUuid connectionId);

    // By source key; nullopt when the database could not be read (errorString() says why): a failed
    // read must never look like "manages nobody", which would make the next run a first sync.
    // withPayloads false leaves ManagedUser::payload empty (the sync reads the few it needs with
    // payloadOf(): 100,000 payloads held at once cost ~80 MB).
    std::optional<QHash<QString, ManagedUser>> loadAll(bool withPayloads = true) const;
    QByteArray payloadOf(const QString &sourceKey) const; // empty when not found
    bool save(const ManagedUser &user);
    bool forget(const QString &sourceKey);
    int countManaged() const; // active or disabled: what a removal guard measures against
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_connectionId;
    mutable QString m_error;
};

} // namespace pd
