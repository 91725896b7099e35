#include "RuleRunModel.h"

#include "Style.h"

#include <QColor>

namespace pd {

void RuleRunModel::setResult(const RuleRunResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int RuleRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int RuleRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleRunModel::outcomeLabel(RuleDecision::Outcome outcome)
{
    switch (outcome) {
    case RuleDecision::Outcome::InScope:
        return tr("In scope");
    case RuleDecision::Outcome::OutOfScope:
        return tr("Out of scope");
    case RuleDecision::Outcome::Invalid:
        break;
    }
    return tr("Invalid");
}

QVariant RuleRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.rows.size())
        return {};
    const RuleRunRow &r = m_result.rows.at(index.row());
    if (role == OutcomeRole)
        return int(r.outcome);
    if (role == Qt::ForegroundRole && index.column() == Outcome
        && r.outcome == RuleDecision::Outcome::Invalid)
        return Style::errorText();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Outcome:
        return QString(outcomeLabel(r.outcome)
            + (r.outcome == RuleDecision::Outcome::InScope && !r.active ? tr(" (inactive)") : QString()));
    case Key:
        return r.key;
    case Origin:
        return r.origin;
    case UserName:
        return r.userName;
    case Reasons:
        return r.reasons.join(QLatin1String("; "));
    case Warnings:
        return r.warnings.join(QLatin1String("; "));
    default:
        return {};
    }
}

QVariant RuleRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Outcome:
        return tr("Outcome");
    case Key:
        return tr("Key");
    case Origin:
        return tr("Where");
    case UserName:
        return tr("Username");
    case Reasons:
        return tr("Reasons");
    case Warnings:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace pd
