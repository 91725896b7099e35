#pragma once

#include "PlannedOperation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace pd {

// A dry run's plan, one operation a row: what would happen to whom, why, and the attribute
// changes ("title: Engineer → Lead"). Also used for the held removals (with a check box a row).
class SyncPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OperationColumn, UserColumn, SourceKeyColumn, ReasonColumn, ChangesColumn, ColumnCount };
    static constexpr int SourceKeyRole = Qt::UserRole + 1;

    explicit SyncPlanModel(QObject *parent = nullptr);

    void setOperations(const QList<PlannedOperation> &operations);
    const QList<PlannedOperation> &operations() const { return m_ops; }
    // Check boxes in the operation column (held removals the admin approves).
    void setCheckable(bool checkable);
    // "Remove (disable) (held)" in a plan; the held list itself leaves the mark out.
    void setMarkHeld(bool mark) { m_markHeld = mark; }
    void setAllChecked(bool checked);
    QSet<QString> checkedSourceKeys() const;
    int checkedCount() const { return int(m_checked.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString operationText(const PlannedOperation &op, bool markHeld = true);
    static QString changesText(const PlannedOperation &op);

signals:
    void checkedChanged(int checkedCount);

private:
    // A row's change summary, computed when first shown (a plan of 10,000 rows arrives at once and
    // parsing every row's JSON then stalls the UI thread).
    const QString &changesAt(int row) const;

    QList<PlannedOperation> m_ops;
    mutable QStringList m_changes; // summaries, computed once, when first asked
    mutable QList<bool> m_changesReady;
    QSet<QString> m_checked;
    bool m_checkable = false;
    bool m_markHeld = true;
};

} // namespace pd
