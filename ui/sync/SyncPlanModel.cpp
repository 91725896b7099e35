#include "SyncPlanModel.h"

#include "AttributeChange.h"
#include "SyncEvents.h"

#include <QSet>

namespace pd {

SyncPlanModel::SyncPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SyncPlanModel::setOperations(const QList<PlannedOperation> &operations)
{
    beginResetModel();
    m_ops = operations;
    m_changes = QStringList(m_ops.size());
    m_changesReady = QList<bool>(m_ops.size(), false);
    m_checked.clear();
    endResetModel();
    emit checkedChanged(0);
}

void SyncPlanModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void SyncPlanModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked) {
        for (const PlannedOperation &op : std::as_const(m_ops))
            m_checked.insert(op.sourceKey);
    }
    if (!m_ops.isEmpty())
        emit dataChanged(
            index(0, OperationColumn), index(rowCount() - 1, OperationColumn), {Qt::CheckStateRole});
    emit checkedChanged(checkedCount());
}

QSet<QString> SyncPlanModel::checkedSourceKeys() const
{
    return m_checked;
}

int SyncPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ops.size());
}

int SyncPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncPlanModel::operationText(const PlannedOperation &op, bool markHeld)
{
    const QString name = historyOperationDisplayName(SyncEvents::operationFor(op.kind));
    return op.held && markHeld ? tr("%1 (held)").arg(name) : name;
}

QString SyncPlanModel::changesText(const PlannedOperation &op)
{
    return AttributeChange::summary(AttributeChange::listFromJson(op.changes));
}

const QString &SyncPlanModel::changesAt(int row) const
{
    if (!m_changesReady.at(row)) {
        m_changes[row] = changesText(m_ops.at(row));
        m_changesReady[row] = true;
    }
    return m_changes.at(row);
}

QVariant SyncPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ops.size())
        return {};
    const PlannedOperation &op = m_ops.at(index.row());
    if (role == SourceKeyRole)
        return op.sourceKey;
    if (role == Qt::CheckStateRole && m_checkable && index.column() == OperationColumn)
        return m_checked.contains(op.sourceKey) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OperationColumn:
        return operationText(op, m_markHeld);
    case UserColumn:
        return op.userName;
    case SourceKeyColumn:
        return op.sourceKey;
    case ReasonColumn:
        return op.reason;
    case ChangesColumn:
        if (role == Qt::ToolTipRole) // one change a line: cells elide long lists
            return QString(changesAt(index.row())).replace(QStringLiteral("; "), QStringLiteral("\n"));
        return changesAt(index.row());
    default:
        return {};
    }
}

bool SyncPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid() || index.column() != OperationColumn)
        return false;
    const QString key = m_ops.at(index.row()).sourceKey;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged(checkedCount());
    return true;
}

Qt::ItemFlags SyncPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.column() == OperationColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case UserColumn:
        return tr("User");
    case SourceKeyColumn:
        return tr("Source key");
    case ReasonColumn:
        return tr("Reason");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace pd
