#pragma once

#include "Connection.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace pd {

// The Provisioning window's list: name, identity store, status (valid/invalid/not tested) and
// enabled, one row per connection, in the store's order (by name).
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdentityStoreColumn, StatusColumn, EnabledColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setConnections(const QList<Connection> &connections);
    const QList<Connection> &connections() const { return m_connections; }
    Connection connectionAt(int row) const { return m_connections.at(row); }
    int rowOf(const QUuid &id) const;
    // Rows being tested show "Testing…" in the status column.
    void setTesting(const QUuid &id, bool testing);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Connection> m_connections;
    QSet<QUuid> m_testing;
};

} // namespace pd
