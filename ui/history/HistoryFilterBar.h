#pragma once

#include "RunFilter.h"

#include <QUuid>
#include <QWidget>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace pd {

// Which runs the History window shows: connection, period (presets or a custom range) and outcome.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Week, Month, Quarter, Year, All, Custom };

    explicit HistoryFilterBar(QWidget *parent = nullptr);

    // The runs filter (limit and offset left to the model).
    RunFilter filter() const;
    void setConnections(const QList<std::pair<QUuid, QString>> &connections);
    void setConnection(const QUuid &id);
    void setPeriod(Period period);
    void setCustomRange(const QDate &from, const QDate &to);
    void setOutcome(std::optional<RunOutcome> outcome);

signals:
    void changed();

private:
    QComboBox *m_connection;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outcome;
    QCheckBox *m_dryRuns;
    QUuid m_wanted; // a connection asked for before the list arrived
};

} // namespace pd
