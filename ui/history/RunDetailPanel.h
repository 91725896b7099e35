#pragma once

#include "RunRecord.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd {

class EventsModel;
class HistoryLoader;
class RunRetryBar;

// One run: what it was (connection, trigger, mode, times, outcome, counts, requests, message) and its
// per-user events, filterable by result. Double-clicking an event opens that user's timeline.
class RunDetailPanel : public QWidget
{
    Q_OBJECT
public:
    RunDetailPanel(HistoryLoader *loader, QWidget *parent = nullptr);

    void showRun(const RunRecord &run);
    void clear();
    qint64 runId() const { return m_run.id; }
    EventsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RunRetryBar *retryBar() const { return m_retryBar; }
    QPushButton *undoButton() const { return m_undo; }

signals:
    void userActivated(const QString &userNameOrSourceKey);
    // "Retry failed users" / "Provision selected now": sync exactly these users of the connection.
    void provisionRequested(const QUuid &connectionId, const QSet<QString> &sourceKeys);
    // "Undo this run…": whoever holds the secrets opens the undo dialog (UndoRunDialog).
    void undoRequested(const pd::RunRecord &run);

private:
    void reload();
    void updateStatus();

    RunRecord m_run;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_header;
    QComboBox *m_result;
    QLabel *m_status;
    QTableView *m_view;
    RunRetryBar *m_retryBar;
    QPushButton *m_undo;
};

} // namespace pd
