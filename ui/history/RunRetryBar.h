#pragma once

#include "RunRecord.h"

#include <QSet>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd {

class EventsModel;
class HistoryLoader;

// Under a run's events: "Retry failed users" (every user the run failed, read on the loader thread)
// and "Provision selected now" (the failed rows selected in the table). Either asks for a sync of
// exactly those source keys through provisionRequested(); whoever owns the sync windows starts it.
class RunRetryBar : public QWidget
{
    Q_OBJECT
public:
    RunRetryBar(HistoryLoader *loader, QTableView *view, EventsModel *model, QSortFilterProxyModel *proxy,
        QWidget *parent = nullptr);

    void setRun(const RunRecord &run);
    QStringList failedKeys() const { return m_failed; }
    // The source keys of the selected rows that failed.
    QSet<QString> selectedFailedKeys() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *provisionSelectedButton() const { return m_selected; }

signals:
    void provisionRequested(const QUuid &connectionId, const QSet<QString> &sourceKeys);
    // The failed keys of the shown run were read (tests, screenshots).
    void failedKeysLoaded();

private:
    void updateButtons();

    HistoryLoader *m_loader;
    QTableView *m_view;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    RunRecord m_run;
    QStringList m_failed;
    bool m_loading = false;
    QPushButton *m_retry;
    QPushButton *m_selected;
    QLabel *m_note;
};

} // namespace pd
