#pragma once

#include "RunRecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pd {

class EventsModel;
class HistoryLoader;

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

signals:
    void userActivated(const QString &userNameOrSourceKey);

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
};

} // namespace pd
