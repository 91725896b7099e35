#include "ConnectionListModel.h"

#include "DisplayText.h"
#include "Icons.h"
#include "Style.h"

namespace pd {

void ConnectionListModel::setConnections(const QList<Connection> &connections)
{
    beginResetModel();
    m_connections = connections;
    endResetModel();
}

int ConnectionListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i).id == id)
            return i;
    }
    return -1;
}

void ConnectionListModel::setTesting(const QUuid &id, bool testing)
{
    if (testing)
        m_testing.insert(id);
    else
        m_testing.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_connections.size())
        return {};
    const Connection &c = m_connections.at(index.row());
    if (role == IdRole)
        return c.id;
    const bool testing = m_testing.contains(c.id);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return c.name;
        if (role == Qt::ToolTipRole)
            return c.description;
        break;
    case IdentityStoreColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return DisplayText::identityStore(c.identityStore);
        if (role == Qt::DecorationRole && c.identityStore == QLatin1String("zoom"))
            return Icons::zoom();
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return testing ? tr("Testing\u2026") : DisplayText::validity(c.validity);
        if (role == Qt::DecorationRole)
            return Icons::validity(testing ? Validity::Untested : c.validity);
        if (role == Qt::ToolTipRole)
            return DisplayText::lastTest(c);
        break;
    case EnabledColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return DisplayText::enabled(c.enabled);
        if (role == Qt::ForegroundRole && !c.enabled)
            return Style::mutedText();
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentityStoreColumn:
        return tr("Identity Store");
    case StatusColumn:
        return tr("Status");
    case EnabledColumn:
        return tr("Enabled");
    default:
        return {};
    }
}

} // namespace pd
