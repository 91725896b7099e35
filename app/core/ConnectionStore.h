#pragma once

#include "Connection.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace pd {

// Connections in the database of the calling thread. Never holds a secret.
class ConnectionStore
{
public:
    explicit ConnectionStore(QSqlDatabase db);

    QList<Connection> list() const;
    std::optional<Connection> find(const QUuid &id) const;
    std::optional<Connection> findByName(const QString &name) const;
    // Names are unique regardless of case; except lets an edited connection keep its own name.
    bool nameTaken(const QString &name, const QUuid &except = {}) const;

    // insert gives the connection an id (when it has none) and its timestamps.
    bool insert(Connection *c);
    bool update(Connection *c);
    bool remove(const QUuid &id);
    // Refused (false + errorString) while the connection is not valid.
    bool setEnabled(const QUuid &id, bool enabled);
    bool recordTest(const QUuid &id, Validity validity, const QString &message);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace pd
