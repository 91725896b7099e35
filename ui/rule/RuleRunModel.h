#pragma once

#include "RuleEvaluator.h"

#include <QAbstractTableModel>

namespace pd {

// "Test rule" rows for a view: outcome, key, origin, username, reasons, warnings. Holds 100k rows
// without widgets per cell.
class RuleRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Outcome, Key, Origin, UserName, Reasons, Warnings, ColumnCount };
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setResult(const RuleRunResult &result);
    const RuleRunResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeLabel(RuleDecision::Outcome outcome);

private:
    RuleRunResult m_result;
};

} // namespace pd
